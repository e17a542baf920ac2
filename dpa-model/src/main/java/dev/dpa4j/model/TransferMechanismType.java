/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A ground for a transfer to a third country or an international organisation (Chapter V GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TransferMechanismType {
    /** An adequacy decision of the Commission (Art. 45 GDPR). */
    ADEQUACY_DECISION,

    /** The EU-US Data Privacy Framework, Implementing Decision (EU) 2023/1795 (Art. 45 GDPR); requires a certified recipient. */
    EU_US_DATA_PRIVACY_FRAMEWORK,

    /** Standard contractual clauses of Implementing Decision (EU) 2021/914 (Art. 46(2)(c) GDPR). */
    SCC_2021_914,

    /** Standard clauses adopted by a supervisory authority (Art. 46(2)(d) GDPR). */
    SUPERVISORY_AUTHORITY_SCC,

    /** Binding corporate rules for controllers (Art. 46(2)(b), 47 GDPR). */
    BINDING_CORPORATE_RULES_CONTROLLER,

    /** Binding corporate rules for processors (Art. 46(2)(b), 47 GDPR). */
    BINDING_CORPORATE_RULES_PROCESSOR,

    /** An approved code of conduct with binding commitments (Art. 46(2)(e) GDPR). */
    CODE_OF_CONDUCT,

    /** An approved certification mechanism with binding commitments (Art. 46(2)(f) GDPR). */
    CERTIFICATION,

    /** A legally binding instrument between public authorities (Art. 46(2)(a) GDPR). */
    PUBLIC_AUTHORITY_INSTRUMENT,

    /** Contractual clauses authorised by the supervisory authority (Art. 46(3)(a) GDPR). */
    AD_HOC_CLAUSES,

    /** Provisions in administrative arrangements between public authorities (Art. 46(3)(b) GDPR). */
    ADMINISTRATIVE_ARRANGEMENT,

    /** A derogation for specific situations (Art. 49 GDPR). */
    DEROGATION_ART_49,

    /** Outdated: standard contractual clauses of Decision 2001/497/EC, repealed. */
    SCC_2001_497,

    /** Outdated: standard contractual clauses of Decision 2004/915/EC, repealed. */
    SCC_2004_915,

    /** Outdated: standard contractual clauses of Decision 2010/87/EU, repealed. */
    SCC_2010_87,

    /** Outdated: Safe Harbor, invalidated by the Court of Justice on 6 October 2015 (C-362/14). */
    SAFE_HARBOR,

    /** Outdated: EU-US Privacy Shield, invalidated by the Court of Justice on 16 July 2020 (C-311/18). */
    PRIVACY_SHIELD;
}
