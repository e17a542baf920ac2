/* SPDX-License-Identifier: Apache-2.0 */
/**
 * GDPR Art. 28 validation of data processing agreements: structural checks with Jakarta Validation and a
 * catalogue of legal rules in packs, with bilingual findings that cite the law.
 */
module dev.dpa4j.validate {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive dev.dpa4j.model;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.dpa4j.validate;
    exports dev.dpa4j.validate.spi;
    exports dev.dpa4j.validate.constraints;

    uses dev.dpa4j.validate.spi.RulePack;
}
