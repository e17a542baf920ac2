/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The rules of round 9 of #16 (the seventh held-out set), each where it fires and where it must not, with sentences
 * and documents written for this test (never one of a fixture).
 */
class RoundNineWordingsTest {

    private static RequirementResult read(String heading, String body, Requirement r) {
        return withSection(strongEnglish(), heading, body).getRequirement(r);
    }

    private static ImportResult html(String body) {
        String doc = "<html><body><h1>Vereinbarung zur Auftragsverarbeitung</h1>"
                + "<h2>Weisungen</h2><p>Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                + "Auftraggebers.</p><h2>Vertraulichkeit</h2><p>Die Beschäftigten sind zur Vertraulichkeit "
                + "verpflichtet.</p><h2>Unterauftragsverarbeiter</h2><p>Der Einsatz von Unterauftragsverarbeitern "
                + "bedarf der vorherigen schriftlichen Genehmigung des Auftraggebers.</p><h2>Meldung von Verletzungen"
                + "</h2><p>Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener "
                + "Daten unverzüglich.</p><h2>Löschung</h2><p>Nach Ende des Auftrags löscht der Auftragnehmer alle "
                + "Daten oder gibt sie nach Wahl des Auftraggebers zurück.</p><h2>Regelungen</h2><table>" + body
                + "</table></body></html>";
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "avv.html");
    }

    private static String sectionOf(ImportResult r, Element element) {
        return r.getElements().stream()
                .filter(e -> e.element() == element)
                .flatMap(e -> e.spans().stream())
                .map(SourceSpan::section)
                .findFirst()
                .orElse("");
    }

    @Test
    void should_read_a_title_row_of_an_agreement_in_one_table_as_the_heading_of_the_rows_below_it() {
        String rows = "<tr><th>Nr.</th><th>Regelung</th></tr>"
                + "<tr><td>1</td><td>Gegenstand</td></tr>"
                + "<tr><td>1.1</td><td>Der Auftragnehmer betreibt für den Auftraggeber eine Buchungssoftware.</td></tr>"
                + "<tr><td>2</td><td>Kontrollrechte</td></tr>"
                + "<tr><td>2.1</td><td>Der Auftraggeber darf die Einhaltung dieser Vereinbarung nach Anmeldung in "
                + "den Büros des Auftragnehmers überprüfen.</td></tr>";
        assertThat(sectionOf(html(rows), Element.AUDITS)).isEqualTo("2 Kontrollrechte");
        // a two-column list whose rows are numbered is no run of titles: the next row does not continue the number
        String list = "<tr><th>Nr.</th><th>Leistung</th></tr>"
                + "<tr><td>1</td><td>Hosting</td></tr>"
                + "<tr><td>2</td><td>Kontrollrechte</td></tr>"
                + "<tr><td>3</td><td>Der Auftraggeber darf die Einhaltung dieser Vereinbarung nach Anmeldung in den "
                + "Büros des Auftragnehmers überprüfen.</td></tr>";
        assertThat(sectionOf(html(list), Element.AUDITS)).doesNotContain("Kontrollrechte");
    }
}
