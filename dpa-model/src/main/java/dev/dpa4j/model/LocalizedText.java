/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A free text given in one or several languages, for example German and English.
 *
 * <p>Languages are identified by IETF language tags in lower case, such as {@code de} or
 * {@code en}; a region may follow ({@code de-AT}). In JSON the text is an object from language
 * tag to text: <code>{"de": "umgehend", "en": "promptly"}</code>.
 *
 * <p>A few fields that hold a short designation rather than a sentence (a person's function, a contact's
 * name, the competent supervisory authority, a dispute resolution body) also accept a plain JSON string: it is read
 * as a text without a declared language ({@link #plain(String)}, language tag {@value #UNDETERMINED}), printed as
 * it is in a document of any language, and written back as the same plain string.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class LocalizedText {

    /**
     * The language tag of a text given without a language (BCP 47 "undetermined"): a plain string in JSON.
     */
    public static final String UNDETERMINED = "und";

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final SortedMap<String, String> translations;

    private LocalizedText(SortedMap<String, String> translations) {
        this.translations = new Translations(translations);
    }

    /**
     * Obtains a text in one language.
     *
     * @param language the language tag, for example {@code de}, not null
     * @param text the text, not null
     * @return the localised text
     * @throws IllegalArgumentException if the language tag is malformed
     */
    public static LocalizedText of(String language, String text) {
        return of(Map.of(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
    }

    /**
     * Obtains a text from its translations.
     *
     * @param translations the texts by language tag, not null, not empty, without null keys or values
     * @return the localised text
     * @throws IllegalArgumentException if the map is empty, a language tag is malformed or a text is
     *     empty
     * @throws NullPointerException if the map, a key or a value is null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(Map<String, String> translations) {
        Objects.requireNonNull(translations, "translations");
        if (translations.isEmpty()) {
            throw new IllegalArgumentException("A localised text needs at least one language, but none was given");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        translations.forEach((language, text) -> {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, () -> "text for language '" + language + "'");
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                throw new IllegalArgumentException(
                        "'" + language + "' is not a language tag in lower case such as 'de', 'en' or 'de-AT'");
            }
            if (text.isEmpty()) {
                // the format leaves empty values out, so an empty text could not survive a round trip
                throw new IllegalArgumentException(
                        "The text for language '" + language + "' is empty; leave the language out instead");
            }
            copy.put(language, text);
        });
        return new LocalizedText(copy);
    }

    /**
     * Obtains a text given without a language, as a plain JSON string is read: it is printed as it is in a
     * document of any language, and validation reports it where the agreement declares several languages.
     *
     * @param text the text, not null, not empty
     * @return the localised text, whose only language tag is {@value #UNDETERMINED}
     * @throws IllegalArgumentException if the text is empty
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText plain(String text) {
        return of(UNDETERMINED, text);
    }

    /**
     * Returns whether this text is given only without a language (a plain string in JSON).
     *
     * @return true if the only language tag is {@value #UNDETERMINED}
     */
    public boolean isPlain() {
        return translations.size() == 1 && translations.containsKey(UNDETERMINED);
    }

    /**
     * Obtains a German text.
     *
     * @param text the text, not null
     * @return the localised text
     */
    public static LocalizedText de(String text) {
        return of("de", text);
    }

    /**
     * Obtains an English text.
     *
     * @param text the text, not null
     * @return the localised text
     */
    public static LocalizedText en(String text) {
        return of("en", text);
    }

    /**
     * Returns a copy with the text for one language added or replaced.
     *
     * @param language the language tag, not null
     * @param text the text, not null
     * @return a new localised text
     */
    public LocalizedText with(String language, String text) {
        TreeMap<String, String> copy = new TreeMap<>(translations);
        copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
        return of(copy);
    }

    /**
     * Returns the texts by language tag.
     *
     * @return an unmodifiable map ordered by language tag, never empty
     */
    @JsonValue
    public SortedMap<String, String> getTranslations() {
        return translations;
    }

    /**
     * Returns the text in exactly the given language.
     *
     * @param language the language tag, not null
     * @return the text, or empty if there is none in that language
     */
    public Optional<String> get(String language) {
        return Optional.ofNullable(translations.get(Objects.requireNonNull(language, "language")));
    }

    /**
     * Returns the text in the language of the given locale, falling back to the text in the base
     * language (from {@code de-AT} to {@code de}), then to the first language in tag order.
     *
     * @param locale the preferred locale, not null
     * @return the best matching text, never null
     */
    public String resolve(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String tag = locale.toLanguageTag().toLowerCase(Locale.ROOT);
        String exact = translations.get(tag);
        if (exact != null) {
            return exact;
        }
        String base = translations.get(locale.getLanguage());
        if (base != null) {
            return base;
        }
        return translations.values().iterator().next();
    }

    /**
     * Returns whether a text exists in exactly the given language.
     *
     * @param language the language tag, not null
     * @return true if there is a text in that language
     */
    public boolean hasLanguage(String language) {
        return translations.containsKey(Objects.requireNonNull(language, "language"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && translations.equals(that.translations);
    }

    @Override
    public int hashCode() {
        return translations.hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedText" + translations;
    }
}
