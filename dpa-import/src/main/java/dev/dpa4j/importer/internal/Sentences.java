/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

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
 * None of them ends a sentence at the full stop of an abbreviation ({@link #ABBREVIATIONS}).
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

    private static final String FULL_STOP_BREAK = GUARD + "(?<=[.!?])\\s+(?=[\\p{Lu}(„\"“])";

    /** The end of a sentence before its next one: a full stop, "?" or "!" before a capital or a quote, or ";". */
    static final Pattern END = Pattern.compile(FULL_STOP_BREAK + "|(?<=;)\\s+");

    /**
     * A full stop, "?" or "!" before a capital or a quote, not a semicolon: where a value's list of items ("names;
     * e-mail addresses; …") ends and prose goes on.
     */
    static final Pattern FULL_STOP = Pattern.compile(FULL_STOP_BREAK);

    /** A full stop or semicolon and the space after it, whatever follows. */
    static final Pattern STOP = Pattern.compile(GUARD + "(?<=[.;])\\s+");

    /** A full stop or semicolon and the space after it, before a capital. */
    static final Pattern STOP_BEFORE_CAPITAL = Pattern.compile(GUARD + "(?<=[.;])\\s+(?=\\p{Lu})");

    /** A full stop, "?", "!" or semicolon and the space after it, whatever follows. */
    static final Pattern ANY_STOP = Pattern.compile(GUARD + "(?<=[.!?;])\\s+");

    /**
     * The full stop of an abbreviation, the abbreviation in group 1: "für die Dauer des Wartungs- bzw.
     * Hostingvertrags" reads as one clause once it is taken out.
     */
    static final Pattern ABBREVIATION_STOP = Pattern.compile("\\b(" + ABBREVIATIONS + ")\\.");
}
