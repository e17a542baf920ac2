/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists of the processing description and of the measures: fallback markers of a rendering ("[en: …]",
 * "[en] …") are no part of a name, and the qualifiers in parentheses after a name are read as facts, not kept in
 * it. All texts are written for this test.
 */
class ProcessingListsTest {

    static DataProcessingAgreement german(String annex) {
        return german(annex, "Es gilt deutsches Recht.");
    }

    /** A short German agreement with the given final provisions, followed by the given text. */
    static DataProcessingAgreement german(String annex, String finalProvisions) {
        String doc = "Vereinbarung zur Auftragsverarbeitung\n\n"
                + "§ 1 Parteien\n\nDiese Vereinbarung wird zwischen der Kornblume Handels GmbH (nachfolgend "
                + "„Auftraggeber“) und der Lindenhof Rechenzentrum AG (nachfolgend „Auftragnehmer“) geschlossen.\n\n"
                + "§ 2 Gegenstand\n\nDer Auftragnehmer verarbeitet personenbezogene Daten im Auftrag des "
                + "Auftraggebers für den Betrieb eines Kundenportals.\n\n"
                + "§ 3 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                + "Auftraggebers.\n\n"
                + "§ 4 Vertraulichkeit\n\nDie eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n\n"
                + "§ 5 Schlussbestimmungen\n\n" + finalProvisions + "\n\n"
                + annex;
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getDraft();
    }

    static List<DataCategory> categories(DataProcessingAgreement a) {
        return a.getProcessing().map(p -> p.getDataCategories()).orElse(List.of());
    }

    static List<DataSubjectCategory> subjects(DataProcessingAgreement a) {
        return a.getProcessing().map(p -> p.getDataSubjects()).orElse(List.of());
    }

    @Test
    void should_strip_fallback_markers_and_note_the_language() {
        DataProcessingAgreement a = german("Anlage 1 Arten personenbezogener Daten\n\n"
                + "Verarbeitet werden die folgenden Arten personenbezogener Daten:\n\n"
                + "- [en: contact details of buyers]\n"
                + "- [en] order history\n"
                + "- Zahlungsdaten\n");
        assertThat(categories(a))
                .extracting(c -> c.getName().getTranslations().toString())
                .containsExactly("{en=contact details of buyers}", "{en=order history}", "{de=Zahlungsdaten}");
    }

    @Test
    void should_read_qualifiers_of_data_categories_as_facts() {
        DataProcessingAgreement a = german("Anlage 1 Arten personenbezogener Daten\n\n"
                + "Verarbeitet werden die folgenden Arten personenbezogener Daten:\n\n"
                + "- Krankmeldungen (besondere Kategorie nach Art. 9 Abs. 1 DSGVO: Gesundheitsdaten)\n"
                + "- Führungszeugnisse (Daten über strafrechtliche Verurteilungen und Straftaten nach Art. 10 DSGVO)\n"
                + "- Bankverbindung (nur im Einzelfall)\n"
                + "- Nutzungsdaten (vom Auftragsverarbeiter auch für eigene Zwecke verarbeitet)\n"
                + "- Lieferadresse (Rechnungsanschrift)\n"
                + "\nKategorien betroffener Personen\n\n"
                + "Betroffen sind die folgenden Kategorien von Personen:\n\n"
                + "- Patienten (schutzbedürftige Personen)\n"
                + "- Lieferanten (Ansprechpartner)\n");
        List<DataCategory> c = categories(a);
        assertThat(c)
                .extracting(x -> x.getName().get("de").orElseThrow())
                .containsExactly(
                        "Krankmeldungen",
                        "Führungszeugnisse",
                        "Bankverbindung",
                        "Nutzungsdaten",
                        "Lieferadresse (Rechnungsanschrift)");
        assertThat(c.get(0).getSpecialCategory()).contains(SpecialCategory.HEALTH);
        assertThat(c.get(1).getCriminalOffenceData()).contains(true);
        assertThat(c.get(2).isConditional()).isTrue();
        assertThat(c.get(3).getOwnPurposes()).contains(true);
        // a parenthesis that is no qualifier of the renderer's stays part of the name, and sets nothing
        assertThat(c.get(4).getSpecialCategory()).isEmpty();
        assertThat(c.get(4).isConditional()).isFalse();
        assertThat(subjects(a))
                .extracting(x -> x.getName().get("de").orElseThrow())
                .containsExactly("Patienten", "Lieferanten (Ansprechpartner)");
        assertThat(subjects(a).get(0).isVulnerable()).isTrue();
        assertThat(subjects(a).get(1).isVulnerable()).isFalse();
    }

    @Test
    void should_read_the_scope_of_a_measure_apart_from_its_description() {
        DataProcessingAgreement a = german("Anlage 2 Technische und organisatorische Maßnahmen\n\n"
                + "Zutrittskontrolle\n\n"
                + "- Besucherbuch am Empfang (Geltungsbereich: [en: data centre Frankfurt])\n"
                + "- Schließanlage mit Protokoll (Haupteingang)\n");
        List<TechnicalOrganisationalMeasure> m =
                a.getSecurity().map(s -> s.getMeasures()).orElse(List.of());
        assertThat(m)
                .extracting(x -> x.getDescription().get("de").orElseThrow())
                .containsExactly("Besucherbuch am Empfang", "Schließanlage mit Protokoll (Haupteingang)");
        assertThat(m.get(0).getScope().flatMap(s -> s.get("en"))).contains("data centre Frankfurt");
        assertThat(m.get(1).getScope()).isEmpty();
    }

    @Test
    void should_read_a_measure_of_the_controller_as_such_and_keep_other_parentheses_in_the_description() {
        DataProcessingAgreement a = german("Anlage 2 Technische und organisatorische Maßnahmen\n\n"
                + "Zutrittskontrolle\n\n"
                + "- Ausweisleser am Lagertor (Maßnahme des Verantwortlichen) (Geltungsbereich: Lager Nord)"
                + " (Schutzziel: Vertraulichkeit)\n"
                + "- Videoüberwachung (Maßnahme des Verantwortlichen)\n"
                + "- Schließanlage mit Protokoll (Haupteingang)\n");
        List<TechnicalOrganisationalMeasure> m =
                a.getSecurity().map(s -> s.getMeasures()).orElse(List.of());
        assertThat(m)
                .extracting(x -> x.getDescription().get("de").orElseThrow())
                .containsExactly(
                        "Ausweisleser am Lagertor", "Videoüberwachung", "Schließanlage mit Protokoll (Haupteingang)");
        assertThat(m)
                .extracting(x -> x.getResponsibleParty().map(Enum::name).orElse("-"))
                .containsExactly("CONTROLLER", "CONTROLLER", "-");
        assertThat(m.get(0).getScope().flatMap(s -> s.get("de"))).contains("Lager Nord");
    }

    @Test
    void should_not_read_transfer_impact_assessments_per_recipient_as_security_measures() {
        DataProcessingAgreement a = german("Anlage 2 Technische und organisatorische Maßnahmen\n\n"
                + "Zutrittskontrolle\n\n"
                + "- Besucherbuch am Empfang\n\n"
                + "Übermittlungsfolgenabschätzungen und zusätzliche Maßnahmen je Empfänger:\n\n"
                + "- Nordlicht Support Ltd: Übermittlungsfolgenabschätzung vom 1. März 2026; Verschlüsselung\n\n"
                + "Die folgenden Maßnahmen gelten zusätzlich:\n\n"
                + "- Zweistufige Anmeldung für Administratoren\n");
        assertThat(a.getSecurity().map(s -> s.getMeasures()).orElse(List.of()))
                .extracting(x -> x.getDescription().get("de").orElseThrow())
                .containsExactly("Besucherbuch am Empfang", "Zweistufige Anmeldung für Administratoren");
    }

    @Test
    void should_not_read_the_fingerprint_footer_of_a_rendering_as_a_measure() {
        DataProcessingAgreement a = german("Anlage 2 Technische und organisatorische Maßnahmen\n\n"
                + "Zutrittskontrolle\n\n"
                + "- Besucherbuch am Empfang\n\n"
                + "Vereinbarung avv-7 · Inhaltsprüfsumme (SHA-256 der kanonischen JSON-Fassung): 19c3d6c7a2\n");
        assertThat(a.getSecurity().map(s -> s.getMeasures()).orElse(List.of()))
                .extracting(x -> x.getDescription().get("de").orElseThrow())
                .containsExactly("Besucherbuch am Empfang");
    }

    @Test
    void should_leave_the_category_of_a_measure_under_no_heading_of_the_catalogue_open() {
        DataProcessingAgreement a = german("Anlage 2 Technische und organisatorische Maßnahmen\n\n"
                + "Zutrittskontrolle\n\n"
                + "- Besucherbuch am Empfang\n\n"
                + "Sonstige Maßnahmen\n\n"
                + "- Jährliche Schulung der Beschäftigten\n");
        List<TechnicalOrganisationalMeasure> m =
                a.getSecurity().map(s -> s.getMeasures()).orElse(List.of());
        assertThat(m).hasSize(2);
        assertThat(m.get(0).getCategory()).contains(dev.dpa4j.model.TomCategory.PHYSICAL_ACCESS_CONTROL);
        assertThat(m.get(1).getCategory()).isEmpty();
    }

    @Test
    void should_read_a_list_in_a_clause_on_security_only_where_a_lead_introduces_it() {
        String clause = "§ 6 Sicherheit der Verarbeitung\n\n"
                + "- Der Auftragnehmer trifft die Maßnahmen nach Art. 32 DSGVO.\n"
                + "- Die getroffenen Maßnahmen sind in Anlage 2 beschrieben.\n";
        assertThat(german(clause).getSecurity().map(s -> s.getMeasures()).orElse(List.of()))
                .isEmpty();
        String listed = "§ 6 Sicherheit der Verarbeitung\n\n"
                + "Der Auftragnehmer trifft insbesondere die folgenden Maßnahmen:\n\n"
                + "- Verschlüsselung der Datenträger\n"
                + "- Protokollierung der Zugriffe\n";
        assertThat(german(listed).getSecurity().map(s -> s.getMeasures()).orElse(List.of()))
                .extracting(x -> x.getDescription().get("de").orElseThrow())
                .containsExactly("Verschlüsselung der Datenträger", "Protokollierung der Zugriffe");
    }

    @Test
    void should_take_fallback_markers_out_of_every_text_of_the_draft() {
        DataProcessingAgreement a = german("Anlage 1 Zwecke der Verarbeitung\n\n"
                + "Der Auftragsverarbeiter verarbeitet die Daten zu den folgenden Zwecken:\n\n"
                + "- [en: running the web shop]\n"
                + "- Versand der Bestellungen an [Name des Kunden]\n");
        List<String> purposes = a.getProcessing()
                .map(p -> p.getPurposes().stream()
                        .map(x -> x.getDescription().getTranslations().toString())
                        .toList())
                .orElse(List.of());
        assertThat(purposes)
                .containsExactly("{en=running the web shop}", "{de=Versand der Bestellungen an [Name des Kunden]}");
    }

    @Test
    void should_read_no_name_from_a_blank_to_fill_in() {
        // given: a rendering's visible gap in one list, a name in the other
        DataProcessingAgreement a = german("Anlage 1 Arten personenbezogener Daten\n\n"
                + "Verarbeitet werden die folgenden Arten personenbezogener Daten:\n\n"
                + "- [noch zu ergänzen: Kategorien personenbezogener Daten]\n"
                + "\nKategorien betroffener Personen\n\n"
                + "Betroffen sind die folgenden Kategorien von Personen:\n\n"
                + "- [noch zu ergänzen: Kategorien betroffener Personen]\n"
                + "- Mitglieder des Sportvereins\n");

        // then: the blank names no category; a name beside it is still read, brackets inside a name too
        assertThat(categories(a))
                .extracting(x -> x.getName().get("de").orElseThrow())
                .noneMatch(n -> n.contains("noch zu ergänzen"));
        assertThat(subjects(a))
                .extracting(x -> x.getName().get("de").orElseThrow())
                .containsExactly("Mitglieder des Sportvereins");
        DataProcessingAgreement named = german("Anlage 1 Arten personenbezogener Daten\n\n"
                + "Verarbeitet werden die folgenden Arten personenbezogener Daten:\n\n"
                + "- Stammdaten [Name, Anschrift]\n");
        assertThat(categories(named)).isNotEmpty();
    }
}
