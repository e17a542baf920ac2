/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpa import} and {@code dpa review} on a small agreement written for this test. */
class ImportReviewCommandTest {

    private static final String AGREEMENT = String.join(
            "\n",
            "Data Processing Agreement",
            "",
            "between Example Cloud GmbH, Hafenweg 1, 20457 Hamburg, Germany (the \"Processor\")",
            "and the customer named in the order (the \"Controller\").",
            "",
            "Clause 1 Subject matter",
            "",
            "The subject matter of the processing is the hosting of the customer's web shop under the main agreement.",
            "",
            "Clause 2 Instructions",
            "",
            "The Processor processes personal data only on documented instructions of the Controller.",
            "",
            "Clause 3 Sub-processors",
            "",
            "The Controller gives general written authorisation to engage sub-processors; it may object within 14 days.",
            "",
            "Clause 4 Personal data breaches",
            "",
            "The Processor notifies the Controller of a personal data breach within 24 hours.",
            "");

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_write_an_imported_draft(@TempDir Path dir) throws IOException {
        Path file = write(dir, "vendor.txt", AGREEMENT);
        Path draft = dir.resolve("draft.json");
        CliRun run = CliRun.run("import", file.toString(), "-o", draft.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DpaJson.read(draft).getStatus()).isEqualTo(AgreementStatus.IMPORTED);
        assertThat(run.err()).contains("elements found");
    }

    @Test
    void should_summarise_in_the_documents_language_unless_lang_says_otherwise(@TempDir Path dir) throws IOException {
        // given
        Path english = write(dir, "vendor.txt", AGREEMENT);
        Path german = write(
                dir,
                "anbieter.txt",
                String.join(
                        "\n",
                        "Vereinbarung zur Auftragsverarbeitung",
                        "",
                        "§ 1 Gegenstand",
                        "",
                        "Gegenstand des Auftrags ist das Hosting des Webshops des Auftraggebers nach dem Hauptvertrag.",
                        "",
                        "§ 2 Weisungen",
                        "",
                        "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des"
                                + " Auftraggebers.",
                        "",
                        "§ 3 Unterauftragsverhältnisse",
                        "",
                        "Der Auftraggeber genehmigt allgemein die Beauftragung weiterer Auftragsverarbeiter; er kann"
                                + " binnen 14 Tagen widersprechen.",
                        "",
                        "§ 4 Verletzungen des Schutzes personenbezogener Daten",
                        "",
                        "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten"
                                + " binnen 24 Stunden.",
                        ""));

        // when
        CliRun englishDefault = CliRun.run(
                "import", english.toString(), "-o", dir.resolve("e.json").toString());
        CliRun germanDefault = CliRun.run(
                "import", german.toString(), "-o", dir.resolve("g.json").toString());
        CliRun germanInEnglish = CliRun.run(
                "import",
                "--lang",
                "en",
                german.toString(),
                "-o",
                dir.resolve("g2.json").toString());

        // then
        assertThat(englishDefault.err()).contains("elements found, ").contains("(language en)");
        assertThat(germanDefault.exitCode()).as(germanDefault.err()).isZero();
        assertThat(germanDefault.err())
                .contains("Bestandteilen gefunden, ")
                .contains("(Sprache de)")
                .contains(dir.resolve("g.json").toString())
                .doesNotContain("elements found");
        assertThat(germanInEnglish.err()).contains("elements found, ").contains("(language de)");
    }

    @Test
    void should_review_with_findings_and_their_passages(@TempDir Path dir) throws IOException {
        Path file = write(dir, "vendor.txt", AGREEMENT);
        CliRun run = CliRun.run("review", file.toString(), "--as-of", "2026-12-03");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("missing: Information and audits (Art. 28(3)(h) GDPR)")
                .contains("not found in the document");
        // the sub-processor clause says nothing of a sub-processor's failure (SCC 2021/915 Cl. 7.7(d)): the finding
        // is shown at that clause with the caveat that the importer did not recognise the term there
        assertThat(run.out()).contains("SUBPROC_FAILURE_NOTICE").contains("not recognised by the importer");
        assertThat(run.out())
                .contains("requirements met")
                .contains("not found: Audits including inspections (Art. 28(3)(h) GDPR");
        CliRun json = CliRun.run("review", file.toString(), "--format", "json", "--lang", "de");
        assertThat(json.out()).contains("\"findings\"").contains("im Dokument nicht gefunden");
        CliRun sarif = CliRun.run("review", file.toString(), "--format", "sarif");
        assertThat(sarif.out()).contains("\"version\": \"2.1.0\"").contains("\"charOffset\"");
    }

    @Test
    void should_review_in_one_language_with_its_citations_severities_and_quotation_marks(@TempDir Path dir)
            throws IOException {
        // given
        Path file = write(dir, "vendor.txt", AGREEMENT);

        // when
        CliRun de = CliRun.run("review", file.toString(), "--as-of", "2026-12-03", "--lang", "de");
        CliRun deMd = CliRun.run("review", file.toString(), "--as-of", "2026-12-03", "--lang", "de", "--format", "md");
        CliRun en = CliRun.run("review", file.toString(), "--as-of", "2026-12-03", "--lang", "en");

        // then: German names, German citations and German severities, none of the English ones
        assertThat(de.out())
                .contains("fehlt: Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO)")
                .contains("nicht gefunden: Überprüfungen einschließlich Inspektionen (Art. 28 Abs. 3 lit. h DSGVO; "
                        + "Klausel 7.6 Buchst. c und d SCC 2021/915)")
                .contains("FEHLER ")
                .contains("„The Processor")
                .doesNotContain("GDPR")
                .doesNotContain(" Cl. ")
                .doesNotContain("sentence 1")
                .doesNotContain("ERROR ")
                .doesNotContain("fehlt: AUDITS")
                .doesNotContain("(-)");
        assertThat(deMd.out())
                .contains("| Nachweise und Überprüfungen | Art. 28 Abs. 3 lit. h DSGVO |")
                .contains("FEHLER")
                .doesNotContain("GDPR")
                .doesNotContain("| DATA_SUBJECTS |");
        // the breach clause "notifies the Controller of a personal data breach" states the duty of Art. 33(2):
        // no finding may say it is missing
        assertThat(en.out()).doesNotContain("ART33_2_PROCESSOR_NOTIFY");
        // and the English review quotes in English quotation marks
        assertThat(en.out()).contains("\u201cThe Processor").doesNotContain("„").contains("ERROR ");
    }

    @Test
    void should_print_the_other_terms_to_read_in_the_documents_order_in_text_as_in_markdown(@TempDir Path dir)
            throws IOException {
        // given: a liability cap stated before a fee for audits (the notes' own order is fees first, then caps)
        Path english = write(
                dir,
                "capped.txt",
                AGREEMENT
                        + String.join(
                                "\n",
                                "",
                                "Clause 5 Liability",
                                "",
                                "The liability of the Processor under this agreement is limited to the fees paid in the"
                                        + " last twelve months.",
                                "",
                                "Clause 6 Audits",
                                "",
                                "The Processor makes available all information needed to show compliance and allows"
                                        + " audits, including inspections, by the Controller.",
                                "The Processor may charge its daily rates for its staff's time spent on audits.",
                                ""));
        Path german = write(
                dir,
                "gedeckelt.txt",
                String.join(
                        "\n",
                        "Vereinbarung zur Auftragsverarbeitung",
                        "",
                        "§ 1 Gegenstand",
                        "",
                        "Gegenstand des Auftrags ist die Pflege der Kundendatenbank des Auftraggebers nach dem"
                                + " Hauptvertrag.",
                        "",
                        "§ 2 Weisungen",
                        "",
                        "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des"
                                + " Auftraggebers.",
                        "",
                        "§ 3 Haftung",
                        "",
                        "Die Haftung des Auftragnehmers aus diesem Vertrag ist auf den Auftragswert eines Jahres"
                                + " begrenzt.",
                        "",
                        "§ 4 Kontrollen",
                        "",
                        "Der Auftraggeber darf Kontrollen einschließlich Inspektionen beim Auftragnehmer durchführen.",
                        "Für seine Unterstützung bei Kontrollen kann der Auftragnehmer eine Vergütung nach Aufwand"
                                + " verlangen.",
                        ""));

        // when
        CliRun en = CliRun.run("review", english.toString(), "--as-of", "2026-12-03");
        CliRun enMd = CliRun.run("review", english.toString(), "--as-of", "2026-12-03", "--format", "md");
        CliRun de = CliRun.run("review", german.toString(), "--as-of", "2026-12-03");

        // then: the text names both terms with their sentences, the cap first as the document states it
        assertThat(enMd.out()).contains("**Liability cap**").contains("**Fees for assistance or audits**");
        String text = en.out();
        assertThat(text).contains("Other terms to read (2)");
        assertThat(text.indexOf("Liability cap"))
                .isPositive()
                .isLessThan(text.indexOf("Fees for assistance or audits"));
        assertThat(text).contains("\u201cThe liability of the Processor under this agreement is limited");
        assertThat(text).contains("\u201cThe Processor may charge its daily rates");
        // before the findings: a reviewer reads them with the completeness table
        assertThat(text.indexOf("Other terms to read")).isLessThan(text.indexOf("ERROR "));
        assertThat(de.out()).contains("Weitere Regelungen zum Lesen (2)").doesNotContain("Other terms to read");
        assertThat(de.out().indexOf("Haftungsbegrenzung"))
                .isPositive()
                .isLessThan(de.out().indexOf("Vergütung für Unterstützung oder Prüfungen"));
        assertThat(de.out()).contains("„Für seine Unterstützung bei Kontrollen kann der Auftragnehmer");
    }

    @Test
    void should_print_no_notes_heading_where_the_document_has_none(@TempDir Path dir) throws IOException {
        Path file = write(dir, "vendor.txt", AGREEMENT);
        CliRun run = CliRun.run("review", file.toString(), "--as-of", "2026-12-03");
        assertThat(run.out()).doesNotContain("Other terms to read");
    }

    @Test
    void should_pass_with_exit_code_0_when_nothing_reaches_the_threshold(@TempDir Path dir) throws IOException {
        Path file = write(dir, "vendor.txt", AGREEMENT);
        // no rule reports above ERROR; with findings at ERROR the run fails, so compare the two thresholds
        CliRun errors = CliRun.run("review", file.toString(), "--fail-on", "error", "--format", "json");
        assertThat(errors.exitCode()).isIn(0, 1);
        assertThat(errors.exitCode() == 0).isEqualTo(!errors.out().contains("\"severity\": \"ERROR\""));
    }

    @Test
    void should_fail_with_exit_code_2_on_a_document_that_is_not_a_dpa(@TempDir Path dir) throws IOException {
        Path file = write(dir, "letter.txt", "Dear neighbour,\n\nthe summer party is on Saturday.\n");
        CliRun run = CliRun.run("review", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("letter.txt").contains("[not_a_dpa]");
        assertThat(CliRun.run("import", dir.resolve("missing.pdf").toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void should_import_a_near_empty_document_titled_a_dpa_with_a_warning_and_refuse_one_that_mentions_one(
            @TempDir Path dir) throws IOException {
        // given: one clause under a title naming the document an agreement (Art. 28(3) GDPR: any shape), and the same
        // clause in a privacy policy that only mentions one
        String clause =
                "§ 1 Meldepflichten\n\nDer Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener"
                        + " Daten unverzüglich, spätestens binnen 48 Stunden.\n";
        Path titled = write(dir, "avv.txt", "Vereinbarung zur Auftragsverarbeitung\n\n" + clause);
        Path mention = write(
                dir, "datenschutz.txt", "Datenschutzerklärung\n\nEinen AVV schließen wir auf Anfrage ab.\n\n" + clause);

        // when
        CliRun imported = CliRun.run(
                "import", titled.toString(), "-o", dir.resolve("avv.json").toString());
        CliRun reviewed = CliRun.run("review", "--lang", "en", titled.toString());
        CliRun refused = CliRun.run(
                "import", mention.toString(), "-o", dir.resolve("d.json").toString());
        CliRun refusedReview = CliRun.run("review", mention.toString());

        // then: imported (exit 0), the warning on standard error; the review validates and scores it (findings: 1)
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(DpaJson.read(dir.resolve("avv.json")).getStatus()).isEqualTo(AgreementStatus.IMPORTED);
        assertThat(imported.err())
                .contains("dpa import: " + titled + ": Warnung: nur ")
                .contains("Bitte von Hand prüfen.");
        assertThat(reviewed.exitCode()).as(reviewed.err()).isEqualTo(1);
        assertThat(reviewed.err())
                .contains("dpa review: " + titled + ": warning: only ")
                .contains("Review it by hand.");
        assertThat(reviewed.out()).contains("requirements met");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("datenschutz.txt")
                .contains("[not_a_dpa]")
                .doesNotContain("Warnung");
        assertThat(refusedReview.exitCode()).isEqualTo(2);
        assertThat(refusedReview.err()).contains("[not_a_dpa]");
    }

    @Test
    void should_name_the_command_and_say_file_not_found_when_the_document_is_missing(@TempDir Path dir) {
        // given
        String missing = dir.resolve("missing.pdf").toString();

        // when
        CliRun imported = CliRun.run("import", missing);
        CliRun reviewed = CliRun.run("review", missing);

        // then: one line, like "dpa render: FILE: ..." of the other commands
        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).isEqualTo("dpa import: " + missing + ": file not found [unreadable]\n");
        assertThat(reviewed.exitCode()).isEqualTo(2);
        assertThat(reviewed.err()).isEqualTo("dpa review: " + missing + ": file not found [unreadable]\n");
    }
}
