/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import dev.dpa4j.render.internal.Bindings;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines of a given width: greedy, in one pass over the characters.
 *
 * <p>A line may end at a space (which is dropped) unless it binds a reference word to its number ("§ 126b",
 * "Art. 28", see {@link Bindings}), after a hyphen between two letters, at a soft hyphen
 * (U+00AD, which is then printed as a hyphen) and at a zero-width space (U+200B). A quotation mark
 * directly after a word is never a break opportunity, so a German closing mark („…“) cannot start a
 * line. A line with no such opportunity (a narrow column) ends, in this order: at the last space that binds
 * two words, after the last "/", ".", "@" or "_" of an address ("quillfeather./example"), at a point
 * {@link Hyphenation} gives, with a hyphen printed, or where the line is full, with a hyphen printed if the
 * break falls between two letters; never silently in the middle of a word. No text runs past the margin; the
 * cost stays linear in the length of the word.
 *
 * <p>White space is collapsed to single spaces as in HTML; control and format characters other than the
 * two break characters are dropped (U+FEFF too, which PDF/A forbids in a ToUnicode map); a character the
 * font lacks is printed as U+FFFD, or as a question mark.
 */
final class LineBreaker {

    private static final int SOFT_HYPHEN = 0x00AD;
    private static final int ZERO_WIDTH_SPACE = 0x200B;

    /**
     * A piece of text in one style.
     *
     * @param text the text
     * @param style its style
     */
    record Span(String text, Style style) {}

    /**
     * A run of one style on a line.
     *
     * @param text the characters to draw
     * @param style their style
     * @param x the offset from the line's start in points
     * @param width the advance in points
     */
    record Piece(String text, Style style, float x, float width) {}

    /**
     * One line.
     *
     * @param pieces the runs in order
     * @param width the advance of the whole line in points
     */
    record Line(List<Piece> pieces, float width) {
        String text() {
            StringBuilder out = new StringBuilder();
            for (Piece piece : pieces) {
                out.append(piece.text());
            }
            return out.toString();
        }
    }

    private final FontPrograms.Pair fonts;

    LineBreaker(FontPrograms.Pair fonts) {
        this.fonts = fonts;
    }

    /** The advance of a text in one style, in points (after the same clean-up as in a line). */
    float width(String text, Style style) {
        List<Line> lines = lines(List.of(new Span(text, style)), Float.MAX_VALUE);
        return lines.isEmpty() ? 0 : lines.get(0).width();
    }

    /**
     * Breaks the spans into lines.
     *
     * @param spans the text in reading order
     * @param max the width of a line in points
     * @return the lines; none for text without a visible character
     */
    List<Line> lines(List<Span> spans, float max) {
        // the characters, their spans and advances, after white space is collapsed
        int capacity = 0;
        for (Span span : spans) {
            capacity += span.text().length();
        }
        int[] chars = new int[capacity];
        int[] owner = new int[capacity];
        float[] advance = new float[capacity];
        int n = 0;
        boolean space = true; // collapse leading white space
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            Face face = fonts.face(span.style().bold());
            float size = span.style().size() / 1000f;
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isWhitespace(c) || (Character.isSpaceChar(c) && c != 0x00A0 && c != 0x202F)) {
                    if (space) {
                        continue;
                    }
                    c = ' ';
                    space = true;
                } else if (c == SOFT_HYPHEN || c == ZERO_WIDTH_SPACE) {
                    space = false;
                } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    continue;
                } else {
                    space = false;
                }
                int width = c == SOFT_HYPHEN || c == ZERO_WIDTH_SPACE ? 0 : face.width(c);
                if (width == Face.MISSING) {
                    c = face.width(0xFFFD) != Face.MISSING ? 0xFFFD : '?';
                    width = face.width(c);
                }
                chars[n] = c;
                owner[n] = s;
                advance[n] = width * size;
                n++;
            }
        }
        CharSequence text = new Codes(chars, n);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < n) {
            while (start < n && chars[start] == ' ') {
                start++;
            }
            if (start >= n) {
                break;
            }
            float width = 0;
            int end = -1; // where the line ends at the last opportunity (exclusive)
            int next = -1; // where the following line starts
            boolean hyphen = false;
            int boundSpace = -1; // the last space on the line that binds two words
            int j = start;
            int word = start; // where the word before the next space starts
            for (; j < n; j++) {
                int c = chars[j];
                if (c == ' ') {
                    if (!bound(text, word, j)) {
                        end = j;
                        next = j + 1;
                        hyphen = false;
                    } else if (j > start) {
                        boundSpace = j;
                    }
                    width += advance[j];
                    word = j + 1;
                    continue;
                }
                if (width + advance[j] > max && j > start) {
                    break;
                }
                width += advance[j];
                if (c == SOFT_HYPHEN) {
                    if (width + hyphenWidth(spans.get(owner[j]).style()) <= max) {
                        end = j;
                        next = j + 1;
                        hyphen = true;
                    }
                } else if (c == ZERO_WIDTH_SPACE
                        || (c == '-'
                                && j > start
                                && j + 1 < n
                                && Character.isLetter(chars[j - 1])
                                && Character.isLetter(chars[j + 1]))) {
                    end = c == '-' ? j + 1 : j;
                    next = j + 1;
                    hyphen = false;
                }
            }
            if (j >= n) {
                lines.add(line(chars, owner, advance, spans, start, n, false));
                break;
            }
            if (end > start) {
                lines.add(line(chars, owner, advance, spans, start, end, hyphen));
                start = next;
            } else if (boundSpace > start) {
                // no opportunity on the line: a bound pair ("30 November 2026") yields before a word does
                lines.add(line(chars, owner, advance, spans, start, boundSpace, false));
                start = boundSpace + 1;
            } else {
                int from = Math.max(word, start);
                // the rest of the word, as far as the longest stem of Hyphenation reaches (a word of a million
                // characters is not read to its end for every line)
                int wordEnd = j;
                while (wordEnd < n && wordEnd < j + 16 && chars[wordEnd] != ' ') {
                    wordEnd++;
                }
                int cut = forcedBreak(chars, advance, spans, owner, start, from, j, wordEnd, max, width);
                boolean letters = cut > start && Character.isLetter(chars[cut - 1]) && Character.isLetter(chars[cut]);
                lines.add(line(chars, owner, advance, spans, start, cut, letters));
                start = cut;
            }
        }
        lines.removeIf(line -> line.pieces().isEmpty());
        return lines;
    }

    /**
     * Where to break a word that does not fit on a line with no opportunity: after the address separator
     * nearest the full line, else at a point of {@link Hyphenation} where the hyphen still fits, else where the
     * line is full, one character earlier if a hyphen between two letters must fit there.
     *
     * @param full where the line is full (the first character that does not fit)
     * @param width the advance of the line up to {@code full}
     * @return where the next line starts, after {@code start}
     */
    private int forcedBreak(
            int[] chars,
            float[] advance,
            List<Span> spans,
            int[] owner,
            int start,
            int word,
            int full,
            int wordEnd,
            float max,
            float width) {
        for (int k = full - 1; k > word; k--) {
            int c = chars[k];
            if (c == '/' || c == '.' || c == '@' || c == '_') {
                return k + 1;
            }
        }
        // the widths up to each point, from the full line backwards, until the hyphen fits
        float[] upTo = new float[full - start + 1];
        upTo[full - start] = width;
        for (int k = full - 1; k >= start; k--) {
            upTo[k - start] = upTo[k - start + 1] - advance[k];
        }
        float hyphen = hyphenWidth(spans.get(owner[Math.max(start, full - 1)]).style());
        int limit = full;
        while (limit > start && upTo[limit - start] + hyphen > max) {
            limit--;
        }
        int point = Hyphenation.point(chars, word, wordEnd, limit);
        if (point > start) {
            return point;
        }
        if (full > start + 1 && Character.isLetter(chars[full - 1]) && Character.isLetter(chars[full])) {
            return Math.max(limit, start + 1);
        }
        return full;
    }

    /** Whether the space at {@code space} binds the word before it to the next ({@link Bindings}). */
    private static boolean bound(CharSequence text, int word, int space) {
        if (space - word > 12 || space + 1 >= text.length()) {
            return false;
        }
        int kind = Bindings.binder(text, word, space);
        if (kind == Bindings.NONE) {
            return false;
        }
        int nextEnd = space + 1;
        while (nextEnd < text.length() && text.charAt(nextEnd) != ' ') {
            nextEnd++;
        }
        return Bindings.binds(kind, text, space + 1, nextEnd);
    }

    /** The collapsed characters as a sequence for {@link Bindings}; a character beyond the BMP reads as U+FFFD. */
    private static final class Codes implements CharSequence {
        private final int[] chars;
        private final int length;

        Codes(int[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            int c = chars[index];
            return c <= Character.MAX_VALUE ? (char) c : '\uFFFD';
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            StringBuilder out = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                out.append(charAt(i));
            }
            return out;
        }

        @Override
        public String toString() {
            return subSequence(0, length).toString();
        }
    }

    private float hyphenWidth(Style style) {
        return fonts.face(style.bold()).width('-') * style.size() / 1000f;
    }

    private Line line(int[] chars, int[] owner, float[] advance, List<Span> spans, int from, int to, boolean hyphen) {
        while (to > from && chars[to - 1] == ' ') {
            to--;
        }
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x = 0;
        float pieceX = 0;
        int current = -1;
        for (int i = from; i < to; i++) {
            if (owner[i] != current) {
                if (text.length() > 0) {
                    pieces.add(new Piece(text.toString(), spans.get(current).style(), pieceX, x - pieceX));
                    text.setLength(0);
                }
                current = owner[i];
                pieceX = x;
            }
            int c = chars[i];
            if (c != SOFT_HYPHEN && c != ZERO_WIDTH_SPACE) {
                text.appendCodePoint(c);
                x += advance[i];
            }
        }
        if (hyphen && current >= 0) {
            text.append('-');
            x += hyphenWidth(spans.get(current).style());
        }
        if (text.length() > 0) {
            pieces.add(new Piece(text.toString(), spans.get(current).style(), pieceX, x - pieceX));
        }
        return new Line(List.copyOf(pieces), x);
    }
}
