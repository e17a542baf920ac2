/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The texts of the rendered agreement, per language: clause texts, headings, citations and labels,
 * each under a key such as {@code instructions.documented}.
 *
 * <p>The built-in library holds German and English texts written for dpa4j. Users change them without
 * forking, and every format shows the change:
 *
 * <pre>{@code
 * ClauseLibrary library = ClauseLibrary.builder()
 *         .override(Locale.GERMAN, "audits.notice", "Kontrollen sind {notice} vorher anzukündigen.")
 *         .add(Locale.GERMAN, "audits.extra.remote", "Kontrollen finden vorrangig per Videokonferenz statt.")
 *         .language(Locale.forLanguageTag("fr"), frenchTexts)
 *         .build();
 * DocumentRenderer html = HtmlRenderer.create(library);
 * }</pre>
 *
 * <p><b>Text syntax.</b> A text is plain text with named parameters in braces, for example
 * {@code {deadline}}; the composer fills them from the agreement (names, periods, channels, amounts).
 * <code>{{</code> and <code>}}</code> stand for literal braces. The parameters each clause offers are listed in
 * the built-in files {@code dev/dpa4j/render/clauses/clauses_de.properties} and {@code _en}; using an
 * unknown parameter makes rendering fail with a message naming the clause.
 *
 * <p><b>Keys.</b> A section has {@code <section>.heading} and {@code <section>.citation}; its clauses are
 * {@code <section>.<clause>}. A clause is rendered only when the agreement states the terms it needs.
 * Keys of the form {@code <section>.extra.<name>} are added clauses: they are always printed at the end
 * of their section, in key order, once the section is printed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ClauseLibrary {

    private static final String RESOURCE = "/dev/dpa4j/render/clauses/clauses_%s.properties";
    private static final Pattern EXTRA_KEY = Pattern.compile("[a-z][A-Za-z0-9]*\\.extra\\.[A-Za-z0-9_-]+");
    private static final ClauseLibrary BUILT_IN = new ClauseLibrary(loadBuiltIn());

    private final Map<Locale, SortedMap<String, String>> texts;
    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, SortedSet<String>> keysByLanguage;

    private ClauseLibrary(Map<Locale, SortedMap<String, String>> texts) {
        Map<Locale, SortedMap<String, String>> copy = new LinkedHashMap<>();
        Map<String, Map<String, String>> languages = new HashMap<>();
        Map<String, SortedSet<String>> keys = new HashMap<>();
        texts.forEach((locale, map) -> {
            SortedMap<String, String> sorted = Collections.unmodifiableSortedMap(new TreeMap<>(map));
            copy.put(locale, sorted);
            languages.put(locale.getLanguage(), new HashMap<>(map));
            keys.put(locale.getLanguage(), Collections.unmodifiableSortedSet(new TreeSet<>(map.keySet())));
        });
        this.texts = Collections.unmodifiableMap(copy);
        this.byLanguage = languages;
        this.keysByLanguage = keys;
    }

    /**
     * Returns the built-in library with German and English texts.
     *
     * @return the built-in library
     */
    public static ClauseLibrary builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a builder that starts from the built-in library.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(BUILT_IN.texts);
    }

    /**
     * Returns the languages this library has texts for.
     *
     * @return the languages (language-only locales), sorted by language code
     */
    public SortedSet<Locale> languages() {
        TreeSet<Locale> languages = new TreeSet<>((a, b) -> a.getLanguage().compareTo(b.getLanguage()));
        languages.addAll(texts.keySet());
        return Collections.unmodifiableSortedSet(languages);
    }

    /**
     * Returns whether this library has texts for the locale's language.
     *
     * @param locale the language
     * @return whether the language is supported
     */
    public boolean supports(Locale locale) {
        return texts.containsKey(languageOf(locale));
    }

    /**
     * Returns the text under this key in this language, if present.
     *
     * @param locale the language
     * @param key the key, for example {@code instructions.documented}
     * @return the text, or empty
     */
    public Optional<String> text(Locale locale, String key) {
        Map<String, String> map =
                byLanguage.get(Objects.requireNonNull(locale, "locale").getLanguage());
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns all keys of this language, sorted.
     *
     * @param locale the language
     * @return the keys; empty if the language is not supported
     */
    public SortedSet<String> keys(Locale locale) {
        SortedSet<String> keys =
                keysByLanguage.get(Objects.requireNonNull(locale, "locale").getLanguage());
        return keys == null ? Collections.emptySortedSet() : keys;
    }

    private static Locale languageOf(Locale locale) {
        return new Locale(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    private static Map<Locale, SortedMap<String, String>> loadBuiltIn() {
        Map<Locale, SortedMap<String, String>> texts = new LinkedHashMap<>();
        for (String language : new String[] {"de", "en"}) {
            String name = String.format(Locale.ROOT, RESOURCE, language);
            try (InputStream in = ClauseLibrary.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Built-in clause library " + name + " is missing from the jar");
                }
                texts.put(new Locale(language), load(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in clause library " + name, e);
            }
        }
        return texts;
    }

    private static SortedMap<String, String> load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        SortedMap<String, String> map = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return map;
    }

    /**
     * Builds a {@link ClauseLibrary}. A builder is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final Map<Locale, SortedMap<String, String>> texts = new LinkedHashMap<>();

        private Builder(Map<Locale, SortedMap<String, String>> start) {
            start.forEach((locale, map) -> texts.put(locale, new TreeMap<>(map)));
        }

        /**
         * Replaces the text under an existing key.
         *
         * @param locale the language
         * @param key an existing key, for example {@code audits.notice}
         * @param text the new text
         * @return this builder
         * @throws DpaConfigurationException if the language or the key does not exist (use {@link #add} for a
         *     new clause or {@link #language} for a new language)
         */
        public Builder override(Locale locale, String key, String text) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            SortedMap<String, String> map = existing(locale);
            if (!map.containsKey(key)) {
                throw new DpaConfigurationException("Cannot override '" + key + "' in language '"
                        + locale.getLanguage() + "': no such key; keys starting like it: "
                        + map.keySet().stream()
                                .filter(k -> k.startsWith(key.substring(0, Math.max(0, key.indexOf('.') + 1))))
                                .limit(20)
                                .toList());
            }
            map.put(key, text);
            return this;
        }

        /**
         * Adds a clause printed at the end of its section whenever that section is printed.
         *
         * @param locale the language
         * @param key a new key of the form {@code <section>.extra.<name>}, for example
         *     {@code audits.extra.remote}
         * @param text the clause text
         * @return this builder
         * @throws DpaConfigurationException if the language does not exist, the key is not of that form,
         *     names an unknown section, or already exists
         */
        public Builder add(Locale locale, String key, String text) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            SortedMap<String, String> map = existing(locale);
            if (!EXTRA_KEY.matcher(key).matches()) {
                throw new DpaConfigurationException(
                        "An added clause needs a key of the form '<section>.extra.<name>', but was '" + key + "'");
            }
            String section = key.substring(0, key.indexOf('.'));
            if (!map.containsKey(section + ".heading")) {
                throw new DpaConfigurationException("Cannot add '" + key + "': there is no section '" + section
                        + "' in language '" + locale.getLanguage() + "'");
            }
            if (map.containsKey(key)) {
                throw new DpaConfigurationException("Cannot add '" + key + "': it exists already; use override");
            }
            map.put(key, text);
            return this;
        }

        /**
         * Supplies (or replaces) a whole language.
         *
         * @param locale the language
         * @param languageTexts the texts by key; must contain every key of the built-in English library
         *     except added clauses
         * @return this builder
         * @throws DpaConfigurationException if keys are missing; the message lists them
         */
        public Builder language(Locale locale, Map<String, String> languageTexts) {
            Objects.requireNonNull(languageTexts, "languageTexts");
            TreeSet<String> missing = new TreeSet<>(BUILT_IN.keys(Locale.ENGLISH));
            missing.removeIf(k -> EXTRA_KEY.matcher(k).matches());
            missing.removeAll(languageTexts.keySet());
            if (!missing.isEmpty()) {
                throw new DpaConfigurationException("The texts for language '"
                        + languageOf(locale).getLanguage() + "' lack " + missing.size() + " keys: " + missing);
            }
            texts.put(languageOf(locale), new TreeMap<>(languageTexts));
            return this;
        }

        /**
         * Supplies (or replaces) a whole language from a properties file read with the given reader (the
         * caller chooses the encoding, usually UTF-8).
         *
         * @param locale the language
         * @param properties a reader of {@code key=text} lines in {@link Properties} syntax; not closed
         * @return this builder
         * @throws DpaConfigurationException if keys are missing or the text cannot be read
         */
        public Builder language(Locale locale, Reader properties) {
            Objects.requireNonNull(properties, "properties");
            try {
                return language(locale, load(properties));
            } catch (IOException | IllegalArgumentException e) {
                throw new DpaConfigurationException(
                        "Cannot read the clause texts for language '" + locale + "': " + e.getMessage());
            }
        }

        /**
         * Builds the library.
         *
         * @return the library
         */
        public ClauseLibrary build() {
            return new ClauseLibrary(texts);
        }

        private SortedMap<String, String> existing(Locale locale) {
            SortedMap<String, String> map = texts.get(languageOf(locale));
            if (map == null) {
                throw new DpaConfigurationException("The clause library has no language '" + locale
                        + "'; supply it with language(locale, texts). Languages: " + texts.keySet());
            }
            return map;
        }
    }

    /**
     * Returns the languages as a set, for {@link DocumentRenderer#supportedLocales()}.
     *
     * @return the languages
     */
    Set<Locale> localeSet() {
        return Set.copyOf(texts.keySet());
    }
}
