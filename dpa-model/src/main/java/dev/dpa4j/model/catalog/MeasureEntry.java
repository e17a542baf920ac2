/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.TomCategory;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A common technical or organisational measure, such as encryption at rest or staff training, with
 * the heading it is usually listed under and the protection goals it serves.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class MeasureEntry implements CatalogEntry<String> {

    private final String code;
    private final LocalizedText labels;
    private final TomCategory category;
    private final SortedSet<ProtectionGoal> protectionGoals;
    private final Optional<String> dpvIri;

    @JsonCreator
    MeasureEntry(
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("category") @Nullable TomCategory category,
            @JsonProperty("protectionGoals") @Nullable List<ProtectionGoal> protectionGoals,
            @JsonProperty("dpvIri") @Nullable String dpvIri) {
        this.code = Checks.code(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.category = Checks.required(category, "category");
        this.protectionGoals = Checks.sortedSet(protectionGoals);
        if (this.protectionGoals.isEmpty()) {
            throw new IllegalArgumentException("property 'protectionGoals' must name at least one goal");
        }
        this.dpvIri = Checks.dpvIri(dpvIri, "dpvIri");
    }

    /**
     * Returns the stable code, for example {@code encryption-at-rest}.
     *
     * @return the code in lower-case kebab case
     */
    @Override
    public String code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the heading the measure is listed under, taken from Annex III of the standard
     * contractual clauses where one fits; {@link TomCategoryEntry} maps it to the German control
     * headings.
     *
     * @return the heading
     */
    public TomCategory category() {
        return category;
    }

    /**
     * Returns the protection goals of the Standard Data Protection Model the measure serves.
     *
     * @return an unmodifiable, non-empty set in enum order
     */
    public SortedSet<ProtectionGoal> protectionGoals() {
        return protectionGoals;
    }

    /**
     * Returns the matching measure concept of the W3C Data Privacy Vocabulary.
     *
     * @return an IRI starting with {@code https://w3id.org/dpv}, or empty
     */
    public Optional<String> dpvIri() {
        return dpvIri;
    }

    @Override
    public String toString() {
        return "MeasureEntry[" + code + "]";
    }
}
