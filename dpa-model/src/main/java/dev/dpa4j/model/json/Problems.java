/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, in the order found. Not thread-safe; one instance per read. */
final class Problems {

    /** At most this many problems are reported; a hostile document could otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    private final List<JsonProblem> problems = new ArrayList<>();
    private int dropped;

    /** Adds a problem at an explicit location. */
    void at(String pointer, int line, int column, String message, String expected) {
        add(pointer, line, column, message, expected);
    }

    private void add(String pointer, int line, int column, String message, String expected) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        problems.add(new JsonProblem(pointer, Math.max(1, line), Math.max(1, column), message, expected));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Returns the problems in the order found; if some were dropped, a last one says how many. */
    List<JsonProblem> list() {
        List<JsonProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            JsonProblem last = problems.get(problems.size() - 1);
            all.add(new JsonProblem(
                    last.pointer(),
                    last.line(),
                    last.column(),
                    dropped + " further problems were found but are not listed",
                    "at most " + MAX_PROBLEMS + " problems per document are reported"));
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
