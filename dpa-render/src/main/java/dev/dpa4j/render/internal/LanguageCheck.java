/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the agreement's free texts in a document language and records each one that the language
 * lacks, by model path. With fallback allowed, such a text is returned in its first language,
 * enclosed in private-use marker characters that {@link FallbackMarks} turns into marked runs.
 *
 * <p>Model text cannot forge a marker: the marker characters are removed from every resolved text.
 */
final class LanguageCheck {

    static final char START = '\uE000';
    static final char SEPARATOR = '\uE001';
    static final char END = '\uE002';

    private final DataProcessingAgreement agreement;
    private final boolean allowFallback;
    private final Map<String, Set<String>> missing = new TreeMap<>();
    private final IdentityHashMap<LocalizedText, List<ModelPath>> paths = new IdentityHashMap<>();
    private boolean indexed;

    LanguageCheck(DataProcessingAgreement agreement, boolean allowFallback) {
        this.agreement = agreement;
        this.allowFallback = allowFallback;
    }

    String resolve(LocalizedText text, Locale locale) {
        String tag = locale.toLanguageTag().toLowerCase(Locale.ROOT);
        if (text.hasLanguage(tag) || text.hasLanguage(locale.getLanguage())) {
            return clean(text.resolve(locale));
        }
        if (text.isPlain()) {
            // a designation given as a plain string has no language: printed as it is (validator: DOC_LANGUAGE)
            return clean(text.resolve(locale));
        }
        Set<String> where = missing.computeIfAbsent(locale.getLanguage(), k -> new LinkedHashSet<>());
        where.addAll(pathsOf(text));
        String language = text.getTranslations().firstKey();
        String fallback = clean(text.resolve(locale));
        return allowFallback ? START + language + SEPARATOR + fallback + END : fallback;
    }

    boolean allowFallback() {
        return allowFallback;
    }

    /** The model paths of the texts missing, by language tag, in the order they were met. */
    Map<String, List<String>> missing() {
        Map<String, List<String>> result = new TreeMap<>();
        missing.forEach((language, where) -> result.put(language, List.copyOf(where)));
        return result;
    }

    /** The model paths of a text, printed only here: for a text that is missing a language. */
    private List<String> pathsOf(LocalizedText text) {
        if (!indexed) {
            FreeTexts.operative(
                    agreement,
                    (path, t) ->
                            paths.computeIfAbsent(t, k -> new ArrayList<>()).add(path));
            indexed = true;
        }
        List<ModelPath> where = paths.get(text);
        return where == null
                ? List.of("(text outside the agreement)")
                : where.stream().map(ModelPath::toString).toList();
    }

    private static String clean(String text) {
        if (text.indexOf(START) < 0 && text.indexOf(SEPARATOR) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> c != START && c != SEPARATOR && c != END).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
