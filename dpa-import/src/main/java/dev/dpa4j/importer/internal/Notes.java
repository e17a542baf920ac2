/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Note;
import dev.dpa4j.importer.Note.Topic;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the sentences on terms the model does not type ({@link Note}): each topic needs a sentence that matches
 * both its term and its context, so that "fees under the main contract" is no note on audit fees. At most three
 * sentences per topic, in document order.
 */
final class Notes {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCE_END = Sentences.ANY_STOP;

    private record Rule(Pattern term, Pattern context) {}

    private static final Map<Topic, Rule> RULES = rules();

    private static Map<Topic, Rule> rules() {
        Map<Topic, Rule> m = new EnumMap<>(Topic.class);
        m.put(
                Topic.FEES,
                new Rule(
                        AsciiGerman.compile(
                                "\\b(?:fees?|charges?|costs?|expenses?|remunerat\\w*|reimburs\\w*|hourly rate)\\b"
                                        + "|vergütung|kosten|aufwand|entgelt|stundensatz|in rechnung",
                                FLAGS),
                        AsciiGerman.compile(
                                "audit|inspect|assist|support|prüfung|kontrolle|inspektion|unterstütz|mitwirk",
                                FLAGS)));
        m.put(
                Topic.AUDIT_FREQUENCY,
                new Rule(
                        AsciiGerman.compile(
                                "\\b(?:once|no more than|not more than|at most|einmal|höchstens|maximal|nicht mehr als)\\b",
                                FLAGS),
                        AsciiGerman.compile(
                                "(?:audit|inspection|prüfung|kontrolle|inspektion)[^.]{0,120}(?:year|month|jahr|monat|12)",
                                FLAGS)));
        m.put(
                Topic.LIABILITY_CAP,
                new Rule(
                        AsciiGerman.compile("\\bliab\\w*|\\bhaft\\w*", FLAGS),
                        AsciiGerman.compile(
                                "\\blimit(?:ed|ation)?\\b|\\bcap(?:ped)?\\b|\\bexceed|\\baggregate\\b|begrenz|beschränk|höchstbetrag",
                                FLAGS)));
        m.put(
                Topic.SCC_CLAUSE_11,
                new Rule(
                        AsciiGerman.compile("(?:clause|klausel)\\s+11\\b", FLAGS),
                        AsciiGerman.compile("option|dispute resolution|streitbeilegung|redress|rechtsbehelf", FLAGS)));
        m.put(
                Topic.UK_TRANSFER_TOOL,
                new Rule(
                        AsciiGerman.compile(
                                "international data transfer (?:addendum|agreement)|\\buk[- ]addendum\\b|\\bIDTA\\b",
                                FLAGS),
                        AsciiGerman.compile("\\S", FLAGS)));
        m.put(
                Topic.SWISS_ADAPTATIONS,
                new Rule(
                        AsciiGerman.compile(
                                "\\bswiss\\b|switzerland|schweiz\\w*|\\bfadp\\b|\\brevdsg\\b|\\bfdpic\\b|\\bedöb\\b",
                                FLAGS),
                        AsciiGerman.compile(
                                "standard contractual clauses|\\bscc\\b|standardvertragsklauseln|adapt|anpass",
                                FLAGS)));
        return m;
    }

    private Notes() {}

    /**
     * Finds the notes of a document.
     *
     * @param text the document
     * @param segments its passages
     * @return the notes, by topic, then in document order
     */
    static List<Note> find(SourceText text, List<Segment> segments) {
        Map<Topic, List<Note>> found = new EnumMap<>(Topic.class);
        for (Segment s : segments) {
            String passage = text.text(s.block());
            for (Sentences.Sentence cut : Sentences.split(passage, SENTENCE_END)) {
                String sentence = cut.text();
                for (Map.Entry<Topic, Rule> r : RULES.entrySet()) {
                    List<Note> list = found.computeIfAbsent(r.getKey(), k -> new ArrayList<>());
                    if (list.size() < 3
                            && r.getValue().term().matcher(sentence).find()
                            && r.getValue().context().matcher(sentence).find()) {
                        list.add(new Note(r.getKey(), Sentences.span(s, cut)));
                    }
                }
            }
        }
        // a model form's choices: a passage whose boxes are all unticked, or one with options that exclude each other
        // both ticked (FormChoices); at most ten of each
        for (Segment s : segments) {
            String passage = text.text(s.block());
            FormChoices.Choice choice = FormChoices.choice(passage);
            if (choice == FormChoices.Choice.NONE) {
                continue;
            }
            Topic topic = choice == FormChoices.Choice.NOT_CHOSEN
                    ? Topic.FORM_CHOICE_NOT_MADE
                    : Topic.FORM_CHOICE_CONTRADICTORY;
            List<Note> list = found.computeIfAbsent(topic, k -> new ArrayList<>());
            if (list.size() < 10) {
                list.add(new Note(topic, Sentences.span(s, new Sentences.Sentence(0, passage.length(), passage))));
            }
        }
        List<Note> out = new ArrayList<>();
        found.values().forEach(out::addAll);
        return List.copyOf(out);
    }
}
