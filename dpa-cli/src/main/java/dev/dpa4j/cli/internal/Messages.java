/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.validate.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The command's own messages in German and English, read as UTF-8 from {@code messages_<lang>.properties}.
 *
 * <p>Deliberately not a {@link java.util.ResourceBundle}: a bundle falls back to the JVM's default
 * locale, and the command must never depend on it. Arguments are passed as strings so that no
 * locale-specific number formatting (grouping separators) creeps in.
 */
final class Messages {
    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties texts;

    private Messages(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    static synchronized Messages of(Lang lang) {
        return CACHE.computeIfAbsent(lang, Messages::load);
    }

    private static Messages load(Lang lang) {
        String name = "messages_" + lang.tag() + ".properties";
        Properties texts = new Properties();
        try (InputStream in = Objects.requireNonNull(Messages.class.getResourceAsStream(name), name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(lang, texts);
    }

    Lang lang() {
        return lang;
    }

    /**
     * Formats the message with the given key.
     *
     * @throws IllegalStateException if the key is missing, which is a bug the tests catch
     */
    String get(String key, @Nullable Object... args) {
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return format(key, strings);
    }

    /** A count with its noun in the right number, e.g. "1 error", "2 Warnungen" (keys {@code count.<severity>.one/other}). */
    String count(Severity severity, int count) {
        return get("count." + severity.name() + (count == 1 ? ".one" : ".other"), count);
    }

    private String format(String key, Object[] args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No " + lang + " message with key " + key);
        }
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The keys of this language, for the completeness test. */
    java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
