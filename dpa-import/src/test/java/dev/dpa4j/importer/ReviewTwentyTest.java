/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SubprocessingTerms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 (#16): findings of {@code dpa review} that were false because the importer read the text wrongly. Each
 * case both ways, in sentences written for this test.
 */
class ReviewTwentyTest {

    private static final String BODY = "1. Gegenstand\n\n(1) Der Auftragnehmer betreibt für den Auftraggeber eine "
            + "Software zur Dienstplanung und verarbeitet dabei personenbezogene Daten der Beschäftigten.\n\n"
            + "2. Weisungen\n\n(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
            + "Auftraggebers.\n\n"
            + "3. Vertraulichkeit\n\n(1) Die eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n\n"
            + "4. Technische und organisatorische Maßnahmen\n\n(1) Der Auftragnehmer trifft die nach Art. 32 DSGVO "
            + "erforderlichen Maßnahmen.\n\n"
            + "5. Löschung und Rückgabe\n\n(1) Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt "
            + "sie nach Wahl des Auftraggebers zurück.\n";

    private static ImportResult read(String doc) {
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    private static List<String> controllerNames(DataProcessingAgreement a) {
        return a.getControllers().stream().flatMap(p -> p.getName().stream()).toList();
    }

    // ---- a title is no party's name --------------------------------------------------------------------------

    @Test
    void should_read_each_party_from_its_own_lead_line_and_not_the_title_above_it() {
        DataProcessingAgreement a = read("Vertrag über die Auftragsverarbeitung gemäß Art. 28 DSGVO\n"
                        + "Anlage 2 zum Dienstleistungsvertrag Nr. 44-17\n"
                        + "zwischen der Lindgrün Gärtnerei GmbH, Uferweg 2, 34117 Kassel, vertreten durch den "
                        + "Geschäftsführer Piet Sandhoff\n"
                        + "– nachstehend „Auftraggeber“ –\n"
                        + "und der Schichtwerk Software GmbH, Talstraße 8, 37073 Göttingen, vertreten durch die "
                        + "Geschäftsführerin Ulla Brandes\n"
                        + "– nachstehend „Auftragnehmer“ –\n\n"
                        + BODY)
                .getDraft();

        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Schichtwerk Software GmbH");
        assertThat(controllerNames(a)).containsExactly("Lindgrün Gärtnerei GmbH");
        assertThat(a.getProcessor().flatMap(Party::getAddress).map(x -> x.getStreetLines()))
                .contains(List.of("Talstraße 8"));
        assertThat(a.getControllers().get(0).getAddress().flatMap(x -> x.getLocality()))
                .contains("Kassel");
    }

    @Test
    void should_leave_a_party_unnamed_where_only_the_title_stands_above_its_designation() {
        ImportResult result = read("Vertrag über die Auftragsverarbeitung gemäß Art. 28 DSGVO\n"
                + "– nachstehend „Auftraggeber“ –\n\n" + BODY);
        DataProcessingAgreement a = result.getDraft();

        assertThat(a.getControllers()).allSatisfy(p -> {
            assertThat(p.getName()).isEmpty();
            assertThat(p.getDescription()).isEmpty();
        });
        assertThat(result.getFacts("controllers[0].name")).isEmpty();
    }

    @Test
    void should_keep_a_name_line_without_a_legal_form_below_a_title_without_citation() {
        // the walk upwards still reaches a name line of a block that has no lead line of its own
        DataProcessingAgreement a = read("Auftragsverarbeitung\n\nzwischen\n\nBäckerei Kornblume\nMühlenweg 1\n"
                        + "24937 Flensburg\n– nachstehend „Auftraggeber“ –\n\nund\n\nTeigrechner Software\n"
                        + "Hafenstraße 3\n24103 Kiel\n– nachstehend „Auftragnehmer“ –\n\n" + BODY)
                .getDraft();

        assertThat(controllerNames(a)).containsExactly("Bäckerei Kornblume");
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Teigrechner Software");
    }

    // ---- the notice of a change stated with a verb of notice ---------------------------------------------------

    private static SubprocessingTerms subprocessing(String clause) {
        return read("Vertrag zur Auftragsverarbeitung\n\n" + BODY + "\n6. Unterauftragsverhältnisse\n\n" + clause)
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
    }

    @Test
    void should_read_a_change_announced_to_the_controller_beforehand_as_the_notice() {
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Weitere Unterauftragnehmer darf der Auftragnehmer "
                                + "einsetzen, wenn er dies dem Auftraggeber rechtzeitig vorher in Textform anzeigt "
                                + "und der Auftraggeber nicht binnen zwei Wochen Einspruch erhebt.\n")
                        .isChangeNotification())
                .isTrue();
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Der Auftragnehmer hat jeden neuen "
                                + "Unterauftragnehmer vorab dem Kunden mitzuteilen.\n")
                        .isChangeNotification())
                .isTrue();
    }

    @Test
    void should_not_read_the_controllers_own_message_or_an_unannounced_change_as_the_notice() {
        // the controller tells the processor: its objection, not a notice of the change
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Einen Einspruch hat der Auftraggeber dem "
                                + "Auftragnehmer vorab in Textform mitzuteilen.\n")
                        .isChangeNotification())
                .isFalse();
        // no word of telling the controller beforehand
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Der Auftragnehmer darf weitere "
                                + "Unterauftragnehmer nach eigener Wahl einsetzen.\n")
                        .isChangeNotification())
                .isFalse();
    }
}
