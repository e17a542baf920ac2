/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TransferRegime;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The validity of a transfer mechanism under one exporting regime (GDPR, UK GDPR, Swiss FADP), with what ended it
 * and the source of the dates. Immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class RegimeValidity {

    private final TransferRegime regime;
    private final ValidityPeriod validity;
    private final Optional<LocalDate> concludableUntil;
    private final Optional<LocalizedText> endedBy;
    private final Optional<String> source;
    private final Optional<String> unverified;

    @JsonCreator
    RegimeValidity(
            @JsonProperty("regime") @Nullable TransferRegime regime,
            @JsonProperty("validity") @Nullable ValidityPeriod validity,
            @JsonProperty("concludableUntil") @Nullable LocalDate concludableUntil,
            @JsonProperty("endedBy") @Nullable LocalizedText endedBy,
            @JsonProperty("source") @Nullable String source,
            @JsonProperty("unverified") @Nullable String unverified) {
        this.regime = Checks.required(regime, "regime");
        this.validity = Checks.required(validity, "validity");
        this.concludableUntil = Optional.ofNullable(concludableUntil);
        this.endedBy = Checks.optionalLabels(endedBy, "endedBy");
        if (this.endedBy.isPresent() != this.validity.until().isPresent()) {
            throw new IllegalArgumentException("'endedBy' is required exactly when 'validity.until' is set");
        }
        this.source = Optional.ofNullable(source).map(text -> Checks.text(text, "source"));
        this.unverified = Optional.ofNullable(unverified).map(text -> Checks.text(text, "unverified"));
    }

    static RegimeValidity of(
            TransferRegime regime,
            ValidityPeriod validity,
            Optional<LocalDate> concludableUntil,
            Optional<LocalizedText> endedBy) {
        return new RegimeValidity(regime, validity, concludableUntil.orElse(null), endedBy.orElse(null), null, null);
    }

    /**
     * Returns the regime.
     *
     * @return the regime
     */
    public TransferRegime regime() {
        return regime;
    }

    /**
     * Returns the days on which a transfer under the regime could rely on the mechanism.
     *
     * @return the validity period
     */
    public ValidityPeriod validity() {
        return validity;
    }

    /**
     * Returns the last day a new contract could use the mechanism under the regime, where that differs from the end.
     *
     * @return the last day for new contracts, or empty
     */
    public Optional<LocalDate> concludableUntil() {
        return concludableUntil;
    }

    /**
     * Returns what ended the mechanism under the regime, where it has ended.
     *
     * @return the judgment, act or transitional rule that ended it, or empty
     */
    public Optional<LocalizedText> endedBy() {
        return endedBy;
    }

    /**
     * Returns the source of the regime's dates, where it differs from the catalogue's sources.
     *
     * @return the source, or empty
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * Returns the facts of this record that could not be checked against their source.
     *
     * @return the unverified facts, or empty
     */
    public Optional<String> unverified() {
        return unverified;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegimeValidity that
                && regime == that.regime
                && validity.equals(that.validity)
                && concludableUntil.equals(that.concludableUntil)
                && endedBy.equals(that.endedBy)
                && source.equals(that.source)
                && unverified.equals(that.unverified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regime, validity, concludableUntil, endedBy, source, unverified);
    }

    @Override
    public String toString() {
        return "RegimeValidity[" + regime + ", " + validity + "]";
    }
}
