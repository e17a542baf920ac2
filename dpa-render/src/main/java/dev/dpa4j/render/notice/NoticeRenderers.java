/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.render.HtmlRenderer;
import dev.dpa4j.render.MarkdownRenderer;
import dev.dpa4j.render.TextRenderer;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.notice.NoticeComposer;
import dev.dpa4j.render.internal.notice.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The built-in change-notice renderers: Markdown, HTML and plain text, each in German and English. The notice is
 * composed into the rendering module's document tree ({@link Document}) and written by its Markdown, HTML and text
 * writers, so it shares their escaping and layout.
 *
 * <pre>{@code
 * String mail = NoticeRenderers.text().render(notice, Locale.ENGLISH);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoticeRenderers {

    private NoticeRenderers() {}

    /**
     * Returns the Markdown renderer ({@code notice-markdown}).
     *
     * @return the renderer
     */
    public static NoticeRenderer markdown() {
        return new BuiltIn("notice-markdown", NoticeFormat.MARKDOWN);
    }

    /**
     * Returns the HTML renderer ({@code notice-html}).
     *
     * @return the renderer
     */
    public static NoticeRenderer html() {
        return new BuiltIn("notice-html", NoticeFormat.HTML);
    }

    /**
     * Returns the plain-text renderer for e-mail ({@code notice-text}).
     *
     * @return the renderer
     */
    public static NoticeRenderer text() {
        return new BuiltIn("notice-text", NoticeFormat.TEXT);
    }

    /**
     * Returns the built-in renderer for a format.
     *
     * @param format the format, not null
     * @return the renderer
     */
    public static NoticeRenderer forFormat(NoticeFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case MARKDOWN -> markdown();
            case HTML -> html();
            case TEXT -> text();
        };
    }

    /**
     * Returns all built-in renderers.
     *
     * @return the Markdown, HTML and text renderers
     */
    public static List<NoticeRenderer> all() {
        return List.of(markdown(), html(), text());
    }

    private record BuiltIn(String id, NoticeFormat format) implements NoticeRenderer {
        @Override
        public Set<Locale> supportedLocales() {
            return Set.of(Locale.GERMAN, Locale.ENGLISH);
        }

        @Override
        public void render(ChangeNotice notice, Locale locale, OutputStream out) throws IOException {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(out, "out");
            Words words = Words.of(Objects.requireNonNull(locale, "locale"));
            Document document = NoticeComposer.compose(notice, words);
            switch (format) {
                case MARKDOWN -> MarkdownRenderer.create().write(document, out);
                case HTML -> HtmlRenderer.create().write(document, out);
                case TEXT -> TextRenderer.create().write(document, out);
            }
        }
    }
}
