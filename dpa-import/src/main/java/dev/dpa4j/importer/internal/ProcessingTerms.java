/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern PROCESSING = Pattern.compile(
            "\\b(?:data processing|processing of personal data|personal data (?:that )?we process|data protection"
                    + "|processor terms|processing terms|auftragsverarbeitung|datenverarbeitung im auftrag"
                    + "|verarbeitung (?:personenbezogener|von personenbezogenen) daten|datenschutz)",
            FLAGS);

    /** A heading of a topic that no data processing agreement has, but terms of use or sale do. */
    private static final Pattern OTHER_TOPIC = Pattern.compile(
            "\\b(?:payment|fees|pricing|billing|free trials?|plans|intellectual property|warrant(?:y|ies)|acceptable use"
                    + "|indemni\\w*|app stores?|delivery of goods|zahlung\\w*|preise|gewährleistung|nutzungsrechte"
                    + "|geistiges eigentum|lieferung)\\b",
            FLAGS);

    /** A heading of provisions that govern the whole contract, the processing terms included. */
    private static final Pattern WHOLE_CONTRACT = Pattern.compile(
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
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            in[i] = !longer
                    || s.heading().isBlank()
                    || PROCESSING.matcher(s.heading()).find()
                    || WHOLE_CONTRACT.matcher(s.heading()).find();
        }
        return in;
    }
}
