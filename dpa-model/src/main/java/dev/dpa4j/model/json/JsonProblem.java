/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.ModelPath;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a JSON document: where it is and what was expected there.
 *
 * <p>The place is given twice: as a JSON pointer (RFC 6901) into the document, such as
 * {@code /subprocessing/subprocessors/2/country}, which stays valid when the document is
 * reformatted, and as the line and column (both counted from 1) where the offending value, property
 * name or character begins. Where a value is missing, the place is the object that lacks it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pointer the JSON pointer to the offending value; the empty string for the whole document
 * @param line the line where the offending token begins, from 1
 * @param column the column where the offending token begins, from 1, counted in characters
 * @param message what is wrong, as a sentence without the location
 * @param expected what the format expects at that place, for example {@code a string} or {@code one of TEMPLATE, DRAFT, EXECUTED}
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record JsonProblem(String pointer, int line, int column, String message, String expected) {

    /**
     * Creates a problem.
     *
     * @param pointer the JSON pointer, not null; empty for the whole document
     * @param line the line, from 1
     * @param column the column, from 1
     * @param message what is wrong, not null
     * @param expected what was expected, not null
     * @throws IllegalArgumentException if line or column is less than 1
     */
    public JsonProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expected, "expected");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, but were " + line + " and " + column);
        }
    }

    /**
     * Returns the place as a model path, in the form validation findings use: {@code ModelPath.fromJsonPointer(pointer())}.
     *
     * @return for example {@code subprocessing.subprocessors[2].country}; the root for the whole document
     * @throws IllegalArgumentException if the pointer is not a valid JSON pointer
     * @since 0.1
     */
    public ModelPath modelPath() {
        return ModelPath.fromJsonPointer(pointer);
    }

    /**
     * Returns the problem as one line of text: location, pointer, message and expectation.
     *
     * @return for example {@code line 4, column 16 at /processor/address/country: 'XX' is not an
     *     assigned country code; expected: an ISO 3166-1 alpha-2 country code}
     */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + " at " + (pointer.isEmpty() ? "(document)" : pointer) + ": "
                + message + "; expected: " + expected;
    }
}
