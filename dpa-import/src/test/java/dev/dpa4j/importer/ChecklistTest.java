/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.Note.Topic;
import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Agreements set as a checklist (#16): the terms in the rows of a table, "Ja"/"Nein" ("Yes"/"No") columns saying
 * which the parties agreed, the table written to plain text with its columns under groups of dashes. Before, the
 * plain-text reader ran the rows together into two paragraphs and the importer refused such an agreement as "not a
 * data processing agreement" (1 of 17 elements found). Texts of our own.
 */
class ChecklistTest {

    private static final String HEAD = """
            Vereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO – Checkliste
            Formular AV-7, Fassung 03/2026

            Verantwortlicher (Auftraggeber): Praxis Dr. Selma Ostrander, Lindenweg 4, 34117 Kassel
            Auftragsverarbeiter (Auftragnehmer): Tessvik Software GmbH, Hafenstraße 19, 28217 Bremen

            Angekreuzte Punkte sind Vertragsinhalt.

            """;

    /** One line of the table: the columns at 0, 5, 77, 82 and 88, as a word processor writes them to text. */
    private static String line(String nr, String term, String yes, String no, String remark) {
        return (pad(nr, 5) + pad(term, 72) + pad(yes, 5) + pad(no, 6) + remark).stripTrailing() + "\n";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    private static ImportResult checklist(String yes, String no) {
        String text = HEAD
                + line("Nr.", "Regelung", "Ja", "Nein", "Anmerkung")
                + line("---", "-".repeat(70), "---", "----", "------------------")
                + line("1", "Gegenstand: Betrieb und Wartung der Praxissoftware „Tessvik Termin“", "X", "", "")
                + line("2", "Art und Zweck: Speicherung, Terminverwaltung, Erinnerung per SMS", "X", "", "")
                + line(
                        "3",
                        "Datenarten: Stammdaten, Kontaktdaten, Termindaten, Gesundheitsdaten",
                        "X",
                        "",
                        "Art. 9 DSGVO")
                + line("4", "Betroffene: Patientinnen und Patienten, Beschäftigte der Praxis", "X", "", "")
                + line("5", "Verarbeitung nur auf dokumentierte Weisung des Auftraggebers", "X", "", "")
                + line("6", "Hinweis an den Auftraggeber, wenn eine Weisung gegen Datenschutz-", yes, no, "")
                + line("", "recht verstößt", "", "", "")
                + line("7", "Vertraulichkeitsverpflichtung aller eingesetzten Personen", "X", "", "")
                + line("8", "Technische und organisatorische Maßnahmen nach Art. 32 DSGVO", "X", "", "siehe Anlage 1")
                + line("9", "Meldung von Datenschutzverletzungen binnen 24 Stunden", "X", "", "")
                + line("10", "Löschung oder Rückgabe aller Daten nach Vertragsende", "X", "", "Nachweis schriftlich")
                + line("11", "Kontrollen und Vor-Ort-Prüfungen durch den Auftraggeber", "X", "", "");
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "checkliste.txt");
    }

    @Test
    void should_read_a_plain_text_checklist_as_an_agreement_of_its_ticked_rows() {
        ImportResult r = checklist("X", " ");

        assertThat(r.getElement(Element.INSTRUCTIONS).found()).isTrue();
        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.CONFIDENTIALITY).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.DATA_CATEGORIES).status()).isEqualTo(Status.FOUND);
        // the row wrapped over two lines is one row; the word hyphenated at the line's end is joined
        assertThat(r.getText()).contains("gegen Datenschutzrecht verstößt");
        assertThat(r.getRequirement(Requirement.INFRINGING_INSTRUCTION).status())
                .isEqualTo(Status.FOUND);
        // the checklist says nothing of sub-processors' liability: still absent
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_LIABILITY).status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_leave_out_a_term_ticked_no_and_one_ticked_neither_way() {
        ImportResult no = checklist(" ", "X");
        assertThat(no.getText()).doesNotContain("Hinweis an den Auftraggeber").contains("☒ nein");
        assertThat(no.getRequirement(Requirement.INFRINGING_INSTRUCTION).status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(no.getNotes()).extracting(Note::topic).doesNotContain(Topic.FORM_CHOICE_NOT_MADE);

        ImportResult neither = checklist(" ", " ");
        assertThat(neither.getText()).doesNotContain("Hinweis an den Auftraggeber");
        assertThat(neither.getNotes())
                .filteredOn(n -> n.topic() == Topic.FORM_CHOICE_NOT_MADE)
                .singleElement()
                .satisfies(n -> assertThat(n.span().quote()).startsWith("6"));

        ImportResult both = checklist("X", "X");
        assertThat(both.getNotes()).extracting(Note::topic).contains(Topic.FORM_CHOICE_CONTRADICTORY);
    }

    @Test
    void should_read_a_yes_no_column_of_a_markdown_table_in_english() {
        String text = """
                # Data Processing Agreement (Art. 28 GDPR) – order checklist

                This agreement is made between Brindle Dental Ltd, Cork (the "Controller") and Tessvik Software GmbH,
                Bremen (the "Processor").
                Only rows answered "yes" form part of this agreement.

                | No. | Term | Yes/No |
                |---|---|---|
                | 1 | The processor shall process personal data only on documented instructions from the controller. | yes |
                | 2 | The processor shall inform the controller immediately if an instruction infringes data protection law. | no |
                | 3 | The processor shall ensure that persons authorised to process the data are bound to confidentiality. | yes |
                | 4 | The processor shall take the measures required by Art. 32 GDPR listed in Annex 2. | yes |
                | 5 | The processor shall notify personal data breaches to the controller within 48 hours. | yes |
                | 6 | At the end of the services the processor shall delete or return all personal data. | yes |
                """;
        ImportResult r = DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "checklist.md");

        assertThat(r.getText()).contains("documented instructions").doesNotContain("infringes");
        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.INFRINGING_INSTRUCTION).status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_not_take_a_yes_no_column_of_a_sub_processor_table_for_a_checklist() {
        String text = """
                # Data Processing Agreement

                This agreement is made between Brindle Dental Ltd, Cork (the "Controller") and Tessvik Software GmbH,
                Bremen (the "Processor").

                1. The processor shall process personal data only on documented instructions from the controller.

                2. The processor shall ensure that persons authorised to process the data are bound to confidentiality.

                3. The processor shall notify personal data breaches to the controller within 48 hours.

                4. The controller gives a general authorisation for the sub-processors below.

                | Sub-processor | Service | Transfer outside the EEA (yes/no) |
                |---|---|---|
                | Northgate Hosting B.V. | hosting | no |
                | Relaymail Inc. | e-mail delivery | yes |
                """;
        ImportResult r = DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "dpa.md");

        assertThat(r.getText())
                .contains("Northgate Hosting B.V.")
                .contains("Relaymail Inc.")
                .doesNotContain("☐");
    }

    @Test
    void should_keep_a_plain_text_table_with_a_single_column_as_text() {
        // one group of dashes is a rule under a title, not a table's columns
        String text = HEAD.replace("Angekreuzte Punkte sind Vertragsinhalt.", "Anlage 1\n--------\nDie Maßnahmen.");
        ImportResult r = DpaImporter.standard()
                .importBytes(
                        (text
                                        + "§ 1 Weisungen\n\nDer Auftragnehmer verarbeitet Daten nur auf dokumentierte"
                                        + " Weisung.\n\n§ 2 Vertraulichkeit\n\nDie eingesetzten Personen sind zur"
                                        + " Vertraulichkeit verpflichtet.\n\n§ 3 Meldung\n\nVerletzungen des Schutzes"
                                        + " personenbezogener Daten meldet der Auftragnehmer binnen 24 Stunden.\n\n§ 4 Technische und"
                                        + " organisatorische Maßnahmen\n\nDer Auftragnehmer trifft die Maßnahmen nach"
                                        + " Art. 32 DSGVO.\n")
                                .getBytes(StandardCharsets.UTF_8),
                        SourceFormat.TEXT,
                        "rule.txt");
        assertThat(r.getText()).contains("Die Maßnahmen.");
        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
    }

    // ---- the same checklist in the other ways a table reaches a plain-text file ------------------------------------

    private static final String[][] ROWS = {
        {"1", "Gegenstand: Betrieb und Wartung der Praxissoftware", "X", ""},
        {"2", "Art und Zweck: Speicherung, Terminverwaltung, Erinnerung per SMS", "X", ""},
        {"3", "Datenarten: Stammdaten, Kontaktdaten, Termindaten", "X", ""},
        {"4", "Verarbeitung nur auf dokumentierte Weisung des Auftraggebers", "X", ""},
        {"5", "Vertraulichkeitsverpflichtung aller eingesetzten Personen", "X", ""},
        {"6", "Meldung von Datenschutzverletzungen binnen 24 Stunden", "X", ""},
        {"7", "Kontrollen und Vor-Ort-Prüfungen durch den Auftraggeber", "", "X"}
    };

    private static ImportResult text(String body) {
        return DpaImporter.standard()
                .importBytes((HEAD + body).getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "checkliste.txt");
    }

    /** The rows as a pipe table, as a checklist is often pasted into a plain-text file. */
    private static String pipeTable() {
        StringBuilder body = new StringBuilder("| Nr. | Regelung | Ja | Nein |\n|---|---|---|---|\n");
        for (String[] r : ROWS) {
            body.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return body.toString();
    }

    @Test
    void should_read_a_checklist_written_as_a_pipe_table_into_plain_text() {
        ImportResult r = text(pipeTable());

        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.CONFIDENTIALITY).status()).isEqualTo(Status.FOUND);
        // the row answered "Nein" is not agreed
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_checklist_set_in_columns_without_a_line_of_dashes() {
        StringBuilder body = new StringBuilder(line("Nr.", "Regelung", "Ja", "Nein", ""));
        for (String[] r : ROWS) {
            body.append(line(r[0], r[1], r[2], r[3], ""));
        }
        ImportResult r = text(body.toString());

        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_keep_prose_with_a_pipe_and_two_signature_columns_as_text() {
        ImportResult r =
                text(pipeTable() + "\nErgänzend gilt: mündliche Weisungen | bestätigt der Auftraggeber in Textform.\n\n"
                        + "Kassel, den 3. März 2026          Bremen, den 4. März 2026\n"
                        + "Dr. Selma Ostrander               Jan Tessvik\n"
                        + "Auftraggeber                      Auftragnehmer\n");

        // a pipe inside a sentence makes no table row; two columns of signatures make no table
        assertThat(r.getText()).contains("mündliche Weisungen | bestätigt der Auftraggeber");
        assertThat(r.getText()).contains("Kassel, den 3. März 2026").contains("Bremen, den 4. März 2026");
    }
}
