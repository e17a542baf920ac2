/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A part of a document that says it is not part of the agreement (filling-in notes "nicht Vertragsbestandteil")
 * meets no requirement (#16, round 12). Sentences of our own.
 */
class NonBindingPartsTest {

    @Test
    void should_not_read_requirements_in_a_part_that_is_not_part_of_the_agreement() {
        String notes = "§ 8 Meldung von Verletzungen\n\nDer Auftragnehmer meldet Verletzungen des Schutzes "
                + "personenbezogener Daten dem Auftraggeber.";
        String annex = "\n\nAnlage 4 – Ausfüllhinweise%s\n\nZu § 9: Der Auftragnehmer löscht nach Ende des Auftrags "
                + "alle Daten oder gibt sie nach Wahl des Auftraggebers zurück.";
        Status excluded = deletion(notes + String.format(Locale.ROOT, annex, " (nicht Vertragsbestandteil)"));
        Status binding = deletion(notes + String.format(Locale.ROOT, annex, ""));

        assertThat(excluded).isEqualTo(Status.NOT_FOUND);
        assertThat(binding).isEqualTo(Status.FOUND);
    }

    private static Status deletion(String tail) {
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        // the plain frame without its deletion and breach sections, then the sections under test
        WordingFrames.plainGerman().forEach((h, t) -> {
            if (!h.startsWith("§ 9 ") && !h.startsWith("§ 8 ")) {
                doc.append(h).append("\n\n").append(t).append("\n\n");
            }
        });
        doc.append(tail).append('\n');
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(Requirement.DELETION_RETURN)
                .status();
    }
}
