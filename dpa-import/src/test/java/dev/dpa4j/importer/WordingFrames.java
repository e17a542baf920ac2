/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame the wording tests of #16 share (rounds 9 to 11): a plain agreement in English or German that states
 * every duty, with one section replaced by the sentences under test, imported and read for one requirement.
 */
final class WordingFrames {

    private WordingFrames() {}

    /** The plain English agreement of {@link CompletenessTest} with a section of the heading added or replaced. */
    static RequirementResult enResult(String heading, String body, Requirement r) {
        return withSection(strongEnglish(), heading, body).getRequirement(r);
    }

    /** The verdict of {@link #enResult}. */
    static Status en(String heading, String body, Requirement r) {
        return enResult(heading, body, r).status();
    }

    /** A short German agreement that states each duty plainly, in words of its own. */
    static Map<String, String> plainGerman() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(
                "§ 1 Parteien",
                "Diese Vereinbarung gilt zwischen der Kunde GmbH (Auftraggeber) und der Rechenwerk GmbH "
                        + "(Auftragnehmer).");
        s.put(
                "§ 2 Gegenstand und Dauer",
                "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. "
                        + "Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag.");
        s.put(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                        + "Auftraggebers. Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf "
                        + "hin.");
        s.put("§ 4 Vertraulichkeit", "Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet.");
        s.put(
                "§ 5 Sicherheit",
                "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 " + "DSGVO.");
        s.put(
                "§ 6 Unterauftragsverarbeiter",
                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                        + "Unterauftragsverarbeiter. Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
                        + "vorher; der Auftraggeber kann widersprechen.");
        s.put(
                "§ 7 Betroffenenrechte",
                "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von "
                        + "Anträgen betroffener Personen.");
        s.put(
                "§ 8 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                        + "personenbezogener Daten unverzüglich.");
        s.put(
                "§ 9 Löschung",
                "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des "
                        + "Auftraggebers zurück.");
        s.put(
                "§ 10 Kontrollen",
                "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen "
                        + "Informationen zur Verfügung und ermöglicht Überprüfungen einschließlich Inspektionen.");
        s.put("§ 11 Schlussbestimmungen", "Es gilt deutsches Recht.");
        return s;
    }

    /** The plain German agreement with the section of the heading's number ("§ 6") replaced. */
    static ImportResult german(String heading, String body) {
        Map<String, String> s = plainGerman();
        String number = heading.substring(0, heading.indexOf(' ', 2));
        s.keySet().removeIf(k -> k.startsWith(number + " "));
        s.put(heading, body);
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    /** One requirement of {@link #german}. */
    static RequirementResult deResult(String heading, String body, Requirement r) {
        return german(heading, body).getRequirement(r);
    }

    /** The verdict of {@link #deResult}. */
    static Status de(String heading, String body, Requirement r) {
        return deResult(heading, body, r).status();
    }
}
