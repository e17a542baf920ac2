/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static dev.dpa4j.render.TransferRenderingTest.md;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What the lawyer found in the rendered examples after round 17 (issue #10 follow-ups, render18): each fix shown
 * where it applies and absent where it does not.
 */
class LawyerFollowUp18Test {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    private static RenderOptions at(Locale locale) {
        return RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build();
    }

    /** The paragraph after the data-flow caption in Markdown. */
    private static String flow(String md) {
        Matcher m = Pattern.compile("\\*\\*(?:Figure: Data flow|Abbildung: Datenfluss)\\*\\*\\n\\n([^\\n]+)")
                .matcher(md);
        assertThat(m.find()).as("data-flow paragraph").isTrue();
        return m.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The test agreement with {@code more} further US sub-processors for which no transfer mechanism is stated. */
    private static DataProcessingAgreement withUnstated(int more, boolean mailerStated) {
        DataProcessingAgreement a = TestAgreements.full();
        SubprocessingTerms s = a.getSubprocessing().orElseThrow();
        List<Subprocessor> all = new ArrayList<>();
        for (Subprocessor p : s.getSubprocessors()) {
            all.add(
                    mailerStated || p.getTransfer().isEmpty()
                            ? p
                            : p.toBuilder().transfer(java.util.Optional.empty()).build());
        }
        for (int i = 1; i <= more; i++) {
            all.add(Subprocessor.builder()
                    .name("Extra " + i + " Inc.")
                    .country(CountryCode.of("US"))
                    .service(LocalizedText.de("Analyse").with("en", "Analytics"))
                    .build());
        }
        return a.toBuilder()
                .subprocessing(s.toBuilder().subprocessors(all).build())
                .build();
    }

    @Test
    void should_name_the_recipients_without_a_transfer_mechanism_once_in_the_jomoco_data_flow() {
        // when: Jomoco leaves the transfer basis of 22 recipients outside the EU/EEA empty
        String de = flow(md(example("jomoco-avv-de"), at(Locale.GERMAN)));

        // then: one sentence says so, instead of "(keine angegeben)" after each name
        assertThat(de)
                .doesNotContain("(keine angegeben)")
                .doesNotContain("jeweils mit Übermittlungsgrundlage")
                .contains("Unterauftragsverarbeiter außerhalb von EU/EWR (Vereinigte Staaten – Drittland): Bluesky"
                        + " Social PBC, HighLevel Inc.,")
                .endsWith("Für keinen dieser 22 Unterauftragsverarbeiter außerhalb von EU/EWR ist eine"
                        + " Übermittlungsgrundlage angegeben.");
        assertThat(count(de, "Übermittlungsgrundlage")).isEqualTo(1);
    }

    @Test
    void should_name_a_single_recipient_without_a_transfer_mechanism_by_name_in_both_languages() {
        // when: the test agreement's Support Ltd (India) has no transfer mechanism, Mailer Inc. (US) has the SCC
        String en = flow(md(TestAgreements.full(), at(Locale.ENGLISH)));
        String de = flow(md(TestAgreements.full(), at(Locale.GERMAN)));

        // then
        assertThat(en)
                .contains("Sub-processors outside the EU/EEA (India – third country): Support Ltd.")
                .contains("each with its transfer mechanism: Mailer Inc. (standard contractual clauses")
                .endsWith("No transfer mechanism is stated for Support Ltd.")
                .doesNotContain("none stated");
        assertThat(de)
                .contains("Unterauftragsverarbeiter außerhalb von EU/EWR (Indien – Drittland): Support Ltd.")
                .contains("jeweils mit Übermittlungsgrundlage: Mailer Inc. (Standardvertragsklauseln")
                .endsWith("Für Support Ltd ist keine Übermittlungsgrundlage angegeben.")
                .doesNotContain("keine angegeben");
    }

    @Test
    void should_count_and_name_several_recipients_without_a_transfer_mechanism_in_both_languages() {
        // given: two more US recipients without a mechanism beside Mailer Inc. with one
        DataProcessingAgreement a = withUnstated(2, true);

        // when
        String en = flow(md(a, at(Locale.ENGLISH)));
        String de = flow(md(a, at(Locale.GERMAN)));

        // then: the mixed group names the mechanism where it is stated, and one sentence names the rest
        assertThat(en)
                .contains("(United States – third country): Mailer Inc. (standard contractual clauses")
                .contains("GDPR)), Extra 1 Inc., Extra 2 Inc.")
                .endsWith("No transfer mechanism is stated for 3 of these sub-processors outside the EU/EEA: Support"
                        + " Ltd, Extra 1 Inc., Extra 2 Inc.")
                .doesNotContain("none stated");
        assertThat(de)
                .endsWith("Für 3 dieser Unterauftragsverarbeiter außerhalb von EU/EWR ist keine"
                        + " Übermittlungsgrundlage angegeben: Support Ltd, Extra 1 Inc., Extra 2 Inc.")
                .doesNotContain("keine angegeben");
    }

    @Test
    void should_say_for_all_recipients_at_once_that_no_transfer_mechanism_is_stated() {
        // given: no recipient outside the EU/EEA has a mechanism
        DataProcessingAgreement a = withUnstated(1, false);

        // when
        String en = flow(md(a, at(Locale.ENGLISH)));

        // then
        assertThat(en)
                .endsWith("No transfer mechanism is stated for any of these 3 sub-processors outside the EU/EEA.")
                .doesNotContain("each with its transfer mechanism");
        assertThat(flow(md(TestAgreements.full(), at(Locale.ENGLISH)))).doesNotContain("any of these");
    }

    @Test
    void should_cite_the_return_format_clause_only_under_its_section_heading() {
        // when
        String de = md(example("jomoco-avv-de"), at(Locale.GERMAN));
        String en = md(example("quillfeather-dpa-en-de"), at(Locale.ENGLISH));

        // then: the provision under the heading is not repeated after a paragraph of the same section
        assertThat(de)
                .contains("die der Verantwortliche selbst nutzen kann.\n")
                .doesNotContain("selbst nutzen kann. *(Art. 28 Abs. 3 Satz 2 lit. g DSGVO)*");
        assertThat(count(section(de, "## § 12 "), "Art. 28 Abs. 3 Satz 2 lit. g DSGVO"))
                .isEqualTo(1);
        assertThat(count(section(en, "## 13. "), "Art. 28(3)(g) GDPR")).isEqualTo(1);
        // a clause citing a narrower provision than its heading keeps its citation
        assertThat(section(en, "## 11. ")).contains("under Chapter III GDPR. *(Art. 28(3)(e) GDPR)*");
    }

    @Test
    void should_print_the_liability_rule_once_in_the_agreements_own_words() {
        // when: Jomoco states the statutory regime and words it; Quillfeather only states the regime
        String de = section(md(example("jomoco-avv-de"), at(Locale.GERMAN)), "## § 15 ");
        String larkspur = section(md(example("larkspur-dpa-en"), at(Locale.ENGLISH)), "## 17. ");
        String quill = section(md(example("quillfeather-dpa-en-de"), at(Locale.ENGLISH)), "## 18. ");

        // then: the wording alone, not the regime's sentence before it
        assertThat(de)
                .doesNotContain("Die Parteien haften nach den gesetzlichen Vorschriften.")
                .contains("Es gelten die gesetzlichen Vorschriften, sofern die Vertragsdokumente zu den Leistungen"
                        + " keine abweichende Haftungsregelung enthalten.");
        assertThat(larkspur)
                .doesNotContain("The liability provisions of the Main Contract apply.")
                .contains("Liability between the parties follows the Main Contract.");
        assertThat(quill).contains("The liability of the parties is governed by the applicable law.");
    }

    @Test
    void should_state_a_protection_goal_shared_by_every_measure_of_an_area_once_under_its_heading() {
        // when: every Zutrittskontrolle measure of Jomoco serves confidentiality, every Verfügbarkeitskontrolle
        // measure availability and resilience
        String de = md(example("jomoco-avv-de"), at(Locale.GERMAN));

        // then
        assertThat(de)
                .contains("### 1. Zutrittskontrolle\n\n*Art. 32 Abs. 1 lit. b DSGVO*\n\n**Ziel:** Verhindern, dass"
                        + " Unbefugte Zugang zu IT-Systemen oder Datenverarbeitungsumgebungen erhalten.\n\n"
                        + "**Schutzziel:** Vertraulichkeit\n\n- Räumliche Zugangssicherung durch Schlüssel und"
                        + " Schließsysteme\n")
                .contains("**Schutzziele:** Verfügbarkeit und Belastbarkeit\n\n- Tägliche Backups durch"
                        + " Rechenzentrumsanbieter\n")
                .doesNotContain("(Schutzziel: Vertraulichkeit)")
                .doesNotContain("(Schutzziele: Verfügbarkeit und Belastbarkeit)");
    }

    @Test
    void should_keep_the_protection_goal_beside_each_measure_when_the_measures_of_an_area_differ() {
        // given: two measures of one area serving different goals
        DataProcessingAgreement a = TestAgreements.full();
        SecurityTerms s = a.getSecurity().orElseThrow();
        DataProcessingAgreement mixed = a.toBuilder()
                .security(s.toBuilder()
                        .measures(List.of(
                                TechnicalOrganisationalMeasure.builder()
                                        .description(LocalizedText.en("Disk encryption"))
                                        .category(TomCategory.ENCRYPTION)
                                        .addProtectionGoals(ProtectionGoal.CONFIDENTIALITY)
                                        .build(),
                                TechnicalOrganisationalMeasure.builder()
                                        .description(LocalizedText.en("Signed backups"))
                                        .category(TomCategory.ENCRYPTION)
                                        .addProtectionGoals(ProtectionGoal.INTEGRITY)
                                        .build()))
                        .build())
                .build();

        // when
        String en = md(mixed, at(Locale.ENGLISH));

        // then
        assertThat(en)
                .contains("- Disk encryption (protection goal: confidentiality)")
                .contains("- Signed backups (protection goal: integrity)")
                .doesNotContain("**Protection goal:**");
    }

    private static String section(String md, String heading) {
        int from = md.indexOf(heading);
        assertThat(from).as(heading).isNotNegative();
        int to = md.indexOf("\n## ", from + 1);
        return md.substring(from, to < 0 ? md.length() : to);
    }

    @Test
    void should_keep_the_data_flow_caption_on_the_page_of_its_figure() throws IOException {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"quillfeather-dpa-en-de", "en"});
        for (String name : FormatsTestSupport.EXAMPLES) {
            cases.add(new String[] {name, "de"});
        }
        for (String[] c : cases) {
            Locale language = Locale.forLanguageTag(c[1]);
            DataProcessingAgreement a = example(c[0]);
            // given: the whole description, as the Markdown prints it, compared without spaces and hyphens (the
            // PDF breaks lines and hyphenates where the Markdown does not)
            String whole = squeeze(flow(md(a, options(language))).replace("\\", ""));
            String caption = language.getLanguage().equals("de") ? "Abbildung: Datenfluss" : "Figure: Data flow";

            // when
            byte[] pdf = render(PdfRenderer.create(), a, options(language));

            // then: the page that starts the caption also ends it
            try (PDDocument document = Loader.loadPDF(pdf)) {
                int start = -1;
                for (int page = 1; page <= document.getNumberOfPages() && start < 0; page++) {
                    if (text(document, page).contains(caption)) {
                        start = page;
                    }
                }
                assertThat(start).as("%s: caption", c[0]).isPositive();
                assertThat(squeeze(text(document, start)))
                        .as("%s: the whole caption on page %d", c[0], start)
                        .contains(whole);
            }
        }
    }

    @Test
    void should_not_end_a_pdf_page_with_a_label_line_that_heads_a_list() throws IOException {
        // given: Jomoco's measures areas open with "Ziel: …" and "Schutzziel: …" above their lists
        byte[] pdf = render(PdfRenderer.create(), example("jomoco-avv-de"), options(Locale.GERMAN));

        // then: no page's last line of text (above the footer) is such a label line
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String[] lines = text(document, page).split("\\R");
                String last = "";
                for (String line : lines) {
                    if (line.startsWith("Vereinbarung jomoco-avv")) {
                        break;
                    }
                    if (!line.isBlank()) {
                        last = line;
                    }
                }
                assertThat(last)
                        .as("last line of page %d", page)
                        .doesNotStartWith("Schutzziel")
                        .doesNotStartWith("Ziel:");
            }
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u00ad-]", "");
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
