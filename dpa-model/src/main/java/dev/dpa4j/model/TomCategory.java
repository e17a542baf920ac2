/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A heading under which technical and organisational measures are grouped.
 *
 * <p>The constants cover the control headings customary in German agreements (from the annex to
 * section 9 of the former BDSG), the Art. 32(1) GDPR elements and the headings of Annex III of
 * the standard contractual clauses of Implementing Decision (EU) 2021/915. The reference
 * catalogue maps each heading to Art. 32(1) GDPR and to the protection goals of the German
 * Standard Data Protection Model.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TomCategory {
    /** Zutrittskontrolle: no physical access to processing facilities for unauthorised persons. */
    PHYSICAL_ACCESS_CONTROL,

    /** Zugangskontrolle: no use of systems by unauthorised persons. */
    SYSTEM_ACCESS_CONTROL,

    /** Zugriffskontrolle: users reach only the data they are entitled to. */
    DATA_ACCESS_CONTROL,

    /** Trennungskontrolle: data collected for different purposes is processed separately. */
    SEPARATION_CONTROL,

    /** Weitergabekontrolle: protection in transmission and transport. */
    TRANSFER_CONTROL,

    /** Eingabekontrolle: it can be established who entered, changed or removed data. */
    INPUT_CONTROL,

    /** Auftragskontrolle: processing on behalf only according to instructions. */
    ORDER_CONTROL,

    /** Verfügbarkeitskontrolle: protection against accidental destruction or loss. */
    AVAILABILITY_CONTROL,

    /** Pseudonymisation (Art. 32(1)(a) GDPR). */
    PSEUDONYMISATION,

    /** Encryption (Art. 32(1)(a) GDPR). */
    ENCRYPTION,

    /** Resilience of systems and services (Art. 32(1)(b) GDPR). */
    RESILIENCE,

    /** Timely restoration of availability after an incident (Art. 32(1)(c) GDPR). */
    RECOVERY,

    /** Regular testing, assessment and evaluation (Art. 32(1)(d) GDPR). */
    REVIEW_PROCEDURES,

    /** Data protection management. */
    DATA_PROTECTION_MANAGEMENT,

    /** Incident response management. */
    INCIDENT_RESPONSE,

    /** Data protection by design and by default (Art. 25 GDPR). */
    PRIVACY_BY_DEFAULT,

    /** User identification and authorisation. */
    USER_IDENTIFICATION_AUTHORISATION,

    /** Protection of data during transmission. */
    TRANSMISSION_PROTECTION,

    /** Protection of data during storage. */
    STORAGE_PROTECTION,

    /** Physical security of locations. */
    PHYSICAL_SECURITY,

    /** Event logging. */
    EVENT_LOGGING,

    /** System configuration, including default configuration. */
    SYSTEM_CONFIGURATION,

    /** Internal IT and IT security governance and management. */
    IT_GOVERNANCE,

    /** Certification and assurance of processes and products. */
    CERTIFICATION_ASSURANCE,

    /** Data minimisation. */
    DATA_MINIMISATION,

    /** Data quality. */
    DATA_QUALITY,

    /** Limited data retention. */
    LIMITED_RETENTION,

    /** Accountability. */
    ACCOUNTABILITY,

    /** Data portability and erasure. */
    PORTABILITY_ERASURE,

    /** Measures of the processor to assist the controller (Art. 28(3)(e) and (f) GDPR). */
    CONTROLLER_ASSISTANCE,

    /** Another heading, described by the measure itself. */
    OTHER;
}
