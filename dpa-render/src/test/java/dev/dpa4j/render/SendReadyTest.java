/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Regime;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.TerminationTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What makes a rendered agreement send-ready: one language, true references, operative text only, law-aware wording. */
class SendReadyTest {

    private static final RenderOptions EN =
            RenderOptions.builder(Locale.ENGLISH).build();
    private static final RenderOptions DE = RenderOptions.builder(Locale.GERMAN).build();

    /** The full test agreement with three texts only in German. */
    private static DataProcessingAgreement germanOnlyTexts() {
        return TestAgreements.full().toBuilder()
                .preamble(LocalizedText.de("Die Parteien arbeiten seit Jahren zusammen."))
                .addCustomClauses(CustomClause.builder()
                        .id("hinweis")
                        .heading(LocalizedText.de("Besondere Abrede"))
                        .text(LocalizedText.de("Der Auftragsverarbeiter nutzt ausschließlich Rechenzentren in Köln."))
                        .build())
                .build();
    }

    static byte[] render(DocumentRenderer renderer, DataProcessingAgreement a, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(a, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(DocumentRenderer renderer, DataProcessingAgreement a, RenderOptions options) {
        return new String(render(renderer, a, options), StandardCharsets.UTF_8);
    }

    private static String docxXml(DataProcessingAgreement a, RenderOptions options) throws IOException {
        byte[] docx = render(DocxRenderer.create(), a, options);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** Every format as text: Markdown, plain text, HTML, the DOCX body XML and the PDF's text. */
    static List<String> everyFormat(DataProcessingAgreement a, RenderOptions options) throws IOException {
        return List.of(
                text(MarkdownRenderer.create(), a, options),
                text(TextRenderer.create(), a, options),
                text(HtmlRenderer.create(), a, options),
                docxXml(a, options),
                PdfRendererTest.text(render(PdfRenderer.create(), a, options)));
    }

    @Test
    void should_fail_listing_every_untranslated_text_by_path_when_rendering_in_a_missing_language() {
        // given
        DataProcessingAgreement agreement = germanOnlyTexts();

        // when / then
        assertThatThrownBy(() -> render(MarkdownRenderer.create(), agreement, EN))
                .isInstanceOfSatisfying(MissingTranslationException.class, e -> {
                    assertThat(e.getMissing()).containsOnlyKeys("en");
                    assertThat(e.getMissing().get("en"))
                            .containsExactlyInAnyOrder("preamble", "customClauses[0].heading", "customClauses[0].text");
                    assertThat(e.getMessage()).contains("customClauses[0].heading", "preamble");
                });
    }

    @Test
    void should_need_both_languages_when_rendering_bilingual() {
        // given
        RenderOptions bilingual = RenderOptions.builder(Locale.GERMAN)
                .secondLanguage(Locale.ENGLISH)
                .build();

        // when / then
        assertThatThrownBy(() -> render(HtmlRenderer.create(), germanOnlyTexts(), bilingual))
                .isInstanceOfSatisfying(
                        MissingTranslationException.class,
                        e -> assertThat(e.getMissing()).containsOnlyKeys("en"));
        assertThat(text(MarkdownRenderer.create(), germanOnlyTexts(), DE)).contains("Rechenzentren in Köln");
    }

    @Test
    void should_mark_each_fallback_passage_in_every_format_when_fallback_is_allowed() throws IOException {
        // given
        RenderOptions options = EN.toBuilder().allowFallback(true).build();

        // when
        List<String> formats = everyFormat(germanOnlyTexts(), options);

        // then
        assertThat(formats.get(0))
                .containsPattern("\\\\?\\[de: Der Auftragsverarbeiter nutzt")
                .containsPattern("customClauses\\\\?\\[0\\\\?]\\.text");
        assertThat(formats.get(1)).contains("[de: Der Auftragsverarbeiter nutzt", "customClauses[0].text");
        assertThat(formats.get(2))
                .contains("<span class=\"fallback\" lang=\"de\"><span class=\"fallback-tag\">[de]</span> Der")
                .contains("Note on the language version");
        assertThat(formats.get(3)).contains("<w:lang w:val=\"de\"/>").contains("[de: Der Auftragsverarbeiter nutzt");
        assertThat(formats.get(4)).contains("[de]").contains("Note on the language version");
        for (String format : formats) {
            assertThat(format).doesNotContain("\uE000", "\uE001", "\uE002");
        }
    }

    @Test
    void should_never_print_the_conclusion_note_in_any_format() throws IOException {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .conclusion(ConclusionEvidence.builder()
                        .method(ConclusionMethod.HANDWRITTEN_SIGNATURE)
                        .note(LocalizedText.de("VERMERK-ZUR-AUSLEGUNG widerspricht sich")
                                .with("en", "VERMERK-ZUR-AUSLEGUNG"))
                        .build())
                .build();

        // when
        List<String> formats = everyFormat(agreement, DE);

        // then
        for (String format : formats) {
            assertThat(format).doesNotContain("VERMERK-ZUR-AUSLEGUNG");
        }
    }

    @Test
    void should_say_in_every_format_and_both_languages_that_an_imported_agreement_is_not_the_concluded_text()
            throws IOException {
        // given
        DataProcessingAgreement imported = TestAgreements.full().toBuilder()
                .status(AgreementStatus.IMPORTED)
                .build();

        // when / then
        // lines may be wrapped (text, PDF): compare with single spaces
        for (String format : everyFormat(imported, EN)) {
            assertThat(format.replaceAll("\\s+", " "))
                    .contains("Reconstructed from an imported agreement")
                    .contains("not the text of the agreement as concluded")
                    .doesNotContain("Rekonstruiert");
        }
        for (String format : everyFormat(imported, DE)) {
            assertThat(format.replaceAll("\\s+", " "))
                    .contains("Aus einem importierten Vertrag rekonstruiert")
                    .contains("nicht der Wortlaut des geschlossenen Vertrags")
                    .doesNotContain("Reconstructed");
        }
    }

    /** The full test agreement whose processor is represented by a person with the given function. */
    private static DataProcessingAgreement representedBy(LocalizedText function) {
        DataProcessingAgreement a = TestAgreements.full();
        return a.toBuilder()
                .processor(a.getProcessor().orElseThrow().toBuilder()
                        .representatives(List.of(dev.dpa4j.model.Person.builder()
                                .name("Dr. Erika Beispiel")
                                .function(function)
                                .build()))
                        .build())
                .build();
    }

    @Test
    void should_print_a_designation_given_per_language_in_the_language_of_the_document() {
        DataProcessingAgreement a =
                representedBy(LocalizedText.de("Vorstand").with("en", "Member of the Management Board"));
        assertThat(text(MarkdownRenderer.create(), a, DE))
                .contains("Dr. Erika Beispiel (Vorstand)")
                .doesNotContain("Management Board");
        assertThat(text(MarkdownRenderer.create(), a, EN))
                .contains("Dr. Erika Beispiel (Member of the Management Board)")
                .doesNotContain("(Vorstand)");
    }

    @Test
    void should_print_a_plain_designation_as_it_is_and_fail_for_one_given_in_another_language_only() {
        // a plain string has no language: printed unchanged, as before (the validator reports it)
        assertThat(text(MarkdownRenderer.create(), representedBy(LocalizedText.plain("Vorstand")), EN))
                .contains("Dr. Erika Beispiel (Vorstand)");
        // a text given in German only is missing in an English document, named by its path
        assertThatThrownBy(() -> render(MarkdownRenderer.create(), representedBy(LocalizedText.de("Vorstand")), EN))
                .isInstanceOfSatisfying(
                        MissingTranslationException.class,
                        e -> assertThat(e.getMissing().get("en"))
                                .containsExactly("processor.representatives[0].function"));
    }

    @Test
    void should_not_call_a_draft_or_an_executed_agreement_imported() {
        for (AgreementStatus status : List.of(AgreementStatus.DRAFT, AgreementStatus.EXECUTED)) {
            DataProcessingAgreement a =
                    TestAgreements.full().toBuilder().status(status).build();
            assertThat(text(MarkdownRenderer.create(), a, EN)).as(status.name()).doesNotContain("imported agreement");
            assertThat(text(MarkdownRenderer.create(), a, DE)).as(status.name()).doesNotContain("importierten Vertrag");
        }
    }

    @Test
    void should_render_an_acceptance_record_and_no_signature_lines_when_concluded_by_click_through() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .status(AgreementStatus.EXECUTED)
                .conclusion(ConclusionEvidence.builder()
                        .method(ConclusionMethod.CLICK_THROUGH)
                        .date(LocalDate.of(2026, 4, 15))
                        .reference("ACC-2026-0415")
                        .build())
                .signatures(List.of(Signature.builder()
                        .role(PartyRole.CONTROLLER)
                        .name("Joost Bakker")
                        .function("account owner")
                        .build()))
                .build();
        RenderOptions options = EN.toBuilder().asOf(LocalDate.of(2026, 12, 3)).build();

        // when
        String md = text(MarkdownRenderer.create(), agreement, options);

        // then
        assertThat(md)
                .contains("Conclusion of the Agreement", "ACC-2026-0415", "Joost Bakker", "Concluded on 15 April 2026")
                .doesNotContain("Signature")
                .doesNotContain("As of 3 December 2026");
    }

    @Test
    void should_state_a_date_once_when_the_as_of_date_is_the_version_date() {
        // given: a draft dated 1 February 2026 without a version number, rendered as of that date and as of a later one
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .status(AgreementStatus.DRAFT)
                .version(Optional.empty())
                .versionDate(LocalDate.of(2026, 2, 1))
                .build();
        RenderOptions sameDay = DE.toBuilder().asOf(LocalDate.of(2026, 2, 1)).build();
        RenderOptions later = DE.toBuilder().asOf(LocalDate.of(2026, 12, 3)).build();

        // when
        String same = text(MarkdownRenderer.create(), agreement, sameDay);
        String laterText = text(MarkdownRenderer.create(), agreement, later);

        // then
        assertThat(same).contains("Fassung vom 1. Februar 2026").doesNotContain("Stand:");
        assertThat(laterText).contains("Fassung vom 1. Februar 2026", "Stand: 3. Dezember 2026");
    }

    @Test
    void should_print_signed_by_when_a_written_agreement_is_signed() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .status(AgreementStatus.EXECUTED)
                .conclusion(ConclusionEvidence.builder()
                        .method(ConclusionMethod.HANDWRITTEN_SIGNATURE)
                        .build())
                .signatures(List.of(Signature.builder()
                        .role(PartyRole.CONTROLLER)
                        .name("Erika Muster")
                        .signed(true)
                        .build()))
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);

        // then
        assertThat(de).contains("gez. Erika Muster").doesNotContain("unterzeichnet");
    }

    private static DataProcessingAgreement withLaw(String country) {
        DataProcessingAgreement full = TestAgreements.full();
        return full.toBuilder()
                .confidentiality(full
                        .getConfidentiality()
                        .orElse(ConfidentialityTerms.builder().build())
                        .toBuilder()
                        .professionalSecrecyUndertaking(true)
                        .build())
                .termination(TerminationTerms.builder()
                        .terminationForBreach(true)
                        .extraordinaryTerminationPreserved(true)
                        .build())
                .finalProvisions(full.getFinalProvisions().orElseThrow().toBuilder()
                        .governingLaw(CountryCode.of(country))
                        .amendmentForm(AmendmentForm.TEXT_FORM)
                        .build())
                .build();
    }

    @Test
    void should_cite_no_german_statute_when_the_agreement_is_under_irish_law() {
        // when
        String en = text(MarkdownRenderer.create(), withLaw("IE"), EN);
        String de = text(MarkdownRenderer.create(), withLaw("IE"), DE);
        String german = text(MarkdownRenderer.create(), withLaw("DE"), DE);

        // then
        assertThat(en).doesNotContain("BGB", "StGB", "German Civil Code").contains("governed by the laws of Ireland");
        assertThat(de).doesNotContain("BGB", "StGB").contains("unterliegt irischem Recht");
        assertThat(german).contains("§ 314 BGB", "§ 126b BGB", "§ 203 Abs. 4 StGB", "unterliegt deutschem Recht");
    }

    @Test
    void should_state_a_single_channel_plainly_and_join_a_contact_note_as_its_own_sentence() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement one = full.toBuilder()
                .breachNotification(full.getBreachNotification().orElseThrow().toBuilder()
                        .channels(List.of(CommunicationChannel.EMAIL))
                        .contact(ContactPoint.builder()
                                .name("Security Desk")
                                .email("security@example.org")
                                .note(LocalizedText.de("Rund um die Uhr besetzt.")
                                        .with("en", "Staffed at all hours."))
                                .build())
                        .build())
                .build();
        DataProcessingAgreement two = full.toBuilder()
                .breachNotification(full.getBreachNotification().orElseThrow().toBuilder()
                        .channels(List.of(CommunicationChannel.EMAIL, CommunicationChannel.PHONE))
                        .build())
                .build();

        // when
        String en = text(MarkdownRenderer.create(), one, EN);
        String de = text(MarkdownRenderer.create(), one, DE);
        String enTwo = text(MarkdownRenderer.create(), two, EN);

        // then
        assertThat(en)
                .contains("The notification is given by e-mail.")
                .contains("Security Desk, security@example.org. Staffed at all hours.")
                .doesNotContain("any of the following means: by e-mail", "hours..", ", Staffed");
        assertThat(de)
                .contains("Die Meldung erfolgt per E-Mail.")
                .contains("Security Desk, security@example.org. Rund um die Uhr besetzt.")
                .doesNotContain("einem der folgenden Wege: per E-Mail");
        assertThat(enTwo)
                .contains("The notification is given by any of the following means: by e-mail or by telephone.");
    }

    @Test
    void should_claim_clause_10_of_2021_915_in_the_heading_only_when_its_mechanics_are_agreed() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement plain = full.toBuilder()
                .termination(TerminationTerms.builder()
                        .extraordinaryTerminationPreserved(true)
                        .build())
                .build();
        DataProcessingAgreement mechanics = full.toBuilder()
                .termination(TerminationTerms.builder()
                        .suspensionRight(true)
                        .terminationForBreach(true)
                        .extraordinaryTerminationPreserved(true)
                        .build())
                .build();

        // when
        String plainEn = text(MarkdownRenderer.create(), plain, EN);
        String plainDe = text(MarkdownRenderer.create(), plain, DE);
        String fullEn = text(MarkdownRenderer.create(), mechanics, EN);

        // then
        assertThat(plainEn).contains(". Termination\n").doesNotContain("Clause 10", "Suspension and Termination");
        assertThat(plainDe).contains(" Kündigung\n").doesNotContain("Klausel 10", "Aussetzung und Kündigung");
        assertThat(fullEn)
                .contains("Suspension and Termination")
                .contains("Clause 10 of the Annex to Implementing Decision (EU) 2021/915");
    }

    @Test
    void should_state_the_prevailing_language_version_when_the_agreement_names_one() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement german = full.toBuilder()
                .finalProvisions(full.getFinalProvisions().orElseThrow().toBuilder()
                        .prevailingLanguage("de")
                        .build())
                .build();
        DataProcessingAgreement french = full.toBuilder()
                .finalProvisions(full.getFinalProvisions().orElseThrow().toBuilder()
                        .prevailingLanguage("fr")
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), german, DE);
        String en = text(MarkdownRenderer.create(), german, EN);
        String other = text(MarkdownRenderer.create(), french, EN);
        String none = text(MarkdownRenderer.create(), full, EN);

        // then
        assertThat(de).contains("so ist die deutsche Fassung maßgeblich");
        assertThat(en).contains("the German version prevails");
        assertThat(other).contains("the version in fr prevails");
        assertThat(none).doesNotContain("version prevails");
    }

    @Test
    void should_print_a_period_once_and_without_quotation_marks() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement agreement = full.toBuilder()
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .wording(LocalizedText.de("unverzüglich").with("en", "without undue delay"))
                                .build())
                        .subprocessorDeadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(12))
                                .wording(LocalizedText.de("unverzüglich, spätestens jedoch innerhalb von 12 Stunden")
                                        .with("en", "without undue delay and within 12 hours at the latest"))
                                .build())
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then
        assertThat(de)
                .contains("unverzüglich, spätestens jedoch innerhalb von 24 Stunden")
                .contains("unverzüglich, spätestens jedoch innerhalb von 12 Stunden")
                .doesNotContain("„unverzüglich", "12 Stunden (12 Stunden)", "12 Stunden, spätestens");
        assertThat(en)
                .contains("without undue delay and in any event within 24 hours")
                .doesNotContain("“without", "12 hours at the latest, and");
    }

    @Test
    void should_resolve_references_to_the_labels_of_the_document_in_each_language() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .preamble(LocalizedText.de("Die Liste in {annex:subprocessors} und {section:audits} gelten neben dem"
                                + " {mainContract}.")
                        .with(
                                "en",
                                "The list in {annex:subprocessors} and {section:audits} apply beside the"
                                        + " {mainContract}."))
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then
        assertThat(de).containsPattern("Die Liste in Anlage \\d und § \\d+ gelten neben dem Hauptvertrag\\.");
        assertThat(en).containsPattern("The list in Annex \\d and Section \\d+ apply beside the Main Contract\\.");
        assertThat(de + en).doesNotContain("{annex:", "{section:", "{mainContract}");
    }

    @Test
    void should_refuse_to_render_when_the_regime_is_section_62_bdsg() {
        // given
        DataProcessingAgreement led =
                TestAgreements.full().toBuilder().regime(Regime.LED_DE).build();

        // when / then
        assertThatThrownBy(() -> render(MarkdownRenderer.create(), led, DE))
                .isInstanceOf(UnsupportedRegimeException.class)
                .hasMessageContaining("LED_DE");
    }

    @Test
    void should_render_notice_and_objection_as_conditional_and_no_vague_lead_time_when_authorisation_is_specific() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement agreement = full.toBuilder()
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .authorisation(AuthorisationType.SPECIFIC)
                        .changeNotification(true)
                        .objectionRight(true)
                        .noticePeriod(TimeLimit.builder()
                                .wording(LocalizedText.de("unverzüglich").with("en", "without undue delay"))
                                .build())
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);

        // then
        assertThat(de)
                .contains(
                        "Soweit der Verantwortliche den Einsatz weiterer Unterauftragsverarbeiter allgemein genehmigt")
                .contains("so rechtzeitig vor der beabsichtigten Änderung")
                .doesNotContain("Vorlauffrist", "mindestens unverzüglich");
    }

    @Test
    void should_render_the_optional_provisions_only_when_the_agreement_states_them() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement with = full.toBuilder()
                .breachNotification(full.getBreachNotification().orElseThrow().toBuilder()
                        .notificationNotAdmission(true)
                        .build())
                .confidentiality(full
                        .getConfidentiality()
                        .orElse(ConfidentialityTerms.builder().build())
                        .toBuilder()
                        .trainingProvided(true)
                        .trainingInterval(TimePeriod.of(12, PeriodUnit.MONTHS))
                        .build())
                .audits(full.getAudits().orElseThrow().toBuilder()
                        .costBearer(CostBearer.CONTROLLER_UNLESS_BREACH_FOUND)
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), with, DE);
        String without = text(MarkdownRenderer.create(), full, DE);

        // then
        assertThat(de)
                .contains("kein Anerkenntnis eines Verschuldens")
                .contains("in Abständen von höchstens 12 Monaten wiederholt")
                .contains("trägt der Auftragsverarbeiter die Kosten dieser Überprüfung");
        assertThat(without).doesNotContain("kein Anerkenntnis", "Schulung wird");
    }
}
