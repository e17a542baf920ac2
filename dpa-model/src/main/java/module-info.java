/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The dpa4j domain model: immutable value types of a GDPR Art. 28 data processing agreement,
 * reference catalogues and the JSON format.
 */
module dev.dpa4j.model {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;

    exports dev.dpa4j.model;
    exports dev.dpa4j.model.json;
    exports dev.dpa4j.model.catalog;
    exports dev.dpa4j.model.diff;

    opens dev.dpa4j.model to
            tools.jackson.databind;
    opens dev.dpa4j.model.catalog to
            tools.jackson.databind;

    provides tools.jackson.databind.JacksonModule with
            dev.dpa4j.model.json.DpaJsonModule;
}
