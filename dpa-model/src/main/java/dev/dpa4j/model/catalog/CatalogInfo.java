/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of a reference catalogue: its id, version, the date its facts were last checked, and
 * its sources.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class CatalogInfo {

    private final String id;
    private final String version;
    private final LocalDate verifiedOn;
    private final List<String> sources;
    private final Optional<LocalizedText> note;

    @JsonCreator
    CatalogInfo(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("version") @Nullable String version,
            @JsonProperty("verifiedOn") @Nullable LocalDate verifiedOn,
            @JsonProperty("sources") @Nullable List<String> sources,
            @JsonProperty("note") @Nullable LocalizedText note) {
        this.id = Checks.code(id, "id");
        this.version = Checks.text(version, "version");
        this.verifiedOn = Checks.required(verifiedOn, "verifiedOn");
        this.sources = Checks.list(sources);
        if (this.sources.isEmpty()) {
            throw new IllegalArgumentException("property 'sources' must name at least one source");
        }
        this.sources.forEach(source -> Checks.text(source, "sources[]"));
        this.note = Checks.optionalLabels(note, "note");
    }

    /**
     * Returns the id of the catalogue, which is also the name of its data file.
     *
     * @return the id, for example {@code countries}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the version of the catalogue data. It changes whenever an entry changes.
     *
     * @return the version, for example {@code 2026.11.0}
     */
    public String version() {
        return version;
    }

    /**
     * Returns the date on which the facts of the catalogue were last checked against its sources.
     *
     * @return the date
     */
    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    /**
     * Returns the sources of the facts, usually web addresses of official texts.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Returns a note on the scope and limits of the catalogue.
     *
     * @return the note, or empty
     */
    public Optional<LocalizedText> note() {
        return note;
    }

    @Override
    public String toString() {
        return "CatalogInfo[" + id + " " + version + ", verified on " + verifiedOn + "]";
    }
}
