/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ValidationReportRendererTest {

    private static final Validator VALIDATOR =
            Validator.builder().asOf(LocalDate.of(2026, 11, 23)).build();

    @Test
    void should_list_counts_and_every_finding_with_its_references_when_rendering_html_in_german() throws IOException {
        // given
        ValidationReport report = VALIDATOR.validate(TestAgreements.full());
        Finding first = report.getFindings().get(0);

        // when
        String html = render(report, OutputFormat.HTML, Locale.GERMAN);

        // then
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        assertThat(document.select("h1").text()).isEqualTo("Prüfbericht zur Vereinbarung zur Auftragsverarbeitung");
        assertThat(document.select("section#summary td").eachText())
                .containsExactly(
                        "Fehler",
                        Integer.toString(report.count(Severity.ERROR)),
                        "Warnungen",
                        Integer.toString(report.count(Severity.WARNING)),
                        "Hinweise",
                        Integer.toString(report.count(Severity.INFO)));
        assertThat(document.select("section[id^=findings-] tbody tr"))
                .hasSize(report.getFindings().size());
        assertThat(html)
                .contains(Jsoup.parse(first.getRuleId()).text())
                .contains(String.join("; ", first.formatLegalReferences(Locale.GERMAN)));
    }

    @Test
    void should_group_findings_by_severity_when_rendering_markdown_in_english() throws IOException {
        // given
        DataProcessingAgreement empty =
                DataProcessingAgreement.builder().id("empty").build();
        ValidationReport report = VALIDATOR.validate(empty);

        // when
        String markdown = render(report, OutputFormat.MARKDOWN, Locale.ENGLISH);

        // then
        Node root = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .build()
                .parse(markdown);
        int tables = 0;
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock) {
                tables++;
            }
        }
        long groups = List.of(Severity.values()).stream()
                .filter(s -> report.count(s) > 0)
                .count();
        assertThat(report.hasErrors()).isTrue();
        assertThat(tables).isEqualTo(1 + groups);
        assertThat(markdown)
                .contains("## Errors (" + report.count(Severity.ERROR) + ")")
                .contains("Art. 28(3)");
    }

    @Test
    void should_reject_format_when_it_is_not_a_text_format() {
        // given
        ValidationReport report = VALIDATOR.validate(TestAgreements.full());

        // when / then
        assertThatThrownBy(() -> render(report, OutputFormat.PDF, Locale.GERMAN))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("'pdf'");
    }

    @Test
    void should_write_the_date_in_words_when_rendering_in_german() throws IOException {
        // given
        ValidationReport report = VALIDATOR.validate(TestAgreements.full());

        // when
        String markdown = render(report, OutputFormat.MARKDOWN, Locale.GERMAN);
        String html = render(report, OutputFormat.HTML, Locale.GERMAN);

        // then
        assertThat(markdown).contains("Prüfstand: 23. November 2026").doesNotContain("2026-11-23");
        assertThat(Jsoup.parse(html).select("p.dpa-subtitle").eachText()).contains("Prüfstand: 23. November 2026");
    }

    @Test
    void should_write_day_month_year_when_rendering_in_english() throws IOException {
        // given
        ValidationReport report =
                Validator.builder().asOf(LocalDate.of(2027, 1, 5)).build().validate(TestAgreements.full());

        // when
        String markdown = render(report, OutputFormat.MARKDOWN, Locale.ENGLISH);
        String text = render(report, OutputFormat.TEXT, Locale.ENGLISH);

        // then
        assertThat(markdown).contains("Validated as of 5 January 2027").doesNotContain("2027-01-05");
        assertThat(text).contains("Validated as of 5 January 2027");
    }

    @Test
    void should_use_the_library_date_format_when_a_user_overrides_it() throws IOException {
        // given
        ClauseLibrary library = ClauseLibrary.builder()
                .override(Locale.GERMAN, "format.date", "{day}.{monthNumber}.{year}")
                .build();
        ValidationReport report = VALIDATOR.validate(TestAgreements.full());

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReportRenderer.create(library).render(report, OutputFormat.MARKDOWN, Locale.GERMAN, out);

        // then
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Prüfstand: 23.11.2026");
    }

    private static String render(ValidationReport report, OutputFormat format, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReportRenderer.create().render(report, format, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
