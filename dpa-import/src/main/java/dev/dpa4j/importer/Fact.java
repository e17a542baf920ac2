/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One fact the importer took from the document: the model path it went to, its value as text, and its
 * source.
 *
 * @param path the model path, as the validator writes paths, for example {@code
 *     subprocessing.objectionPeriod}
 * @param value the value as put into the draft, for example {@code 30 CALENDAR_DAYS}
 * @param span where in the document it stands; for an inferred fact, the passage it was inferred from
 * @param inferred whether the document does not state the value but the importer inferred it from what the document
 *     states (the country of a German address from its postcode and town in a German agreement, docs/import.md)
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record Fact(String path, String value, SourceSpan span, boolean inferred) {

    /**
     * Checks the values.
     *
     * @param path the model path
     * @param value the value
     * @param span the source
     * @param inferred whether the value was inferred
     */
    public Fact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    /**
     * A fact the document states.
     *
     * @param path the model path
     * @param value the value
     * @param span the source
     */
    public Fact(String path, String value, SourceSpan span) {
        this(path, value, span, false);
    }
}
