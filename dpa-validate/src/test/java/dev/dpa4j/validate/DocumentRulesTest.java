/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The document rules: language completeness, references that resolve, starter placeholders. */
class DocumentRulesTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    private static DataProcessingAgreement withClause(LocalizedText text) {
        return Fixtures.complete().toBuilder()
                .addCustomClauses(CustomClause.builder()
                        .id("extra")
                        .heading(text.get("de").isPresent() ? LocalizedText.de("Zusatz") : LocalizedText.en("Extra"))
                        .text(text)
                        .build())
                .build();
    }

    private static List<String> references(DataProcessingAgreement a) {
        return VALIDATOR.validate(a).getFindings("DOC_REFERENCE").stream()
                .map(f -> f.getParams().get("reference"))
                .toList();
    }

    @Test
    void should_report_dangling_references_when_german_text_refers_to_the_seed_numbering() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.de(
                "Für die in Anhang 2 genannten gilt sie als erteilt; das Schutzniveau der Anlage B darf nicht sinken;"
                        + " § 3 Nr. 2 lässt sie mit der Unterzeichnung in Kraft treten; siehe auch Anlage 9."));

        // when
        List<String> found = references(a);

        // then
        assertThat(found).containsExactlyInAnyOrder("Anhang 2", "Anlage B", "Anlage 9", "§ 3 Nr. 2");
        assertThat(VALIDATOR.validate(a).getFindings("DOC_REFERENCE")).allSatisfy(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getPath()).isEqualTo("customClauses[0].text");
        });
    }

    @Test
    void should_report_dangling_references_when_english_text_refers_to_sections_and_schedules() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.en(
                "As set out in Section 6.3 and Clause 8 (Audits), the list in Schedule 3 and Annex 7 applies."));

        // when
        List<String> found = references(a);

        // then
        assertThat(found).containsExactlyInAnyOrder("Section 6.3", "Clause 8", "Schedule 3", "Annex 7");
    }

    @Test
    void should_report_nothing_when_text_cites_statutes_or_uses_placeholders() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.of(java.util.Map.of(
                "de",
                "Die Pflichten nach § 203 Abs. 4 StGB und § 62 BDSG bleiben unberührt; die Liste in {annex:subprocessors}"
                        + " und {section:audits} gelten, ebenso Anlage 1 und der {mainContract}.",
                "en",
                "Section 203(4) German Criminal Code and Clause 7.7(e) of Implementing Decision (EU) 2021/915 apply;"
                        + " see {annex:measures}, {section:extra} and Annex 1.")));

        // when
        List<String> found = references(a);

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void should_report_an_unknown_placeholder_by_name_when_it_names_no_section() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.de("Siehe {annex:tom} und {section:nirgendwo}."));

        // when
        List<String> found = references(a);

        // then
        assertThat(found).containsExactlyInAnyOrder("annex:tom", "section:nirgendwo");
    }

    @Test
    void should_list_every_text_by_path_when_a_declared_language_is_missing() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.de("Nur deutsch.")).toBuilder()
                .addLanguages("en")
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("DOC_LANGUAGE"))
                .extracting(Finding::getPath)
                .contains("customClauses[0].heading", "customClauses[0].text")
                .doesNotHaveDuplicates();
        assertThat(report.getFindings("DOC_LANGUAGE").stream()
                        .filter(f -> f.getMessageKey().equals("DOC_LANGUAGE.missing"))
                        .findFirst()
                        .orElseThrow()
                        .message(Locale.ENGLISH))
                .contains("\"en\"");
    }

    /** The complete fixture with a signatory's function and the processor's representative given as plain text. */
    private static DataProcessingAgreement plainFunctions(List<String> languages) {
        DataProcessingAgreement a = Fixtures.complete();
        return a.toBuilder()
                .languages(languages)
                .processor(a.getProcessor().orElseThrow().toBuilder()
                        .representatives(List.of(dev.dpa4j.model.Person.builder()
                                .name("Dr. Erika Beispiel")
                                .function("Vorstand")
                                .build()))
                        .build())
                .build();
    }

    @Test
    void should_report_a_plain_designation_once_when_the_agreement_declares_two_languages() {
        // given
        DataProcessingAgreement a = plainFunctions(List.of("de", "en"));

        // when
        List<Finding> found = VALIDATOR.validate(a).getFindings("DOC_LANGUAGE");

        // then
        assertThat(found)
                .filteredOn(f -> f.getPath().equals("processor.representatives[0].function"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.getMessageKey()).isEqualTo("DOC_LANGUAGE.plain");
                    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message(Locale.GERMAN))
                            .contains("ohne Sprachangabe")
                            .contains("de, en");
                });
    }

    @Test
    void should_not_report_a_plain_designation_in_a_one_language_agreement_or_one_given_per_language() {
        // a plain text in an agreement of one language is taken as that language
        assertThat(VALIDATOR.validate(plainFunctions(List.of("de"))).getFindings("DOC_LANGUAGE"))
                .extracting(Finding::getPath)
                .doesNotContain("processor.representatives[0].function");
        // given per language, it is no finding in a bilingual agreement
        DataProcessingAgreement a = plainFunctions(List.of("de", "en"));
        DataProcessingAgreement perLanguage = a.toBuilder()
                .processor(a.getProcessor().orElseThrow().toBuilder()
                        .representatives(List.of(dev.dpa4j.model.Person.builder()
                                .name("Dr. Erika Beispiel")
                                .function(LocalizedText.de("Vorstand").with("en", "Member of the Management Board"))
                                .build()))
                        .build())
                .build();
        assertThat(VALIDATOR.validate(perLanguage).getFindings("DOC_LANGUAGE"))
                .extracting(Finding::getPath)
                .doesNotContain("processor.representatives[0].function");
    }

    @Test
    void should_report_no_missing_language_when_every_text_has_both() {
        // given
        DataProcessingAgreement a = Fixtures.complete();

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("DOC_LANGUAGE")).isEmpty();
    }

    @Test
    void should_report_a_left_placeholder_as_error_when_the_agreement_is_executed() {
        // given
        DataProcessingAgreement a = withClause(LocalizedText.de("Der Auftragsverarbeiter erbringt [[SERVICE]]."));

        // when
        ValidationReport executed = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .profile(Profile.EXECUTED)
                .build()
                .validate(a);
        ValidationReport template = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .profile(Profile.TEMPLATE)
                .build()
                .validate(a);

        // then
        assertThat(executed.getFindings("DOC_PLACEHOLDER")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getPath()).isEqualTo("customClauses[0].text");
        });
        assertThat(template.getFindings("DOC_PLACEHOLDER"))
                .singleElement()
                .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    }

    private static DataProcessingAgreement withDesignation(String designation, LocalizedText preamble) {
        return Fixtures.processor(Fixtures.complete(), p -> p.addDesignations(LocalizedText.en(designation)))
                .toBuilder()
                .preamble(preamble)
                .build();
    }

    private static List<Finding> partyNames(DataProcessingAgreement a) {
        return VALIDATOR.validate(a).getFindings("DOC_PARTY_NAME");
    }

    @Test
    void should_report_a_text_that_calls_the_processor_by_its_short_name() {
        // given: "Acme" is a designation taken from "Acme Cloud GmbH", used for the party in a clause
        DataProcessingAgreement a = withDesignation(
                "Acme", LocalizedText.en("Acme takes the steps needed to contain a breach and reviews Acme's logs."));

        // when
        List<Finding> found = partyNames(a);

        // then: once for the text, as information, naming the short name and the role
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getPath()).isEqualTo("preamble");
            assertThat(f.getParams()).containsEntry("name", "Acme");
            assertThat(f.message(Locale.ENGLISH)).contains("calls the processor \"Acme\"");
        });
    }

    @Test
    void should_not_report_the_short_name_in_an_imported_agreement_whose_clauses_are_the_vendors() {
        // given: the same text in a draft imported from a vendor's document, whose own clauses say "Acme" throughout
        DataProcessingAgreement imported =
                withDesignation("Acme", LocalizedText.en("Acme takes the steps needed to contain a breach."))
                        .toBuilder()
                        .status(AgreementStatus.IMPORTED)
                        .build();

        // then: nothing; the message's premise (the clauses call it "the Processor") is not true of that document
        assertThat(partyNames(imported)).isEmpty();
    }

    @Test
    void should_not_report_teams_products_role_designations_or_the_party_block() {
        // given: the short name only begins longer proper names; "Provider" is a role, not the company's name
        DataProcessingAgreement teams = withDesignation(
                "Acme",
                LocalizedText.en("The notice names Acme Security Operations as the contact; the Acme-hosted service"
                        + " and the Processor's Acmeware stay as they are."));
        DataProcessingAgreement role = withDesignation(
                "Provider", LocalizedText.en("The Provider takes the steps needed to contain a breach."));
        DataProcessingAgreement none = Fixtures.complete().toBuilder()
                .preamble(LocalizedText.en("Acme takes the steps needed to contain a breach."))
                .build();

        // when / then
        assertThat(partyNames(teams)).isEmpty();
        assertThat(partyNames(role)).isEmpty();
        assertThat(partyNames(none))
                .as("no designation defines Acme as a name of the party")
                .isEmpty();
    }
}
