/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Definitions that narrow a duty by the kind of narrowing the law forbids (#16, layout35; stage E of round 35): a
 * breach that counts once the processor has confirmed it (Art. 33(2) GDPR, Clause 9.2 of 2021/915: from awareness),
 * personnel defined by an employment relationship (Art. 28(3)(b): every person authorised to process), permitted
 * purposes that take in the processor's own (Art. 28(3)(a) and (10): the controller's purposes only) and a place of
 * processing whose definition leaves out exports, replicas, backups or test copies (Art. 32: all processing). Each
 * member is our own paraphrase: a duty stated in full that uses the term, and the term's definition in a definitions
 * section; the close definitions, whose verdict must not change, leave nothing out.
 */
class NarrowingThirtyFiveTest {

    private record Case(String definition, Status got, Status expected) {}

    /** The plain English agreement with section {@code number} worded anew and a definitions section after it. */
    private static Case en(String number, String duty, String definition, Requirement r, Status expected) {
        Map<String, String> s = CompletenessTest.strongEnglish();
        String key = s.keySet().stream()
                .filter(k -> k.startsWith(number + " "))
                .findFirst()
                .orElseThrow();
        s.put(key, duty);
        s.put("19. Definitions", definition);
        return new Case(
                definition, CompletenessTest.importText(s).getRequirement(r).status(), expected);
    }

    /** The plain German agreement with section {@code number} worded anew and a section of definitions after it. */
    private static Case de(String number, String duty, String definition, Requirement r, Status expected) {
        Map<String, String> s = WordingFrames.plainGerman();
        String key = s.keySet().stream()
                .filter(k -> k.startsWith(number + " "))
                .findFirst()
                .orElseThrow();
        s.put(key, duty);
        s.put("§ 12 Begriffsbestimmungen", definition);
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        Status got = DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(r)
                .status();
        return new Case(definition, got, expected);
    }

    private static List<String> family(String name, List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            if (c.got() != c.expected()) {
                wrong.add(c.expected() + " but " + c.got() + ": " + c.definition());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    private static void check(List<String> narrowed, List<String> close) {
        List<String> wrong = new ArrayList<>(narrowed);
        wrong.addAll(close);
        assertThat(wrong).isEmpty();
    }

    private static final Requirement BREACH = Requirement.BREACH_NOTIFICATION;

    private static Case breachEn(String term, String definition, Status expected) {
        return en(
                "12.",
                "The Processor shall notify the Customer of any " + term
                        + " without undue delay after becoming aware of it.",
                definition,
                BREACH,
                expected);
    }

    private static Case breachDe(String term, String definition, Status expected) {
        return de(
                "§ 8",
                "Der Auftragnehmer meldet dem Auftraggeber jede " + term + " unverzüglich.",
                definition,
                BREACH,
                expected);
    }

    @Test
    void should_read_a_breach_defined_as_one_the_processor_has_confirmed_as_narrowing_the_notice() {
        List<String> narrowed = family(
                "breach defined as confirmed by the processor",
                List.of(
                        breachEn(
                                "Security Incident",
                                "\"Security Incident\" means a breach of security that the Processor has confirmed has "
                                        + "led to the unauthorised disclosure of, or access to, personal data.",
                                Status.WEAKER),
                        breachEn(
                                "Data Breach",
                                "\"Data Breach\" means any incident which we have verified resulted in the loss or "
                                        + "disclosure of Customer Data.",
                                Status.WEAKER),
                        breachEn(
                                "Incident",
                                "\"Incident\" means a compromise of personal data, as determined by the Processor after "
                                        + "its investigation.",
                                Status.WEAKER),
                        breachEn(
                                "Security Breach",
                                "\"Security Breach\" means an unauthorised access to personal data once the Processor has "
                                        + "established that it occurred.",
                                Status.WEAKER),
                        breachEn(
                                "Security Incident",
                                "\"Security Incident\" means a breach of security confirmed by the Processor that leads "
                                        + "to the destruction or loss of personal data.",
                                Status.WEAKER),
                        breachDe(
                                "Sicherheitsverletzung",
                                "„Sicherheitsverletzung“ bezeichnet eine Verletzung der Sicherheit, die der "
                                        + "Auftragnehmer festgestellt hat und die zur Offenlegung personenbezogener Daten "
                                        + "führt.",
                                Status.WEAKER),
                        breachDe(
                                "Datenpanne",
                                "„Datenpanne“ ist jede Verletzung des Schutzes personenbezogener Daten, die vom "
                                        + "Auftragnehmer bestätigt wurde.",
                                Status.WEAKER),
                        breachDe(
                                "Sicherheitsverletzung",
                                "„Sicherheitsverletzung“ bedeutet eine Verletzung der Sicherheit, die wir nach Prüfung "
                                        + "bestätigt haben.",
                                Status.WEAKER)));
        List<String> close = family(
                "breach defined as confirmed by the processor, close",
                List.of(
                        breachEn(
                                "Security Incident",
                                "\"Security Incident\" means a breach of security that leads to the unauthorised "
                                        + "disclosure of, or access to, personal data.",
                                Status.FOUND),
                        breachEn(
                                "Security Incident",
                                "\"Security Incident\" means any breach of security, whether suspected or confirmed by "
                                        + "the Processor.",
                                Status.FOUND),
                        breachEn(
                                "Security Incident",
                                "\"Security Incident\" means a breach of security of which the Processor becomes aware.",
                                Status.FOUND),
                        breachDe(
                                "Sicherheitsverletzung",
                                "„Sicherheitsverletzung“ bezeichnet jede Verletzung der Sicherheit, die zur Offenlegung "
                                        + "personenbezogener Daten führt, auch wenn sie noch nicht aufgeklärt ist.",
                                Status.FOUND)));
        check(narrowed, close);
    }

    private static Case staffEn(String term, String definition, Status expected) {
        return en(
                "7.",
                "The Processor ensures that all " + term + " are committed to confidentiality.",
                definition,
                Requirement.CONFIDENTIALITY,
                expected);
    }

    private static Case staffDe(String term, String definition, Status expected) {
        return de(
                "§ 4",
                "Der Auftragnehmer setzt zur Verarbeitung nur " + term
                        + " ein, die auf die Vertraulichkeit verpflichtet sind.",
                definition,
                Requirement.CONFIDENTIALITY,
                expected);
    }

    @Test
    void should_read_personnel_defined_by_an_employment_relationship_as_narrowing_confidentiality() {
        List<String> narrowed = family(
                "personnel defined by employment",
                List.of(
                        staffEn(
                                "Personnel",
                                "\"Personnel\" means the persons who have a contract of employment with the Processor.",
                                Status.WEAKER),
                        staffEn(
                                "Staff",
                                "\"Staff\" means individuals employed by the Processor under an employment contract.",
                                Status.WEAKER),
                        staffEn("Personnel", "\"Personnel\" means those on the Processor's payroll.", Status.WEAKER),
                        staffEn(
                                "Staff",
                                "\"Staff\" means persons in an employment relationship with the Processor.",
                                Status.WEAKER),
                        staffDe(
                                "Beschäftigte",
                                "„Beschäftigte“ sind die Personen, die in einem Arbeits- oder Ausbildungsverhältnis zum "
                                        + "Auftragnehmer stehen.",
                                Status.WEAKER),
                        staffDe(
                                "Beschäftigte",
                                "Beschäftigte im Sinne dieses Vertrags sind die Arbeitnehmerinnen und Arbeitnehmer des "
                                        + "Auftragnehmers.",
                                Status.WEAKER),
                        staffDe(
                                "Mitarbeiter",
                                "„Mitarbeiter“ sind alle Personen, die mit dem Auftragnehmer einen Arbeitsvertrag "
                                        + "geschlossen haben.",
                                Status.WEAKER),
                        staffDe(
                                "Mitarbeiter",
                                "Mitarbeiter im Sinne dieser Vereinbarung sind die Angestellten des Auftragnehmers.",
                                Status.WEAKER)));
        List<String> close = family(
                "personnel defined by employment, close",
                List.of(
                        staffEn(
                                "Personnel",
                                "\"Personnel\" means employees, contractors and any other persons the Processor "
                                        + "authorises to process personal data.",
                                Status.FOUND),
                        staffEn(
                                "Personnel",
                                "\"Personnel\" means all persons who act under the authority of the Processor and have "
                                        + "access to personal data.",
                                Status.FOUND),
                        staffDe(
                                "Beschäftigte",
                                "„Beschäftigte“ sind alle Personen, die für den Auftragnehmer tätig sind, gleich ob in "
                                        + "einem Arbeitsverhältnis oder als freie Mitarbeiter.",
                                Status.FOUND),
                        staffDe(
                                "Beschäftigte",
                                "Beschäftigte im Sinne dieses Vertrags sind alle Personen, die vom Auftragnehmer zur "
                                        + "Verarbeitung befugt sind.",
                                Status.FOUND)));
        check(narrowed, close);
    }

    private static Case purposeEn(String term, String definition, Status expected) {
        return en(
                "6.",
                "The Processor processes personal data only on documented instructions from the Customer and for the "
                        + term + ". Where the Processor considers that an instruction infringes the GDPR, it tells the "
                        + "Customer at once.",
                definition,
                Requirement.INSTRUCTIONS,
                expected);
    }

    private static Case purposeDe(String term, String definition, Status expected) {
        return de(
                "§ 3",
                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers und zu den "
                        + term
                        + ". Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf "
                        + "hin.",
                definition,
                Requirement.INSTRUCTIONS,
                expected);
    }

    @Test
    void should_read_permitted_purposes_that_take_in_the_processors_own_as_narrowing_the_instructions() {
        List<String> narrowed = family(
                "permitted purposes with the processor's own",
                List.of(
                        purposeEn(
                                "Permitted Purposes",
                                "\"Permitted Purposes\" means the provision of the services and our legitimate business "
                                        + "operations, including analytics.",
                                Status.WEAKER),
                        purposeEn(
                                "Permitted Purposes",
                                "\"Permitted Purposes\" means providing the services to the Customer and improving our "
                                        + "services.",
                                Status.WEAKER),
                        purposeEn(
                                "Purposes",
                                "\"Purposes\" means the hosting of the ticketing system and the Processor's own business "
                                        + "purposes.",
                                Status.WEAKER),
                        purposeEn(
                                "Agreed Purposes",
                                "\"Agreed Purposes\" means the support of the Customer and the development of our new "
                                        + "products.",
                                Status.WEAKER),
                        purposeEn(
                                "Business Purposes",
                                "\"Business Purposes\" means the performance of the agreement and the Processor's "
                                        + "internal business needs.",
                                Status.WEAKER),
                        purposeDe(
                                "Vertragszwecken",
                                "„Vertragszwecke“ sind die Erbringung der Leistungen und eigene Geschäftszwecke des "
                                        + "Auftragnehmers.",
                                Status.WEAKER),
                        purposeDe(
                                "Zwecken",
                                "„Zwecke“ im Sinne dieses Vertrags sind der Betrieb der Software und die Verbesserung "
                                        + "unserer Dienste.",
                                Status.WEAKER),
                        purposeDe(
                                "Nutzungszwecken",
                                "„Nutzungszwecke“ bezeichnet den Betrieb der Plattform und die Produktentwicklung des "
                                        + "Auftragnehmers.",
                                Status.WEAKER)));
        List<String> close = family(
                "permitted purposes with the processor's own, close",
                List.of(
                        purposeEn(
                                "Permitted Purposes",
                                "\"Permitted Purposes\" means the provision of the services to the Customer as described "
                                        + "in section 3.",
                                Status.FOUND),
                        purposeEn(
                                "Permitted Purposes",
                                "\"Permitted Purposes\" means the purposes the Customer determines, including the "
                                        + "Customer's own business operations.",
                                Status.FOUND),
                        purposeEn(
                                "Permitted Purposes",
                                "\"Permitted Purposes\" means the support of the Customer's staff and the improvement of "
                                        + "the Customer's ticketing system.",
                                Status.FOUND),
                        purposeDe(
                                "Vertragszwecken",
                                "„Vertragszwecke“ sind die Zwecke, die der Auftraggeber in seinen Weisungen festlegt.",
                                Status.FOUND)));
        check(narrowed, close);
    }

    private static Case placeEn(String term, String definition, Status expected) {
        return en(
                "8.",
                "The Processor maintains the technical and organisational measures required by Article 32 GDPR for "
                        + "personal data in the " + term + ".",
                definition,
                Requirement.SECURITY,
                expected);
    }

    private static Case placeDe(String term, String definition, Status expected) {
        return de(
                "§ 5",
                "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO für die "
                        + "Daten in der " + term + ".",
                definition,
                Requirement.SECURITY,
                expected);
    }

    @Test
    void should_read_a_place_of_processing_that_leaves_out_copies_of_the_data_as_narrowing_security() {
        List<String> narrowed = family(
                "place of processing without copies",
                List.of(
                        placeEn(
                                "Production Environment",
                                "\"Production Environment\" means the servers from which the service is provided. It "
                                        + "does not include exports, replicas or test environments.",
                                Status.WEAKER),
                        placeEn(
                                "Production Environment",
                                "\"Production Environment\" means the live systems of the service, excluding backups and "
                                        + "archives.",
                                Status.WEAKER),
                        placeEn(
                                "Hosting Platform",
                                "\"Hosting Platform\" means the Processor's data centre systems other than its analytics "
                                        + "and development copies.",
                                Status.WEAKER),
                        placeEn(
                                "Systems",
                                "\"Systems\" means the application and database servers of the service but not backups "
                                        + "held by the Processor.",
                                Status.WEAKER),
                        placeDe(
                                "Produktivumgebung",
                                "„Produktivumgebung“ bezeichnet die Server, auf denen die Software betrieben wird, "
                                        + "ausgenommen Testumgebungen und Datenexporte.",
                                Status.WEAKER),
                        placeDe(
                                "Plattform",
                                "„Plattform“ bezeichnet die Server des Dienstes, nicht jedoch Sicherungskopien und "
                                        + "Archive.",
                                Status.WEAKER),
                        placeDe(
                                "Plattform",
                                "„Plattform“ im Sinne dieses Vertrags ist die Anwendung im Rechenzentrum mit Ausnahme von "
                                        + "Exporten und Replikaten.",
                                Status.WEAKER),
                        placeDe(
                                "Produktivumgebung",
                                "„Produktivumgebung“ bezeichnet die Live-Server des Auftragnehmers. Nicht umfasst sind "
                                        + "Kopien für Auswertungen und Tests.",
                                Status.WEAKER)));
        List<String> close = family(
                "place of processing without copies, close",
                List.of(
                        placeEn(
                                "Production Environment",
                                "\"Production Environment\" means all systems on which the Processor processes personal "
                                        + "data, including backups and test copies.",
                                Status.FOUND),
                        placeEn(
                                "Production Environment",
                                "\"Production Environment\" means the servers of the service. It does not include the "
                                        + "Customer's own devices.",
                                Status.FOUND),
                        placeEn(
                                "Production Environment",
                                "\"Production Environment\" means the live systems of the service, excluding systems that "
                                        + "hold no personal data.",
                                Status.FOUND),
                        placeDe(
                                "Produktivumgebung",
                                "„Produktivumgebung“ bezeichnet alle Systeme des Auftragnehmers einschließlich "
                                        + "Sicherungskopien und Testumgebungen.",
                                Status.FOUND)));
        check(narrowed, close);
    }
}
