/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.SendReadyTest.everyFormat;
import static dev.dpa4j.render.TransferRenderingTest.md;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.EvidenceType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the signing lawyer found in the rendered examples, round 7 (issue #10 follow-ups): each fix shown where it
 * applies and absent where it does not.
 */
class LawyerFollowUp7Test {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static RenderOptions options(Locale locale) {
        return RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build();
    }

    private static RenderOptions bilingual() {
        return options(Locale.GERMAN).toBuilder().secondLanguage(Locale.ENGLISH).build();
    }

    /** The test agreement signed by the controller's signatory and still to be signed by the processor's. */
    private static DataProcessingAgreement signedByController() {
        return TestAgreements.full().toBuilder()
                .signatures(List.of(
                        Signature.builder()
                                .role(PartyRole.CONTROLLER)
                                .name("Erika Muster")
                                .function(
                                        LocalizedText.of(Map.of("de", "Geschäftsführerin", "en", "Managing Director")))
                                .place(LocalizedText.of(Map.of("de", "Köln", "en", "Cologne")))
                                .date(LocalDate.of(2026, 5, 18))
                                .signed(true)
                                .build(),
                        Signature.builder().role(PartyRole.PROCESSOR).build()))
                .build();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void should_print_one_signature_block_with_both_languages_when_bilingual() throws IOException {
        // when: Markdown, text, HTML, DOCX (document.xml) and PDF (text)
        List<String> formats = everyFormat(signedByController(), bilingual());

        // then: every party signs once, under labels in both languages, in every format
        List<String> names = List.of("md", "txt", "html", "docx", "pdf");
        for (int i = 0; i < formats.size(); i++) {
            String f = formats.get(i);
            assertThat(count(f, "Unterschriften / Signatures")).as(names.get(i)).isEqualTo(1);
            assertThat(count(f, "Ort, Datum / Place, date")).as(names.get(i)).isEqualTo(2);
            assertThat(count(f, "Funktion / Position")).as(names.get(i)).isEqualTo(2);
            // and no second block in one language only
            assertThat(count(f, "Ort, Datum")).as(names.get(i)).isEqualTo(2);
            assertThat(count(f, "Place, date")).as(names.get(i)).isEqualTo(2);
        }
        // the values of both languages where they differ, once where they are the same
        String markdown = formats.get(0);
        assertThat(markdown)
                .contains("**Verantwortlicher / Controller:**")
                .contains("Ort, Datum / Place, date: Köln, 18. Mai 2026 / Cologne, 18 May 2026")
                .contains("Unterschrift / Signature: gez. Erika Muster / signed by Erika Muster")
                .contains("Name: Erika Muster\\")
                .contains("Funktion / Position: Geschäftsführerin / Managing Director");
    }

    @Test
    void should_keep_the_signature_block_in_one_language_when_not_bilingual() throws IOException {
        // when
        List<String> german = everyFormat(signedByController(), options(Locale.GERMAN));
        String english = md(signedByController(), options(Locale.ENGLISH));

        // then
        for (String f : german) {
            assertThat(f).doesNotContain("/ Signatures").doesNotContain("Place, date");
        }
        assertThat(german.get(0))
                .contains("## Unterschriften\n")
                .contains("Ort, Datum: Köln, 18. Mai 2026")
                .contains("Unterschrift: gez. Erika Muster");
        assertThat(english)
                .contains("## Signatures\n")
                .contains("Place, date: Cologne, 18 May 2026")
                .doesNotContain("Unterschrift");
    }

    @Test
    void should_keep_the_other_parts_side_by_side_when_bilingual() throws IOException {
        // when
        String html = SendReadyTest.text(HtmlRenderer.create(), signedByController(), bilingual());

        // then: clauses stay in two columns; only the signatures are one block
        assertThat(html).contains("<table class=\"dpa-parallel\">");
        assertThat(count(html, "<section class=\"dpa-signatures\">")).isEqualTo(1);
    }

    /** The test agreement whose sub-processors are reached through a mailbox, a named person or not at all. */
    private static DataProcessingAgreement withSubprocessorContacts() {
        DataProcessingAgreement a = TestAgreements.full();
        SubprocessingTerms s = a.getSubprocessing().orElseThrow();
        List<Subprocessor> subs = new ArrayList<>(s.getSubprocessors());
        subs.set(
                0,
                subs.get(0).toBuilder()
                        .contact(ContactPoint.builder()
                                .email("privacy@rechenzentrum.example")
                                .build())
                        .build());
        return a.toBuilder()
                .subprocessing(s.toBuilder().subprocessors(subs).build())
                .build();
    }

    @Test
    void should_label_the_contact_column_by_what_it_holds_in_the_scc_annexes() {
        // given
        RenderOptions en = options(Locale.ENGLISH).toBuilder()
                .annexLayout(AnnexLayout.SCC_2021_915)
                .build();
        RenderOptions de = options(Locale.GERMAN).toBuilder()
                .annexLayout(AnnexLayout.SCC_2021_915)
                .build();

        // when
        String english = md(withSubprocessorContacts(), en);
        String german = md(withSubprocessorContacts(), de);

        // then: a mailbox is a contact, not a person, in the parties' and the sub-processors' annexes
        assertThat(english)
                .contains("| Sub-processor | Address / seat | Contact | Service |")
                .contains("privacy@rechenzentrum.example")
                .doesNotContain("Contact person");
        assertThat(german)
                .contains("| Unterauftragsverarbeiter | Anschrift / Sitz | Kontaktstelle | Leistung |")
                .contains("| Rolle | Name | Anschrift | Kontaktstelle |")
                .doesNotContain("Kontaktperson");
    }

    @Test
    void should_have_no_contact_column_in_the_standard_annexes() {
        // when
        String english = md(withSubprocessorContacts(), options(Locale.ENGLISH));

        // then: the standard sub-processor annex has no contact column
        assertThat(english)
                .contains("| Sub-processor | Address / seat | Service |")
                .doesNotContain("| Contact |");
    }

    /** The test agreement whose audit evidence is the three kinds the examples use: described, named, bare. */
    private static DataProcessingAgreement withEvidence() {
        DataProcessingAgreement a = TestAgreements.full();
        return a.toBuilder()
                .audits(a.getAudits().orElseThrow().toBuilder()
                        .acceptedEvidence(List.of(
                                Evidence.builder()
                                        .type(EvidenceType.CODE_OF_CONDUCT)
                                        .description(LocalizedText.of(Map.of(
                                                "de",
                                                        "Einhaltung der genehmigten Verhaltensregeln des Branchenverbands",
                                                "en", "adherence to the trade association's approved code of conduct")))
                                        .build(),
                                Evidence.builder()
                                        .type(EvidenceType.ISO_27001)
                                        .name("ISO/IEC 27001:2022")
                                        .build(),
                                Evidence.builder().type(EvidenceType.SOC_2).build()))
                        .build())
                .build();
    }

    @Test
    void should_list_each_piece_of_evidence_once_in_the_agreements_words() {
        // when
        String de = md(withEvidence(), options(Locale.GERMAN));
        String en = md(withEvidence(), options(Locale.ENGLISH));

        // then: the description stands for the kind, a name follows the kind in parentheses, a bare kind alone
        assertThat(en)
                .contains("- adherence to the trade association's approved code of conduct\n")
                .contains("- ISO/IEC 27001 certification (ISO/IEC 27001:2022)\n")
                .contains("- SOC 2 report\n")
                .doesNotContain("approved code of conduct (Art. 40 GDPR) –")
                .doesNotContain("certification: ISO");
        assertThat(de)
                .contains("- Einhaltung der genehmigten Verhaltensregeln des Branchenverbands\n")
                .contains("- Zertifizierung nach ISO/IEC 27001 (ISO/IEC 27001:2022)\n")
                .doesNotContain("genehmigte Verhaltensregeln (Art. 40 DSGVO) –");
    }

    @Test
    void should_keep_the_kind_of_evidence_when_the_agreement_describes_nothing() {
        // when: the test agreement's one piece of evidence has neither description nor name
        String en = md(TestAgreements.full(), options(Locale.ENGLISH));

        // then
        assertThat(en).contains("- ISO/IEC 27001 certification (valid until 30 June 2027)");
    }

    @Test
    void should_print_the_retention_as_the_agreement_states_it_under_its_heading() {
        // given
        DataProcessingAgreement a = TestAgreements.full();
        DataProcessingAgreement kept = a.toBuilder()
                .processing(a.getProcessing().orElseThrow().toBuilder()
                        .retention(LocalizedText.of(Map.of(
                                "de", "Termine werden sechs Monate nach dem Termin gelöscht.",
                                "en", "Appointments are deleted six months after the appointment.")))
                        .build())
                .build();

        // when
        String de = md(kept, options(Locale.GERMAN));
        String en = md(kept, options(Locale.ENGLISH));

        // then: no "as follows:" before a sentence of its own
        assertThat(en)
                .contains("### Retention\n\nAppointments are deleted six months after the appointment.\n")
                .doesNotContain("retained as follows");
        assertThat(de)
                .contains("### Speicherdauer\n\nTermine werden sechs Monate nach dem Termin gelöscht.\n")
                .doesNotContain("Zur Speicherdauer gilt:");
        assertThat(md(a, options(Locale.ENGLISH))).doesNotContain("### Retention");
    }

    @Test
    void should_call_an_adequacy_decision_a_transfer_mechanism_in_the_data_flow_text() {
        // when: the test agreement has a US sub-processor on the 2021/914 clauses
        String en = md(TestAgreements.full(), options(Locale.ENGLISH));

        // then: not every mechanism is a safeguard (the Data Privacy Framework is an adequacy decision)
        assertThat(en).contains("each with its transfer mechanism: Mailer Inc.").doesNotContain("safeguard:");
    }

    @Test
    void should_show_a_gap_where_the_description_required_by_art_28_3_is_missing() {
        // given: the processing described by its subject matter only
        DataProcessingAgreement a = TestAgreements.full();
        DataProcessingAgreement bare = a.toBuilder()
                .processing(a.getProcessing().orElseThrow().toBuilder()
                        .nature(List.of())
                        .purposes(List.of())
                        .dataCategories(List.of())
                        .dataSubjects(List.of())
                        .build())
                .build();

        // when
        String de = md(bare, options(Locale.GERMAN));
        String en = md(bare, options(Locale.ENGLISH));
        String full = md(a, options(Locale.ENGLISH));

        // then
        assertThat(en)
                .contains("Annex 1 describes the nature and purposes of the processing, the types of personal data, the"
                        + " categories of data subjects")
                .contains("### Nature of the processing\n\n- \\[to be completed: nature of the processing\\]")
                .contains("### Purposes of the processing\n\n- \\[to be completed: purposes of the processing\\]")
                .contains("### Types of personal data\n\n- \\[to be completed: categories of personal data\\]")
                .contains("### Categories of data subjects\n\n- \\[to be completed: categories of data subjects\\]");
        assertThat(de)
                .contains("- \\[noch zu ergänzen: Zwecke der Verarbeitung\\]")
                .contains("- \\[noch zu ergänzen: Kategorien betroffener Personen\\]");
        assertThat(full).doesNotContain("to be completed");
    }

    @Test
    void should_name_the_order_control_heading_in_plain_english() {
        // given: a measure under the heading that German calls „Auftragskontrolle“
        DataProcessingAgreement a = TestAgreements.full();
        DataProcessingAgreement withOrderControl = a.toBuilder()
                .security(a.getSecurity().orElseThrow().toBuilder()
                        .addMeasures(TechnicalOrganisationalMeasure.builder()
                                .category(TomCategory.ORDER_CONTROL)
                                .description(LocalizedText.of(Map.of(
                                        "de", "Unterauftragsverarbeiter werden vor der Beauftragung geprüft.",
                                        "en", "Sub-processors are vetted before they are engaged.")))
                                .build())
                        .build())
                .build();

        // when
        String en = md(withOrderControl, options(Locale.ENGLISH));
        String de = md(withOrderControl, options(Locale.GERMAN));

        // then
        assertThat(en).contains("Control of processing on instructions").doesNotContain("Job control");
        assertThat(de).contains("Auftragskontrolle");
    }

    @Test
    void should_set_tables_in_full_width_one_language_after_the_other_when_bilingual() throws IOException {
        // when
        String html = SendReadyTest.text(HtmlRenderer.create(), TestAgreements.full(), bilingual());
        String pdf =
                PdfRendererTest.text(SendReadyTest.render(PdfRenderer.create(), TestAgreements.full(), bilingual()));

        // then: no table inside the two columns; both languages' sub-processor tables are there
        List<String> columns = new ArrayList<>();
        Matcher m = Pattern.compile("<table class=\"dpa-parallel\">(.*?)</tr></table>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            columns.add(m.group(1));
        }
        assertThat(columns).isNotEmpty().noneMatch(c -> c.contains("<th"));
        assertThat(html)
                .contains("<th scope=\"col\">Anschrift / Sitz</th>")
                .contains("<th scope=\"col\">Address / seat</th>");
        // in full width a sub-processor's name fits its cell ("Hetzner Online GmbH", not "Hetzne" / "r Online")
        assertThat(pdf).contains("Hetzner Online GmbH");
    }

    @Test
    void should_keep_clauses_side_by_side_when_bilingual_and_tables_in_one_language_documents() throws IOException {
        // when
        String single = SendReadyTest.text(HtmlRenderer.create(), TestAgreements.full(), options(Locale.GERMAN));
        String bilingual = SendReadyTest.text(HtmlRenderer.create(), TestAgreements.full(), bilingual());

        // then
        assertThat(single).doesNotContain("dpa-parallel\">").contains("<th scope=\"col\">Anschrift / Sitz</th>");
        assertThat(bilingual).containsPattern("<table class=\"dpa-parallel\"><tr>\\s*<td lang=\"de\">\\s*<section");
    }
}
