/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the European Commission that a third country, a territory, a sector or an
 * international organisation ensures an adequate level of protection (Art. 45 GDPR, or Art. 25(6)
 * of Directive 95/46/EC for decisions kept in force by Art. 45(9) GDPR).
 *
 * <p>The catalogue also keeps decisions that have ended (expired, replaced or declared invalid),
 * so that the question "was the transfer covered on that day" can be answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class AdequacyDecision implements CatalogEntry<String> {

    private final String code;
    private final LocalizedText labels;
    private final Optional<CountryCode> country;
    private final String reference;
    private final LocalDate adopted;
    private final ValidityPeriod validity;
    private final AdequacyScope scope;
    private final Optional<LocalizedText> scopeNote;
    private final Optional<String> requiredAttribute;
    private final Optional<LocalizedText> endReason;
    private final String source;
    private final Optional<String> unverified;

    @JsonCreator
    AdequacyDecision(
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("country") @Nullable CountryCode country,
            @JsonProperty("reference") @Nullable String reference,
            @JsonProperty("adopted") @Nullable LocalDate adopted,
            @JsonProperty("validity") @Nullable ValidityPeriod validity,
            @JsonProperty("scope") @Nullable AdequacyScope scope,
            @JsonProperty("scopeNote") @Nullable LocalizedText scopeNote,
            @JsonProperty("requiredAttribute") @Nullable String requiredAttribute,
            @JsonProperty("endReason") @Nullable LocalizedText endReason,
            @JsonProperty("source") @Nullable String source,
            @JsonProperty("unverified") @Nullable String unverified) {
        this.code = Checks.code(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.country = Optional.ofNullable(country);
        this.reference = Checks.text(reference, "reference");
        this.adopted = Checks.required(adopted, "adopted");
        this.validity = Checks.required(validity, "validity");
        if (this.validity.from().isEmpty()) {
            throw new IllegalArgumentException("property 'validity.from' is required for an adequacy decision");
        }
        this.scope = Checks.required(scope, "scope");
        this.scopeNote = Checks.optionalLabels(scopeNote, "scopeNote");
        this.requiredAttribute =
                Optional.ofNullable(requiredAttribute).map(text -> Checks.text(text, "requiredAttribute"));
        if (this.scope == AdequacyScope.PARTIAL && (this.scopeNote.isEmpty() || this.requiredAttribute.isEmpty())) {
            throw new IllegalArgumentException("a decision of partial scope needs 'scopeNote' and 'requiredAttribute'");
        }
        this.endReason = Checks.optionalLabels(endReason, "endReason");
        this.source = Checks.text(source, "source");
        this.unverified = Optional.ofNullable(unverified).map(text -> Checks.text(text, "unverified"));
    }

    /**
     * Returns the stable code of the decision within the catalogue, for example {@code ch},
     * {@code us-dpf} or {@code gb-2025}.
     *
     * @return the code
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the name of the country, territory or organisation the decision concerns.
     *
     * @return the names in German and English
     */
    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the country or territory the decision concerns.
     *
     * @return the ISO code, or empty for an international organisation
     */
    public Optional<CountryCode> country() {
        return country;
    }

    /**
     * Returns how the decision is cited, for example {@code Decision 2000/518/EC} or {@code
     * Implementing Decision (EU) 2023/1795}.
     *
     * @return the citation
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the date on which the Commission adopted the decision.
     *
     * @return the date of adoption
     */
    public LocalDate adopted() {
        return adopted;
    }

    /**
     * Returns the days on which transfers could rely on the decision. The start is always
     * present; the end is present for decisions with a sunset clause and for ended decisions.
     *
     * @return the validity period
     */
    public ValidityPeriod validity() {
        return validity;
    }

    /**
     * Returns whether transfers could rely on the decision on the given day.
     *
     * @param asOf the day, not null
     * @return true if the decision was in force
     */
    public boolean isInForce(LocalDate asOf) {
        return validity.contains(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Returns whether the decision covers every recipient or only some.
     *
     * @return the scope
     */
    public AdequacyScope scope() {
        return scope;
    }

    /**
     * Returns what the decision covers or leaves out, in German and English.
     *
     * @return the note, present for every decision of partial scope
     */
    public Optional<LocalizedText> scopeNote() {
        return scopeNote;
    }

    /**
     * Returns the name of the fact that confirms that a recipient falls within a decision of
     * partial scope, such as {@code dpfCertified} (US), {@code pipedaCovered} (Canada), {@code
     * appiBusinessOperator} (Japan), {@code pipaCoveredNotExcludedSector} (Korea) or {@code
     * automatedProcessing} (Israel). Validators ask the agreement for this fact.
     *
     * @return the attribute name, present for every decision of partial scope
     */
    public Optional<String> requiredAttribute() {
        return requiredAttribute;
    }

    /**
     * Returns why an ended decision ended, for example the judgment that declared it invalid.
     *
     * @return the reason, or empty for decisions that have not ended
     */
    public Optional<LocalizedText> endReason() {
        return endReason;
    }

    /**
     * Returns where the decision can be read, usually its EUR-Lex address.
     *
     * @return the address
     */
    public String source() {
        return source;
    }

    /**
     * Returns which facts of this entry could not be checked against a primary source when the
     * catalogue was last verified.
     *
     * @return a note in English, or empty if every fact was checked
     */
    public Optional<String> unverified() {
        return unverified;
    }

    @Override
    public String toString() {
        return "AdequacyDecision[" + code + ", " + reference + ", " + validity + "]";
    }
}
