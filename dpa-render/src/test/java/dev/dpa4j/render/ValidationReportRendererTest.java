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

    private static String render(ValidationReport report, OutputFormat format, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReportRenderer.create().render(report, format, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
