/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingOperation;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reference data on a processing operation listed in Art. 4(2) GDPR.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ProcessingOperationEntry implements CatalogEntry<ProcessingOperation> {

    private final ProcessingOperation code;
    private final LocalizedText labels;
    private final Optional<String> dpvIri;

    @JsonCreator
    ProcessingOperationEntry(
            @JsonProperty("code") @Nullable ProcessingOperation code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("dpvIri") @Nullable String dpvIri) {
        this.code = Checks.required(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.dpvIri = Checks.dpvIri(dpvIri, "dpvIri");
    }

    @Override
    public ProcessingOperation code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the matching processing concept of the W3C Data Privacy Vocabulary.
     *
     * @return an IRI in the {@code https://w3id.org/dpv#} namespace, or empty if DPV has no
     *     concept of the same extent
     */
    public Optional<String> dpvIri() {
        return dpvIri;
    }

    @Override
    public String toString() {
        return "ProcessingOperationEntry[" + code + "]";
    }
}
