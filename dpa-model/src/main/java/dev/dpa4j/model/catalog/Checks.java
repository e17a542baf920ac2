/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.LocalizedText;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the catalogue entries; they fail with a message naming the property. */
final class Checks {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Checks() {}

    static <T> T required(@Nullable T value, String property) {
        if (value == null) {
            throw new IllegalArgumentException("missing required property '" + property + "'");
        }
        return value;
    }

    static String text(@Nullable String value, String property) {
        String text = required(value, property);
        if (text.isBlank()) {
            throw new IllegalArgumentException("property '" + property + "' must not be blank");
        }
        return text;
    }

    static String code(@Nullable String value, String property) {
        String code = required(value, property);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("property '" + property + "' must be a code in lower-case kebab case"
                    + " such as 'email-address', but was '" + code + "'");
        }
        return code;
    }

    /** Requires non-blank German and English texts. */
    static LocalizedText labels(@Nullable LocalizedText value, String property) {
        LocalizedText labels = required(value, property);
        for (String language : List.of("de", "en")) {
            Optional<String> text = labels.get(language);
            if (text.isEmpty() || text.get().isBlank()) {
                throw new IllegalArgumentException(
                        "property '" + property + "' needs a non-blank text for language '" + language + "'");
            }
        }
        return labels;
    }

    static Optional<LocalizedText> optionalLabels(@Nullable LocalizedText value, String property) {
        return value == null ? Optional.empty() : Optional.of(labels(value, property));
    }

    /** Accepts an absent or empty IRI as "none"; a present one must lie in the DPV namespace. */
    static Optional<String> dpvIri(@Nullable String value, String property) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.startsWith("https://w3id.org/dpv") || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("property '" + property
                    + "' must be a W3C DPV IRI starting with https://w3id.org/dpv, but was '" + value + "'");
        }
        return Optional.of(value);
    }

    static <T> List<T> list(@Nullable List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static <T extends Comparable<? super T>> SortedSet<T> sortedSet(@Nullable Collection<T> value) {
        return value == null
                ? java.util.Collections.emptySortedSet()
                : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(value));
    }
}
