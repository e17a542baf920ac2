/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.TransferTerms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 21 (#16): findings of {@code dpa review} that were false for an imported agreement, because the importer did
 * not read the words that state the term, or because the rule asks the draft for something the document does not
 * have to say. Each case both ways, in sentences written for this test.
 */
class ReviewTwentyOneTest {

    private static final String ENGLISH = "Data Processing Agreement\n\n"
            + "1. Subject matter\n\nThe Processor runs a ticketing service for the Controller and processes personal "
            + "data of the Controller's customers for it.\n\n"
            + "2. Instructions\n\nThe Processor processes personal data only on documented instructions of the "
            + "Controller.\n\n"
            + "3. Confidentiality\n\nThe Processor ensures that persons authorised to process the personal data have "
            + "committed themselves to confidentiality.\n\n"
            + "4. Security\n\nThe Processor takes all measures required pursuant to Article 32 GDPR.\n\n"
            + "5. Sub-processors\n\nThe Controller gives its general written authorisation to engage "
            + "sub-processors. The Processor informs the Controller of any intended change at least 30 days in "
            + "advance, and the Controller may object to it.\n\n";

    private static final String GERMAN = "Vertrag zur Auftragsverarbeitung\n\n"
            + "1. Gegenstand\n\n(1) Der Auftragnehmer betreibt für den Auftraggeber ein Ticketsystem und verarbeitet "
            + "dabei personenbezogene Daten der Kunden des Auftraggebers.\n\n"
            + "2. Weisungen\n\n(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
            + "Auftraggebers.\n\n"
            + "3. Vertraulichkeit\n\n(1) Die eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n\n"
            + "4. Technische und organisatorische Maßnahmen\n\n(1) Der Auftragnehmer trifft die nach Art. 32 DSGVO "
            + "erforderlichen Maßnahmen.\n\n";

    static ImportResult read(String doc) {
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    static Review review(String doc) {
        return WordingFrames.review(read(doc));
    }

    static List<String> findings(Review review, String rule) {
        return WordingFrames.findings(review, rule);
    }

    private static Optional<SccTerms> scc(ImportResult r) {
        return r.getDraft().getTransfers().flatMap(TransferTerms::getScc);
    }

    private static Optional<String> law(ImportResult r) {
        return scc(r).flatMap(SccTerms::getGoverningLaw).map(CountryCode::getCode);
    }

    private static Optional<String> forum(ImportResult r) {
        return scc(r).flatMap(SccTerms::getForum).map(CountryCode::getCode);
    }

    // ---- the law of Clause 17 and the courts of Clause 18 in the words agreements use ----------------------------

    @Test
    void should_read_the_law_and_courts_of_the_clauses_in_a_list_of_selections() {
        ImportResult r = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated into this Agreement by reference with these selections: in Clause 9, Option 2 "
                + "applies; in Clause 17, Option 1 applies with Belgian law; under Clause 18(b), disputes go to the "
                + "courts of Brussels.\n");

        assertThat(law(r)).contains("BE");
        assertThat(forum(r)).contains("BE");
        assertThat(findings(
                        review(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                                + "incorporated by reference: Clause 17 (Governing law): Option 1; the clauses are governed "
                                + "by the law of Austria. Clause 18 (Choice of forum): the courts of Austria.\n"),
                        "SCC_GOVERNING_LAW"))
                .isEmpty();
    }

    @Test
    void should_read_a_law_named_before_the_clause_it_is_chosen_for() {
        ImportResult r = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) shall apply "
                + "between the Controller as data exporter and the Processor as data importer, with Swedish law "
                + "chosen under Clause 17 and the courts of Sweden under Clause 18.\n");
        ImportResult both = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated by reference, with Option 2 of Clause 9, Finnish law and courts for Clauses 17 and "
                + "18, and the annexes completed by Schedule 1.\n");

        assertThat(law(r)).contains("SE");
        assertThat(forum(r)).contains("SE");
        assertThat(law(both)).contains("FI");
        assertThat(forum(both)).contains("FI");
        assertThat(scc(both).flatMap(SccTerms::getClause9Option).map(Enum::name))
                .contains("GENERAL");
    }

    @Test
    void should_read_the_law_and_courts_of_the_clauses_in_german() {
        ImportResult r = read(GERMAN + "5. Drittlandübermittlung\n\n(1) Die Standardvertragsklauseln (Modul 2) "
                + "werden Bestandteil dieses Vertrags. Für Klausel 17 wird Option 1 gewählt; es gilt irisches Recht. "
                + "Für Klausel 18 Buchstabe b sind die Gerichte in Wien zuständig.\n");

        assertThat(law(r)).contains("IE");
        assertThat(forum(r)).contains("AT");
    }

    @Test
    void should_still_report_clauses_incorporated_without_their_law_or_with_the_choice_left_to_them() {
        Review none = review(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated into this Agreement by reference.\n");
        ImportResult open = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated into this Agreement by reference.\n\n7. Governing law\n\nWithout prejudice to "
                + "Clause 17 and Clause 18 of the standard contractual clauses, this Agreement is governed by the laws "
                + "of Denmark and the courts of Copenhagen have jurisdiction.\n");
        ImportResult other = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated by reference. Liability is governed by clause 17 of the Main Agreement, under the "
                + "law of Portugal.\n");

        assertThat(findings(none, "SCC_GOVERNING_LAW")).containsExactly("ERROR SCC_GOVERNING_LAW.missing");
        assertThat(findings(none, "SCC_FORUM")).containsExactly("ERROR SCC_FORUM.missing");
        assertThat(law(open)).isEmpty();
        assertThat(forum(open)).isEmpty();
        assertThat(law(other)).isEmpty();
    }

    @Test
    void should_still_read_a_law_outside_the_eea_as_the_clauses_law() {
        Review r = review(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated by reference; in Clause 17, Option 1 applies with English law.\n");

        assertThat(findings(r, "SCC_GOVERNING_LAW")).containsExactly("ERROR SCC_GOVERNING_LAW.notMemberState");
    }

    // ---- module 3 concluded with the sub-processors is not incorporated into this agreement ----------------------

    @Test
    void should_not_take_the_clauses_the_processor_concludes_with_its_sub_processors_as_this_agreements() {
        String en = ENGLISH + "6. Transfers\n\nWhere a sub-processor processes personal data in a third country "
                + "without an adequacy decision, the Processor concludes with that sub-processor the standard "
                + "contractual clauses adopted by Implementing Decision (EU) 2021/914 (Module Three).\n";
        String de = GERMAN + "5. Drittlandübermittlung\n\n(1) Verarbeitet ein Unterauftragsverarbeiter Daten in einem "
                + "Drittland, schließt der Auftragnehmer mit diesem die Standardvertragsklauseln der Europäischen "
                + "Kommission (Modul 3) ab.\n";

        for (String doc : List.of(en, de)) {
            Review r = review(doc);
            assertThat(scc(r.getImport())).isEmpty();
            assertThat(r.getImport().getFacts("transfers.scc.modules")).isEmpty();
            assertThat(findings(r, "SCC_GOVERNING_LAW")).isEmpty();
            assertThat(findings(r, "SCC_FORUM")).isEmpty();
            assertThat(findings(r, "SCC_CLAUSE9")).isEmpty();
        }
    }

    @Test
    void should_keep_module_three_where_the_parties_enter_into_it_themselves() {
        Review r = review(ENGLISH + "6. Transfers\n\nThe Controller acts as a processor for its own clients. For "
                + "transfers from the Controller to the Processor the parties hereby enter into Module Three of the "
                + "standard contractual clauses.\n");

        assertThat(scc(r.getImport()).map(SccTerms::getModules).orElseThrow())
                .extracting(Enum::name)
                .containsExactly("MODULE_3");
        assertThat(findings(r, "SCC_GOVERNING_LAW")).containsExactly("ERROR SCC_GOVERNING_LAW.missing");
    }

    // ---- the period of Clause 9(a) and the authority of Clause 13 ------------------------------------------------

    @Test
    void should_take_the_agreements_own_notice_period_where_clause_9_refers_to_it() {
        ImportResult r = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated by reference: in Clause 9, Option 2 applies with the notice period set out in "
                + "Section 5 of this Agreement; in Clause 13, the competent supervisory authority is the Commission "
                + "nationale pour la protection des données.\n");
        ImportResult stated = read(ENGLISH + "6. Transfers\n\nThe standard contractual clauses (Module Two) are "
                + "incorporated by reference. Under Clause 9(a) the parties select Option 2, with fourteen days' "
                + "notice.\n");

        assertThat(scc(r).flatMap(SccTerms::getClause9Period).map(p -> p.getAmount() + " " + p.getUnit()))
                .contains("30 CALENDAR_DAYS");
        assertThat(scc(r).flatMap(SccTerms::getCompetentAuthority)).isPresent();
        assertThat(scc(stated).flatMap(SccTerms::getClause9Period).map(p -> p.getAmount() + " " + p.getUnit()))
                .contains("14 CALENDAR_DAYS");
    }

    @Test
    void should_still_report_a_clause_9_option_without_its_period() {
        Review r = review(ENGLISH.replace(" at least 30 days in advance", "") + "6. Transfers\n\nThe standard "
                + "contractual clauses (Module Two) are incorporated by reference, with Option 2 of Clause 9.\n");

        assertThat(findings(r, "SCC_CLAUSE9")).containsExactly("ERROR SCC_CLAUSE9.periodMissing");
    }

    // ---- the protection goals a measures annex names in its headings ---------------------------------------------

    private static List<String> goals(ImportResult r) {
        return r.getDraft().getSecurity().orElseThrow().getMeasures().stream()
                .map(m -> m.getDescription()
                                .get("de")
                                .or(() -> m.getDescription().get("en"))
                                .orElse("") + " " + m.getProtectionGoals())
                .toList();
    }

    @Test
    void should_give_a_measure_the_protection_goal_its_heading_names() {
        ImportResult r = read(GERMAN + "Anlage 2 – Technische und organisatorische Maßnahmen\n\n"
                + "1. Vertraulichkeit\n\n- Serverräume nur mit persönlicher Chipkarte zugänglich\n"
                + "- Festplatten aller Server verschlüsselt\n\n"
                + "2. Integrität\n\n- Jede Änderung an Stammdaten wird protokolliert\n\n"
                + "3. Verfügbarkeit und Belastbarkeit\n\n- Spiegelung der Datenbank in ein zweites Rechenzentrum\n"
                + "- Notstromaggregat mit Tankvorrat für 48 Stunden\n");

        assertThat(goals(r))
                .contains(
                        "Festplatten aller Server verschlüsselt [CONFIDENTIALITY]",
                        "Jede Änderung an Stammdaten wird protokolliert [INTEGRITY]",
                        "Notstromaggregat mit Tankvorrat für 48 Stunden [AVAILABILITY, RESILIENCE]");
        Review review = WordingFrames.review(r);
        assertThat(findings(review, "ART32_1_B_CIA_RESILIENCE")).isEmpty();
    }

    @Test
    void should_give_a_measure_the_goal_of_its_label_in_english() {
        ImportResult r = read(ENGLISH + "Annex 2 – Security measures\n\n"
                + "Confidentiality: badge readers at every door of the office; hard disks encrypted\n\n"
                + "Availability: nightly backups kept in a second region\n");

        assertThat(goals(r)).contains("nightly backups kept in a second region [AVAILABILITY]");
    }

    @Test
    void should_not_take_the_title_of_art_32_1_b_as_the_goal_of_each_measure_below_it() {
        ImportResult r = read(GERMAN + "Anlage 2 – Maßnahmen zur Gewährleistung der Vertraulichkeit, Integrität, "
                + "Verfügbarkeit und Belastbarkeit\n\n- Serverräume nur mit persönlicher Chipkarte zugänglich\n"
                + "- Jede Änderung an Stammdaten wird protokolliert\n");

        assertThat(r.getDraft().getSecurity().orElseThrow().getMeasures())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getProtectionGoals()).isEmpty());
    }

    // ---- the table of the next annex is not read as sub-processors ----------------------------------------------

    private static List<String> subprocessorNames(ImportResult r) {
        return r.getDraft().getSubprocessing().stream()
                .flatMap(t -> t.getSubprocessors().stream())
                .map(dev.dpa4j.model.Subprocessor::getName)
                .toList();
    }

    @Test
    void should_end_the_sub_processor_table_at_the_title_of_the_next_annex() {
        ImportResult de = read(GERMAN + "Anlage 2 – Unterauftragnehmer\n\n"
                + "Unterauftragnehmer\tAnschrift\tLeistung\tOrt der Verarbeitung\n"
                + "Wiesengrund Hosting GmbH\tAm Anger 3, 99084 Erfurt\tBetrieb der Server\tDeutschland\n"
                + "Postkranich Versand GmbH\tHafenweg 9, 28195 Bremen\tVersand von Briefen\tDeutschland\n"
                + "Anlage 3 – Ansprechpartner\n"
                + "Funktion\tAuftraggeber\tAuftragnehmer\tVertretung\n"
                + "Weisungen\tEva Lindqvist (Einkauf)\tTom Reuter (Betrieb)\tJana Wolf\n");
        ImportResult en = read(ENGLISH + "Schedule 3 – Sub-processors\n\n"
                + "Sub-processor\tAddress\tService\tLocation\n"
                + "Harbourline Cloud Ltd\t2 Quay Street, Galway\tHosting\tIreland\n"
                + "Schedule 4 – Auditors\n"
                + "Audit firm\tSeat\tContact\tScope\n"
                + "Moorfield Assurance LLP\tLeeds\taudit@moorfield.example\tISO audits\n");

        assertThat(subprocessorNames(de)).containsExactly("Wiesengrund Hosting GmbH", "Postkranich Versand GmbH");
        assertThat(subprocessorNames(en)).containsExactly("Harbourline Cloud Ltd");
    }

    @Test
    void should_read_on_where_the_table_names_an_annex_in_a_sentence_or_goes_on_without_a_title() {
        ImportResult r = read(GERMAN + "Anlage 2 – Unterauftragnehmer\n\n"
                + "Unterauftragnehmer\tAnschrift\tLeistung\tOrt der Verarbeitung\n"
                + "Wiesengrund Hosting GmbH\tAm Anger 3, 99084 Erfurt\tBetrieb der Server\tDeutschland\n"
                + "Anlage 3 genannte Personen dürfen Weisungen erteilen.\n"
                + "Unterauftragnehmer\tAnschrift\tLeistung\tOrt der Verarbeitung\n"
                + "Postkranich Versand GmbH\tHafenweg 9, 28195 Bremen\tVersand von Briefen\tDeutschland\n");

        assertThat(subprocessorNames(r)).containsExactly("Wiesengrund Hosting GmbH", "Postkranich Versand GmbH");
    }

    // ---- a change announced in text form or by e-mail is an active channel -----------------------------------

    private static final String GERMAN_SUBPROCESSORS = "5. Unterauftragsverhältnisse\n\n(1) Der Auftraggeber "
            + "erteilt die allgemeine Genehmigung zur Beauftragung von Unterauftragnehmern. ";

    private static List<String> channels(ImportResult r) {
        return r.getDraft().getSubprocessing().orElseThrow().getNoticeChannels().stream()
                .map(Enum::name)
                .toList();
    }

    @Test
    void should_read_a_change_announced_in_text_form_or_by_e_mail_as_an_active_channel() {
        ImportResult de = read(GERMAN + GERMAN_SUBPROCESSORS + "(2) Weitere Unterauftragnehmer darf der "
                + "Auftragnehmer einsetzen, soweit er dies dem Auftraggeber vier Wochen vorab in Textform unter Nennung "
                + "von Firma, Sitz und Aufgabe anzeigt und der Auftraggeber nicht binnen zwei Wochen widerspricht.\n");
        ImportResult en = read(ENGLISH.replace(
                "The Processor informs the Controller of any intended change at least 30 days in advance",
                "The Processor announces any intended change to the Controller by e-mail at least 30 days in "
                        + "advance"));

        assertThat(channels(de)).contains("TEXT_FORM");
        assertThat(channels(en)).contains("EMAIL");
        Review review = review(GERMAN + GERMAN_SUBPROCESSORS + "(2) Weitere Unterauftragnehmer darf der "
                + "Auftragnehmer einsetzen, soweit er dies dem Auftraggeber vier Wochen vorab in Textform anzeigt; der "
                + "Auftraggeber kann binnen zwei Wochen widersprechen, dann unterbleibt der Einsatz.\n");
        assertThat(review.getItems())
                .map(i -> i.finding().message(java.util.Locale.ENGLISH))
                .noneMatch(m -> m.contains("active notice channel"));
    }

    @Test
    void should_still_call_a_notice_on_a_web_page_alone_no_active_channel() {
        ImportResult r = read(GERMAN + GERMAN_SUBPROCESSORS + "(2) Der Auftragnehmer informiert den "
                + "Auftraggeber über jede beabsichtigte Änderung vier Wochen vorab durch Veröffentlichung auf seiner "
                + "Webseite; der Auftraggeber kann binnen zwei Wochen widersprechen.\n");

        assertThat(channels(r)).doesNotContain("TEXT_FORM", "EMAIL", "WRITTEN");
        assertThat(WordingFrames.review(r).getItems())
                .map(i -> i.finding().message(java.util.Locale.ENGLISH))
                .anyMatch(m -> m.contains("active notice channel"));
    }

    // ---- a notice period and an objection period in one clause ------------------------------------------------

    private static String period(java.util.Optional<dev.dpa4j.model.TimeLimit> limit) {
        return limit.flatMap(dev.dpa4j.model.TimeLimit::getPeriod)
                .map(p -> p.getAmount() + " " + p.getUnit())
                .orElse("none");
    }

    @Test
    void should_give_the_notice_and_the_objection_each_the_period_nearest_to_it() {
        var de = read(GERMAN + GERMAN_SUBPROCESSORS + "(2) Weitere Unterauftragnehmer darf er einsetzen, wenn er "
                        + "dies dem Auftraggeber mindestens sechs Wochen vorher in Textform anzeigt und der Auftraggeber "
                        + "nicht innerhalb von drei Wochen nach Zugang der Anzeige Einspruch erhebt.\n")
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
        var en = read(ENGLISH.replace(
                        "The Processor informs the Controller of any intended change at least 30 days in advance, and "
                                + "the Controller may object to it.",
                        "The Processor may add one if it tells the Controller at least 21 days before the change and "
                                + "the Controller does not object within 10 days."))
                .getDraft()
                .getSubprocessing()
                .orElseThrow();

        assertThat(period(de.getNoticePeriod())).isEqualTo("6 WEEKS");
        assertThat(period(de.getObjectionPeriod())).isEqualTo("3 WEEKS");
        assertThat(period(en.getNoticePeriod())).isEqualTo("21 CALENDAR_DAYS");
        assertThat(period(en.getObjectionPeriod())).isEqualTo("10 CALENDAR_DAYS");
    }

    // ---- a sub-processor's address without the name of its country ---------------------------------------------

    @Test
    void should_read_an_address_column_without_a_country_as_the_sub_processors_address() {
        Review review = review(GERMAN + "Anlage 2 – Unterauftragnehmer\n\n"
                + "Unterauftragnehmer\tAnschrift\tLeistung\tOrt der Verarbeitung\n"
                + "Wiesengrund Hosting GmbH\tAm Anger 3, 99084 Erfurt\tBetrieb der Server\tDeutschland\n"
                + "Postkranich Versand GmbH\t\tVersand von Briefen\tDeutschland\n");
        var subs =
                review.getImport().getDraft().getSubprocessing().orElseThrow().getSubprocessors();

        assertThat(subs.get(0).getAddress().flatMap(dev.dpa4j.model.PostalAddress::getLocality))
                .contains("Erfurt");
        assertThat(review.getItems())
                .map(i -> i.finding().message(java.util.Locale.ENGLISH))
                .noneMatch(m -> m.contains("Wiesengrund Hosting GmbH is incomplete"))
                .anyMatch(m -> m.contains("Postkranich Versand GmbH is incomplete; missing: address"));
    }
}
