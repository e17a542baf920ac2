/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.ModelPath;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the paths that the rules of one validation run report in text form, so that findings below the same element
 * share the path of that element (its {@link ModelPath} objects and their names) instead of each holding a parse of
 * its own: with ten thousand sub-processors the paths were about half of a report's memory (issue #14).
 *
 * <p>A path of plain names and of indexes and keys of letters, digits, {@code _} and {@code -} is read segment by
 * segment from the end, its parent looked up first; every other text is read by {@link ModelPath#parse(String)},
 * which is also the reference: the result is always the path {@code ModelPath.parse} returns, and so are its errors.
 * One instance belongs to one run; it is not thread-safe.
 */
final class FindingPaths {

    /**
     * The parents read so far, by their text. A finding's own path is not kept here: the texts of all findings
     * would be held until the end of the run, which raised the peak memory of a large validation.
     */
    private final Map<String, ModelPath> parents = new HashMap<>();

    /** The path of the text, its parent shared with the other paths below that parent within the run. */
    ModelPath parse(String text) {
        return simple(text) ? bySegments(text) : ModelPath.parse(text);
    }

    private ModelPath parent(String text) {
        ModelPath known = parents.get(text);
        if (known == null) {
            known = parse(text);
            parents.put(text, known);
        }
        return known;
    }

    private ModelPath bySegments(String text) {
        try {
            int n = text.length();
            if (text.charAt(n - 1) == ']') {
                int open = text.lastIndexOf('[');
                String inner = text.substring(open + 1, n - 1);
                if (open <= 0 || inner.isEmpty() || !word(inner)) {
                    return ModelPath.parse(text);
                }
                ModelPath parent = parent(text.substring(0, open));
                return isIndex(inner) ? parent.index(Integer.parseInt(inner)) : keyOrParse(parent, inner, text);
            }
            int dot = text.lastIndexOf('.');
            String name = text.substring(dot + 1);
            if (dot == 0 || !word(name)) {
                return ModelPath.parse(text);
            }
            ModelPath parent = dot < 0 ? ModelPath.root() : parent(text.substring(0, dot));
            return parent.property(name);
        } catch (IllegalArgumentException e) {
            return ModelPath.parse(text); // throws the parser's own error, or reads what the shortcut could not
        }
    }

    /** A key of digits with a leading zero is no index and no plain key: left to the parser. */
    private static ModelPath keyOrParse(ModelPath parent, String inner, String text) {
        return Character.isDigit(inner.charAt(0)) ? ModelPath.parse(text) : parent.key(inner);
    }

    /** Only the characters of plain names, brackets and dots: no quoted key, no key with a dot or a bracket. */
    private static boolean simple(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isWordChar(c) || c == '.' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }

    private static boolean word(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isWordChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Digits without a leading zero and at most nine of them (an int), as the parser reads an index. */
    private static boolean isIndex(String s) {
        if (s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
