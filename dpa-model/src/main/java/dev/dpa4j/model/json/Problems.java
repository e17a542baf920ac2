/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.json.CompiledSchema.Node;
import dev.dpa4j.model.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one document, in the order found. Not thread-safe; one instance per read. */
final class Problems {

    /** At most this many problems are reported; a hostile document could otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    private final List<JsonProblem> problems = new ArrayList<>();
    private int dropped;

    /**
     * Adds a problem of a kind at an explicit location. Its English wording is built only if it is
     * kept: a hostile document's further problems cost a count.
     *
     * @param node the schema at the problem's schema location, for the kinds that have one
     */
    void at(String pointer, int line, int column, Kind kind, @Nullable Node node, String... arguments) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        problems.add(problem(pointer, Math.max(1, line), Math.max(1, column), kind, node, arguments));
    }

    /** Adds a problem of kind {@link Kind#OTHER}, worded by the caller (the tests' reference reader). */
    void at(String pointer, int line, int column, String message, String expected) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        problems.add(new JsonProblem(pointer, Math.max(1, line), Math.max(1, column), message, expected));
    }

    /** A problem of a kind, worded in English from its arguments. */
    static JsonProblem problem(
            String pointer, int line, int column, Kind kind, @Nullable Node node, String... arguments) {
        List<String> args = List.of(arguments);
        return new JsonProblem(
                pointer,
                line,
                column,
                ProblemTexts.ENGLISH.message(kind, args),
                ProblemTexts.ENGLISH.expected(kind, args, node),
                kind,
                args);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Returns the problems in the order found; if some were dropped, a last one says how many. */
    List<JsonProblem> list() {
        List<JsonProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            JsonProblem last = problems.get(problems.size() - 1);
            all.add(problem(
                    last.pointer(),
                    last.line(),
                    last.column(),
                    Kind.TOO_MANY_PROBLEMS,
                    null,
                    String.valueOf(dropped),
                    String.valueOf(MAX_PROBLEMS)));
        }
        return all;
    }

    /** Appends one reference token to a JSON pointer, escaped as RFC 6901 requires. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
