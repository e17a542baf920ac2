/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Element;
import dev.dpa4j.importer.spi.Classification;
import dev.dpa4j.importer.spi.Passage;
import dev.dpa4j.importer.spi.PassageClassifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in classifier, id {@code dpa4j-rules}: cues from {@code element-cues.txt}. A heading cue on the
 * innermost heading scores 0.7, on an outer heading 0.5; each distinct text cue scores 0.35 (two make 0.7); the
 * scores of one element combine as independent evidence, {@code 1 - (1 - a)(1 - b)}.
 *
 * <p>A passage that carries its own title is read as if the title were its innermost heading: the label of a
 * record ("Subject matter: …", "(2) Art der Daten:"), the first cell of a table row ("Datenarten | Stammdaten, …")
 * and a run-in title ("C.4 Breaches. If we become aware …", "5.1 Confidentiality. The Supplier …"), as agreements
 * that list the details of processing in a table or set their headings into the paragraph do.
 *
 * <p>Under a generic heading ("2. Obligations", "§ 4 Pflichten des Auftragnehmers"), one that names no element, a
 * text cue of a duty of the processor (Art. 28(2) to (4), transfers) in a sentence that states a duty ("shall", "must", "will", "undertakes", "verpflichtet sich", "hat … zu",
 * "muss") scores 0.5, so that such a passage is classified by what it says: a duty stated in words of the law is
 * clear evidence even without a heading that names it.
 */
public final class RuleClassifier implements PassageClassifier {

    /** The id in reports. */
    public static final String ID = "dpa4j-rules";

    private static final List<Cues.Line> CUES = Cues.load("element-cues.txt", 2);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** An enumerator before a label or a run-in title: "(2)", "a)", "C.4", "5.1", "Section 3.". */
    private static final String ENUMERATOR =
            "(?iu:(?:(?:section|clause|ziffer|§)\\s*)?(?:\\(?[0-9a-z]{1,3}[.)]|[a-z]?\\.?\\d{1,2}(?:\\.\\d{1,2})*\\.?)?)\\s*";
    /** A table cell that holds only a clause's number: "2.4", "A3.4", "12.", "§ 5". */
    private static final Pattern NUMBER_CELL = AsciiGerman.compile("(?:§\\s*)?[A-Z]?\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?");
    /** "Label: value" or a lead "Label:" of at most six words. */
    private static final Pattern LABEL =
            AsciiGerman.compile("^" + ENUMERATOR + "(\\p{L}[\\p{L}\\d /&,()’'-]{1,60}?)\\s*:(?:\\s|$)", FLAGS);
    /** A run-in title: a short phrase ending in a full stop before the first sentence, "C.4 Breaches. If we …". */
    private static final Pattern RUN_IN = AsciiGerman.compile(
            "^" + ENUMERATOR + "(\\p{Lu}[\\p{L}’' ,&/-]{2,50}?)\\.\\s+(?=[\\p{Lu}\"“„(])", Pattern.UNICODE_CASE);
    /** Words that make a short phrase a sentence rather than a title. */
    private static final Pattern VERB = AsciiGerman.compile(
            "\\b(?:is|are|was|shall|will|may|must|can|has|have|does|do|applies|apply|ist|sind|wird|werden|muss|kann|darf|hat|haben|gilt|gelten|erfolgt|findet)\\b",
            FLAGS);

    /** A sentence that states a duty: a modal of obligation or an undertaking, English and German. */
    private static final Pattern DUTY = AsciiGerman.compile(
            "\\b(?:shall|must|will|undertakes?|agrees? to|is (?:obliged|required|obligated) to|ensures?"
                    + "|verpflichte[nt]?|muss|müssen|hat\\b[^.;]{1,80}\\bzu\\b|haben\\b[^.;]{1,80}\\bzu\\b|stellt sicher"
                    + "|gewährleiste[nt])\\b",
            FLAGS);
    /**
     * The elements that are duties of the processor (Art. 28(2) to (4) GDPR, transfers under Art. 28(3)(a)): only
     * their cues read a sentence's duty; the description of the processing, liability and the final provisions are
     * no duties of the processor ("shall be governed by", "in writing").
     */
    private static final Set<Element> DUTIES = EnumSet.of(
            Element.INSTRUCTIONS,
            Element.CONFIDENTIALITY,
            Element.SECURITY,
            Element.SUBPROCESSING,
            Element.DATA_SUBJECT_RIGHTS,
            Element.ASSISTANCE,
            Element.BREACH_NOTIFICATION,
            Element.DELETION_RETURN,
            Element.AUDITS,
            Element.TRANSFERS);

    /** The score of a text cue in a sentence that states a duty under a heading that names no element. */
    static final double DUTY_UNDER_GENERIC_HEADING = 0.5;

    /** Creates the classifier. */
    public RuleClassifier() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Classification> classify(Passage passage) {
        Map<Element, double[]> scores = new EnumMap<>(Element.class);
        Map<Element, String> cues = new EnumMap<>(Element.class);
        String[] headings =
                passage.heading().isEmpty() ? new String[0] : passage.heading().split(" > ");
        String inner = headings.length == 0 ? "" : headings[headings.length - 1];
        String ownOuter =
                headings.length <= 1 ? "" : String.join(" ", List.of(headings).subList(0, headings.length - 1));
        String outer = ownOuter;
        String own = ownTitle(passage.text());
        if (!own.isEmpty()
                && CUES.stream()
                        .anyMatch(l -> l.fields().get(1).equals("heading")
                                && l.pattern().matcher(own).find())) {
            // the passage's own title is its innermost heading, the heading above it an outer one
            outer = inner.isEmpty() ? outer : (outer + " " + inner).strip();
            inner = own;
        }
        String innerHeading = inner;
        boolean generic = CUES.stream()
                .noneMatch(l -> l.fields().get(1).equals("heading")
                        && !innerHeading.isEmpty()
                        && l.pattern().matcher(innerHeading).find());
        for (Cues.Line line : CUES) {
            Element element = Element.valueOf(line.fields().get(0));
            double[] s = scores.computeIfAbsent(element, e -> new double[2]);
            if (line.fields().get(1).equals("heading")) {
                if (!inner.isEmpty() && line.pattern().matcher(inner).find()) {
                    s[0] = Math.max(s[0], 0.7);
                    cues.putIfAbsent(element, "heading: " + inner);
                } else if (!outer.isEmpty() && line.pattern().matcher(outer).find()) {
                    s[0] = Math.max(s[0], 0.5);
                    cues.putIfAbsent(element, "heading: " + outer);
                }
            } else {
                var m = line.pattern().matcher(passage.text());
                int hits = 0;
                boolean duty = false;
                while (m.find() && hits < 2) {
                    hits++;
                    duty = duty
                            || (generic
                                    && DUTIES.contains(element)
                                    && DUTY.matcher(sentence(passage.text(), m.start(), m.end()))
                                            .find());
                }
                if (hits > 0) {
                    s[1] = Math.min(0.7, s[1] + 0.35 * hits);
                    if (duty) {
                        s[1] = Math.max(s[1], DUTY_UNDER_GENERIC_HEADING);
                    }
                    cues.putIfAbsent(element, "text: " + line.pattern().pattern());
                }
            }
        }
        List<Classification> out = new ArrayList<>();
        scores.forEach((element, s) -> {
            double score = 1 - (1 - s[0]) * (1 - s[1]);
            if (score > 0) {
                out.add(new Classification(element, Math.round(score * 100) / 100.0, cues.getOrDefault(element, "")));
            }
        });
        return out;
    }

    /**
     * The title a passage carries itself: the first cell of a table row, the label of a record, or a run-in title
     * of at most six words without a verb.
     *
     * @return the title, or empty
     */
    static String ownTitle(String text) {
        int tab = text.indexOf('\t');
        if (tab > 0 && tab <= 60) {
            String first = text.substring(0, tab).strip();
            // a row whose first cell is only the clause's number ("2.4 | Arten der Daten: …") has its title after it
            return NUMBER_CELL.matcher(first).matches() ? ownTitle(text.substring(tab + 1)) : first;
        }
        Matcher label = LABEL.matcher(text);
        if (label.find() && words(label.group(1)) <= 6) {
            return label.group(1);
        }
        Matcher runIn = RUN_IN.matcher(text);
        if (runIn.find()
                && words(runIn.group(1)) <= 6
                && !VERB.matcher(runIn.group(1)).find()
                && runIn.end() < text.length()) {
            return runIn.group(1);
        }
        return "";
    }

    /** The sentence around a match: from the end of the previous sentence to the end of this one. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !isSentenceEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isSentenceEnd(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1));
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == ';' || c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 == text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        // "Art. 32", "Abs. 3", "z. B. die": an abbreviation, not the end of a sentence
        int next = i + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next == text.length()
                || !(Character.isDigit(text.charAt(next)) || Character.isLowerCase(text.charAt(next)));
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
