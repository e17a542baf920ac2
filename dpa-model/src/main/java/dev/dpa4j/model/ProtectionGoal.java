/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A protection goal of the German Standard Data Protection Model, plus resilience from Art. 32(1)(b) GDPR.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ProtectionGoal {
    /** Datenminimierung: process only what the purpose needs. */
    DATA_MINIMISATION,

    /** Verfügbarkeit: data and processes are usable in time. */
    AVAILABILITY,

    /** Integrität: data is correct and systems behave as specified. */
    INTEGRITY,

    /** Vertraulichkeit: no unauthorised knowledge of data. */
    CONFIDENTIALITY,

    /** Nichtverkettung: data is not combined or reused beyond its purpose. */
    UNLINKABILITY,

    /** Transparenz: processing is traceable. */
    TRANSPARENCY,

    /** Intervenierbarkeit: rights and interventions can be carried out. */
    INTERVENABILITY,

    /** Belastbarkeit: systems withstand load and attacks (Art. 32(1)(b) GDPR). */
    RESILIENCE;
}
