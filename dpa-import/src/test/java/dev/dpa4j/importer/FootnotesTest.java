/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Footnotes (#16): a Markdown footnote's text is placed right after the paragraph that carries its first reference,
 * and a PDF's footnote mark, recognised by its smaller, raised glyphs, is kept as a raised digit; either way a note is
 * read with the sentence that carries its mark, so that a limit stated in a footnote counts for the clause it
 * qualifies. A footnote that cites a source or gives an example changes nothing, and a definition never referred to
 * stays where it is. Agreements of our own.
 */
class FootnotesTest {

    private static final String AGREEMENT = String.join(
            "\n\n",
            "# Data Processing Agreement",
            "## 1. Parties",
            "This agreement is made between Larchmere Retail Ltd (the \"Customer\") and Quillbright Systems Ltd (the "
                    + "\"Processor\").",
            "## 2. Subject matter and duration",
            "The Processor hosts the Customer's order management system. This agreement applies for the term of the "
                    + "main agreement.",
            "## 3. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer. The Processor "
                    + "shall immediately inform the Customer if, in its opinion, an instruction infringes the GDPR.",
            "## 4. Confidentiality",
            "The Processor ensures that persons authorised to process the personal data have committed themselves to "
                    + "confidentiality.",
            "## 5. Security",
            "The Processor takes all measures required pursuant to Article 32 GDPR.%SEC%",
            "## 6. Data subjects' requests",
            "The Processor shall assist the Customer by appropriate technical and organisational measures in "
                    + "fulfilling its obligation to respond to requests for exercising the data subject's rights.%DSR%",
            "## 7. Personal data breaches",
            "The Processor shall notify the Customer of a personal data breach without undue delay and in any event "
                    + "within 48 hours after becoming aware of it.",
            "## 8. Audits",
            "The Processor shall make available to the Customer all information necessary to demonstrate compliance "
                    + "with Article 28 GDPR.",
            "The Processor shall allow for and contribute to audits, including inspections, conducted by the Customer "
                    + "or another auditor mandated by the Customer.",
            "## 9. Deletion and return",
            "At the end of the services the Processor shall, at the Customer's choice, delete or return all personal "
                    + "data to the Customer and delete existing copies.",
            "## 10. General",
            "This agreement is governed by the laws of Ireland.",
            "%NOTES%");

    private static ImportResult markdown(String sec, String dsr, String notes) {
        String md = AGREEMENT.replace("%SEC%", sec).replace("%DSR%", dsr).replace("%NOTES%", notes);
        return DpaImporter.standard().importBytes(md.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "dpa.md");
    }

    private static Status status(ImportResult r, Requirement q) {
        return r.getRequirement(q).status();
    }

    @Test
    void withoutFootnotesTheClausesAreMet() {
        ImportResult r = markdown("", "", "");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.FOUND);
        assertThat(r.getText()).doesNotContain("[^").doesNotContain("\u00B9");
    }

    @Test
    void aLimitInAFootnoteWeakensTheClauseThatCarriesItsMark() {
        ImportResult r = markdown(
                "[^1]",
                "[^scope]",
                "[^1]: Only where technically feasible and at the Processor's discretion.\n\n"
                        + "[^scope]: Applies to the Enterprise plan only; on other plans the Processor uses "
                        + "commercially reasonable efforts.");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.WEAKER);
        assertThat(status(r, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.WEAKER);
        String text = r.getText();
        // numbered in the order of first reference, each note right after its paragraph
        assertThat(text).contains("Article 32 GDPR.\u00B9").contains("subject's rights.\u00B2");
        assertThat(text.indexOf("\u00B9 Only where technically feasible"))
                .isGreaterThan(text.indexOf("Article 32 GDPR.\u00B9"))
                .isLessThan(text.indexOf("6. Data subjects"));
        assertThat(text.indexOf("\u00B2 Applies to the Enterprise plan only"))
                .isGreaterThan(text.indexOf("subject's rights.\u00B2"))
                .isLessThan(text.indexOf("7. Personal data breaches"));
        assertThat(text).doesNotContain("[^");
    }

    @Test
    void aFootnoteThatCitesOrGivesAnExampleChangesNothing() {
        ImportResult r = markdown(
                "[^a]",
                "[^b]",
                "[^a]: See the ENISA guidelines on the security of personal data processing.\n\n"
                        + "[^b]: For example, a request for access or for the erasure of an account.");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.FOUND);
        assertThat(r.getText()).contains("\u00B9 See the ENISA guidelines").contains("\u00B2 For example");
    }

    @Test
    void aDefinitionNeverReferredToStaysWhereItIs() {
        ImportResult r = markdown("", "", "[^9]: Only where technically feasible.\n\nSigned for both parties.");
        String text = r.getText();
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(text.indexOf("Only where technically feasible")).isGreaterThan(text.indexOf("laws of Ireland"));
    }

    @Test
    void aNoteOfSeveralLinesAndASecondReferenceKeepTheFirstNumber() {
        ImportResult r = markdown(
                "[^note]",
                "[^note]",
                "[^note]: Only where technically feasible\n    and at the Processor's discretion.");
        String text = r.getText();
        assertThat(text).contains("Article 32 GDPR.\u00B9").contains("subject's rights.\u00B9");
        assertThat(text).contains("\u00B9 Only where technically feasible and at the Processor's discretion.");
        assertThat(text.indexOf("\u00B9 Only where")).isLessThan(text.indexOf("6. Data subjects"));
        assertThat(text.indexOf("\u00B9 Only where")).isEqualTo(text.lastIndexOf("\u00B9 Only where"));
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.WEAKER);
    }

    @Test
    void aReferenceWithoutADefinitionStaysAsWritten() {
        ImportResult r = markdown("[^x]", "", "");
        assertThat(r.getText()).contains("Article 32 GDPR.[^x]");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
    }

    private static ImportResult pdf(String note) {
        PdfSketch s = new PdfSketch().page();
        String[] lines = {
            "Data Processing Agreement",
            "1. Parties",
            "This agreement is made between Larchmere Retail Ltd (the Customer) and Quillbright Systems Ltd (the",
            "Processor).",
            "2. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer.",
            "3. Security",
        };
        float y = 80;
        for (String line : lines) {
            s.text(56, y, 11, false, line);
            y += 18;
        }
        String duty = "The Processor takes all measures required pursuant to Article 32 GDPR.";
        s.text(56, y, 11, false, duty);
        s.text(56 + s.width(duty, 11) + 0.3f, y - 4, 7, false, "1");
        y += 18;
        s.text(56, y, 11, false, "4. Breaches");
        y += 18;
        s.text(56, y, 11, false, "The Processor notifies the Customer of a personal data breach within 48 hours.");
        s.text(56, 780, 7, false, "1");
        s.text(61, 783, 9, false, note);
        return DpaImporter.standard().importBytes(s.bytes(), SourceFormat.PDF, "dpa.pdf");
    }

    @Test
    void aPdfFootnoteLimitWeakensTheSentenceThatCarriesItsRaisedNumber() {
        ImportResult r = pdf("Only where technically feasible and at the Processor's discretion.");
        assertThat(r.getText()).contains("Article 32 GDPR\u00B9.").contains("\u00B9 Only where technically feasible");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.WEAKER);
        assertThat(r.getText()).contains("within 48 hours.");
    }

    @Test
    void aPdfFootnoteThatGivesAnExampleChangesNothing() {
        ImportResult r = pdf("For example, encryption of stored recordings and access logging.");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
    }
}
