/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A kind of supplementary measure for a transfer tool (EDPB Recommendations 01/2020, Annex 2).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SupplementaryMeasureType {
    /** Technical: strong encryption with keys held only by the exporter or in the EEA, so the importer's country has no access to data in the clear. */
    ENCRYPTION_EXPORTER_KEYS,

    /** Technical: pseudonymisation with the additional information for re-identification kept by the exporter or in the EEA. */
    PSEUDONYMISATION,

    /** Technical: split or multi-party processing, so no single importer can read the data. */
    SPLIT_PROCESSING,

    /** Contractual: transparency on requests of public authorities (notice, regular reports, review and challenge, minimisation). */
    GOVERNMENT_ACCESS_TRANSPARENCY,

    /** Another technical measure, described in the text. */
    OTHER_TECHNICAL,

    /** Another contractual measure, described in the text. */
    OTHER_CONTRACTUAL,

    /** An organisational measure, described in the text. */
    OTHER_ORGANISATIONAL;
}
