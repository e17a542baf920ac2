/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * openhtmltopdf's font metrics of the two bundled faces, computed once from the fonts as PDFBox loads
 * them and handed to every rendering through openhtmltopdf's font-metrics cache.
 *
 * <p>openhtmltopdf otherwise computes them from the font the layout is given, and for part of them
 * (underline position and thickness) it reads the font program only if that font is a PDFBox Type 0
 * font, which {@link MeasuredFont} is not. With the metrics in the cache it never computes them, so the
 * layout sees exactly the values of the loaded Type 0 font. The cache answers only for the keys of the
 * two faces; it keeps nothing it is given, so a rendering leaves no state behind.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    /** The family name under which {@link PdfWriter} registers the bundled faces. */
    static final String FAMILY = "DejaVu Sans";

    static final int REGULAR_WEIGHT = 400;
    static final int BOLD_WEIGHT = 700;

    private final Map<String, FSCacheValue> metrics;

    private FontMetricsCache(Map<String, FSCacheValue> metrics) {
        this.metrics = metrics;
    }

    /**
     * Computes the metrics of both faces, loading each into a scratch document as a subset font, the
     * way every rendering loads it.
     *
     * @param regular the parsed regular face
     * @param bold the parsed bold face
     * @return the cache
     */
    static FontMetricsCache of(TrueTypeFont regular, TrueTypeFont bold) {
        try (PDDocument scratch = new PDDocument()) {
            return new FontMetricsCache(Map.of(
                    key(FAMILY, REGULAR_WEIGHT, IdentValue.NORMAL), metrics(scratch, regular),
                    key(FAMILY, BOLD_WEIGHT, IdentValue.NORMAL), metrics(scratch, bold)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the bundled font", e);
        }
    }

    private static PdfBoxRawPDFontMetrics metrics(PDDocument scratch, TrueTypeFont font) throws IOException {
        PDType0Font loaded = PDType0Font.load(scratch, font, true);
        return PdfBoxRawPDFontMetrics.fromPdfBox(loaded, loaded.getFontDescriptor());
    }

    /**
     * The key openhtmltopdf (1.1) looks font metrics up by; {@code FontMetricsCacheTest} checks that
     * openhtmltopdf finds the metrics under it.
     */
    static String key(String family, int weight, IdentValue style) {
        return "font-metrics2:" + family + ":" + weight + ":" + style;
    }

    @Override
    public void put(String key, FSCacheValue value) {
        // nothing is kept: the cache is shared by renderings and holds the bundled faces only
    }

    @Override
    public @Nullable FSCacheValue get(String key, Callable<? extends FSCacheValue> compute) {
        FSCacheValue value = metrics.get(key);
        if (value != null) {
            return value;
        }
        try {
            return compute.call();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot compute the font metrics for " + key, e);
        }
    }

    @Override
    public @Nullable FSCacheValue get(String key) {
        return metrics.get(key);
    }
}
