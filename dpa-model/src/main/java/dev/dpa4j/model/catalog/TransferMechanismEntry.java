/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reference data on a ground for transfers to third countries: its legal basis, the instrument
 * behind it and the days on which it could be relied on.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class TransferMechanismEntry implements CatalogEntry<TransferMechanismType> {

    private final TransferMechanismType code;
    private final LocalizedText labels;
    private final LocalizedText legalBasis;
    private final Optional<String> instrument;
    private final ValidityPeriod validity;
    private final Optional<LocalDate> concludableUntil;
    private final Optional<LocalizedText> note;
    private final Optional<String> dpvIri;
    private final Optional<LocalizedText> endedBy;
    private final List<RegimeValidity> regimes;

    @JsonCreator
    TransferMechanismEntry(
            @JsonProperty("code") @Nullable TransferMechanismType code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("legalBasis") @Nullable LocalizedText legalBasis,
            @JsonProperty("instrument") @Nullable String instrument,
            @JsonProperty("validity") @Nullable ValidityPeriod validity,
            @JsonProperty("concludableUntil") @Nullable LocalDate concludableUntil,
            @JsonProperty("note") @Nullable LocalizedText note,
            @JsonProperty("dpvIri") @Nullable String dpvIri,
            @JsonProperty("endedBy") @Nullable LocalizedText endedBy,
            @JsonProperty("regimes") @Nullable List<RegimeValidity> regimes) {
        this.code = Checks.required(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.legalBasis = Checks.labels(legalBasis, "legalBasis");
        this.instrument = Optional.ofNullable(instrument).map(text -> Checks.text(text, "instrument"));
        this.validity = Checks.required(validity, "validity");
        this.concludableUntil = Optional.ofNullable(concludableUntil);
        this.note = Checks.optionalLabels(note, "note");
        this.dpvIri = Checks.dpvIri(dpvIri, "dpvIri");
        this.endedBy = Checks.optionalLabels(endedBy, "endedBy");
        if (this.endedBy.isPresent() != this.validity.until().isPresent()) {
            throw new IllegalArgumentException("'endedBy' is required exactly when 'validity.until' is set");
        }
        this.regimes = Checks.list(regimes);
        if (this.regimes.stream().map(RegimeValidity::regime).distinct().count() != this.regimes.size()) {
            throw new IllegalArgumentException("'regimes' names a regime twice");
        }
    }

    @Override
    public TransferMechanismType code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the provision the mechanism rests on, cited in German ("Art. 46 Abs. 2 lit. c
     * DSGVO") and English ("Art. 46(2)(c) GDPR").
     *
     * @return the legal basis
     */
    public LocalizedText legalBasis() {
        return legalBasis;
    }

    /**
     * Returns the legal act that lays the mechanism down, if there is a single one, for example
     * {@code Implementing Decision (EU) 2021/914}.
     *
     * @return the citation, or empty
     */
    public Optional<String> instrument() {
        return instrument;
    }

    /**
     * Returns the days on which transfers could rely on the mechanism. Mechanisms of the GDPR
     * itself have no start; outdated ones have an end.
     *
     * @return the validity period
     */
    public ValidityPeriod validity() {
        return validity;
    }

    /**
     * Returns whether transfers could rely on the mechanism on the given day.
     *
     * @param asOf the day, not null
     * @return true if the mechanism was usable on that day
     */
    public boolean isValid(LocalDate asOf) {
        return validity.contains(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Returns whether the mechanism has an end date, that is, whether it is outdated or will be.
     *
     * @return true if the validity period ends
     */
    public boolean isOutdated() {
        return validity.until().isPresent();
    }

    /**
     * Returns the last day on which a new contract could be based on the mechanism, where that
     * day differs from the end of validity (the repealed standard contractual clauses could not be
     * concluded after 26 September 2021, but old contracts stayed valid until 27 December 2022).
     *
     * @return the last day for new contracts, or empty
     */
    public Optional<LocalDate> concludableUntil() {
        return concludableUntil;
    }

    /**
     * Returns a note on conditions or history, in German and English.
     *
     * @return the note, or empty
     */
    public Optional<LocalizedText> note() {
        return note;
    }

    /**
     * Returns the matching concept of the W3C Data Privacy Vocabulary, if there is one.
     *
     * @return an IRI starting with {@code https://w3id.org/dpv}, or empty
     */
    public Optional<String> dpvIri() {
        return dpvIri;
    }

    /**
     * Returns what ended the mechanism under the GDPR (a judgment or a repealing act), where it has ended.
     *
     * @return the judgment or act that ended it, in German and English, or empty while it is valid
     */
    public Optional<LocalizedText> endedBy() {
        return endedBy;
    }

    /**
     * Returns the validity of the mechanism under the UK GDPR and the Swiss FADP, where it differs from the
     * validity under the GDPR (for example the old standard contractual clauses, which the UK and Switzerland
     * accepted for longer).
     *
     * @return the records per regime other than the EU; may be empty
     */
    public List<RegimeValidity> regimes() {
        return regimes;
    }

    /**
     * Returns the validity record under a regime: the regime's own record where one exists, else the GDPR's.
     *
     * @param regime the exporting regime, not null
     * @return the validity under that regime
     */
    public RegimeValidity validity(TransferRegime regime) {
        Objects.requireNonNull(regime, "regime");
        return regimes.stream()
                .filter(r -> r.regime() == regime)
                .findFirst()
                .orElseGet(() -> RegimeValidity.of(regime, validity, concludableUntil, endedBy));
    }

    /**
     * Returns whether a transfer under a regime could rely on the mechanism on a day.
     *
     * @param regime the exporting regime, not null
     * @param asOf the day, not null
     * @return true if valid under that regime on that day
     */
    public boolean isValid(TransferRegime regime, LocalDate asOf) {
        return validity(regime).validity().contains(Objects.requireNonNull(asOf, "asOf"));
    }

    @Override
    public String toString() {
        return "TransferMechanismEntry[" + code + ", " + validity + "]";
    }
}
