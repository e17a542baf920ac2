/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_german_markdown_report_in_the_agreements_language_with_the_clock_date() {
        // when
        CliRun run = CliRun.run("report", "--format", "md", ValidateCommandTest.JUST.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("# Prüfbericht")
                .contains("Prüfstand: 1. März 2026")
                .contains("## Fehler (1)")
                .contains("DSGVO");
    }

    @Test
    void should_name_every_finding_of_validate_when_writing_html() {
        // when
        CliRun report = CliRun.run("report", "--format", "html", "--lang", "en", ValidateCommandTest.JOMOCO.toString());
        JsonNode findings = JsonOut.mapper()
                .readTree(CliRun.run("validate", "--format", "json", ValidateCommandTest.JOMOCO.toString())
                        .out())
                .get("results")
                .get(0)
                .get("findings");

        // then
        assertThat(report.exitCode()).isZero();
        String text = Jsoup.parse(report.out()).text();
        assertThat(findings).isNotEmpty();
        for (JsonNode finding : findings) {
            assertThat(text).contains(finding.get("ruleId").asString());
        }
    }

    @Test
    void should_escape_agreement_text_when_a_name_contains_markup() throws Exception {
        // given: a breach deadline in words that is an injection attempt, which the report quotes
        DataProcessingAgreement larkspur = DpaJson.read(ValidateCommandTest.LARKSPUR);
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) & \"quoted\"";
        BreachNotificationTerms breach = larkspur.getBreachNotification().orElseThrow().toBuilder()
                .deadline(TimeLimit.builder().wording(LocalizedText.en(attack)).build())
                .build();
        Path file = dir.resolve("evil.json");
        Files.writeString(
                file,
                DpaJson.write(larkspur.toBuilder().breachNotification(breach).build()),
                StandardCharsets.UTF_8);

        // when
        CliRun html = CliRun.run("report", "--format", "html", file.toString());
        CliRun md = CliRun.run("report", "--format", "md", file.toString());

        // then
        Document doc = Jsoup.parse(html.out());
        assertThat(html.out()).contains("&lt;script&gt;");
        assertThat(doc.select("script, img, a")).isEmpty();
        assertThat(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream()))
                .noneMatch(a -> a.getKey().startsWith("on"));
        assertThat(md.out()).contains("\\<script\\>").contains("\\[x\\]").doesNotContain("<script>");
        java.util.List<String> injected = new java.util.ArrayList<>();
        org.commonmark.parser.Parser.builder()
                .build()
                .parse(md.out())
                .accept(new org.commonmark.node.AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.HtmlInline node) {
                        injected.add(node.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.HtmlBlock node) {
                        injected.add(node.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Link node) {
                        injected.add(node.getDestination());
                    }

                    @Override
                    public void visit(org.commonmark.node.Image node) {
                        injected.add(node.getDestination());
                    }
                });
        assertThat(injected).isEmpty();
    }

    @Test
    void should_exit_2_when_the_file_cannot_be_read() {
        // when
        CliRun run = CliRun.run("report", "--format", "md", "missing.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("missing.json: file not found\n");
    }
}
