/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in wording that is not a contract clause: change notices, the sub-processor page and the
 * data-flow diagram's counts. It lives in {@code dev/dpa4j/render/words/words_<language>.properties}
 * (UTF-8), beside the clause bundles and with the same placeholder syntax ({@code {name}}, <code>{{</code>
 * and <code>}}</code> for literal braces), and is filled by the same code ({@link Texts}). A text of the
 * clause library with the same key takes precedence, so a caller can override any of these words through
 * {@code ClauseLibrary.builder()}.
 */
public final class Wording {

    private static final String RESOURCE = "/dev/dpa4j/render/words/words_%s.properties";
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

    private Wording() {}

    /**
     * Returns the built-in text under the key in the locale's language, if there is one.
     *
     * @param locale the language
     * @param key the key
     * @return the text, or empty
     */
    public static Optional<String> text(Locale locale, String key) {
        return Optional.ofNullable(bundle(locale.getLanguage()).get(key));
    }

    private static Map<String, String> bundle(String language) {
        return BUNDLES.computeIfAbsent(language, Wording::load);
    }

    private static Map<String, String> load(String language) {
        String name = String.format(Locale.ROOT, RESOURCE, language);
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                texts.put(key, properties.getProperty(key));
            }
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in wording " + name, e);
        }
    }
}
