/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The dpa command line: validate, render and inspect data processing agreements.
 *
 * <p>Only {@code dev.dpa4j.cli} is exported; the commands live in a hidden package that picocli
 * reads reflectively.
 */
module dev.dpa4j.cli {
    requires static org.jspecify;
    requires static transitive org.apiguardian.api;
    requires dev.dpa4j.model;
    requires dev.dpa4j.render;
    requires dev.dpa4j.validate;
    requires dev.dpa4j.dpv;
    requires dev.dpa4j.importer;
    requires java.logging;
    requires info.picocli;

    exports dev.dpa4j.cli;

    opens dev.dpa4j.cli.internal to
            info.picocli;
}
