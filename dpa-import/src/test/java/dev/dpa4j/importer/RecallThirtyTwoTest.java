/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall32 of #16 (general readings on the recall side, a sixth round): the description of the processing given as a
 * table by columns, whose header names the data subjects and the types of personal data each in a column of its own
 * ("Betroffene Personen | Datenarten | Zweck", "Data subjects | Customer Personal Data"), states the types of data of
 * Art. 28(3) first sentence GDPR (Annex I of 2021/915: "Categories of personal data processed") in the rows below that
 * header — earlier only the first cell of each row was read, so the types of data in a later column were not. Each
 * family is written as tables of our own beside close tables whose verdict must not change, read in the English and
 * German agreements of {@link WordingFrames} as web pages without their own description of the data.
 */
class RecallThirtyTwoTest {

    private static final Status f = Status.FOUND;
    private static final Status n = Status.NOT_FOUND;
    private static final Status w = Status.WEAKER;

    private static final Requirement DC = Requirement.DATA_CATEGORIES;
    private static final Requirement DS = Requirement.DATA_SUBJECTS;

    /** One table read in one of the two agreements, with the verdict it must get for the requirement. */
    private record Table(boolean english, String annex, Requirement requirement, Status expected) {}

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<tr>");
        for (String c : cells) {
            r.append("<td>").append(c).append("</td>");
        }
        return r.append("</tr>").toString();
    }

    private static String table(String... rows) {
        return "<table>" + String.join("", rows) + "</table>";
    }

    private static Table en(String table, Requirement r, Status expected) {
        return new Table(true, "<h2>Annex 1 – Description of the processing</h2>" + table, r, expected);
    }

    private static Table de(String table, Requirement r, Status expected) {
        return new Table(false, "<h2>Anlage 1 – Beschreibung der Verarbeitung</h2>" + table, r, expected);
    }

    /**
     * The plain English agreement of {@link CompletenessTest} without its sections on the types of data and the data
     * subjects, or the plain German one of {@link WordingFrames}, which names neither, as a web page with the annex.
     */
    private static Status read(Table t) {
        StringBuilder doc = new StringBuilder("<html><body><h1>")
                .append(t.english() ? "Data Processing Terms" : "Vereinbarung zur Auftragsverarbeitung")
                .append("</h1>");
        Map<String, String> sections = t.english() ? CompletenessTest.strongEnglish() : WordingFrames.plainGerman();
        sections.forEach((h, b) -> {
            if (!h.startsWith("4. ") && !h.startsWith("5. ")) {
                doc.append("<h2>").append(h).append("</h2><p>").append(b).append("</p>");
            }
        });
        doc.append(t.annex()).append("</body></html>");
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "terms.html")
                .getRequirement(t.requirement())
                .status();
    }

    private static List<String> family(String name, List<Table> tables) {
        List<String> wrong = new ArrayList<>();
        for (Table t : tables) {
            Status got = read(t);
            if (got != t.expected()) {
                wrong.add(t.requirement() + " " + t.expected() + " but " + got + ": " + t.annex());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, tables.size() - wrong.size(), tables.size()));
        return wrong;
    }

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915: the types of personal data, by column ---

    @Test
    void should_read_the_types_of_data_in_a_column_of_a_description_table() {
        List<String> found = family(
                "types of data in a column of the description table, met",
                List.of(
                        en(
                                table(
                                        row("Data subjects", "Personal data", "Purpose"),
                                        row("Members of the club", "name, address, date of birth", "membership"),
                                        row("Coaches", "name, licence number, phone", "training schedules")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Categories of data subjects", "Types of personal data"),
                                        row("Patients of the practice", "name, insurance number, appointments"),
                                        row("Practice staff", "name, user ID, log entries")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Data subjects", "Customer Personal Data"),
                                        row("Guests and their companions", "name, e-mail, booking dates, room"),
                                        row("Customer's staff", "name, role, shift plan")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Purpose", "Data subjects", "Categories of personal data"),
                                        row("Ticket sales", "Visitors", "name, e-mail, order, payment status"),
                                        row("Newsletter", "Subscribers", "e-mail address, consent record")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Data categories", "Data subjects", "Retention"),
                                        row("contact details, order history", "Online shoppers", "two years"),
                                        row("login data, audit logs", "Shop staff", "ninety days")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Betroffene Personen", "Datenarten", "Art der Verarbeitung / Zweck"),
                                        row("Mieterinnen und Mieter", "Name, Anschrift, Bankverbindung", "Abrechnung"),
                                        row("Handwerker", "Name, Firma, Telefon", "Auftragsvergabe")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Kategorien betroffener Personen", "Kategorien personenbezogener Daten"),
                                        row("Schülerinnen und Schüler", "Name, Klasse, Noten, Fehlzeiten"),
                                        row("Lehrkräfte", "Name, Fächer, dienstliche E-Mail")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Zweck", "Betroffene", "Art der Daten"),
                                        row("Terminvergabe", "Kundinnen und Kunden", "Name, Telefon, Termine"),
                                        row("Lohnabrechnung", "Beschäftigte", "Name, Steuer-ID, Gehalt")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Datenkategorien", "Kreis der Betroffenen"),
                                        row("Name, Anschrift, Zählerstände", "Kundinnen und Kunden"),
                                        row("Name, Benutzerkennung, Protokolldaten", "Mitarbeitende")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Betroffene Personen", "Personenbezogene Daten", "Löschfrist"),
                                        row("Spenderinnen und Spender", "Name, Anschrift, Spendenhistorie", "10 Jahre"),
                                        row("Fördermitglieder", "Name, Beitragshöhe", "3 Jahre")),
                                DC,
                                f)));
        // a table with one such column among columns of another kind, a table that names no types of data, and a
        // description table by rows read as before
        List<String> close = family(
                "types of data in a column of the description table, close",
                List.of(
                        en(
                                table(
                                        row("Sub-processor", "Service", "Location"),
                                        row("Skyhold Cloud Oy", "hosting", "Finland"),
                                        row("Postglade ApS", "e-mail delivery", "Denmark")),
                                DC,
                                n),
                        en(
                                table(
                                        row("Data subjects", "Purpose"),
                                        row("Members of the club", "membership administration"),
                                        row("Coaches", "training schedules")),
                                DC,
                                n),
                        en(
                                table(
                                        row("Data subjects", "Employees of the Customer; end users"),
                                        row("Personal data", "contact details; ticket contents")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Unterauftragnehmer", "Leistung", "Ort"),
                                        row("Westfalen Rechenzentrum GmbH", "Hosting", "Dortmund"),
                                        row("Briefwerk Versand GmbH", "Druck und Versand", "Osnabrück")),
                                DC,
                                n),
                        de(
                                table(
                                        row("Betroffene Personen", "Zweck der Verarbeitung"),
                                        row("Mieterinnen und Mieter", "Abrechnung der Nebenkosten"),
                                        row("Handwerker", "Auftragsvergabe")),
                                DC,
                                n),
                        de(
                                table(
                                        row("Betroffene Personen", "Datenarten", "Zweck"),
                                        row("Mieterinnen und Mieter", "Name, Anschrift", "Abrechnung")),
                                DS,
                                f)));
        check(found, close);
    }

    // --- the lead, session 33: the same column headed by the data alone („Daten“, "Data") beside the data subjects ---

    @Test
    void should_read_a_column_headed_data_alone_beside_the_data_subjects_as_the_types_of_data() {
        List<String> found = family(
                "a column headed by the data alone beside the data subjects, met",
                List.of(
                        de(
                                table(
                                        row("Betroffene", "Daten"),
                                        row("Kursteilnehmende", "Name, Geburtsdatum, Kursbuchungen"),
                                        row("Erziehungsberechtigte", "Name, Anschrift, Bankverbindung")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Betroffene Personen", "Verarbeitete Daten", "Zweck"),
                                        row("Mitglieder", "Name, Anschrift, Beitragsdaten", "Mitgliederverwaltung"),
                                        row("Übungsleiter", "Name, Lizenznummer", "Einsatzplanung")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Kreis der Betroffenen", "Daten"),
                                        row("Patientinnen und Patienten", "Name, Versichertennummer, Termine"),
                                        row("Praxispersonal", "Name, Benutzerkennung")),
                                DC,
                                f),
                        de(
                                table(
                                        row("Daten", "Betroffene Personen"),
                                        row("Name, Zählernummer, Verbrauch", "Kundinnen und Kunden"),
                                        row("Name, Dienstplan", "Ableserinnen und Ableser")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Data subjects", "Data"),
                                        row("Members of the gym", "name, membership number, visit times"),
                                        row("Trainers", "name, qualifications, rota")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Categories of data subjects", "Data processed", "Purpose"),
                                        row("Tenants", "name, flat number, rent account", "billing"),
                                        row("Contractors", "name, company, phone", "repairs")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Data", "Data subjects"),
                                        row("name, e-mail, order history", "Online customers"),
                                        row("name, user ID, audit log", "Shop staff")),
                                DC,
                                f),
                        en(
                                table(
                                        row("Data subjects", "Data held", "Retention"),
                                        row("Job applicants", "name, CV, interview notes", "six months"),
                                        row("Recruiters", "name, login", "one year")),
                                DC,
                                f)));
        // a column of data without a column of the data subjects (a sub-processor's data, a retention table), and a
        // column headed by something other than the data beside the data subjects, read as before
        List<String> close = family(
                "a column headed by the data alone beside the data subjects, close",
                List.of(
                        de(
                                table(
                                        row("Unterauftragnehmer", "Daten", "Ort"),
                                        row("Westfalen Rechenzentrum GmbH", "alle Daten", "Dortmund"),
                                        row("Briefwerk Versand GmbH", "Name, Anschrift", "Osnabrück")),
                                DC,
                                n),
                        de(
                                table(
                                        row("Daten", "Speicherdauer"),
                                        row("Protokolldaten", "90 Tage"),
                                        row("Sicherungen", "30 Tage")),
                                DC,
                                n),
                        en(
                                table(
                                        row("Data subjects", "Database"),
                                        row("Members of the gym", "members database"),
                                        row("Trainers", "staff database")),
                                DC,
                                n),
                        en(
                                table(
                                        row("Sub-processor", "Data", "Location"),
                                        row("Skyhold Cloud Oy", "all customer data", "Finland"),
                                        row("Postglade ApS", "e-mail addresses", "Denmark")),
                                DC,
                                n)));
        check(found, close);
    }

    // --- the same description in plain text, its labels set in a column of their own ---

    /** A description annex in plain text: the lines given, each label's value set in a column further right. */
    private static String annex(String... lines) {
        return String.join("\n", lines);
    }

    /** The plain English agreement without its own types of data and data subjects, with the annex in plain text. */
    private static Status enText(String annex, Requirement r) {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.keySet().removeIf(k -> k.startsWith("4. ") || k.startsWith("5. "));
        s.put("Annex 1 - Description of the processing", annex);
        return CompletenessTest.importText(s).getRequirement(r).status();
    }

    /** The plain German agreement (which names neither) with the annex in plain text. */
    private static Status deText(String annex, Requirement r) {
        return WordingFrames.de("Anlage 1 - Beschreibung der Verarbeitung", annex, r);
    }

    private static List<String> textFamily(String name, List<Object[]> cases) {
        List<String> wrong = new ArrayList<>();
        for (Object[] c : cases) {
            boolean english = (Boolean) c[0];
            String annex = (String) c[1];
            Requirement r = (Requirement) c[2];
            Status got = english ? enText(annex, r) : deText(annex, r);
            if (got != c[3]) {
                wrong.add(r + " " + c[3] + " but " + got + ": " + annex);
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    private static Object[] enLine(String annex, Requirement r, Status expected) {
        return new Object[] {true, annex, r, expected};
    }

    private static Object[] deLine(String annex, Requirement r, Status expected) {
        return new Object[] {false, annex, r, expected};
    }

    /** The lines on the nature and purposes that stand above the label under test, each longer than a short line. */
    private static final String NATURE_EN =
            "  Nature:      hosting, operation and support of the booking portal, storage,\n"
                    + "               display of bookings, sending of confirmations and reminders\n"
                    + "  Purposes:    running the Customer's booking portal for its guests and its staff members";

    private static final String NATURE_DE =
            "  Art:         Speicherung, Ordnung, Abfrage, Ausdruck und Versand von Rechnungen und\n"
                    + "               Mahnungen; Fernwartung des Abrechnungssystems des Auftraggebers\n"
                    + "  Zweck:       Abrechnung der Leistungen des Auftraggebers gegenüber seinen Kundinnen";

    @Test
    void should_read_a_label_set_in_a_column_of_a_plain_text_annex_as_its_own_line() {
        List<String> found = textFamily(
                "labels set in a column of a plain-text annex, met",
                List.of(
                        enLine(
                                annex(
                                        NATURE_EN,
                                        "  Data types:  name, e-mail address, phone number, booking dates, room"),
                                DC,
                                f),
                        enLine(
                                annex(
                                        NATURE_EN,
                                        "  Categories of personal data:   contact details, booking history, payment",
                                        "                                 status of each booking"),
                                DC,
                                f),
                        enLine(
                                annex(NATURE_EN, "  Personal data:    guest names, e-mail addresses and arrival times"),
                                DC,
                                f),
                        enLine(
                                annex(NATURE_EN, "  Data subjects:  guests of the Customer and the Customer's staff"),
                                DS,
                                f),
                        enLine(
                                annex(
                                        NATURE_EN,
                                        "  Categories of data subjects:   guests, their companions and the",
                                        "                                 Customer's reception staff"),
                                DS,
                                f),
                        deLine(
                                annex(
                                        NATURE_DE,
                                        "  Datenarten:  Name, Anschrift, Kundennummer, Rechnungsbeträge, IBAN"),
                                DC,
                                f),
                        deLine(
                                annex(NATURE_DE, "  Art der Daten:   Name, Anschrift, Zählerstände, Zahlungsdaten"),
                                DC,
                                f),
                        deLine(
                                annex(
                                        NATURE_DE,
                                        "  Kategorien personenbezogener Daten:  Stammdaten, Vertragsdaten,",
                                        "                                       Abrechnungsdaten"),
                                DC,
                                f),
                        deLine(
                                annex(NATURE_DE, "  Betroffene Personen:  Kundinnen und Kunden des Auftraggebers"),
                                DS,
                                f),
                        deLine(
                                annex(NATURE_DE, "  Kreis der Betroffenen:   Mieterinnen und Mieter, Handwerker"),
                                DS,
                                f)));
        // the annex without such a label, and a label set with one space as before
        List<String> close = textFamily(
                "labels set in a column of a plain-text annex, close",
                List.of(
                        enLine(annex(NATURE_EN, "  Duration:    the term of the main contract"), DC, n),
                        enLine(
                                annex(NATURE_EN, "  Retention:   thirty days after the end of the main contract"),
                                DS,
                                n),
                        enLine(annex(NATURE_EN, "  Data types: name, e-mail address, phone number"), DC, f),
                        deLine(annex(NATURE_DE, "  Dauer:       Laufzeit des Hauptvertrags"), DC, n),
                        deLine(annex(NATURE_DE, "  Löschfrist:  zehn Jahre nach Ende des Kalenderjahres"), DS, n)));
        check(found, close);
    }

    // --- Clause 4 of 2021/915: the data protection terms prevail, in the German separable verb „geht … vor“ ---

    private static final Requirement OP = Requirement.ORDER_OF_PRECEDENCE;
    /** The German frame's final provisions, the member after its governing law; the frame states no precedence. */
    private static final FamilyFrame RANK =
            new FamilyFrame(OP, "", "", "§ 11 Schlussbestimmungen", "Es gilt deutsches Recht. ");

    @Test
    void should_read_the_agreement_that_goes_before_a_dated_main_contract_as_precedence() {
        List<String> found = FamilyFrame.family(
                "the agreement goes before the dated main contract, met",
                List.of(
                        RANK.de(
                                "Diese Vereinbarung geht dem Rahmenvertrag vom 12.01.2026 und allen Einzelaufträgen "
                                        + "vor, soweit diese den Datenschutz betreffen.",
                                f),
                        RANK.de(
                                "Diese Vereinbarung geht dem Nutzungsvertrag vom 9. März 2026 (im Folgenden "
                                        + "„Hauptvertrag“) in allen Fragen des Datenschutzes vor.",
                                f),
                        RANK.de(
                                "Dieser Vertrag geht dem Wartungsvertrag Nr. 4711 vom 01.02.2025 vor, soweit es um "
                                        + "personenbezogene Daten geht.",
                                f),
                        RANK.de(
                                "Diese AVV in der Fassung dieses Nachtrags geht der Rahmenvereinbarung und allen "
                                        + "sonstigen Vereinbarungen der Parteien über die Verarbeitung personenbezogener "
                                        + "Daten vor.",
                                f),
                        RANK.de(
                                "Diese Anlage geht den Allgemeinen Geschäftsbedingungen in der Fassung vom 1. Januar "
                                        + "2026 vor.",
                                f),
                        RANK.de(
                                "Diese Vereinbarung in ihrer jeweils geltenden Fassung geht den übrigen Verträgen "
                                        + "der Parteien vor.",
                                f),
                        RANK.de(
                                "Diese Bedingungen gehen dem Servicevertrag vom 15.07.2024 und seinen Anlagen vor, "
                                        + "soweit sie Regelungen zum Datenschutz enthalten.",
                                f),
                        RANK.de(
                                "Dieser Vertrag zur Auftragsverarbeitung geht dem Softwarepflegevertrag vom 3. März "
                                        + "2026 in allen datenschutzrechtlichen Fragen vor.",
                                f)));
        // an agreement dated in words, an inspection „vor Ort“, no rank at all
        List<String> close = FamilyFrame.family(
                "the agreement goes before the dated main contract, close",
                List.of(
                        RANK.de(
                                "Diese Vereinbarung wurde am 9. März 2026 geschlossen und ersetzt die Fassung vom 1. "
                                        + "Januar 2024.",
                                n),
                        RANK.de(
                                "Diese Vereinbarung geht davon aus, dass die Kontrollen nach dem Konzept vom "
                                        + "12.01.2026 vor Ort stattfinden.",
                                n),
                        RANK.de("Diese Vereinbarung tritt am 1. März 2026 in Kraft.", n),
                        RANK.de("Diese Vereinbarung ersetzt die Vereinbarung vom 12.01.2024.", n)));
        check(found, close);
    }

    // --- Clause 1(d) of 2021/915: the terms to be understood as in Article 4 GDPR ---

    /**
     * The final provisions of both frames without their own definitions: the English one's precedence and authorities'
     * requests stay, its sentence tying the terms to the GDPR is the member.
     */
    private static final FamilyFrame UNDERSTOOD = new FamilyFrame(
            Requirement.DEFINITIONS,
            "18. Final provisions",
            "If these terms conflict with the main contract, these terms prevail. If a public authority requests "
                    + "access to the personal data, the Processor shall inform the Customer unless the law forbids it. ",
            "§ 11 Schlussbestimmungen",
            "Es gilt deutsches Recht. ");

    @Test
    void should_read_terms_to_be_understood_as_in_article_4_as_definitions() {
        List<String> found = FamilyFrame.family(
                "terms to be understood as in Article 4, met",
                List.of(
                        UNDERSTOOD.de(
                                "Begriffe dieses Vertrags, etwa „personenbezogene Daten“ und „Verarbeitung“, sind wie "
                                        + "in Art. 4 DSGVO zu verstehen.",
                                f),
                        UNDERSTOOD.de("Die verwendeten Begriffe sind wie in Art. 4 DS-GVO auszulegen.", f),
                        UNDERSTOOD.de("Alle Begriffe dieser Vereinbarung werden wie in Artikel 4 DSGVO verstanden.", f),
                        UNDERSTOOD.de(
                                "Ausdrücke wie „Auftragsverarbeiter“ oder „Verletzung des Schutzes "
                                        + "personenbezogener Daten“ werden wie in Art. 4 Nr. 2 DSGVO verwendet.",
                                f),
                        UNDERSTOOD.enInstead(
                                "Terms such as \"personal data\" and \"processing\" are to be understood as in Art. 4 "
                                        + "GDPR.",
                                f),
                        UNDERSTOOD.enInstead(
                                "Words used in these terms, for example \"processor\", shall be read as in Article 4 "
                                        + "of the GDPR.",
                                f),
                        UNDERSTOOD.enInstead(
                                "The terms of this agreement are to be interpreted as under Regulation (EU) 2016/679.",
                                f),
                        UNDERSTOOD.enInstead(
                                "Expressions like \"personal data breach\" must be construed as in Art. 4(12) GDPR.",
                                f)));
        // terms tied to the agreement itself or to national law, and no definition at all
        List<String> close = FamilyFrame.family(
                "terms to be understood as in Article 4, close",
                List.of(
                        UNDERSTOOD.de("Die Begriffe sind wie im Hauptvertrag zu verstehen.", n),
                        UNDERSTOOD.de("Die Pflichten nach Art. 4 des Hauptvertrags bleiben unberührt.", n),
                        UNDERSTOOD.enInstead("Terms are to be understood as in the Main Agreement.", n),
                        UNDERSTOOD.enInstead(
                                "The Processor shall read Art. 4 of the Service Description before any change.", n)));
        check(found, close);
    }

    // --- Art. 28(2) GDPR, Clause 7.7(a) of 2021/915: the authorisation as the processor's entitlement or in the verb
    // ---

    private static final Requirement SA = Requirement.SUBPROCESSOR_AUTHORISATION;
    // both frames' sub-processor clauses without their sentence of authorisation, the member in its place
    private static final FamilyFrame ENTITLED = new FamilyFrame(
            SA,
            "9. Sub-processors",
            "The Processor will notify the Customer of any intended addition or replacement thirty days in advance, "
                    + "and the Customer may object. The Processor imposes the same data protection obligations on each "
                    + "sub-processor by contract. The Processor remains fully liable to the Customer for the "
                    + "performance of its sub-processors. ",
            "§ 6 Unterauftragsverarbeiter",
            "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der Auftraggeber "
                    + "kann widersprechen. ");

    @Test
    void should_read_an_entitlement_or_approval_to_engage_sub_processors_as_authorisation() {
        List<String> found = FamilyFrame.family(
                "the authorisation as an entitlement or an approval, met",
                List.of(
                        ENTITLED.de(
                                "Der Auftragnehmer ist berechtigt, die in Anlage 3 genannten Unterauftragsverarbeiter "
                                        + "einzusetzen.",
                                f),
                        ENTITLED.de(
                                "Der Auftragnehmer ist berechtigt, für Hosting und Versand die in Anlage 3 "
                                        + "aufgeführten Unterauftragnehmer hinzuzuziehen.",
                                f),
                        ENTITLED.de(
                                "☒ Ich genehmige die folgenden Unterauftragsverarbeiter: Nordcloud GmbH (Hosting), "
                                        + "Postwerk AG (Versand).",
                                f),
                        ENTITLED.de("Der Auftraggeber genehmigt die in Anlage 3 aufgeführten Subunternehmer.", f),
                        ENTITLED.de(
                                "Wir sind befugt, die in der Anlage genannten Unterauftragsverarbeiter einzuschalten.",
                                f),
                        ENTITLED.enInstead(
                                "The Processor is entitled to engage the sub-processors listed in Annex 3.", f),
                        ENTITLED.enInstead(
                                "The Processor is permitted to use sub-processors; they are listed in Annex 3.", f),
                        ENTITLED.enInstead(
                                "The Processor is authorised to engage sub-contractors for hosting and support as "
                                        + "listed in Annex 3.",
                                f)));
        // a permission without consent, an entitlement or approval of something else
        List<String> close = FamilyFrame.family(
                "the authorisation as an entitlement or an approval, close",
                List.of(
                        ENTITLED.de(
                                "Der Auftragnehmer ist berechtigt, Unterauftragsverarbeiter ohne Zustimmung des "
                                        + "Auftraggebers einzusetzen.",
                                w),
                        ENTITLED.enInstead(
                                "The Processor is entitled to engage sub-processors without the Customer's consent.",
                                w),
                        ENTITLED.de(
                                "Der Auftragnehmer ist berechtigt, Weisungen abzulehnen, die gegen die DSGVO "
                                        + "verstoßen.",
                                n),
                        ENTITLED.enInstead("The Processor is entitled to use the Customer's name as a reference.", n),
                        ENTITLED.de(
                                "Der Auftraggeber genehmigt die Weitergabe der Rechnungen an seinen Steuerberater.",
                                n)));
        check(found, close);
    }

    @Test
    void should_read_a_list_of_sub_processors_given_only_on_request_as_weaker() {
        List<String> weaker = FamilyFrame.family(
                "the list of sub-processors only on request, weaker",
                List.of(
                        ENTITLED.de(
                                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                                        + "Unterauftragsverarbeiter. Eine Übersicht der eingesetzten "
                                        + "Unterauftragsverarbeiter stellt der Auftragnehmer auf Anfrage zur Verfügung.",
                                w),
                        ENTITLED.de(
                                "Der Auftraggeber erteilt eine allgemeine Genehmigung zum Einsatz von "
                                        + "Subunternehmern. Die Liste der Subunternehmer erhält er auf Verlangen.",
                                w),
                        ENTITLED.de(
                                "Der Auftraggeber stimmt dem Einsatz von Unterauftragnehmern allgemein zu. Ein "
                                        + "Verzeichnis der Unterauftragnehmer übermittelt der Auftragnehmer auf Anfrage.",
                                w),
                        ENTITLED.de(
                                "Die allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter wird erteilt; "
                                        + "eine Liste der Unterauftragsverarbeiter gibt es auf Anfrage.",
                                w),
                        ENTITLED.enInstead(
                                "The Customer gives its general written authorisation for sub-processors. A list of "
                                        + "the sub-processors engaged is available on request.",
                                w),
                        ENTITLED.enInstead(
                                "The Customer grants a general authorisation to engage sub-processors. The Processor "
                                        + "provides an overview of its sub-processors upon request.",
                                w),
                        ENTITLED.enInstead(
                                "The Customer gives its general written authorisation for sub-contractors; the list "
                                        + "of sub-contractors is provided on request.",
                                w),
                        ENTITLED.enInstead(
                                "General written authorisation is given for sub-processors. On request we send the "
                                        + "list of our sub-processors to the Customer.",
                                w)));
        // the list agreed in an annex and an updated list on request, a copy of the contract on request
        List<String> close = FamilyFrame.family(
                "the list of sub-processors only on request, close",
                List.of(
                        ENTITLED.enInstead(
                                "The Customer gives its general written authorisation for the sub-processors listed in "
                                        + "Annex 3; an updated list of sub-processors is available on request.",
                                f),
                        ENTITLED.de(
                                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für die in Anlage 3 "
                                        + "genannten Unterauftragsverarbeiter; eine aktuelle Liste der "
                                        + "Unterauftragsverarbeiter erhält er auf Anfrage.",
                                f),
                        ENTITLED.enInstead(
                                "The Customer gives its general written authorisation for the sub-processors listed in "
                                        + "Annex 3. On request the Processor provides a copy of the sub-processor "
                                        + "agreement.",
                                f),
                        ENTITLED.de(
                                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für die in Anlage 3 "
                                        + "genannten Unterauftragsverarbeiter. Auf Anfrage übergibt der Auftragnehmer "
                                        + "eine Kopie des Vertrags mit dem Unterauftragsverarbeiter.",
                                f)));
        check(weaker, close);
    }
}
