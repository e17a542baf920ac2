/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import java.time.LocalDate;
import java.util.List;

/**
 * The bridge to the validation library. Only {@code validate} and {@code report} create one, so
 * the other commands never load the validator (and never start Hibernate Validator).
 */
final class Checker {
    private Checker() {}

    static Checker create(Lang lang, boolean template, LocalDate asOf) {
        throw new CliException("dpa: validation is not available in this build yet");
    }

    List<Finding> check(DataProcessingAgreement agreement) {
        throw new UnsupportedOperationException();
    }

    List<Rule> rules() {
        throw new UnsupportedOperationException();
    }
}
