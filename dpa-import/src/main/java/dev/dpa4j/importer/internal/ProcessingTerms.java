/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The processing terms of a longer contract: terms of use or of sale whose data processing agreement is one section
 * among payment, licences, warranty and the like ("14. Personal data we process for you"). Art. 28(3) GDPR asks for a
 * contract that "sets out" the processor's duties; a section on payment, intellectual property or warranty sets out
 * none of them, and a termination right of the contract in general ("either party may terminate if the other
 * materially breaches these Terms") is not the right of Clause 10 to suspend the processing and terminate for breach of
 * the data protection terms. So where a document shows itself to be such a contract (two or more sections on topics
 * no DPA has) and has a section whose heading names the processing of personal data, the requirements are read in
 * that section and in the sections that govern the whole contract and so the processing terms too: definitions, the
 * liability and its caps (a cap that covers the whole contract limits the processor's liability under the processing
 * terms as well), the order of precedence, governing law and the general provisions. Passages under no heading (the
 * opening) stay in. Any other document is read whole.
 */
final class ProcessingTerms {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A heading of the processing terms. */
    private static final Pattern PROCESSING = AsciiGerman.compile(
            "\\b(?:data processing|processing of personal data|personal data (?:that )?we process|data protection"
                    + "|processor terms|processing terms|auftragsverarbeitung|datenverarbeitung im auftrag"
                    + "|verarbeitung (?:personenbezogener|von personenbezogenen) daten|datenschutz)",
            FLAGS);

    /** A heading of a topic that no data processing agreement has, but terms of use or sale do. */
    private static final Pattern OTHER_TOPIC = AsciiGerman.compile(
            "\\b(?:payment|fees|pricing|billing|free trials?|plans|intellectual property|warrant(?:y|ies)|acceptable use"
                    + "|indemni\\w*|app stores?|delivery of goods|zahlung\\w*|preise|gewährleistung|nutzungsrechte"
                    + "|geistiges eigentum|lieferung)\\b",
            FLAGS);

    /** A heading of provisions that govern the whole contract, the processing terms included. */
    private static final Pattern WHOLE_CONTRACT = AsciiGerman.compile(
            "\\b(?:definitions?|words we use|interpretation|liability|limitation|haftung|begriffe|precedence|conflicts?"
                    + "|entire agreement|governing law|applicable law|jurisdiction|general|miscellaneous|final provisions"
                    + "|rangfolge|anwendbares recht|gerichtsstand|schlussbestimmungen|allgemeines)\\b",
            FLAGS);

    private ProcessingTerms() {}

    /**
     * Which passages the requirements are read in.
     *
     * @param segments the document's passages
     * @return per passage, whether it belongs to the processing terms or governs them; all true for a document that is
     *     not a longer contract with processing terms inside it
     */
    static boolean[] scope(List<Segment> segments) {
        boolean[] in = new boolean[segments.size()];
        Set<String> others = new HashSet<>();
        boolean processing = false;
        for (Segment s : segments) {
            for (String h : s.heading().split(" > ")) {
                java.util.regex.Matcher m = OTHER_TOPIC.matcher(h);
                if (m.find()) {
                    others.add(m.group().toLowerCase(Locale.ROOT));
                }
                processing |= PROCESSING.matcher(h).find();
            }
        }
        boolean longer = processing && others.size() >= 2;
        Set<String> parts = longer ? processingParts(segments) : Set.of();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            in[i] = !longer
                    || s.heading().isBlank()
                    || PROCESSING.matcher(s.heading()).find()
                    || WHOLE_CONTRACT.matcher(s.heading()).find()
                    || ofPart(s.heading(), parts);
        }
        return in;
    }

    /**
     * The designation of a part of the contract ("Exhibit C", "Schedule 4", „Anlage 2“) at the start of a heading, as
     * the part's own heading and the headings of its schedules begin ("Exhibit C – Data Processing Terms", "Exhibit C,
     * Schedule 1 – Details of Processing").
     */
    private static final Pattern PART = AsciiGerman.compile(
            "^(?:exhibit|schedule|annex|appendix|attachment|addendum|anlage|anhang|beilage)\\s+(?:\\./)?[a-z0-9]{1,4}\\b",
            FLAGS);

    /**
     * The parts of the contract whose own heading names the processing terms ("Exhibit C – Data Processing Terms"):
     * their schedules and annexes are the processing terms' own (the details of the processing, the security measures),
     * whatever their headings say.
     */
    private static Set<String> processingParts(List<Segment> segments) {
        Set<String> parts = new HashSet<>();
        for (Segment s : segments) {
            for (String h : s.heading().split(" > ")) {
                java.util.regex.Matcher m = PART.matcher(h.strip());
                if (m.find() && PROCESSING.matcher(h).find()) {
                    parts.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return parts;
    }

    /** Whether a component of the heading begins with the designation of one of the parts. */
    private static boolean ofPart(String heading, Set<String> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        for (String h : heading.split(" > ")) {
            java.util.regex.Matcher m = PART.matcher(h.strip());
            if (m.find() && parts.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reference from the processing terms to a provision of the contract they belong to: "as set out in Section 10
     * of the Agreement", "Section 4.4 of the Agreement applies", „gemäß Ziffer 9 des Hauptvertrags“.
     */
    private static final Pattern REFERENCE = AsciiGerman.compile(
            "\\b(?:sections?|clauses?|ziffer|abschnitt|§)\\s*(?<num>\\d+(?:\\.\\d+)*)\\s+(?:of|des|der)\\s+(?:the\\s+|this\\s+|dieses\\s+)?"
                    + "(?:agreement|msa|master (?:services )?agreement|main (?:agreement|contract)|principal agreement"
                    + "|hauptvertrag\\w*|rahmenvertrag\\w*|vertrag\\w*)\\b",
            FLAGS);

    /**
     * Takes into the processing terms the provisions of the whole contract that they make their own by reference:
     * an exhibit that says "Provider shall secure Personal Data as set out in Section 10 of the Agreement" states the
     * security of Art. 28(3)(c) in that section, which is part of the same contract and of the text before us. The
     * passages under a heading of that number, and those that begin with it ("10.2 …"), are read as processing terms
     * (a reference to "Section 10" takes in 10.1 to 10.3; one to "Section 9.3" only 9.3). A reference to a provision
     * the text does not contain changes nothing.
     *
     * @param in the passages read so far ({@link #scope}), extended in place
     * @param segments the document's passages
     * @param text the document
     */
    /**
     * The first reference in a passage to a provision of the contract that the text does not contain ("as set out in
     * Section 9 of the Agreement", where no heading or paragraph of the document is numbered 9).
     *
     * @return the reference as written, or null where the passage has none or every one it has is in the text
     */
    static @Nullable String missingReference(String passage, List<Segment> segments, SourceText text) {
        java.util.regex.Matcher m = REFERENCE.matcher(passage);
        while (m.find()) {
            if (!contained(m.group("num"), segments, text)) {
                return m.group().strip();
            }
        }
        return null;
    }

    /** Whether a heading or a paragraph of the document carries the number. */
    private static boolean contained(String number, List<Segment> segments, SourceText text) {
        Pattern start = numbered(number);
        for (Segment s : segments) {
            for (String h : s.heading().split(" > ")) {
                if (start.matcher(h.strip()).lookingAt()) {
                    return true;
                }
            }
            if (start.matcher(text.text(s.block()).strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The start of a heading or paragraph of the number: "10.", "10.2 ", "§ 10", "Section 10". */
    private static Pattern numbered(String number) {
        return AsciiGerman.compile(
                "^(?:§\\s*|(?:section|clause|ziffer|abschnitt)\\s+)?" + Pattern.quote(number)
                        + "(?![0-9])(?:\\.\\d+)*(?:[.)\\s]|$)",
                FLAGS);
    }

    static void referenced(boolean[] in, List<Segment> segments, SourceText text) {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            if (in[i]) {
                java.util.regex.Matcher m =
                        REFERENCE.matcher(text.text(segments.get(i).block()));
                while (m.find()) {
                    numbers.add(m.group("num"));
                }
            }
        }
        if (numbers.isEmpty()) {
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (in[i]) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block()).strip();
            for (String n : numbers) {
                Pattern start = numbered(n);
                boolean under = false;
                for (String h : s.heading().split(" > ")) {
                    under |= start.matcher(h.strip()).lookingAt();
                }
                if (under || start.matcher(passage).lookingAt()) {
                    in[i] = true;
                    break;
                }
            }
        }
    }
}
