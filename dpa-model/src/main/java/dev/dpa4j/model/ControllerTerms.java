/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on the controller's rights and obligations (Art. 28(3) first sentence GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ControllerTerms.Builder.class)
public abstract class ControllerTerms {
    ControllerTerms() {}

    /**
     * Returns whether the controller is stated to be responsible for the lawfulness of the processing. Defaults to {@code false}.
     *
     * @return whether the controller is stated to be responsible for the lawfulness of the processing
     */
    @Value.Default
    public boolean isResponsibleForLawfulness() {
        return false;
    }

    /**
     * Returns whether the controller may give instructions at any time. Defaults to {@code false}.
     *
     * @return whether the controller may give instructions at any time
     */
    @Value.Default
    public boolean isInstructionRight() {
        return false;
    }

    /**
     * Returns whether the controller may demand rectification, erasure, restriction and return at any time. Defaults to {@code false}.
     *
     * @return whether the controller may demand rectification, erasure, restriction and return at any time
     */
    @Value.Default
    public boolean isRectificationAndErasureRight() {
        return false;
    }

    /**
     * Returns whether the controller may check compliance. Defaults to {@code false}.
     *
     * @return whether the controller may check compliance
     */
    @Value.Default
    public boolean isAuditRight() {
        return false;
    }

    /**
     * Returns whether the controller must inform the processor of errors it finds. Defaults to {@code false}.
     *
     * @return whether the controller must inform the processor of errors it finds
     */
    @Value.Default
    public boolean isDutyToReportIrregularities() {
        return false;
    }

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns a new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with the values of this instance.
     *
     * @return a new builder holding a copy of this instance's values
     */
    public final Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A builder for {@link ControllerTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableControllerTerms.Builder {
        Builder() {}
    }
}
