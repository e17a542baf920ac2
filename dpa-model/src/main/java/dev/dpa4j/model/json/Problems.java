/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one document and knows where each JSON pointer begins in the text.
 * Not thread-safe; one instance per read.
 */
final class Problems {

    /** At most this many problems are reported; a hostile document could otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    private final Map<String, long[]> valueLocations = new HashMap<>();
    private final Map<String, long[]> nameLocations = new HashMap<>();
    private final List<JsonProblem> problems = new ArrayList<>();
    private int dropped;

    void valueAt(String pointer, int line, int column) {
        valueLocations.put(pointer, new long[] {line, column});
    }

    void nameAt(String pointer, int line, int column) {
        nameLocations.put(pointer, new long[] {line, column});
    }

    /** Adds a problem located at the start of the value the pointer names (or its nearest ancestor). */
    void atValue(String pointer, String message, String expected) {
        add(pointer, locate(pointer, valueLocations), message, expected);
    }

    /** Adds a problem located at the property name the pointer ends with (or at its value). */
    void atName(String pointer, String message, String expected) {
        long[] location = nameLocations.get(pointer);
        add(pointer, location != null ? location : locate(pointer, valueLocations), message, expected);
    }

    /** Adds a problem at an explicit location. */
    void at(String pointer, int line, int column, String message, String expected) {
        add(pointer, new long[] {Math.max(1, line), Math.max(1, column)}, message, expected);
    }

    private void add(String pointer, long[] location, String message, String expected) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        problems.add(new JsonProblem(pointer, (int) location[0], (int) location[1], message, expected));
    }

    private static long[] locate(String pointer, Map<String, long[]> locations) {
        String current = pointer;
        while (true) {
            long[] location = locations.get(current);
            if (location != null) {
                return location;
            }
            if (current.isEmpty()) {
                return new long[] {1, 1};
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
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
