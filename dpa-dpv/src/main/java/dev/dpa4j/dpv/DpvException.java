/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv;

import dev.dpa4j.model.DpaException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A DPV JSON-LD document that cannot be read into an agreement: malformed JSON (with line and column), a
 * JSON-LD error, or a graph that does not describe an agreement as {@link DpvJsonLd} expects (with the node
 * and property, and what was expected).
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class DpvException extends DpaException {

    private static final long serialVersionUID = 1L;

    /** The location in the input; see {@link #getLocation()}. */
    private final String location;

    /**
     * Creates an exception.
     *
     * @param location where the problem is: {@code line 3, column 7} for text, or {@code <node IRI> dpv:hasName}
     *     for the graph; not null
     * @param message what was found and what was expected, not null
     * @param cause the underlying error, or null
     */
    public DpvException(String location, String message, @Nullable Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /**
     * Returns where the problem is: a line and column of the text, or a node IRI with a property of the
     * graph.
     *
     * @return the location, never null
     */
    public String getLocation() {
        return location;
    }
}
