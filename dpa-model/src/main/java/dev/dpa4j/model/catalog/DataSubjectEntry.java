/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A common category of data subjects, such as customers or employees, for use as the code of a
 * {@link dev.dpa4j.model.DataSubjectCategory} of an agreement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DataSubjectEntry implements CatalogEntry<String> {

    private final String code;
    private final LocalizedText labels;
    private final Optional<String> dpvIri;
    private final boolean vulnerable;

    @JsonCreator
    DataSubjectEntry(
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("dpvIri") @Nullable String dpvIri,
            @JsonProperty("vulnerable") @Nullable Boolean vulnerable) {
        this.code = Checks.code(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.dpvIri = Checks.dpvIri(dpvIri, "dpvIri");
        this.vulnerable = Boolean.TRUE.equals(vulnerable);
    }

    /**
     * Returns the stable code, for example {@code customers}.
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
     * Returns the matching data subject concept of the W3C Data Privacy Vocabulary. DPV has no
     * concepts for business-to-business roles such as prospects, business contacts or suppliers;
     * those entries have none.
     *
     * @return an IRI starting with {@code https://w3id.org/dpv}, or empty
     */
    public Optional<String> dpvIri() {
        return dpvIri;
    }

    /**
     * Returns whether data subjects of this category are usually regarded as vulnerable (for
     * example children or patients), which raises the risk of the processing.
     *
     * @return true for vulnerable data subjects
     */
    public boolean vulnerable() {
        return vulnerable;
    }

    @Override
    public String toString() {
        return "DataSubjectEntry[" + code + "]";
    }
}
