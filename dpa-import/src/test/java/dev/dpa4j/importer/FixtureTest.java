/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Agreements written for this test in our own words, deliberately unlike our clause library: other numbering
 * ("Clause 1.1", "Ziffer 3.", "Article 4", "§ 5 (2)"), other headings, tables, lists and "Label: value" records, in
 * German and English, each with planted defects that the review must report.
 */
class FixtureTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final Validator VALIDATOR = Validator.builder()
            .profile(Profile.TEMPLATE)
            .asOf(LocalDate.of(2026, 12, 3))
            .build();

    private static ImportResult load(String name) {
        return DpaImporter.standard().importFile(FIXTURES.resolve(name));
    }

    private static Optional<TimePeriod> period(Optional<dev.dpa4j.model.TimeLimit> limit) {
        return limit.flatMap(dev.dpa4j.model.TimeLimit::getPeriod);
    }

    private static List<String> ruleIds(Review review) {
        return review.getItems().stream().map(i -> i.finding().getRuleId()).toList();
    }

    @Test
    void should_read_an_english_markdown_addendum_with_clause_numbering_and_a_table() {
        ImportResult r = load("northwind-dpa-en.md");
        var d = r.getDraft();
        assertThat(d.getStatus()).isEqualTo(AgreementStatus.IMPORTED);
        assertThat(r.getLanguage()).isEqualTo("en");
        assertThat(d.getProcessor().orElseThrow().getName()).contains("Northwind Analytics Ltd");
        var sp = d.getSubprocessing().orElseThrow();
        assertThat(sp.getAuthorisation()).contains(AuthorisationType.GENERAL);
        assertThat(sp.getSubprocessors())
                .extracting(Subprocessor::getName)
                .containsExactly("Cloudhaven GmbH", "Mailrocket Inc.", "Helpdesk Partners B.V.");
        assertThat(sp.getSubprocessors().get(1).getCountry().orElseThrow().getCode())
                .isEqualTo("US");
        assertThat(period(sp.getObjectionPeriod())).hasValueSatisfying(p -> {
            assertThat(p.getAmount()).isEqualTo(10);
            assertThat(p.getUnit()).isEqualTo(PeriodUnit.BUSINESS_DAYS);
        });
        assertThat(period(d.getBreachNotification().orElseThrow().getDeadline()))
                .hasValueSatisfying(p -> assertThat(p.getAmount()).isEqualTo(72));
        assertThat(d.getSecurity().orElseThrow().getMeasures())
                .extracting(m -> m.getCategory().orElseThrow())
                .containsExactly(
                        TomCategory.PHYSICAL_ACCESS_CONTROL,
                        TomCategory.PHYSICAL_ACCESS_CONTROL,
                        TomCategory.ENCRYPTION,
                        TomCategory.ENCRYPTION);
        assertThat(d.getFinalProvisions().orElseThrow().getJurisdiction()).contains(LocalizedText.plain("Dublin"));
        // planted defect: no audit clause
        assertThat(r.getElement(Element.AUDITS).found()).isFalse();
        Review review = Review.of(r, VALIDATOR);
        assertThat(ruleIds(review)).contains("ART28_3_H_AUDITS");
        assertThat(review.getItems())
                .filteredOn(i -> i.finding().getRuleId().equals("ART28_3_H_AUDITS"))
                .allSatisfy(i -> assertThat(i.span()).isEmpty());
    }

    @Test
    void should_read_a_german_text_with_ziffer_numbering_bullets_and_specific_authorisation() {
        ImportResult r = load("wiesengrund-avv-de.txt");
        var d = r.getDraft();
        assertThat(r.getLanguage()).isEqualTo("de");
        assertThat(d.getProcessor().orElseThrow().getName()).contains("Terminwerk Software GmbH");
        assertThat(d.getControllers().get(0).getName()).contains("Praxisverbund Wiesengrund GmbH");
        assertThat(d.getSubprocessing().orElseThrow().getAuthorisation()).contains(AuthorisationType.SPECIFIC);
        assertThat(d.getSubprocessing().orElseThrow().getSubprocessors())
                .extracting(Subprocessor::getName)
                .containsExactly("Rechenwerk Nord GmbH");
        assertThat(period(d.getBreachNotification().orElseThrow().getDeadline()))
                .hasValueSatisfying(p -> assertThat(p.getUnit()).isEqualTo(PeriodUnit.HOURS));
        assertThat(d.getProcessing().orElseThrow().getDataSubjects()).hasSize(2);
        assertThat(d.getFinalProvisions()
                        .orElseThrow()
                        .getGoverningLaw()
                        .orElseThrow()
                        .getCode())
                .isEqualTo("DE");
        // planted defect: nothing on deletion or return at the end
        assertThat(r.getElement(Element.DELETION_RETURN).found()).isFalse();
        assertThat(ruleIds(Review.of(r, VALIDATOR))).contains("ART28_3_G_DELETE_RETURN");
    }

    @Test
    void should_read_english_html_with_article_numbering_and_label_value_records() {
        ImportResult r = load("brightpath-dpa-en.html");
        var d = r.getDraft();
        assertThat(r.getText()).doesNotContain("tracking");
        assertThat(d.getProcessor().orElseThrow().getName()).contains("BrightPath Payroll Services Limited");
        assertThat(d.getSubprocessing().orElseThrow().getSubprocessors())
                .extracting(Subprocessor::getName)
                .containsExactly("Ledgerline Cloud Ltd", "Postwise Inc.");
        assertThat(d.getSubprocessing().orElseThrow().getSubprocessors().get(1).getTransfer())
                .isPresent();
        assertThat(d.getBreachNotification()
                        .orElseThrow()
                        .getDeadline()
                        .orElseThrow()
                        .getPeriod())
                .isEmpty();
        assertThat(d.getEndOfProcessing().orElseThrow().isDeletionConfirmation())
                .isTrue();
        // planted defect: no confidentiality commitment of staff
        assertThat(r.getElement(Element.CONFIDENTIALITY).found()).isFalse();
        assertThat(ruleIds(Review.of(r, VALIDATOR))).contains("ART28_3_B_CONFIDENTIALITY");
    }

    @Test
    void should_read_a_german_text_with_paragraph_signs_a_tab_table_and_austrian_law() {
        ImportResult r = load("alpenblick-avv-de.txt");
        var d = r.getDraft();
        assertThat(d.getControllers().get(0).getAddress().orElseThrow().getLocality())
                .contains("Innsbruck");
        assertThat(d.getSubprocessing().orElseThrow().getSubprocessors())
                .extracting(Subprocessor::getName)
                .containsExactly("Serverpark Süd GmbH", "Mailbote GmbH");
        assertThat(period(d.getSubprocessing().orElseThrow().getObjectionPeriod()))
                .hasValueSatisfying(p -> assertThat(p.getUnit()).isEqualTo(PeriodUnit.WEEKS));
        assertThat(d.getTransfers().orElseThrow().isEuEeaOnly()).isTrue();
        assertThat(d.getFinalProvisions()
                        .orElseThrow()
                        .getGoverningLaw()
                        .orElseThrow()
                        .getCode())
                .isEqualTo("AT");
        assertThat(d.getFinalProvisions().orElseThrow().getJurisdiction()).contains(LocalizedText.plain("Wien"));
        // planted defects: no data categories, no data subjects, no audits
        assertThat(r.getElement(Element.DATA_CATEGORIES).found()).isFalse();
        assertThat(r.getElement(Element.AUDITS).found()).isFalse();
        assertThat(ruleIds(Review.of(r, VALIDATOR))).contains("ART28_3_DATA_TYPES", "ART28_3_H_AUDITS");
    }

    @Test
    void should_tie_every_fact_to_the_words_it_comes_from() {
        for (String name : List.of(
                "northwind-dpa-en.md", "wiesengrund-avv-de.txt", "brightpath-dpa-en.html", "alpenblick-avv-de.txt")) {
            ImportResult r = load(name);
            assertThat(r.getFacts()).as(name).isNotEmpty();
            for (Fact f : r.getFacts()) {
                String source =
                        r.getText().substring(f.span().offset(), f.span().end());
                assertThat(source).as(name + " " + f.path()).isNotBlank();
                String quote = f.span().quote().endsWith("…")
                        ? f.span().quote().substring(0, f.span().quote().length() - 1)
                        : f.span().quote();
                assertThat(source.replaceAll("\\s+", " "))
                        .as(name + " " + f.path())
                        .startsWith(quote);
            }
        }
    }

    @Test
    void should_quote_the_passage_of_a_finding_about_a_stated_fact() {
        Review review = Review.of(load("northwind-dpa-en.md"), VALIDATOR);
        // 72 hours to notify the controller leaves it no time for its own 72 hours (Art. 33(1))
        assertThat(review.getItems())
                .filteredOn(i -> i.finding().getPath().startsWith("breachNotification"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.span())
                        .hasValueSatisfying(s -> assertThat(s.quote()).contains("72 hours")));
        assertThat(review.toMarkdown(Locale.ENGLISH)).contains("72 hours").contains("not found in the document");
        assertThat(review.toSarif(Locale.ENGLISH)).contains("\"charOffset\"").contains("\"version\": \"2.1.0\"");
        assertThat(review.toJson(Locale.GERMAN)).contains("im Dokument nicht gefunden");
        assertThat(review.toHtml(Locale.ENGLISH)).contains("<table>").doesNotContain("<script");
    }

    @Test
    void should_give_the_same_result_for_the_same_bytes() {
        String a = Review.of(load("wiesengrund-avv-de.txt"), VALIDATOR).toJson(Locale.GERMAN);
        String b = Review.of(load("wiesengrund-avv-de.txt"), VALIDATOR).toJson(Locale.GERMAN);
        assertThat(a).isEqualTo(b);
    }
}
