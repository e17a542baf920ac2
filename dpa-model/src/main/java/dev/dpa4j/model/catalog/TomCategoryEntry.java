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
 * Reference data on a heading for technical and organisational measures: its labels, the heading
 * system it comes from, and how it maps to Art. 32(1) GDPR, to the protection goals of the German
 * Standard Data Protection Model (SDM) and to the headings of Annex III of the standard contractual
 * clauses (EU) 2021/915.
 *
 * <p>The mappings are a reading aid for renderers and validators, not a legal classification: a
 * measure may serve more goals than its heading suggests.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class TomCategoryEntry implements CatalogEntry<TomCategory> {

    private final TomCategory code;
    private final LocalizedText labels;
    private final TomCategoryFamily family;
    private final SortedSet<Art32Element> art32;
    private final Optional<LocalizedText> legalReferences;
    private final SortedSet<ProtectionGoal> protectionGoals;
    private final SortedSet<TomCategory> sccAnnexHeadings;

    @JsonCreator
    TomCategoryEntry(
            @JsonProperty("code") @Nullable TomCategory code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("family") @Nullable TomCategoryFamily family,
            @JsonProperty("art32") @Nullable List<Art32Element> art32,
            @JsonProperty("legalReferences") @Nullable LocalizedText legalReferences,
            @JsonProperty("protectionGoals") @Nullable List<ProtectionGoal> protectionGoals,
            @JsonProperty("sccAnnexHeadings") @Nullable List<TomCategory> sccAnnexHeadings) {
        this.code = Checks.required(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.family = Checks.required(family, "family");
        this.art32 = Checks.sortedSet(art32);
        this.legalReferences = Checks.optionalLabels(legalReferences, "legalReferences");
        this.protectionGoals = Checks.sortedSet(protectionGoals);
        this.sccAnnexHeadings = Checks.sortedSet(sccAnnexHeadings);
    }

    @Override
    public TomCategory code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the heading system the category comes from.
     *
     * @return the family
     */
    public TomCategoryFamily family() {
        return family;
    }

    /**
     * Returns the elements of Art. 32(1) GDPR that measures under this heading serve.
     *
     * @return an unmodifiable set in enum order, empty where the heading rests on other provisions
     */
    public SortedSet<Art32Element> art32() {
        return art32;
    }

    /**
     * Returns the provisions the heading's measures implement, cited in German and English as a rendered
     * agreement prints them under the heading, for example "Art. 32(1)(b) GDPR" for physical access control or
     * "Art. 28(3)(a), Art. 29, Art. 32(4) GDPR" for the control of processing on instructions. Every heading but
     * {@link dev.dpa4j.model.TomCategory#OTHER} has one.
     *
     * @return the citations, or empty
     */
    public Optional<LocalizedText> legalReferences() {
        return legalReferences;
    }

    /**
     * Returns the protection goals of the Standard Data Protection Model that measures under this
     * heading mainly serve.
     *
     * @return an unmodifiable set in enum order
     */
    public SortedSet<ProtectionGoal> protectionGoals() {
        return protectionGoals;
    }

    /**
     * Returns the headings of Annex III of the standard contractual clauses (EU) 2021/915 under
     * which measures of this heading belong. For a heading of that annex, the set contains the
     * heading itself.
     *
     * @return an unmodifiable set in enum order, empty where no annex heading fits
     */
    public SortedSet<TomCategory> sccAnnexHeadings() {
        return sccAnnexHeadings;
    }

    @Override
    public String toString() {
        return "TomCategoryEntry[" + code + "]";
    }
}
