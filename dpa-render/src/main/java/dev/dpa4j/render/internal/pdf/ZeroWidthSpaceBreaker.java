/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's own line breaker (the JDK's line instance for {@code Locale.US}, URL-aware), plus a
 * break opportunity after every zero-width space. {@link PdfWriter} puts zero-width spaces into very long
 * words. The JDK's rules do not break there (Unicode's UAX #14 does), and its iterator scans a whole
 * unbreakable word for each line that openhtmltopdf lays out, at a cost that grows with the square of the
 * word's length. So the text is handed to the standard breaker one segment at a time, each ending after a
 * zero-width space: the cost per line is bounded by the segment, and text without zero-width spaces is
 * broken exactly as before.
 *
 * <p>The JDK's rules also allow a break before {@code “} (U+201C), which opens a quotation in English but
 * closes one in German („Verarbeitung“): a German closing quotation mark could start a line. A quotation
 * mark that directly follows a character other than a space never starts a line, in any language.
 */
final class ZeroWidthSpaceBreaker implements FSTextBreaker {

    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private final FSTextBreaker standard = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private String text = "";
    private int segmentStart;
    private int segmentEnd;

    @Override
    public void setText(String newText) {
        text = newText;
        startSegment(0);
    }

    private void startSegment(int start) {
        segmentStart = start;
        int space = text.indexOf(ZERO_WIDTH_SPACE, start);
        segmentEnd = space < 0 ? text.length() : space + 1;
        standard.setText(start == 0 && segmentEnd == text.length() ? text : text.substring(start, segmentEnd));
    }

    @Override
    public int next() {
        while (true) {
            int boundary = nextStandard();
            if (boundary == BreakIterator.DONE || !closesQuotation(boundary)) {
                return boundary;
            }
        }
    }

    /** Whether a break at {@code boundary} would put a quotation mark attached to the word before it on a new line. */
    private boolean closesQuotation(int boundary) {
        if (boundary <= 0 || boundary >= text.length() || Character.isWhitespace(text.charAt(boundary - 1))) {
            return false;
        }
        char c = text.charAt(boundary);
        return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private int nextStandard() {
        while (true) {
            int boundary = standard.next();
            if (boundary != BreakIterator.DONE) {
                return segmentStart + boundary;
            }
            if (segmentEnd >= text.length()) {
                return BreakIterator.DONE;
            }
            startSegment(segmentEnd);
        }
    }
}
