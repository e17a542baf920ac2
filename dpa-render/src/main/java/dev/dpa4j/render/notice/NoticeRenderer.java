/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Writes a {@link ChangeNotice} in one format. Implementations must be immutable, thread-safe and deterministic, and
 * must escape every user-supplied string for their format.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface NoticeRenderer {

    /**
     * Returns the unique identifier of this renderer, in kebab-case, for example {@code notice-html}.
     *
     * @return the identifier
     */
    String id();

    /**
     * Returns the format this renderer writes.
     *
     * @return the format
     */
    NoticeFormat format();

    /**
     * Returns the languages this renderer can write.
     *
     * @return the supported locales (language only)
     */
    Set<Locale> supportedLocales();

    /**
     * Writes the notice as UTF-8 into {@code out}.
     *
     * @param notice the notice, not null
     * @param locale the language, one of {@link #supportedLocales()}, not null
     * @param out where the notice goes; not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the language is not supported
     */
    void render(ChangeNotice notice, Locale locale, OutputStream out) throws IOException;

    /**
     * Returns the notice as a string.
     *
     * @param notice the notice, not null
     * @param locale the language, not null
     * @return the rendered notice
     * @throws IllegalArgumentException if the language is not supported
     */
    default String render(ChangeNotice notice, Locale locale) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            render(notice, locale, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
