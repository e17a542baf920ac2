/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.ClauseLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one language of one clause library, each looked up and parsed into its literal parts and
 * parameters once, not on every rendering (issue #14: looking a template up and reading it character by
 * character was about a fifth of composing). A text of the library comes first, then the built-in
 * {@link Wording}, as {@link Texts} always looked them up. The tables are kept per library as long as the
 * library is in use (weakly, so a library a caller drops is not held here).
 */
final class TextTable {

    private static final Map<ClauseLibrary, Map<String, TextTable>> TABLES =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** What the table knows of a key that neither the library nor the built-in wording has. */
    private static final Template ABSENT = new Template(null);

    private final String language;
    private final Map<String, String> library;
    private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ClauseTexts> clauses = new ConcurrentHashMap<>();
    // enum constants hash by identity; a table holds at most the few hundred labels of the model's enums
    private final ConcurrentHashMap<Enum<?>, Template> labels = new ConcurrentHashMap<>();

    private TextTable(String language, Map<String, String> library) {
        this.language = language;
        this.library = library;
    }

    /**
     * The table of the library's texts in the locale's language; made on first use and then shared by every
     * rendering with this library.
     */
    static TextTable of(ClauseLibrary library, Locale locale) {
        String language = locale.getLanguage();
        Map<String, TextTable> languages = TABLES.computeIfAbsent(library, l -> new ConcurrentHashMap<>());
        return languages.computeIfAbsent(language, l -> new TextTable(l, copy(library, locale)));
    }

    /** The library's texts of one language; copied, so that the table holds no reference to the library. */
    private static Map<String, String> copy(ClauseLibrary library, Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (String key : library.keys(locale)) {
            library.text(locale, key).ifPresent(text -> texts.put(key, text));
        }
        return texts;
    }

    /** Whether the library itself (not the built-in wording) has a text under the key. */
    boolean inLibrary(String key) {
        return library.containsKey(key);
    }

    /** The text under the key, parsed; {@link Template#text()} is {@code null} where there is none. */
    Template template(String key) {
        Template template = templates.get(key);
        if (template == null) {
            template = templates.computeIfAbsent(key, this::load);
        }
        return template;
    }

    /**
     * The label of an enum constant, the text under {@link #labelKey}; remembered per constant, so that
     * the key is not put together and hashed again for every label (issue #14).
     */
    Template label(Enum<?> value) {
        Template template = labels.get(value);
        if (template == null) {
            template = labels.computeIfAbsent(value, v -> template(labelKey(v)));
        }
        return template;
    }

    /** The key of an enum constant's label: {@code label.<enum type>.<constant>}. */
    static String labelKey(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /**
     * The variants of a clause's text under {@code key}: its wording for agreements not under German law
     * and the citations of both; looked up once per key, not by keys concatenated on every clause (issue
     * #14: {@code key + ".otherLaw"} and {@code key + ".cite"} were hashed anew for each clause).
     */
    ClauseTexts clause(String key) {
        ClauseTexts clause = clauses.get(key);
        if (clause == null) {
            clause = clauses.computeIfAbsent(key, ClauseTexts::new);
        }
        return clause;
    }

    /** What {@link #clause} knows of one clause key. */
    final class ClauseTexts {

        private final String key;
        private final @Nullable String otherLawKey;
        private final Optional<String> citation;
        private final Optional<String> otherLawCitation;

        private ClauseTexts(String key) {
            this.key = key;
            String otherLaw = key + ".otherLaw";
            this.otherLawKey = template(otherLaw).text() == null ? null : otherLaw;
            this.citation = Optional.ofNullable(template(key + ".cite").text());
            this.otherLawCitation =
                    Optional.ofNullable(template(otherLaw + ".cite").text());
        }

        /** The key of the text to use: {@code <key>.otherLaw} where German law does not apply and there is one. */
        String textKey(boolean germanLaw) {
            return germanLaw || otherLawKey == null ? key : otherLawKey;
        }

        /** The citation of the text {@link #textKey} names ({@code <textKey>.cite}), if the library has one. */
        Optional<String> citation(boolean germanLaw) {
            return germanLaw || otherLawKey == null ? citation : otherLawCitation;
        }
    }

    private Template load(String key) {
        String text = library.get(key);
        if (text == null) {
            text = Wording.text(new Locale(language), key).orElse(null);
        }
        return text == null ? ABSENT : new Template(text);
    }

    /**
     * One text and its parts: literal text (braces doubled in the text already made single) and parameter
     * names, in order. A text with a <code>{</code> that is never closed keeps the parts before it and the
     * position of that brace, so that filling it fails there, as it would reading the text afresh.
     */
    static final class Template {

        private static final String[] NONE = {};

        private final @Nullable String text;
        private final String[] parts;
        private final boolean[] parameter;
        private final int unclosedAt;
        private final boolean endsWithParameter;

        private Template(@Nullable String text) {
            this.text = text;
            List<String> found = new ArrayList<>();
            List<Boolean> names = new ArrayList<>();
            this.unclosedAt = text == null ? -1 : parse(text, found, names);
            this.parts = found.toArray(NONE);
            this.parameter = new boolean[parts.length];
            for (int i = 0; i < parts.length; i++) {
                parameter[i] = names.get(i);
            }
            this.endsWithParameter = text != null && text.endsWith("}") && !text.endsWith("}}");
        }

        /** The text as the library has it, or {@code null} if there is none. */
        @Nullable
        String text() {
            return text;
        }

        /** The number of parts. */
        int size() {
            return parts.length;
        }

        /** The literal text or the parameter name of a part. */
        String part(int i) {
            return parts[i];
        }

        /** Whether the part is a parameter. */
        boolean isParameter(int i) {
            return parameter[i];
        }

        /** The position of a <code>{</code> that is never closed, after all parts, or -1. */
        int unclosedAt() {
            return unclosedAt;
        }

        /** Whether the text ends with a parameter (a single <code>}</code>, not a literal one). */
        boolean endsWithParameter() {
            return endsWithParameter;
        }

        /** Splits the text into its parts; returns the position of an unclosed brace, or -1. */
        private static int parse(String template, List<String> parts, List<Boolean> names) {
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                } else if (c == '{') {
                    int end = template.indexOf('}', i);
                    if (end < 0) {
                        literal(literal, parts, names);
                        return i;
                    }
                    literal(literal, parts, names);
                    parts.add(template.substring(i + 1, end));
                    names.add(true);
                    i = end + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            literal(literal, parts, names);
            return -1;
        }

        private static void literal(StringBuilder literal, List<String> parts, List<Boolean> names) {
            if (literal.length() > 0) {
                parts.add(literal.toString());
                names.add(false);
                literal.setLength(0);
            }
        }
    }
}
