/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame the wording tests of #16 share (rounds 9 to 11): a plain agreement in English or German that states
 * every duty, with one section replaced by the sentences under test, imported and read for one requirement; from
 * round 12b also a plain-language agreement written as "we" and "you" („wir“ and „Sie“) with questions as headings;
 * and the numbered agreements the clause-structure tests build clause by clause (derogations, amendments, prevailing
 * annexes), whose title, parties and subject matter they share ({@link #larchmere}, {@link #kornhaus}).
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

    /**
     * The verdict of the plain English agreement whose section of the heading's number ("10.") is replaced by the
     * heading and body given (recall27: a duty worded under a heading that does not name it).
     */
    static Status enInstead(String heading, String body, Requirement r) {
        Map<String, String> s = strongEnglish();
        String number = heading.substring(0, heading.indexOf(' ') + 1);
        s.keySet().removeIf(k -> k.startsWith(number));
        s.put(heading, body);
        return CompletenessTest.importText(s).getRequirement(r).status();
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

    /**
     * A short plain-language agreement as a vendor publishes it (round 12b): "we" and "you", questions as headings,
     * every duty stated in everyday words of its own. The opening is given, so that a test can state the roles, define
     * the persons, or say nothing about them.
     */
    static Map<String, String> plainWe(String opening) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("About this page", opening);
        s.put(
                "1. What is this about, and for how long?",
                "We run the Tidepool booking calendar for your business and keep the bookings in it. This "
                        + "agreement applies for as long as you have a Tidepool account.");
        s.put("2. Why do we process the data?", "We process the data only to run the booking calendar for you.");
        s.put("3. What kinds of data?", "Names, e-mail addresses, phone numbers and the times of bookings.");
        s.put("4. Whose data is it?", "Your clients, and your staff who use the calendar.");
        s.put(
                "5. Do we follow your instructions?",
                "We only process the data on your documented instructions. If we think an instruction "
                        + "breaks data protection law, we'll tell you straight away.");
        s.put("6. Who can see the data?", "Everyone at Tidepool who can see the data is bound to confidentiality.");
        s.put(
                "7. How do we keep the data safe?",
                "We take the technical and organisational measures that Article 32 GDPR requires.");
        s.put(
                "8. Who else helps us?",
                "You give us general written authorisation to use sub-processors. We'll e-mail you before we "
                        + "add a new sub-processor, and you can object. Each sub-processor is bound by the same data "
                        + "protection obligations as we are. We remain fully liable for our sub-processors.");
        s.put(
                "9. Does the data leave the EU?",
                "We don't transfer data outside the EEA without the standard contractual clauses.");
        s.put(
                "10. How do we help you?",
                "We'll help you answer requests from data subjects. We'll also assist you with impact "
                        + "assessments and prior consultations.");
        s.put(
                "11. What if something goes wrong?",
                "We'll tell you about a personal data breach without undue delay and within 48 hours.");
        s.put(
                "12. What happens when you leave?",
                "When you close your account, you choose: we return the data to you or we delete it.");
        s.put(
                "13. Can you check what we do?",
                "We'll make available all information you need to show compliance, and we'll allow audits, "
                        + "including inspections, by you or your auditor.");
        return s;
    }

    /** The opening of {@link #plainWe} that states the roles in the first and second person. */
    static final String WE_PROCESSOR_OPENING = "This page is the agreement between Tidepool Bookings Ltd and the "
            + "business that uses Tidepool. We process personal data on your behalf: you are the controller and we "
            + "are your processor.";

    /** {@link #plainWe} with a section of the heading's number ("8.") replaced, or added. */
    static ImportResult we(String opening, String heading, String body) {
        Map<String, String> s = plainWe(opening);
        String number = heading.substring(0, heading.indexOf(' ') + 1);
        s.keySet().removeIf(k -> k.startsWith(number));
        s.put(heading, body);
        StringBuilder doc = new StringBuilder("How we process data for you\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    /** One verdict of {@link #we} with the roles stated. */
    static Status we(String heading, String body, Requirement r) {
        return we(WE_PROCESSOR_OPENING, heading, body).getRequirement(r).status();
    }

    /** A short German agreement in „wir“ and „Sie“ with questions as headings, in words of its own. */
    static Map<String, String> plainWir(String opening) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Wer sind wir?", opening);
        s.put(
                "1. Worum geht es, und wie lange?",
                "Wir betreiben für Ihre Praxis den Terminkalender Lindwurm. Die Vereinbarung gilt, solange Sie "
                        + "Lindwurm nutzen.");
        s.put(
                "2. Wozu verarbeiten wir die Daten?",
                "Wir verarbeiten die Daten nur, um den Kalender für Sie zu betreiben.");
        s.put("3. Was für Daten sind das?", "Namen, Telefonnummern und Termine.");
        s.put("4. Wessen Daten sind das?", "Ihre Patientinnen und Patienten und Ihre Beschäftigten.");
        s.put(
                "5. Wer bestimmt?",
                "Wir verarbeiten die Daten nur auf Ihre dokumentierte Weisung. Halten wir eine Weisung für "
                        + "rechtswidrig, weisen wir Sie unverzüglich darauf hin.");
        s.put("6. Wer bei uns hat Zugriff?", "Alle Beschäftigten mit Zugriff sind zur Vertraulichkeit verpflichtet.");
        s.put(
                "7. Wie schützen wir die Daten?",
                "Wir treffen die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO.");
        s.put(
                "8. Wer hilft uns noch?",
                "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Über "
                        + "neue Unterauftragsverarbeiter informieren wir Sie vier Wochen vorher; Sie können "
                        + "widersprechen. Wir legen ihnen dieselben Datenschutzpflichten auf. Wir haften für sie wie "
                        + "für eigenes Verschulden.");
        s.put("9. Bleiben die Daten in der EU?", "Wir verarbeiten die Daten ausschließlich in der EU.");
        s.put(
                "10. Wie unterstützen wir Sie?",
                "Wir unterstützen Sie bei Anträgen betroffener Personen und bei Datenschutz-Folgenabschätzungen.");
        s.put(
                "11. Was, wenn etwas schiefgeht?",
                "Eine Verletzung des Schutzes personenbezogener Daten melden wir Ihnen unverzüglich.");
        s.put(
                "12. Was passiert am Vertragsende?",
                "Nach Vertragsende löschen wir alle Daten oder geben sie Ihnen zurück, wie Sie es wählen.");
        s.put(
                "13. Dürfen Sie uns kontrollieren?",
                "Wir stellen Ihnen alle Informationen zum Nachweis zur Verfügung und ermöglichen Überprüfungen "
                        + "einschließlich Inspektionen.");
        return s;
    }

    /** The opening of {@link #plainWir} that states the roles in the first and second person. */
    static final String WIR_PROCESSOR_OPENING = "Diese Seite ist die Vereinbarung zwischen der Lindwurm GmbH und Ihrer "
            + "Praxis. Datenschutzrechtlich sind wir Ihr Auftragsverarbeiter und Sie der Verantwortliche.";

    /** {@link #plainWir} with a section of the heading's number ("8.") replaced, or added. */
    static ImportResult wir(String opening, String heading, String body) {
        Map<String, String> s = plainWir(opening);
        String number = heading.substring(0, heading.indexOf(' ') + 1);
        s.keySet().removeIf(k -> k.startsWith(number));
        s.put(heading, body);
        StringBuilder doc = new StringBuilder("Auftragsverarbeitung einfach erklärt\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    /** One verdict of {@link #wir} with the roles stated. */
    static Status wir(String heading, String body, Requirement r) {
        return wir(WIR_PROCESSOR_OPENING, heading, body).getRequirement(r).status();
    }

    /** The form (Art. 28(9) GDPR) read from the plain English agreement with its final provisions replaced. */
    static Optional<AgreementForm> formEn(String clause) {
        return withSection(strongEnglish(), "18. Final provisions", clause)
                .getDraft()
                .getForm();
    }

    /** The form (Art. 28(9) GDPR) read from the short German agreement with its final provisions replaced. */
    static Optional<AgreementForm> formDe(String clause) {
        return german("§ 11 Schlussbestimmungen", clause).getDraft().getForm();
    }

    /** The duration the draft reads from the plain English agreement with its subject matter and duration replaced. */
    static Optional<DurationType> duration(String body) {
        return withSection(strongEnglish(), "2. Subject matter and duration", body)
                .getDraft()
                .getProcessing()
                .flatMap(ProcessingDescription::getDuration)
                .map(ProcessingDuration::getType);
    }

    /** The title, parties and subject matter of the numbered English agreement of the clause-structure tests. */
    static final String LARCHMERE_OPENING = String.join(
            "\n\n",
            "Data Processing Agreement",
            "1. Parties",
            "This agreement is made between Larchmere Retail Ltd (the \"Customer\") and Quillbright Systems Ltd (the "
                    + "\"Processor\").",
            "2. Subject matter and duration",
            "The Processor hosts the Customer's order management system. This agreement applies for the term of the "
                    + "main agreement.");

    /** The title, parties and subject matter of the numbered German agreement of the clause-structure tests. */
    static final String KORNHAUS_OPENING = String.join(
            "\n\n",
            "Vereinbarung zur Auftragsverarbeitung",
            "§ 1 Parteien",
            "Diese Vereinbarung gilt zwischen der Kornhaus Handel GmbH (Auftraggeber) und der Datenfeld Service GmbH "
                    + "(Auftragnehmer).",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb eines Warenwirtschaftssystems. Die Laufzeit folgt dem "
                    + "Hauptvertrag.");

    /**
     * A numbered English agreement between Larchmere Retail and Quillbright Systems: {@link #LARCHMERE_OPENING}, then
     * the given headings and passages, each a paragraph of its own, imported as plain text.
     */
    static ImportResult larchmere(String... passages) {
        return text("dpa.txt", LARCHMERE_OPENING, passages);
    }

    /**
     * A numbered German agreement between Kornhaus Handel and Datenfeld Service: {@link #KORNHAUS_OPENING}, then the
     * given headings and passages, each a paragraph of its own, imported as plain text.
     */
    static ImportResult kornhaus(String... passages) {
        return text("avv.txt", KORNHAUS_OPENING, passages);
    }

    private static ImportResult text(String name, String opening, String... passages) {
        String doc = opening + "\n\n" + String.join("\n\n", passages);
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, name);
    }

    /** The review of an imported agreement, validated as of a fixed day so that no finding depends on the clock. */
    static Review review(ImportResult result) {
        return Review.of(
                result,
                dev.dpa4j.validate.Validator.builder()
                        .asOf(java.time.LocalDate.of(2026, 12, 6))
                        .build());
    }

    /** A review's findings of one rule, each as its severity and message key ("ERROR SCC_CLAUSE9.periodMissing"). */
    static List<String> findings(Review review, String rule) {
        return review.getItems().stream()
                .map(Review.Item::finding)
                .filter(f -> f.getRuleId().equals(rule))
                .map(f -> f.getSeverity() + " " + f.getMessageKey())
                .toList();
    }
}
