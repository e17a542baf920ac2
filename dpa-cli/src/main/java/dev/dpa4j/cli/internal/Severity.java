/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

/** The severities of findings as the command prints them, most severe first. */
enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** Whether this severity is at or above the given threshold. */
    boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The SARIF 2.1.0 {@code level} for this severity. */
    String sarifLevel() {
        return sarifLevel;
    }
}
