/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.SpecialCategory;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A common category of personal data, such as names or e-mail addresses, for use as the code of a
 * {@link dev.dpa4j.model.DataCategory} of an agreement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DataCategoryEntry implements CatalogEntry<String> {

    private final String code;
    private final LocalizedText labels;
    private final Optional<String> dpvIri;
    private final SpecialCategory specialCategory;
    private final boolean criminalOffenceData;

    @JsonCreator
    DataCategoryEntry(
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("dpvIri") @Nullable String dpvIri,
            @JsonProperty("specialCategory") @Nullable SpecialCategory specialCategory,
            @JsonProperty("criminalOffenceData") @Nullable Boolean criminalOffenceData) {
        this.code = Checks.code(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.dpvIri = Checks.dpvIri(dpvIri, "dpvIri");
        this.specialCategory = specialCategory == null ? SpecialCategory.NONE : specialCategory;
        this.criminalOffenceData = Boolean.TRUE.equals(criminalOffenceData);
    }

    /**
     * Returns the stable code, for example {@code email-address}.
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
     * Returns the matching personal data category of the W3C Data Privacy Vocabulary.
     *
     * @return an IRI starting with {@code https://w3id.org/dpv}, or empty where DPV has no concept
     *     of the same extent
     */
    public Optional<String> dpvIri() {
        return dpvIri;
    }

    /**
     * Returns the special category (Art. 9 GDPR) the data always falls under.
     *
     * @return the special category, {@link SpecialCategory#NONE} for ordinary data
     */
    public SpecialCategory specialCategory() {
        return specialCategory;
    }

    /**
     * Returns whether the data concerns criminal convictions and offences (Art. 10 GDPR).
     *
     * @return true for criminal offence data
     */
    public boolean criminalOffenceData() {
        return criminalOffenceData;
    }

    @Override
    public String toString() {
        return "DataCategoryEntry[" + code + "]";
    }
}
