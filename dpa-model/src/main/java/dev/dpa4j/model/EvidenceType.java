/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A kind of evidence that the processor complies with its obligations.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum EvidenceType {
    /** Adherence to an approved code of conduct (Art. 40 GDPR). */
    CODE_OF_CONDUCT,

    /** A certification under Art. 42 GDPR. */
    GDPR_CERTIFICATION,

    /** Current attestations or reports of independent bodies, such as auditors. */
    AUDIT_REPORT,

    /** Certification under ISO/IEC 27001. */
    ISO_27001,

    /** A SOC 2 report. */
    SOC_2,

    /** Certification under BSI IT-Grundschutz. */
    BSI_IT_GRUNDSCHUTZ,

    /** Another kind of evidence, described by name. */
    OTHER;
}
