/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Evidence of sufficient guarantees, such as a certification, a code of conduct or an audit report.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Evidence.Builder.class)
public abstract class Evidence {
    Evidence() {}

    /**
     * Returns the kind of evidence.
     *
     * @return the kind of evidence
     */
    public abstract EvidenceType getType();

    /**
     * Returns the name, for example the certifying body or the scheme, if stated.
     *
     * @return the name, for example the certifying body or the scheme, or empty
     */
    public abstract Optional<String> getName();

    /**
     * Returns a description, if stated.
     *
     * @return a description, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns the end of validity, if stated.
     *
     * @return the end of validity, or empty
     */
    public abstract Optional<LocalDate> getValidUntil();

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
     * A builder for {@link Evidence}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableEvidence.Builder {
        Builder() {}
    }
}
