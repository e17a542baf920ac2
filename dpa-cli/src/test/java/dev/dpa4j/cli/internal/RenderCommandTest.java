/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    /** The repository's examples, seen from the module directory where surefire runs. */
    static final Path JOMOCO = Path.of("..", "examples", "jomoco-avv-de.json");

    static final Path LARKSPUR = Path.of("..", "examples", "larkspur-dpa-en.json");

    @Test
    void should_render_markdown_to_stdout_in_the_agreements_language_when_no_lang_is_given() {
        // when
        CliRun run = CliRun.run("render", "--format", "md", JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("# Vereinbarung zur Auftragsverarbeitung")
                .contains("JoMoCo");
    }

    @Test
    void should_date_the_document_with_the_clock_in_utc_when_no_as_of_is_given() {
        // when: the clock says 2026-03-01T23:30Z, which is already 2 March in Chatham, the test JVM's zone
        CliRun run = CliRun.run("render", "--format", "txt", JOMOCO.toString());
        CliRun explicit = CliRun.run("render", "--format", "txt", "--as-of", "2025-12-31", JOMOCO.toString());

        // then
        assertThat(run.out()).contains("1. März 2026").doesNotContain("2. März 2026");
        assertThat(explicit.out()).contains("31. Dezember 2025");
    }

    @Test
    void should_state_a_versioned_template_as_of_its_version_date_whatever_the_day() {
        // given: a template whose versionDate is 2026-05-18; the test clock says 2026-03-01
        Path just = Path.of("..", "examples", "just-avv-de.json");

        // when
        CliRun run = CliRun.run("render", "--format", "txt", just.toString());
        CliRun explicit = CliRun.run("render", "--format", "txt", "--as-of", "2026-06-30", just.toString());

        // then: the version's date, not the clock's, stated once; an explicit --as-of still wins
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Fassung vom 18. Mai 2026")
                .doesNotContain("Stand:")
                .doesNotContain("1. März 2026");
        assertThat(explicit.out()).contains("Stand: 30. Juni 2026").doesNotContain("Stand: 18. Mai 2026");
    }

    @Test
    void should_render_english_when_lang_is_en() {
        // when
        CliRun run = CliRun.run("render", "--format", "md", "--lang", "en", "--allow-fallback", JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# ").contains("Art. 28").doesNotContain("Verantwortlicher“");
    }

    @Test
    void should_leave_out_the_citation_lines_when_no_citations_is_given() {
        // when
        CliRun with = CliRun.run("render", "--format", "md", "--lang", "en", LARKSPUR.toString());
        CliRun without = CliRun.run("render", "--format", "md", "--lang", "en", "--no-citations", LARKSPUR.toString());

        // then
        assertThat(with.exitCode()).isZero();
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(with.out()).contains("*Art. 28(3)(e) and (f) GDPR*");
        assertThat(without.out())
                .doesNotContain("*Art. 28(3)(e) and (f) GDPR*", "*(Art. 28(3)(e) GDPR)*")
                .contains("the Processor shall assist the Controller");
    }

    @Test
    void should_lay_out_the_annexes_as_those_of_the_2021_915_clauses_when_annex_layout_is_scc() {
        // when
        CliRun standard = CliRun.run("render", "--format", "md", "--lang", "en", LARKSPUR.toString());
        CliRun scc =
                CliRun.run("render", "--format", "md", "--lang", "en", "--annex-layout", "scc", LARKSPUR.toString());
        CliRun named = CliRun.run(
                "render", "--format", "md", "--lang", "en", "--annex-layout", "standard", LARKSPUR.toString());
        CliRun wrong = CliRun.run("render", "--format", "md", "--annex-layout", "roman", LARKSPUR.toString());

        // then
        assertThat(scc.exitCode()).as(scc.err()).isZero();
        assertThat(scc.out()).contains("Annex I – ", "Annex IV – ").doesNotContain("Annex 1 – ");
        assertThat(standard.out()).contains("Annex 1 – ").doesNotContain("Annex I – ");
        assertThat(named.outBytes()).isEqualTo(standard.outBytes());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--annex-layout", "standard", "scc");
    }

    @Test
    void should_give_identical_bytes_when_rendered_twice() {
        // when
        CliRun first = CliRun.run("render", "--format", "html", LARKSPUR.toString());
        CliRun second = CliRun.run("render", "--format", "html", LARKSPUR.toString());

        // then
        assertThat(first.exitCode()).isZero();
        assertThat(first.outBytes()).isEqualTo(second.outBytes());
    }

    @Test
    void should_write_the_file_and_confirm_on_stderr_when_output_is_given(@TempDir Path dir) throws Exception {
        // given
        Path html = dir.resolve("jomoco.html");

        // when
        CliRun run = CliRun.run("render", "--format", "html", "--lang", "de", JOMOCO.toString(), "-o", html.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(html + " geschrieben\n");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<html", "JoMoCo");
    }

    @Test
    void should_write_pdf_and_docx_files_when_an_output_file_is_given(@TempDir Path dir) throws Exception {
        // given
        Path pdf = dir.resolve("jomoco.pdf");
        Path docx = dir.resolve("jomoco.docx");

        // when
        CliRun pdfRun =
                CliRun.run("render", "--format", "pdf", "--lang", "de", JOMOCO.toString(), "-o", pdf.toString());
        CliRun docxRun = CliRun.run(
                "render",
                "--format",
                "docx",
                "--lang",
                "en",
                "--allow-fallback",
                JOMOCO.toString(),
                "-o",
                docx.toString());

        // then
        assertThat(pdfRun.exitCode()).as(pdfRun.err()).isZero();
        assertThat(docxRun.exitCode()).as(docxRun.err()).isZero();
        byte[] pdfBytes = Files.readAllBytes(pdf);
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfBytes.length).isGreaterThan(10_000);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            assertThat(zip.getEntry("word/document.xml")).isNotNull();
            assertThat(zip.getEntry("word/styles.xml")).isNotNull();
        }
    }

    @Test
    void should_require_an_output_file_when_the_format_is_binary() {
        // when
        CliRun run = CliRun.run("render", "--format", "pdf", JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("dpa render: the format pdf is binary and needs an output file: add -o FILE\n");
    }

    @Test
    void should_reject_an_unknown_format_in_one_line() {
        // when
        CliRun run = CliRun.run("render", "--format", "rtf", JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).contains("rtf", "md, html, pdf, docx, txt");
    }

    @Test
    void should_name_the_file_when_it_is_missing() {
        // when
        CliRun run = CliRun.run("render", "--format", "md", "nope.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("nope.json: file not found\n");
    }

    /** A German-only agreement with two free texts. */
    private static Path germanOnly(Path dir) throws java.io.IOException {
        Path file = dir.resolve("german.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": \"1.0\", \"id\": \"g\", \"languages\": [\"de\"],"
                        + " \"preamble\": {\"de\": \"Die Parteien arbeiten zusammen.\"},"
                        + " \"customClauses\": [{\"heading\": {\"de\": \"Ort\"}, \"text\": {\"de\": \"Nur Köln.\"}}]}",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void should_exit_2_listing_every_untranslated_text_when_the_language_is_missing(@TempDir Path dir)
            throws Exception {
        // when
        CliRun run = CliRun.run(
                "render", "--format", "md", "--lang", "en", germanOnly(dir).toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("preamble", "customClauses[0].heading", "customClauses[0].text");
    }

    @Test
    void should_name_the_option_of_the_command_when_texts_are_missing_in_english(@TempDir Path dir) throws Exception {
        // when
        CliRun run = CliRun.run(
                "render", "--format", "md", "--lang", "en", germanOnly(dir).toString());

        // then: the command's own option, not the library's builder method
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("3 texts of the agreement are not available in 'en':", "add --allow-fallback")
                .doesNotContain("allowFallback", "text(s)");
    }

    @Test
    void should_list_the_missing_texts_in_german_when_lang_is_de(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("english.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": \"1.0\", \"id\": \"e\", \"languages\": [\"en\"],"
                        + " \"preamble\": {\"en\": \"The parties work together.\"}}",
                StandardCharsets.UTF_8);

        // when
        CliRun run = CliRun.run("render", "--format", "md", "--lang", "de", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly(
                        "dpa render: " + file + ": 1 Text der Vereinbarung fehlt in der Sprache 'de':",
                        "  preamble",
                        "Ergänzen Sie die Texte in dieser Sprache, oder geben Sie --allow-fallback an, um sie"
                                + " gekennzeichnet in einer anderen Sprache auszugeben.",
                        "");
    }

    @Test
    void should_render_marked_passages_when_fallback_is_allowed(@TempDir Path dir) throws Exception {
        // when
        CliRun run = CliRun.run(
                "render",
                "--format",
                "txt",
                "--lang",
                "en",
                "--allow-fallback",
                germanOnly(dir).toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[de: Nur Köln.]", "Note on the language version");
    }

    @Test
    void should_render_no_guidance_of_the_starter(@TempDir Path dir) {
        // given
        Path starter = dir.resolve("starter.json");
        assertThat(CliRun.run("init", "-o", starter.toString()).exitCode()).isZero();

        // when
        CliRun run = CliRun.run("render", "--format", "txt", starter.toString());

        // then: guidance lives in "placeholders" only; the contract shows the tokens, never the help
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("[[SERVICE]]")
                .doesNotContain("dpa init", "dpa validate", "security.measures", "subprocessing.subprocessors");
    }
}
