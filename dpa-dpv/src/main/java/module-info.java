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
    // Titanium is an automatic module (no descriptor), whose own needs the module system does not resolve; its
    // document loaders use java.net.http, which a consumer's module graph would otherwise lack
    // (NoClassDefFoundError: java/net/http/HttpClient on the module path; consumer-it runs this).
    requires java.net.http;
    requires jakarta.json;

    exports dev.dpa4j.dpv;
}
