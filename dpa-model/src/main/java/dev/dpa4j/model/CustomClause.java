/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An additional clause with its own heading and text.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = CustomClause.Builder.class)
public abstract class CustomClause {
    CustomClause() {}

    /**
     * Returns an identifier within the agreement, if stated.
     *
     * @return an identifier within the agreement, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the heading.
     *
     * @return the heading
     */
    public abstract LocalizedText getHeading();

    /**
     * Returns the text.
     *
     * @return the text
     */
    public abstract LocalizedText getText();

    /**
     * Returns the legal reference printed under the heading as the citation line, as the built-in sections
     * carry one (for example "Art. 28 Abs. 3 Satz 2 lit. h DSGVO" / "Art. 28(3)(h) GDPR"), if stated.
     *
     * @return the citation line, or empty
     */
    public abstract Optional<LocalizedText> getCitation();

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
     * A builder for {@link CustomClause}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableCustomClause.Builder {
        Builder() {}
    }
}
