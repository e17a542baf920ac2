/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.SendReadyTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BoundPersons;
import dev.dpa4j.model.BreachRiskThreshold;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The structure of a send-ready contract (issue 10): the pointer to the description annex said once, custom sections
 * numbered and cited like ours, and the model facts that the contract must state as the model holds them.
 */
class SendReadyStructureTest {

    private static final RenderOptions EN =
            RenderOptions.builder(Locale.ENGLISH).build();
    private static final RenderOptions DE = RenderOptions.builder(Locale.GERMAN).build();

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The section headings of a Markdown rendering, in order. */
    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^## (.*)$").matcher(markdown);
        while (m.find()) {
            headings.add(m.group(1));
        }
        return headings;
    }

    @Test
    void should_point_to_the_description_annex_once_and_print_no_sections_that_only_point_there() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then
        assertThat(count(de, "Anlage 1 beschreibt")).isEqualTo(1);
        assertThat(de)
                .contains("Anlage 1 beschreibt Art und Zwecke der Verarbeitung, die Arten personenbezogener Daten,"
                        + " die Kategorien betroffener Personen und die Orte der Verarbeitung. Die Anlagen sind"
                        + " Bestandteil dieser Vereinbarung.")
                .doesNotContain("ergeben sich aus Anlage 1", "näher beschrieben")
                .doesNotContain("## § 4 Art und Zweck der Verarbeitung");
        assertThat(count(en, "Annex 1 describes")).isEqualTo(1);
        assertThat(en).doesNotContain("are set out in Annex 1", "Nature and Purpose of the Processing");
        // the description is in the annex: its headings are there, not in sections of their own
        assertThat(de).contains("### Art der Verarbeitung", "### Kategorien betroffener Personen");
    }

    @Test
    void should_speak_of_one_annex_in_the_singular_and_of_several_in_the_plural() {
        // given: only the description annex (no measures, no sub-processors), and the full agreement with three
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement oneAnnex = full.toBuilder()
                .security(Optional.empty())
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(List.of())
                        .build())
                .build();

        // when
        String deOne = text(MarkdownRenderer.create(), oneAnnex, DE);
        String enOne = text(MarkdownRenderer.create(), oneAnnex, EN);
        String deFull = text(MarkdownRenderer.create(), full, DE);
        String enFull = text(MarkdownRenderer.create(), full, EN);

        // then
        assertThat(deOne)
                .contains("Die Anlage ist Bestandteil dieser Vereinbarung.")
                .doesNotContain("Anlage 2");
        assertThat(enOne).contains("The Annex forms part of this Agreement.").doesNotContain("Annex 2");
        assertThat(deFull).contains("Die Anlagen sind Bestandteil").doesNotContain("Die Anlage ist");
        assertThat(enFull).contains("The Annexes form part").doesNotContain("The Annex forms");
    }

    @Test
    void should_name_the_characteristics_in_the_annex_pointer_only_where_the_annex_lists_them() {
        // given
        DataProcessingAgreement without = TestAgreements.full();
        ProcessingDescription processing = without.getProcessing().orElseThrow();
        DataProcessingAgreement with = without.toBuilder()
                .processing(processing.toBuilder()
                        .addCharacteristics(ProcessingCharacteristic.LARGE_SCALE)
                        .build())
                .build();

        // when
        String deWith = text(MarkdownRenderer.create(), with, DE);
        String enWith = text(MarkdownRenderer.create(), with, EN);
        String deWithout = text(MarkdownRenderer.create(), without, DE);

        // then
        assertThat(processing.getCharacteristics()).isEmpty();
        assertThat(deWith)
                .contains("Anlage 1 beschreibt Art und Zwecke der Verarbeitung, die Merkmale der Verarbeitung,")
                .contains("### Merkmale der Verarbeitung");
        assertThat(enWith)
                .contains("the nature and purposes of the processing, the characteristics of the processing,");
        assertThat(deWithout).doesNotContain("Merkmale der Verarbeitung");
    }

    @Test
    void should_number_the_sections_without_a_gap_after_dropping_the_pointer_sections() {
        // when
        String de = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        List<Integer> numbers = new ArrayList<>();
        for (String heading : headings(de)) {
            Matcher m = Pattern.compile("^§ (\\d+) ").matcher(heading);
            if (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(numbers).isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("section %d of %s", i, numbers).isEqualTo(i + 1);
        }
    }

    @Test
    void should_print_the_description_in_sections_and_no_annex_pointer_when_rendered_without_annexes() {
        // when
        String de = text(
                MarkdownRenderer.create(),
                TestAgreements.full(),
                RenderOptions.builder(Locale.GERMAN).annexes(false).build());

        // then
        assertThat(de)
                .contains("Art und Zweck der Verarbeitung", "Die Verarbeitung umfasst die folgenden Vorgänge:")
                .doesNotContain("Anlage 1");
    }

    @Test
    void should_resolve_references_to_the_nature_and_data_sections_to_the_description_annex() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .preamble(LocalizedText.de("Die Zwecke nach {section:nature} und die Daten nach {section:data}.")
                        .with("en", "The purposes under {section:nature} and the data under {section:data}."))
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);
        String inline = text(
                MarkdownRenderer.create(),
                agreement,
                RenderOptions.builder(Locale.GERMAN).annexes(false).build());

        // then
        assertThat(de).contains("Die Zwecke nach Anlage 1 und die Daten nach Anlage 1.");
        assertThat(en).contains("The purposes under Annex 1 and the data under Annex 1.");
        assertThat(inline).containsPattern("Die Zwecke nach § \\d+ und die Daten nach § \\d+\\.");
        assertThat(de + en + inline).doesNotContain("{section:");
    }

    private static DataProcessingAgreement withCustomClause(boolean citation) {
        CustomClause.Builder custom = CustomClause.builder()
                .id("behoerden")
                .heading(LocalizedText.de("Anfragen von Behörden").with("en", "Requests from public authorities"))
                .text(LocalizedText.de("Erster Absatz.\n\nZweiter Absatz mit Verweis auf {section:behoerden}.")
                        .with("en", "First paragraph.\n\nSecond paragraph referring to {section:behoerden}."));
        if (citation) {
            custom.citation(
                    LocalizedText.de("Art. 28 Abs. 3 Satz 2 lit. a DSGVO").with("en", "Art. 28(3)(a) GDPR"));
        }
        return TestAgreements.full().toBuilder()
                .addCustomClauses(custom.build())
                .build();
    }

    @Test
    void should_number_and_cite_a_custom_section_like_ours() throws IOException {
        // when
        String de = text(MarkdownRenderer.create(), withCustomClause(true), DE);
        String en = text(MarkdownRenderer.create(), withCustomClause(true), EN);

        // then
        assertThat(de)
                .containsPattern(
                        "## § (\\d+) Anfragen von Behörden\n\n\\*Art\\. 28 Abs\\. 3 Satz 2 lit\\. a DSGVO\\*\n\n"
                                + "\\(1\\) Erster Absatz\\.\n\n\\(2\\) Zweiter Absatz mit Verweis auf § \\1\\.");
        assertThat(en)
                .containsPattern(
                        "## (\\d+)\\. Requests from public authorities\n\n\\*Art\\. 28\\(3\\)\\(a\\) GDPR\\*\n\n"
                                + "\\(1\\) First paragraph\\.\n\n\\(2\\) Second paragraph referring to Section \\1\\.");
        for (String format : SendReadyTest.everyFormat(withCustomClause(true), DE)) {
            assertThat(format).contains("Art. 28 Abs. 3 Satz 2 lit. a DSGVO");
        }
    }

    @Test
    void should_print_no_citation_line_for_a_custom_section_without_one_or_with_citations_off() {
        // when
        String without = text(MarkdownRenderer.create(), withCustomClause(false), DE);
        String off = text(
                MarkdownRenderer.create(),
                withCustomClause(true),
                RenderOptions.builder(Locale.GERMAN).citations(false).build());

        // then
        assertThat(without).containsPattern("## § \\d+ Anfragen von Behörden\n\n\\(1\\) Erster Absatz\\.");
        assertThat(off)
                .containsPattern("## § \\d+ Anfragen von Behörden\n\n\\(1\\) Erster Absatz\\.")
                .doesNotContain("Art. 28 Abs. 3 Satz 2 lit. a DSGVO");
    }

    private static DataProcessingAgreement withFacts() {
        DataProcessingAgreement full = TestAgreements.full();
        ProcessingDescription processing = full.getProcessing().orElseThrow();
        List<DataCategory> categories = new ArrayList<>(processing.getDataCategories());
        categories.set(0, categories.get(0).toBuilder().ownPurposes(true).build());
        categories.set(1, categories.get(1).toBuilder().ownPurposes(false).build());
        List<TechnicalOrganisationalMeasure> measures =
                new ArrayList<>(full.getSecurity().orElseThrow().getMeasures());
        measures.set(
                0,
                measures.get(0).toBuilder()
                        .responsibleParty(PartyRole.CONTROLLER)
                        .scope(LocalizedText.de("Buchungsportal").with("en", "booking portal"))
                        .build());
        SubprocessingTerms subprocessing = full.getSubprocessing().orElseThrow();
        List<Subprocessor> subprocessors = new ArrayList<>(subprocessing.getSubprocessors());
        subprocessors.set(
                1,
                subprocessors.get(1).toBuilder()
                        .ownPurposes(true)
                        .engagementCondition(LocalizedText.de("wenn der Verantwortliche den Newsletter bucht")
                                .with("en", "if the Controller books the newsletter"))
                        .build());
        return full.toBuilder()
                .controllers(List.of(full.getControllers().get(0).toBuilder()
                        .addTradeNames("Terminfix")
                        .includesAffiliates(true)
                        .build()))
                .processing(processing.toBuilder().dataCategories(categories).build())
                .security(full.getSecurity().orElseThrow().toBuilder()
                        .measures(measures)
                        .build())
                .subprocessing(
                        subprocessing.toBuilder().subprocessors(subprocessors).build())
                .confidentiality(full.getConfidentiality().orElseThrow().toBuilder()
                        .boundPersons(BoundPersons.EMPLOYEES_ONLY)
                        .build())
                .breachNotification(full.getBreachNotification().orElseThrow().toBuilder()
                        .riskThreshold(BreachRiskThreshold.LIKELY_RISK)
                        .build())
                .build();
    }

    @Test
    void should_state_trade_names_and_affiliates_in_the_party_block_and_nothing_when_not_stated() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE)
                + text(MarkdownRenderer.create(), TestAgreements.full(), EN);

        // then
        assertThat(de)
                .contains("handelnd unter „Terminfix“", "zugleich für die mit dieser Partei verbundenen Unternehmen");
        assertThat(en).contains("trading as “Terminfix”", "together with its affiliates");
        assertThat(plain).doesNotContain("handelnd unter", "trading as", "verbundenen Unternehmen", "affiliates");
    }

    @Test
    void should_state_processing_for_own_purposes_per_category_and_sub_processor_and_nothing_when_not_stated() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        assertThat(de)
                .contains(
                        "Die folgenden Arten personenbezogener Daten verarbeitet der Auftragsverarbeiter auch für eigene"
                                + " Zwecke:\n\n- Kontaktdaten",
                        "Die folgenden Unterauftragsverarbeiter verarbeiten die Daten auch für eigene Zwecke:\n\n"
                                + "- Mailer Inc.",
                        "Im Übrigen verarbeitet der Auftragsverarbeiter die Daten nicht für eigene Zwecke.",
                        "Kontaktdaten (vom Auftragsverarbeiter auch für eigene Zwecke verarbeitet)",
                        "Verarbeitet die Daten auch für eigene Zwecke.")
                .doesNotContain("(nur im Einzelfall) (vom Auftragsverarbeiter");
        assertThat(en)
                .contains(
                        "The Processor also processes the following types of personal data for its own purposes:",
                        "Beyond that, the Processor shall not process the data for its own purposes.",
                        "Also processes the data for its own purposes.");
        assertThat(plain)
                .contains("Der Auftragsverarbeiter verarbeitet die Daten nicht für eigene Zwecke.")
                .doesNotContain("auch für eigene Zwecke", "Im Übrigen verarbeitet");
    }

    @Test
    void should_state_whom_the_confidentiality_commitment_covers_and_keep_the_general_clause_when_not_stated() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        assertThat(de)
                .contains("Der Auftragsverarbeiter verpflichtet seine Beschäftigten, die die Daten verarbeiten, zur"
                        + " Vertraulichkeit")
                .doesNotContain("setzt für die Verarbeitung nur Personen ein");
        assertThat(en).contains("This Agreement does not require such a commitment from temporary workers");
        assertThat(plain)
                .contains("Der Auftragsverarbeiter setzt für die Verarbeitung nur Personen ein")
                .doesNotContain("Leiharbeitnehmer");
    }

    @Test
    void should_render_a_breach_risk_threshold_as_agreed_with_its_article_and_nothing_when_not_stated() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String every = text(
                MarkdownRenderer.create(),
                withFacts().toBuilder()
                        .breachNotification(withFacts().getBreachNotification().orElseThrow().toBuilder()
                                .riskThreshold(BreachRiskThreshold.ALL_BREACHES)
                                .build())
                        .build(),
                EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        assertThat(de)
                .contains("Die Meldepflicht besteht jedoch nur für Verletzungen, die voraussichtlich zu einem Risiko"
                        + " für die Rechte und Freiheiten natürlicher Personen führen. *(Art. 33 Abs. 1 und 2 DSGVO)*");
        assertThat(en)
                .contains("However, the duty to notify applies only to breaches that are likely to result in a risk");
        assertThat(every).contains("The duty to notify applies to every breach, whether or not it is likely");
        assertThat(plain).doesNotContain("Die Meldepflicht besteht");
    }

    @Test
    void should_mark_a_measure_of_the_controller_and_its_scope_and_say_so_in_the_annex_lead_in() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        assertThat(de)
                .contains(
                        "Verschlüsselung aller Datenträger mit AES-256 (Maßnahme des Verantwortlichen)"
                                + " (Geltungsbereich: Buchungsportal)",
                        "soweit eine Maßnahme nicht als Maßnahme des Verantwortlichen bezeichnet ist")
                .doesNotContain("Der Auftragsverarbeiter hat die folgenden technischen");
        assertThat(en).contains("(measure of the Controller) (applies to: booking portal)");
        assertThat(plain)
                .contains("Der Auftragsverarbeiter hat die folgenden technischen")
                .doesNotContain("Maßnahme des Verantwortlichen", "Geltungsbereich");
    }

    @Test
    void should_state_the_statutory_immediacy_of_the_infringement_notice_when_the_agreement_names_no_deadline() {
        // given: the notice of an infringing instruction is agreed without a deadline of its own
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement agreement = full.toBuilder()
                .instructions(full.getInstructions().orElseThrow().toBuilder()
                        .infringementNoticeTime(Optional.empty())
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then: Art. 28(3), second subparagraph, GDPR says "immediately" / "unverzüglich"
        assertThat(de).contains("weist er den Verantwortlichen unverzüglich darauf hin.");
        assertThat(en).contains("it shall inform the Controller immediately.");
    }

    @Test
    void should_count_a_bare_deletion_period_from_the_end_of_the_services_and_keep_an_agreed_wording_as_agreed() {
        // given: the full agreement deletes or returns within 30 days; the variant states its own starting point
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement worded = full.toBuilder()
                .endOfProcessing(full.getEndOfProcessing().orElseThrow().toBuilder()
                        .deadline(TimeLimit.builder()
                                .wording(LocalizedText.de("spätestens mit dem Ende des Hauptvertrags")
                                        .with("en", "at the latest when the Main Contract ends"))
                                .build())
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), full, DE);
        String en = text(MarkdownRenderer.create(), full, EN);
        String wordedDe = text(MarkdownRenderer.create(), worded, DE);

        // then: "innerhalb von 30 Tagen" alone leaves open from when the period runs
        assertThat(de).contains("Dies geschieht innerhalb von 30 Tagen nach dem Ende der Verarbeitungsleistungen.");
        assertThat(en)
                .contains("This shall take place within 30 days after the end of the provision of services"
                        + " relating to the processing.");
        assertThat(wordedDe)
                .contains("Dies geschieht spätestens mit dem Ende des Hauptvertrags.")
                .doesNotContain("Hauptvertrags nach dem Ende");
    }

    @Test
    void should_state_notice_mechanics_under_a_prohibition_only_as_conditional_and_never_with_a_dangling_reference() {
        // given: engaging sub-processors is prohibited, and the notice period stands without the sentence that the
        // processor informs at all
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement agreement = full.toBuilder()
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .authorisation(AuthorisationType.PROHIBITED)
                        .changeNotification(false)
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then
        assertThat(de)
                .contains(
                        "Soweit der Verantwortliche den Einsatz weiterer Unterauftragsverarbeiter allgemein genehmigt")
                .contains(
                        "Über jede beabsichtigte Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters informiert"
                                + " der Auftragsverarbeiter den Verantwortlichen mindestens")
                .doesNotContain("erteilt diese Information");
        assertThat(en)
                .contains("To the extent that the Controller authorises the engagement of sub-processors generally")
                .doesNotContain("give this information");
    }

    @Test
    void should_name_one_protection_goal_in_the_singular_and_several_in_the_plural() {
        // given: the first measure pursues one protection goal, the second two
        DataProcessingAgreement full = TestAgreements.full();
        List<TechnicalOrganisationalMeasure> measures =
                new ArrayList<>(full.getSecurity().orElseThrow().getMeasures());
        measures.set(
                0,
                measures.get(0).toBuilder()
                        .protectionGoals(List.of(ProtectionGoal.CONFIDENTIALITY))
                        .build());
        measures.set(
                1,
                measures.get(1).toBuilder()
                        .protectionGoals(List.of(ProtectionGoal.AVAILABILITY, ProtectionGoal.RESILIENCE))
                        .build());
        DataProcessingAgreement agreement = full.toBuilder()
                .security(full.getSecurity().orElseThrow().toBuilder()
                        .measures(measures)
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), agreement, DE);
        String en = text(MarkdownRenderer.create(), agreement, EN);

        // then
        assertThat(de)
                .contains("(Schutzziel: Vertraulichkeit)")
                .contains("(Schutzziele: Verfügbarkeit und Belastbarkeit)");
        assertThat(en)
                .contains("(protection goal: confidentiality)")
                .contains("(protection goals: availability and resilience)")
                .doesNotContain("(protection goals: confidentiality)");
    }

    @Test
    void should_state_the_condition_of_a_sub_processors_engagement_in_its_row_and_nothing_when_not_stated() {
        // when
        String de = text(MarkdownRenderer.create(), withFacts(), DE);
        String en = text(MarkdownRenderer.create(), withFacts(), EN);
        String plain = text(MarkdownRenderer.create(), TestAgreements.full(), DE);

        // then
        assertThat(de)
                .containsPattern(
                        "\\| \\*\\*Mailer Inc\\.\\*\\* \\|[^|]*\\| E-Mail-Versand\\. Eingesetzt nur unter folgender"
                                + " Bedingung: wenn der Verantwortliche den Newsletter bucht\\. Verarbeitet die Daten auch für"
                                + " eigene Zwecke\\. \\|");
        assertThat(en)
                .contains("E-mail delivery. Engaged only on the following condition: if the Controller books the"
                        + " newsletter.");
        assertThat(plain).doesNotContain("Eingesetzt nur unter");
        String conditionOnly = text(
                MarkdownRenderer.create(),
                withFacts().toBuilder()
                        .subprocessing(withFacts().getSubprocessing().orElseThrow().toBuilder()
                                .subprocessors(withFacts().getSubprocessing().orElseThrow().getSubprocessors().stream()
                                        .map(s ->
                                                s.toBuilder().ownPurposes(false).build())
                                        .toList())
                                .build())
                        .build(),
                DE);
        assertThat(conditionOnly).contains("Bedingung: wenn der Verantwortliche den Newsletter bucht. |");
    }

    @Test
    void
            should_offer_the_broad_third_party_beneficiary_variant_beside_the_limited_one_and_cite_bgb_only_under_german_law() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        SubprocessingTerms both = full.getSubprocessing().orElseThrow().toBuilder()
                .thirdPartyBeneficiary(true)
                .thirdPartyBeneficiaryDirect(true)
                .build();
        DataProcessingAgreement german = full.toBuilder().subprocessing(both).build();
        DataProcessingAgreement irish = german.toBuilder()
                .finalProvisions(full.getFinalProvisions().orElseThrow().toBuilder()
                        .governingLaw(dev.dpa4j.model.CountryCode.of("IE"))
                        .build())
                .build();
        DataProcessingAgreement limited = full.toBuilder()
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .thirdPartyBeneficiary(true)
                        .build())
                .build();

        // when
        String de = text(MarkdownRenderer.create(), german, DE);
        String ie = text(MarkdownRenderer.create(), irish, EN);
        String onlyLimited = text(MarkdownRenderer.create(), limited, DE);

        // then
        assertThat(de)
                .contains(
                        "unmittelbar von diesem zu verlangen und seine Kontrollrechte unmittelbar ihm gegenüber"
                                + " auszuüben (Vertrag zugunsten Dritter). *(Art. 28 Abs. 4 Satz 1 DSGVO, § 328 BGB)*",
                        "faktisch verschwunden, rechtlich nicht mehr existent oder zahlungsunfähig");
        assertThat(ie)
                .contains(
                        "to the extent that the law governing those contracts allows a third party to enforce them.",
                        "factually disappeared")
                .doesNotContain("German Civil Code");
        assertThat(onlyLimited)
                .contains("faktisch verschwunden")
                .doesNotContain("Vertrag zugunsten Dritter", "unmittelbar von diesem zu verlangen");
    }

    @Test
    void should_name_the_annex_of_the_scc_layout_in_the_one_pointer() {
        // when
        String de = text(
                MarkdownRenderer.create(),
                TestAgreements.full(),
                RenderOptions.builder(Locale.GERMAN)
                        .annexLayout(AnnexLayout.SCC_2021_915)
                        .build());

        // then
        assertThat(de)
                .contains("Anhang II beschreibt Art und Zwecke der Verarbeitung")
                .contains("Die Anhänge sind Bestandteil dieser Vereinbarung.")
                .doesNotContain("Die Anlagen sind");
    }
}
