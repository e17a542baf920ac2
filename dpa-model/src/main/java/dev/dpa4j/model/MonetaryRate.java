/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An amount of money charged per unit.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = MonetaryRate.Builder.class)
public abstract class MonetaryRate {
    MonetaryRate() {}

    /**
     * Returns the amount.
     *
     * @return the amount
     */
    public abstract BigDecimal getAmount();

    /**
     * Returns the ISO 4217 currency code.
     *
     * @return the ISO 4217 currency code
     */
    public abstract String getCurrency();

    /**
     * Returns what the amount is charged per; defaults to {@link RateUnit#FLAT}.
     *
     * @return what the amount is charged per
     */
    @Value.Default
    public RateUnit getUnit() {
        return RateUnit.FLAT;
    }

    /**
     * Returns whether the amount is net of value added tax. Defaults to {@code false}.
     *
     * @return whether the amount is net of value added tax
     */
    @Value.Default
    public boolean isNet() {
        return false;
    }

    @Value.Check
    final void checkCurrency() {
        if (!getCurrency().matches("[A-Z]{3}")) {
            throw new IllegalStateException(
                    "'currency' must be an ISO 4217 code of three capital letters, but was '" + getCurrency() + "'");
        }
        if (getAmount().signum() < 0) {
            throw new IllegalStateException("'amount' must not be negative, but was " + getAmount());
        }
    }

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
     * A builder for {@link MonetaryRate}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableMonetaryRate.Builder {
        Builder() {}
    }
}
