/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amendments inside a document (#16): an addendum or a later part that deletes a clause or gives it a new wording
 * ("Clause 7.3 is deleted and replaced by the following: …", "Section 9 shall be amended to read as follows", „§ 5
 * Abs. 2 wird gestrichen“, „§ 5 erhält folgende Fassung: …“). The document is read as amended: the passages of the
 * clause, where they stand before the amendment, are no evidence any more; the new wording, which follows the
 * amendment, is read as any other passage. The clause is found by its number as {@link ClauseReferences} resolves
 * it; an annex by its name ("Schedule 2 is deleted", „Anlage 3 wird gestrichen“), all of its passages. An amendment
 * that adds to a clause ("a new paragraph 9.4 is inserted") does not take the clause away, and is read as it stands.
 *
 * <p>An amendment that changes some words of a clause ("in clause 7.2, '48 hours' is replaced by '5 business days'",
 * "the words '…' in Section 4 are deleted", „In § 8 wird die Angabe „24 Stunden“ durch „72 Stunden“ ersetzt“, „wird
 * das Wort „unverzüglich“ gestrichen“) leaves the clause in place and is applied to it ({@link #wordChanges}): the
 * completeness table reads the clause's passages that hold the quoted words with the new words in their place, and
 * quotes the amendment beside them.
 */
final class Amendments {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * After the reference: the clause deleted or given a new wording ("is deleted", "shall be deleted in its
     * entirety", "is hereby replaced", "is amended to read as follows", "shall be amended as follows", "shall read as
     * follows", „wird gestrichen“, „wird aufgehoben“, „wird wie folgt neu gefasst“, „erhält folgende Fassung“,
     * „entfällt“).
     */
    private static final Pattern AMENDED = AsciiGerman.compile(
            "^\\W{0,3}(?:(?:of\\s+)?(?:this|the)\\s+(?:dpa|agreement|addendum|contract)\\s*|(?:dieses|des)\\s+vertrags\\s*"
                    + "|(?:dieser|der)\\s+vereinbarung\\s*)?"
                    + "(?:(?:is|are|shall\\s+be|will\\s+be|be)\\s+(?:hereby\\s+)?(?:deleted|removed|struck(?:\\s+out)?|replaced|superseded"
                    + "|amended(?:\\s+and\\s+restated)?(?:\\s+to\\s+read)?\\s+as\\s+follows|restated\\s+as\\s+follows)"
                    + "|shall\\s+(?:hereafter\\s+|now\\s+)?read\\s+as\\s+follows"
                    + "|(?:wird|werden)\\s+(?:hiermit\\s+|hierdurch\\s+|ersatzlos\\s+|vollständig\\s+)*(?:gestrichen|aufgehoben|ersetzt"
                    + "|(?:wie\\s+folgt\\s+)?neu\\s+gefasst|wie\\s+folgt\\s+(?:geändert|gefasst))"
                    + "|erhält\\s+folgende\\s+(?:neue\\s+)?fassung|entfällt|entfallen)",
            FLAGS);

    /** A change of some words, or an addition, after which the clause stays. */
    private static final Pattern IN_PART = AsciiGerman.compile(
            "\\b(?:the\\s+words?|the\\s+phrase|the\\s+figure|the\\s+number|insert\\w*|add(?:ed|ition)?\\b|new\\s+(?:paragraph|clause|section|sentence)"
                    + "|die\\s+(?:wörter|worte|angabe|zahl)|eingefügt|angefügt|ergänzt|folgender?\\s+(?:satz|absatz)\\s+(?:wird|werden)\\s+(?:angefügt|eingefügt))",
            FLAGS);

    /** Quotation marks around the words an amendment changes. */
    private static final String OPEN = "[\"'‘“„«»]";

    private static final String CLOSE = "[\"'’”“«»]";

    private static String quoted(String name) {
        return OPEN + "(?<" + name + ">[^\"‘’“”„«»]{1,160}?)" + CLOSE;
    }

    /** The words of a reference between the quoted words and the verb: "the words '…' in Clause 7.2 are …". */
    private static final String BETWEEN = "(?:\\s*,?\\s+(?:in|of|im|in\\s+der|in\\s+dem)\\s+[^\"'‘“„.;]{1,40}?,?)?\\s*";

    /** Some words replaced: "'A' is replaced by 'B'", „die Angabe „A“ wird durch „B“ ersetzt“, "replace 'A' with 'B'". */
    private static final Pattern WORDS_REPLACED = AsciiGerman.compile(
            quoted("old") + BETWEEN
                    + "(?:(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?(?:replaced|substituted)\\s+(?:by|with)|(?:(?:wird|werden)\\s+(?:hiermit\\s+)?)?durch)"
                    + "\\s+(?:the\\s+words?\\s+|the\\s+phrase\\s+|the\\s+figure\\s+|die\\s+(?:wörter|worte|angabe|zahl)\\s+|das\\s+wort\\s+)?"
                    + quoted("now")
                    + "|\\breplac(?:e|ing)\\s+(?:the\\s+words?\\s+)?" + quoted("old2")
                    + "\\s+(?:by|with)\\s+(?:the\\s+words?\\s+)?"
                    + quoted("now2"),
            FLAGS);

    /** Some words deleted: "'A' is deleted", „das Wort „A“ wird gestrichen“, „wird das Wort „A“ gestrichen“. */
    private static final Pattern WORDS_DELETED = AsciiGerman.compile(
            quoted("old") + BETWEEN
                    + "(?:(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?(?:deleted|struck(?:\\s+out)?|removed|omitted)"
                    + "|(?:(?:wird|werden)\\s+(?:hiermit\\s+|ersatzlos\\s+)?)?gestrichen|entfällt|entfallen)\\b",
            FLAGS);

    /**
     * A change of some words of a passage that an amendment later in the document makes.
     *
     * @param old the words as the passage states them
     * @param now the words in their place, empty where they are deleted
     * @param amendment the amendment's sentence
     */
    record WordChange(String old, String now, SourceSpan amendment) {}

    /**
     * A clause said to stay as it is: "unchanged", "without change", "no change", „unverändert“, „ohne Änderung“,
     * „keine Änderung“.
     */
    private static final Pattern UNCHANGED = AsciiGerman.compile(
            "\\bunverändert\\b|\\bunchanged\\b|\\bunamended\\b|\\bwithout\\s+(?:any\\s+)?(?:change|amendment|modification)s?\\b"
                    + "|\\bno\\s+(?:change|amendment)s?\\b|\\bnot\\s+(?:amended|changed|modified)\\b"
                    + "|\\b(?:keine|ohne)\\s+änderung\\w*",
            FLAGS);

    /**
     * What places the clause said to stay elsewhere: its number, the earlier instrument ("of the DPA dated …", „des AVV
     * vom …“, "the existing agreement", „die bisherige Fassung“), or all other terms („im Übrigen“).
     */
    private static final Pattern ELSEWHERE = AsciiGerman.compile(
            "(?:§|\\b(?:clause|section|paragraph|ziffer|nr\\.|abs(?:atz|\\.)|art(?:ikel|icle|\\.)?|annex|anlage|anhang|schedule"
                    + "|appendix|exhibit))\\s*\\(?[0-9IVXivx]|\\b(?:dated|vom)\\s+\\d|\\b(?:existing|original|previous|earlier|current"
                    + "|prior)\\s+(?:dpa|agreement|addendum|contract|version|terms)\\b|\\b(?:bisherig|bestehend|ursprünglich)\\w*\\s+"
                    + "(?:avv|vertrag|vereinbarung|fassung|regelung)|\\bim\\s+übrigen\\b|\\ball\\s+other\\s+(?:provisions|terms|clauses)\\b"
                    + "|\\b(?:alle\\s+)?übrigen\\s+(?:regelungen|bestimmungen)\\b|^\\W*(?:unverändert|unchanged|no\\s+change)\\W*$",
            FLAGS);

    /** A sentence piece that ends in a number and a full stop, as a German date's day does („vom 3.“). */
    private static final Pattern ORDINAL_END = AsciiGerman.compile("\\b\\d{1,2}\\.$");

    /** A duty of the passage's own beside the words that keep a clause: the passage then states something. */
    private static final Pattern OWN_DUTY = AsciiGerman.compile(
            "\\b(?:shall(?!\\s+(?:remain|continue|stay|apply))|must|undertakes?|agrees?|will(?!\\s+(?:remain|continue|stay|apply))"
                    + "|muss|müssen|darf|dürfen|hat|haben|wird(?!\\s+(?:nicht\\s+)?geändert)|werden(?!\\s+(?:nicht\\s+)?geändert)"
                    + "|(?:ist|sind)\\s+(?:\\p{L}+\\s+){0,3}verpflichtet|verpflichte[nt]?\\s+sich)\\b",
            FLAGS);

    private Amendments() {}

    /**
     * The changes of some words that amendments later in the document make to its passages: per passage, the quoted
     * words the passage holds and what replaces them.
     *
     * @param text the document
     * @param segments its passages
     * @return the changes by passage index; empty where no amendment changes words
     */
    static Map<Integer, List<WordChange>> wordChanges(SourceText text, List<Segment> segments) {
        Map<Integer, List<WordChange>> out = new java.util.HashMap<>();
        List<List<String>> addresses = null;
        boolean articles = false;
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            String passage = text.text(seg.block());
            if (!mayAmend(passage)) {
                continue;
            }
            for (Sentences.Sentence s : Sentences.split(passage, Sentences.FULL_STOP)) {
                String old;
                String now;
                Matcher r = WORDS_REPLACED.matcher(s.text());
                Matcher d = WORDS_DELETED.matcher(s.text());
                if (r.find()) {
                    old = r.group("old") != null ? r.group("old") : r.group("old2");
                    now = r.group("now") != null ? r.group("now") : r.group("now2");
                } else if (d.find()) {
                    old = d.group("old");
                    now = "";
                } else {
                    continue;
                }
                if (addresses == null) {
                    addresses = ClauseReferences.addresses(text, segments);
                    articles = ClauseReferences.articles(segments);
                }
                SourceSpan amendment = Sentences.span(seg, s);
                boolean changed = false;
                for (Map.Entry<List<List<String>>, String> ref : ClauseReferences.references(s.text(), articles)) {
                    for (List<String> target : ref.getKey()) {
                        for (int j = 0; j < i; j++) {
                            if (ClauseReferences.lies(addresses.get(j), target)
                                    && text.text(segments.get(j).block()).contains(old)) {
                                out.computeIfAbsent(j, k -> new java.util.ArrayList<>())
                                        .add(new WordChange(old, now, amendment));
                                changed = true;
                            }
                        }
                    }
                }
                if (changed) {
                    // the amendment quotes the old words: they state nothing agreed there either
                    out.computeIfAbsent(i, k -> new java.util.ArrayList<>()).add(new WordChange(old, "", amendment));
                }
            }
        }
        return out;
    }

    /** A passage's text with the changes of some words applied. */
    static String apply(String passage, List<WordChange> changes) {
        String out = passage;
        for (WordChange c : changes) {
            out = out.replace(c.old(), c.now());
        }
        return out;
    }

    /**
     * The passages that only say that clauses stay as they are (#16): an amendment or „Nachtrag“ that restates the
     * clauses it changes and, for the others, says "Clause 7 of the DPA dated 3 May 2023 remains unchanged", „Es gilt
     * § 6 (Vertraulichkeit) des AVV vom 3. Mai 2023 unverändert fort“, "§ 9 Haftung: unverändert". Such a passage
     * states no term of its own: the clause it keeps stands in another document, which the reviewer must read beside
     * this one, so no requirement is met by it (Art. 28(3) and (9) GDPR: the terms must be set out in the contract
     * under review or an act it incorporates; what a document only refers to is not in it). Every sentence of the
     * passage (split at full stops and semicolons) must be such a statement, placed elsewhere by a clause number, a
     * date or the earlier instrument, with no duty of its own: "… shall keep confidential; Clause 7 otherwise remains
     * unchanged" states the duty, a clause on survival without a reference („diese Pflicht besteht nach Vertragsende
     * unverändert fort“) stays evidence, and so does the order of precedence beside „Im Übrigen bleibt der Hauptvertrag
     * unverändert; …“.
     *
     * @param text the document
     * @param segments its passages
     * @return per passage, whether it only keeps other clauses unchanged
     */
    static boolean[] unchangedOnly(SourceText text, List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            String passage = text.text(segments.get(i).block());
            if (!UNCHANGED.matcher(passage).find()) {
                continue;
            }
            boolean all = true;
            String open = "";
            List<Sentences.Sentence> sentences = Sentences.split(passage);
            for (int k = 0; k < sentences.size() && all; k++) {
                // a date or a number before a capital („vom 3. Mai 2023“) is no end of a sentence
                String t = open + sentences.get(k).text();
                if (k + 1 < sentences.size() && ORDINAL_END.matcher(t).find()) {
                    open = t + " ";
                    continue;
                }
                open = "";
                all = UNCHANGED.matcher(t).find()
                        && ELSEWHERE.matcher(t).find()
                        && !OWN_DUTY.matcher(t).find();
            }
            out[i] = all;
        }
        return out;
    }

    /**
     * Which passages an amendment later in the document takes away.
     *
     * @param text the document
     * @param segments its passages
     * @return per passage, true where a later sentence deletes its clause or gives the clause a new wording
     */
    static boolean[] superseded(SourceText text, List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        List<List<String>> addresses = null;
        boolean articles = false;
        for (int i = 0; i < segments.size(); i++) {
            String passage = text.text(segments.get(i).block());
            if (!mayAmend(passage)) {
                continue;
            }
            if (addresses == null) {
                addresses = ClauseReferences.addresses(text, segments);
                articles = ClauseReferences.articles(segments);
            }
            for (Sentences.Sentence s : Sentences.split(passage)) {
                for (Map.Entry<List<List<String>>, String> ref : ClauseReferences.references(s.text(), articles)) {
                    Matcher a = AMENDED.matcher(ref.getValue());
                    if (!a.lookingAt()) {
                        continue;
                    }
                    // what follows the amendment's verb, up to the passage's end: a change of some words keeps the
                    // clause
                    String rest = passage.substring(
                            Math.min(passage.length(), s.end() - ref.getValue().length() + a.end()));
                    String tail = rest.length() > 200 ? rest.substring(0, 200) : rest;
                    if (IN_PART.matcher(tail).find()) {
                        continue;
                    }
                    for (List<String> target : ref.getKey()) {
                        for (int j = 0; j < i; j++) {
                            if (ClauseReferences.lies(addresses.get(j), target)) {
                                out[j] = true;
                            }
                        }
                    }
                }
                // an annex deleted or given a new wording: all its passages before the amendment
                for (Map.Entry<String, String> annex : ClauseReferences.annexReferences(s.text())) {
                    Matcher a = AMENDED.matcher(annex.getValue());
                    if (!a.lookingAt()) {
                        continue;
                    }
                    String rest = annex.getValue().substring(a.end());
                    if (IN_PART.matcher(rest.length() > 200 ? rest.substring(0, 200) : rest)
                            .find()) {
                        continue;
                    }
                    for (int j = 0; j < i; j++) {
                        List<String> address = addresses.get(j);
                        if (!address.isEmpty() && address.get(0).equals(annex.getKey())) {
                            out[j] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a passage may hold an amendment at all: a quick test before it is read sentence by sentence. */
    private static boolean mayAmend(String passage) {
        return MAY.matcher(passage).find();
    }

    private static final Pattern MAY = AsciiGerman.compile(
            "delet|replac|amend|struck|supersed|substitut|omitted|read\\s+as\\s+follows|gestrichen|aufgehoben|ersetzt|neu\\s+gefasst|fassung|entf[aä]ll|geändert",
            FLAGS);
}
