/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one document together with where each JSON pointer begins in the text: the
 * located tree of the reader before the one-pass reader, kept with {@link SchemaCheck} as the
 * reference implementation that the tests compare the one-pass reader with.
 */
final class LocatedProblems {

    private Location root = new Location(1, 1);
    private final Problems problems = new Problems();

    /**
     * Where a value (and the property name before it) begins; a tree parallel to the JSON tree, so
     * that recording costs no pointer strings.
     */
    static final class Location {
        final int line;
        final int column;
        int nameLine;
        int nameColumn;

        @Nullable
        Map<String, Location> properties;

        @Nullable
        List<Location> items;

        Location(int line, int column) {
            this.line = line;
            this.column = column;
        }

        Location property(String name, int nameLine, int nameColumn, int line, int column) {
            Location child = new Location(line, column);
            child.nameLine = nameLine;
            child.nameColumn = nameColumn;
            if (properties == null) {
                properties = new HashMap<>();
            }
            properties.put(name, child);
            return child;
        }

        Location item(int line, int column) {
            Location child = new Location(line, column);
            if (items == null) {
                items = new ArrayList<>();
            }
            items.add(child);
            return child;
        }
    }

    /** Records where the document's root value begins; the reader attaches the rest to it. */
    Location startRoot(int line, int column) {
        root = new Location(line, column);
        return root;
    }

    /** Adds a problem located at the start of the value the pointer names (or its nearest ancestor). */
    void atValue(String pointer, String message, String expected) {
        Location location = locate(pointer);
        add(pointer, location.line, location.column, message, expected);
    }

    /** Adds a problem located at the property name the pointer ends with (or at its value). */
    void atName(String pointer, String message, String expected) {
        Location location = locate(pointer);
        if (location.nameLine > 0) {
            add(pointer, location.nameLine, location.nameColumn, message, expected);
        } else {
            add(pointer, location.line, location.column, message, expected);
        }
    }

    /** Adds a problem at an explicit location. */
    void at(String pointer, int line, int column, String message, String expected) {
        add(pointer, line, column, message, expected);
    }

    private void add(String pointer, int line, int column, String message, String expected) {
        problems.at(pointer, line, column, message, expected);
    }

    /** Follows a JSON pointer through the location tree as far as it leads. */
    private Location locate(String pointer) {
        Location current = root;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String escaped : pointer.substring(1).split("/", -1)) {
            String token = escaped.replace("~1", "/").replace("~0", "~");
            Location next = null;
            if (current.properties != null) {
                next = current.properties.get(token);
            }
            if (next == null && current.items != null && token.matches("\\d{1,9}")) {
                int index = Integer.parseInt(token);
                next = index < current.items.size() ? current.items.get(index) : null;
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<JsonProblem> list() {
        return problems.list();
    }
}
