/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.spi;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a rule may read: the agreement and the settings of the validator. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RuleContext {

    /**
     * Returns the agreement being validated.
     *
     * @return the agreement
     */
    DataProcessingAgreement agreement();

    /**
     * Returns the date at which adequacy decisions, EU/EEA membership and transfer instruments are
     * judged, so that a report can be reproduced later.
     *
     * @return the as-of date
     */
    LocalDate asOf();

    /**
     * Returns the profile: a template or an executed agreement.
     *
     * @return the profile in effect for this agreement
     */
    Profile profile();

    /**
     * Returns the configurable policy thresholds.
     *
     * @return the thresholds
     */
    ValidationThresholds thresholds();

    /**
     * Returns the intended changes when the validator judges a change ({@code Validator.validateChange}); the
     * {@linkplain #agreement() agreement} is then the version in force. Empty for an ordinary validation.
     *
     * @return the changes being judged, or empty
     * @since 0.1
     */
    default Optional<ChangeSet> changes() {
        return Optional.empty();
    }
}
