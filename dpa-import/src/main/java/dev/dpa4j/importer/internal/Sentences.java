/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence ends, the one place for it (#16): the completeness table, the extractor, the run-ins of a
 * description, the notes and a form's options all cut a passage into sentences, and each copy of the rule that an
 * abbreviation's full stop ends no sentence went its own way ("Art. 28", "Abs. 3", "z. B.", "e.g.", "i.e.", "No. 5"
 * cut the extractor's sentences in two, leaving each half without what the other states).
 *
 * <ul>
 *   <li>{@link #END}: a full stop, question or exclamation mark before a capital or an opening quote, or a semicolon;
 *   <li>{@link #FULL_STOP}: the same without the semicolon;
 *   <li>{@link #STOP}: a full stop or a semicolon before anything (the extractor's reading of a sentence for a value,
 *       where a sentence may go on in lower case after a list);
 *   <li>{@link #STOP_BEFORE_CAPITAL}: a full stop or a semicolon before a capital;
 *   <li>{@link #ANY_STOP}: a full stop, question or exclamation mark or a semicolon before anything.
 * </ul>
 *
 * None of them ends a sentence at the full stop of an abbreviation ({@link #ABBREVIATIONS}). {@link #split} walks a
 * passage sentence by sentence with the offsets of each, for the readers that quote a sentence or look past it.
 */
final class Sentences {

    private Sentences() {}

    /**
     * The abbreviations whose full stop ends no sentence, as a group of alternatives (without the full stop): the
     * German and English ones of legal texts ("z. B.", "u. a.", "d. h.", "vgl.", "bzw.", "gem.", "Ziff.", "lit.",
     * "Abs.", "Art.", "Nr.", "Anl.", "e.g.", "i.e.", "cf.", "incl.", "approx.", "sec.", "para.") and "No." and "Dr."
     * with their capital ("No. 5", "Dr. Weber"; a lower-case "no." may end a sentence).
     */
    static final String ABBREVIATIONS =
            "(?:(?i:z\\. ?b|u\\. ?a|d\\. ?h|z|vgl|bzw|ggf|insb|inkl|gem|ca|ziff|lit|abs|art|nr"
                    + "|anl|e\\.g|i\\.e|cf|incl|approx|sec|para)|(?-i:No|Nos|Dr))";

    /** Not after the full stop of an abbreviation: the guard each pattern below starts its break with. */
    static final String GUARD = "(?<!\\b" + ABBREVIATIONS + "\\.)";

    /**
     * Not after the day of a German date, whose ordinal full stop stands before the month ("vom 9. März 2026", "zum
     * 1. Januar"): the sentence goes on (recall32).
     */
    static final String DATE_GUARD =
            "(?!(?<=\\b\\d{1,2}\\.)\\s+(?i:januar|jänner|februar|märz|april|mai|juni|juli|august"
                    + "|september|oktober|november|dezember)\\b)";

    private static final String FULL_STOP_BREAK = GUARD + "(?<=[.!?])" + DATE_GUARD + "\\s+(?=[\\p{Lu}(„\"“])";

    /** The end of a sentence before its next one: a full stop, "?" or "!" before a capital or a quote, or ";". */
    static final Pattern END = AsciiGerman.compile(FULL_STOP_BREAK + "|(?<=;)\\s+");

    /**
     * A full stop, "?" or "!" before a capital or a quote, not a semicolon: where a value's list of items ("names;
     * e-mail addresses; …") ends and prose goes on.
     */
    static final Pattern FULL_STOP = AsciiGerman.compile(FULL_STOP_BREAK);

    /** A full stop or semicolon and the space after it, whatever follows. */
    static final Pattern STOP = AsciiGerman.compile(GUARD + "(?<=[.;])\\s+");

    /** A full stop or semicolon and the space after it, before a capital. */
    static final Pattern STOP_BEFORE_CAPITAL = AsciiGerman.compile(GUARD + "(?<=[.;])\\s+(?=\\p{Lu})");

    /** A full stop, "?", "!" or semicolon and the space after it, whatever follows. */
    static final Pattern ANY_STOP = AsciiGerman.compile(GUARD + "(?<=[.!?;])\\s+");

    /**
     * The full stop of an abbreviation, the abbreviation in group 1: "für die Dauer des Wartungs- bzw.
     * Hostingvertrags" reads as one clause once it is taken out.
     */
    static final Pattern ABBREVIATION_STOP = AsciiGerman.compile("\\b(" + ABBREVIATIONS + ")\\.");

    /**
     * A sentence of a passage: where it starts in the passage, where it ends (before the break), and its text, which
     * keeps the space it starts with after a break and its own final stop.
     *
     * @param from the offset of its first character in the passage
     * @param end the offset after its last character
     * @param text the passage's characters from {@code from} to {@code end}
     */
    record Sentence(int from, int end, String text) {}

    /**
     * The sentences of a passage as {@link #END} cuts them (#16): the one walk the derogations, the annexes' limits
     * and the amendments share, each of which needs a sentence's offsets to quote it or to read on after it.
     *
     * @param passage the passage, not null
     * @return its sentences in order; none for an empty passage
     */
    static List<Sentence> split(String passage) {
        return split(passage, END);
    }

    /**
     * The sentences of a passage as a break pattern cuts them.
     *
     * @param passage the passage, not null
     * @param breaks where one sentence ends and the next begins ({@link #END}, {@link #FULL_STOP}, …), not null
     * @return its sentences in order; none for an empty passage
     */
    static List<Sentence> split(String passage, Pattern breaks) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = breaks.matcher(passage);
        int from = 0;
        while (from < passage.length()) {
            int end = m.find() ? m.start() : passage.length();
            int next = end < passage.length() ? m.end() : passage.length();
            out.add(new Sentence(from, end, passage.substring(from, end)));
            from = next;
        }
        return out;
    }

    /**
     * A sentence of a passage as evidence: its offset in the document, its length without the space around it, and
     * its quotation, normalised and cut to {@link SourceSpan#MAX_QUOTE}.
     *
     * @param passage the passage the sentence stands in, not null
     * @param sentence a sentence {@link #split} cut from that passage, not null
     * @return the span that quotes it
     */
    static SourceSpan span(Segment passage, Sentence sentence) {
        String text = sentence.text();
        int lead = text.length() - text.stripLeading().length();
        String trimmed = text.strip();
        String quote = TextBuilder.normalise(trimmed);
        if (quote.length() > SourceSpan.MAX_QUOTE) {
            quote = quote.substring(0, SourceSpan.MAX_QUOTE - 1) + "…";
        }
        return new SourceSpan(
                passage.block().offset() + sentence.from() + lead, trimmed.length(), quote, passage.section());
    }
}
