/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.JsonProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file that could not be read or parsed. The message names the file; for JSON errors the JSON
 * pointer, line and column are kept apart as well, for the machine-readable outputs.
 */
final class InputException extends CliException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final @Nullable String pointer;
    private final int line;
    private final int column;
    private final transient List<JsonProblem> problems;
    private final int problemCount;

    InputException(
            Path file,
            String message,
            String problem,
            @Nullable String pointer,
            int line,
            int column,
            @Nullable Throwable cause) {
        this(file, message, problem, pointer, line, column, cause, List.of(), Integer.MAX_VALUE);
    }

    /**
     * With the JSON problems of the file, of which the first {@code shown} are kept for the
     * machine-readable outputs.
     */
    InputException(
            Path file,
            String message,
            String problem,
            @Nullable String pointer,
            int line,
            int column,
            @Nullable Throwable cause,
            List<JsonProblem> problems,
            int shown) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), shown)));
        this.problemCount = problems.size();
    }

    /** The JSON problems listed for the file (at most {@link Inputs#MAX_PROBLEMS}); empty if none apply. */
    List<JsonProblem> problems() {
        return problems;
    }

    /** How many JSON problems the file has in all, listed or not. */
    int problemCount() {
        return problemCount;
    }

    Path file() {
        return file;
    }

    /** The problem without the file name, for the JSON output's {@code error.message}. */
    String problem() {
        return problem;
    }

    Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /** The 1-based line, or 0 if unknown. */
    int line() {
        return line;
    }

    /** The 1-based column, or 0 if unknown. */
    int column() {
        return column;
    }
}
