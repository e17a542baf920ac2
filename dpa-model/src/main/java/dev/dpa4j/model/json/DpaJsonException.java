/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.DpaException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document is not a valid dpa4j agreement: malformed JSON, a document beyond the
 * safety limits, or a well-formed document that does not follow the format.
 *
 * <p>The exception carries every problem found, not only the first, each with its JSON pointer,
 * line, column and what was expected there. {@link #getMessage()} lists them one per line.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class DpaJsonException extends DpaException {
    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list of immutable records, hence serialisable as a list. */
    @SuppressWarnings("serial")
    private final List<JsonProblem> problems;

    /**
     * Creates an exception listing the given problems.
     *
     * @param problems the problems in document order, not null, not empty
     * @throws IllegalArgumentException if there are no problems
     */
    public DpaJsonException(List<JsonProblem> problems) {
        this(problems, null);
    }

    /**
     * Creates an exception listing the given problems, with the exception that caused the first.
     *
     * @param problems the problems in document order, not null, not empty
     * @param cause the underlying exception, may be null
     * @throws IllegalArgumentException if there are no problems
     */
    public DpaJsonException(List<JsonProblem> problems, @Nullable Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems found, in document order.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<JsonProblem> getProblems() {
        return problems;
    }

    private static String message(List<JsonProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A DpaJsonException needs at least one problem");
        }
        StringBuilder text = new StringBuilder("The JSON document is not a valid dpa4j agreement (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        for (JsonProblem problem : problems) {
            text.append('\n').append("  ").append(problem);
        }
        return text.toString();
    }
}
