/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import dev.dpa4j.validate.ValidatorBuilder;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The bridge to the validation library. Only {@code validate} and {@code report} create one, so
 * the other commands never load the validator (and never start Hibernate Validator, which the
 * library bootstraps on the first validation).
 */
final class Checker {
    /**
     * Hibernate Validator announces its version through java.util.logging at INFO, which would end
     * up on stderr; the command keeps stderr for diagnostics. Held in a field so the setting stays.
     */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        quietValidationLibrary();
    }

    /**
     * Keeps Hibernate Validator's start-up notice off stderr. Every command that builds a validator calls this
     * (or goes through {@link #create}) before the first validation.
     */
    static void quietValidationLibrary() {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    /** The prefix of the ids of the structure rules, the only ones that use Hibernate Validator. */
    static final String STRUCTURE = "STRUCTURE_";

    private final Validator validator;
    private final Locale locale;

    private Checker(Validator validator, Locale locale) {
        this.validator = validator;
        this.locale = locale;
    }

    /**
     * Creates the bridge.
     *
     * @param profile the profile, or null to let the library choose by the agreement's status
     *     (TEMPLATE: template, otherwise executed)
     * @param failOn the lowest severity that makes the library's report unacceptable
     */
    static Checker create(Lang lang, SharedOptions.@Nullable Profile profile, LocalDate asOf, Severity failOn) {
        ValidatorBuilder builder = Validator.builder().asOf(asOf).failOn(failOn);
        if (profile != null) {
            builder.profile(profile.library());
        }
        return new Checker(builder.build(), lang.locale());
    }

    /**
     * A bridge that runs only part of the rules, for the {@linkplain HeadStart head start}: the structure
     * rules (the checks that bootstrap Hibernate Validator) or every other rule, so that two threads can
     * warm the two parts up side by side. A command never validates with one.
     *
     * @param structure true for the structure rules only, false for all rules but them
     */
    static Checker part(Lang lang, LocalDate asOf, boolean structure) {
        ValidatorBuilder builder = Validator.builder().asOf(asOf).failOn(Severity.INFO);
        for (RuleDescriptor rule : Validator.builder().asOf(asOf).build().rules()) {
            if (rule.getId().startsWith(STRUCTURE) != structure) {
                builder.disable(rule.getId());
            }
        }
        return new Checker(builder.build(), lang.locale());
    }

    /** The library's report, for the report command's renderer. */
    ValidationReport report(DataProcessingAgreement agreement) {
        return validator.validate(agreement);
    }

    /** The findings in the library's (deterministic) order, in the chosen language. */
    List<Finding> check(DataProcessingAgreement agreement) {
        return report(agreement).getFindings().stream().map(this::finding).toList();
    }

    /** The findings on intended changes under the version in force (the library's change pack), in the chosen language. */
    List<Finding> checkChange(DataProcessingAgreement inForce, ChangeSet changes) {
        return validator.validateChange(inForce, changes).getFindings().stream()
                .map(this::finding)
                .toList();
    }

    private Finding finding(dev.dpa4j.validate.Finding f) {
        return new Finding(
                f.getRuleId(),
                f.getSeverity(),
                f.formatLegalReferences(locale),
                f.getModelPath(),
                f.message(locale),
                f.remediation(locale));
    }

    /** Metadata of every registered rule, in registration order. */
    List<Rule> rules() {
        return validator.rules().stream().map(this::rule).toList();
    }

    private Rule rule(RuleDescriptor d) {
        return new Rule(
                d.getId(),
                d.getDefaultSeverity(),
                d.getLegalReferences().stream().map(r -> r.format(locale)).toList(),
                d.summary(locale),
                d.remediation(locale));
    }
}
