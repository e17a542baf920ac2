/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaException;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.internal.ValidationEngine;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Validates data processing agreements against Art. 28 GDPR, the German specifics and any
 * registered company policy, and returns one {@link ValidationReport} per agreement.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .asOf(LocalDate.of(2026, 11, 23))
 *         .build();
 * ValidationReport report = validator.validate(agreement);
 * report.getFindings().forEach(f -> System.out.println(f.describe(Locale.GERMAN)));
 * }</pre>
 *
 * <p>Build a validator once and share it: it is immutable and thread-safe. Structural checks run on
 * Hibernate Validator, which is bootstrapped on the first call of {@link #validate}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Validator {

    private final ValidationEngine engine;
    private final LocalDate asOf;
    private final Severity failOn;
    private final ValidationThresholds thresholds;

    Validator(ValidationEngine engine, LocalDate asOf, Severity failOn, ValidationThresholds thresholds) {
        this.engine = engine;
        this.asOf = asOf;
        this.failOn = failOn;
        this.thresholds = thresholds;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with the defaults described on its methods
     */
    public static ValidatorBuilder builder() {
        return new ValidatorBuilder();
    }

    /**
     * Validates an agreement. Never throws for the content of the agreement: whatever is missing or odd is
     * a finding.
     *
     * @param agreement the agreement, not null
     * @return the report
     * @throws DpaException if a rule of a third-party pack throws
     */
    public ValidationReport validate(DataProcessingAgreement agreement) {
        return engine.validate(agreement);
    }

    /**
     * Judges intended changes against the agreement in force: whether the changes that need notice can be notified
     * under its terms, and which need prior authorisation (the rules of the built-in pack with the id "change"). Each
     * finding names the path of one change, as {@link dev.dpa4j.model.diff.Change#getPath()} gives it.
     *
     * <pre>{@code
     * Validator validator = Validator.builder().asOf(LocalDate.of(2026, 12, 1)).build();
     * ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 12, 1)).diff(current, next);
     * ValidationReport report = validator.validateChange(current, changes);
     * }</pre>
     *
     * @param inForce the version in force when the notice is given (the old version of the diff), not null
     * @param changes the changes from it to the intended version, not null
     * @return the report; without findings if the change set is empty
     * @throws DpaException if a rule of a third-party pack throws
     * @since 0.1
     */
    public ValidationReport validateChange(DataProcessingAgreement inForce, ChangeSet changes) {
        return engine.validateChange(inForce, changes);
    }

    /**
     * Returns the descriptors of every registered rule, disabled ones included.
     *
     * @return an unmodifiable list in pack registration order
     */
    public List<RuleDescriptor> rules() {
        return engine.rules();
    }

    /**
     * Returns the registered packs and their versions.
     *
     * @return an unmodifiable map from pack id to version, ordered by id
     */
    public Map<String, String> packs() {
        return engine.packs();
    }

    /**
     * Returns the as-of date.
     *
     * @return the date at which adequacy and instruments are judged
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the fail threshold.
     *
     * @return the lowest severity that makes an agreement unacceptable
     */
    public Severity failOn() {
        return failOn;
    }

    /**
     * Returns the policy thresholds.
     *
     * @return the thresholds
     */
    public ValidationThresholds thresholds() {
        return thresholds;
    }
}
