/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Export and import of data processing agreements as JSON-LD with terms of the W3C Data Privacy Vocabulary
 * (DPV 2.x).
 */
module dev.dpa4j.dpv {
    requires static org.immutables.value.annotations;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;
    requires transitive dev.dpa4j.model;
    requires titanium.json.ld;
    requires jakarta.json;

    exports dev.dpa4j.dpv;
}
