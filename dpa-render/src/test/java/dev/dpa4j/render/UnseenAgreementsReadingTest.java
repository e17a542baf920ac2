/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.TransferRenderingTest.md;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a lawyer flagged reading two agreements unlike the examples (issue #10): Donauwelle, an Austrian controller with
 * a U.S. processor under Austrian law, sub-processors under the Data Privacy Framework, Module 3, and in India and the
 * United Kingdom; Edelweiss, a Swiss controller with two EU establishments and an Irish processor, health data, a
 * specific authorisation and Swiss law. Each fix where it applies and where it must not.
 */
class UnseenAgreementsReadingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static DataProcessingAgreement donauwelle() {
        return DpaJson.read(Path.of("src/test/resources/dev/dpa4j/render/lawyer/donauwelle-avv.json"));
    }

    static DataProcessingAgreement edelweiss() {
        return DpaJson.read(Path.of("src/test/resources/dev/dpa4j/render/lawyer/edelweiss-dpa.json"));
    }

    private static RenderOptions options(Locale locale, LocalDate asOf) {
        return RenderOptions.builder(locale).asOf(asOf).fingerprint(false).build();
    }

    /** The table row that mentions {@code part}. */
    private static String line(String md, String part) {
        return md.lines()
                .filter(l -> l.startsWith("|") && l.contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + part));
    }

    /** The lines that begin with {@code label}, the place and date above each signature. */
    private static List<String> places(String md, String label) {
        return md.lines().filter(l -> l.startsWith(label)).toList();
    }

    @Test
    void should_pass_validation_without_an_error() {
        for (DataProcessingAgreement a : List.of(donauwelle(), edelweiss())) {
            List<Finding> errors =
                    Validator.builder().asOf(AS_OF).build().validate(a).getFindingsAtOrAbove(Severity.ERROR);
            assertThat(errors).as(a.getId()).isEmpty();
        }
    }

    @Test
    void should_name_an_adequacy_decision_without_a_number_by_its_date_not_by_the_gdprs_number() {
        // given: the United Kingdom's renewed decision (from 28 December 2025) has no OJ number in the catalogue; its
        // reference cites "Regulation (EU) 2016/679", which is the GDPR, not the decision
        DataProcessingAgreement a = donauwelle();

        // when
        String de = md(a, options(Locale.GERMAN, AS_OF));
        String en = md(a, options(Locale.ENGLISH, AS_OF));
        String before = md(a, options(Locale.GERMAN, LocalDate.of(2025, 6, 1)));

        // then
        assertThat(line(de, "Harrowgate Mail Ltd"))
                .contains("Angemessenheitsbeschluss (Art. 45 DSGVO), Beschluss vom 19. Dezember 2025")
                .doesNotContain("2016/679");
        assertThat(line(en, "Harrowgate Mail Ltd"))
                .contains("adequacy decision (Art. 45 GDPR), Decision of 19 December 2025")
                .doesNotContain("2016/679");
        // the 2021 decision, in force on that day, keeps its number
        assertThat(line(before, "Harrowgate Mail Ltd"))
                .contains("Beschluss 2021/1772")
                .doesNotContain("vom");
    }

    @Test
    void should_not_make_the_parties_conclude_module_3_between_themselves() {
        // given: the processor receives the data under the Data Privacy Framework; the clauses are used only in Module
        // 3, by the processor with two of its sub-processors
        DataProcessingAgreement module3 = donauwelle();
        DataProcessingAgreement module2and3 =
                TransferRenderingTest.scc(module3, s -> s.modules(Set.of(SccModule.MODULE_2, SccModule.MODULE_3)));

        // when
        String de = md(module3, options(Locale.GERMAN, AS_OF));
        String en = md(module3, options(Locale.ENGLISH, AS_OF));
        String both = md(module2and3, options(Locale.GERMAN, AS_OF));

        // then: no conclusion or start date "between the parties", an instruction instead; Annex I.A without a
        // Module 2 role or signature for the controller
        assertThat(de)
                .contains("Zwischen den Parteien selbst gelten die Standardvertragsklauseln nicht. Mit dieser"
                        + " Vereinbarung weist der Verantwortliche den Auftragsverarbeiter an, sie nach dem vorstehenden"
                        + " Absatz mit diesen Unterauftragsverarbeitern abzuschließen.")
                .doesNotContain("Die Parteien schließen die Standardvertragsklauseln")
                .doesNotContain("Die Standardvertragsklauseln gelten zwischen den Parteien")
                .doesNotContain("Datenexporteur (Verantwortlicher), Modul 2");
        assertThat(line(de, "Donauwelle Reisen GmbH |"))
                .contains("Verantwortlicher, in dessen Auftrag der Datenexporteur handelt (Modul 3)")
                .contains("entfällt (keine Partei der Standardvertragsklauseln)");
        assertThat(line(de, "Cordwain Systems, Inc. |"))
                .contains("gesondert mit jedem Datenimporteur vor der ersten Übermittlung");
        assertThat(en)
                .contains("The SCC do not apply between the parties themselves.")
                .doesNotContain("The parties conclude the SCC")
                .doesNotContain("data exporter (controller), Module Two");
        // with Module 2 the parties do conclude them, and the controller exports under it
        assertThat(both)
                .contains("Die Parteien schließen die Standardvertragsklauseln zusammen mit dieser Vereinbarung")
                .contains("Die Standardvertragsklauseln gelten zwischen den Parteien ab dem 1. Januar 2027.")
                .contains("Datenexporteur (Verantwortlicher), Modul 2")
                .doesNotContain("Zwischen den Parteien selbst gelten");
    }

    @Test
    void should_call_each_of_several_controllers_the_controller_once_and_say_what_that_means() {
        // given
        DataProcessingAgreement three = edelweiss();
        List<Party> first = List.of(three.getControllers().get(0));
        DataProcessingAgreement one = three.toBuilder()
                .controllers(first)
                .signatures(three.getSignatures().stream()
                        .filter(s -> s.getPartyId()
                                        .equals(java.util.Optional.of(
                                                first.get(0).getId()))
                                || s.getRole() == dev.dpa4j.model.PartyRole.PROCESSOR)
                        .toList())
                .build();

        // when
        String en = md(three, options(Locale.ENGLISH, AS_OF));
        String de = md(three, options(Locale.GERMAN, AS_OF));
        String single = md(one, options(Locale.ENGLISH, AS_OF));

        // then
        assertThat(en).doesNotContain("(the “Controller”)");
        assertThat(en.split("\\(each a “Controller”\\)", -1)).hasSize(4);
        assertThat(en)
                .contains("Where several controllers are parties to this Agreement, it applies to each of them"
                        + " separately for the personal data for which it is the controller");
        assertThat(de).doesNotContain("– im Folgenden „Verantwortlicher“ –");
        assertThat(de.split("– im Folgenden jeweils „Verantwortlicher“ –", -1)).hasSize(4);
        assertThat(de)
                .contains("Sind mehrere Verantwortliche Partei dieser Vereinbarung, gilt sie für jeden von ihnen"
                        + " gesondert");
        assertThat(single)
                .contains("(the “Controller”)")
                .doesNotContain("each a “Controller”", "Where several controllers");
    }

    @Test
    void should_apply_the_agreement_under_the_swiss_fadp_where_a_controller_is_swiss_or_data_leave_switzerland() {
        // given: Edelweiss is in Basel; the same agreement with its controller moved to Freiburg and no Swiss export
        DataProcessingAgreement swiss = edelweiss();
        DataProcessingAgreement german = swiss.toBuilder()
                .controllers(List.of(swiss.getControllers().get(1)))
                .transfers(swiss.getTransfers().orElseThrow().toBuilder()
                        .exportRegimes(Set.of(TransferRegime.EU))
                        .build())
                .build();
        DataProcessingAgreement exportOnly = TransferRenderingTest.transfers(
                german, t -> t.exportRegimes(Set.of(TransferRegime.EU, TransferRegime.CH)));

        // when
        String en = md(swiss, options(Locale.ENGLISH, AS_OF));
        String de = md(swiss, options(Locale.GERMAN, AS_OF));
        String none = md(german, options(Locale.ENGLISH, AS_OF));
        String export = md(exportOnly, options(Locale.ENGLISH, AS_OF));

        // then
        assertThat(en)
                .contains("To the extent that the processing is subject to the Swiss Federal Act on Data Protection"
                        + " (FADP), this Agreement also applies under that Act")
                .contains("Federal Data Protection and Information Commissioner (FDPIC)");
        assertThat(de)
                .contains("Soweit die Verarbeitung dem schweizerischen Bundesgesetz über den Datenschutz (DSG)"
                        + " unterliegt")
                .contains("(EDÖB)");
        assertThat(export).contains("Swiss Federal Act on Data Protection (FADP), this Agreement also applies");
        assertThat(none).doesNotContain("FADP", "FDPIC");
    }

    @Test
    void should_state_the_lead_time_of_a_request_for_specific_authorisation_as_a_term_of_the_agreement() {
        // given: Edelweiss authorises sub-processors specifically, with requests 45 days ahead by e-mail
        DataProcessingAgreement specific = edelweiss();
        DataProcessingAgreement general = specific.toBuilder()
                .subprocessing(specific.getSubprocessing().orElseThrow().toBuilder()
                        .authorisation(dev.dpa4j.model.AuthorisationType.GENERAL)
                        .build())
                .build();

        // when
        String en = md(specific, options(Locale.ENGLISH, AS_OF));
        String de = md(specific, options(Locale.GERMAN, AS_OF));
        String generalEn = md(general, options(Locale.ENGLISH, AS_OF));

        // then: not tucked under "to the extent that the Controller authorises generally"
        assertThat(en)
                .contains("The Processor shall request the authorisation at least 45 days before the intended addition"
                        + " or replacement of a sub-processor and shall provide the Controller with the information it"
                        + " needs to decide on the request.")
                .contains("The request is made by e-mail.")
                .doesNotContain(
                        "To the extent that the Controller authorises the engagement of sub-processors" + " generally");
        assertThat(de)
                .contains("Der Auftragsverarbeiter beantragt die Genehmigung mindestens 45 Tage vor der beabsichtigten"
                        + " Hinzuziehung oder Ersetzung")
                .contains("Der Antrag wird per E-Mail gestellt.");
        assertThat(generalEn)
                .doesNotContain("request the authorisation", "The request is made")
                .contains("at least 45 days before it takes effect");
    }

    @Test
    void should_name_the_processors_own_transfer_in_the_description_of_the_data_flow() {
        // given: Cordwain receives the data in the United States under the Data Privacy Framework; Corrib is in Ireland
        String de = md(donauwelle(), options(Locale.GERMAN, AS_OF));
        String en = md(donauwelle(), options(Locale.ENGLISH, AS_OF));
        String eea = md(edelweiss(), options(Locale.ENGLISH, AS_OF));

        // then
        assertThat(de)
                .contains("zum Auftragsverarbeiter (Cordwain Systems, Inc.). Der Auftragsverarbeiter empfängt die Daten"
                        + " in einem Drittland (Vereinigte Staaten); Übermittlungsgrundlage: EU-US Data Privacy"
                        + " Framework (Art. 45 DSGVO).");
        assertThat(en)
                .contains("The Processor receives the data in a third country (United States); transfer mechanism:"
                        + " EU-U.S. Data Privacy Framework");
        assertThat(eea).doesNotContain("The Processor receives the data in a third country");
    }

    @Test
    void should_name_the_place_of_jurisdiction_in_the_language_of_the_document() {
        // given: Donauwelle's courts as a place per language; the same agreement with the place as a plain string
        DataProcessingAgreement a = donauwelle();
        FinalProvisions f = a.getFinalProvisions().orElseThrow();
        DataProcessingAgreement plain = a.toBuilder()
                .finalProvisions(f.toBuilder().jurisdiction("Wien").build())
                .build();

        // when
        String de = md(a, options(Locale.GERMAN, AS_OF));
        String en = md(a, options(Locale.ENGLISH, AS_OF));

        // then: each document names the place in its own language
        assertThat(en).contains("The courts of Vienna have jurisdiction.").doesNotContain("courts of Wien");
        assertThat(de).contains("Gerichtsstand ist Wien.").doesNotContain("Vienna");
        // a plain string has no language: printed as it is in either document
        assertThat(md(plain, options(Locale.ENGLISH, AS_OF))).contains("The courts of Wien have jurisdiction.");
        assertThat(md(plain, options(Locale.GERMAN, AS_OF))).contains("Gerichtsstand ist Wien.");
    }

    @Test
    void should_name_the_place_of_signature_in_the_language_of_the_document() {
        // given: Donauwelle signs in a place given per language; the same agreement with the place as a plain string
        DataProcessingAgreement a = donauwelle();
        List<Signature> plainPlaces = a.getSignatures().stream()
                .map(s -> s.toBuilder().place("Wien").build())
                .toList();
        DataProcessingAgreement plain = a.toBuilder().signatures(plainPlaces).build();

        // when
        String de = md(a, options(Locale.GERMAN, AS_OF));
        String en = md(a, options(Locale.ENGLISH, AS_OF));

        // then: each document names the place above the controller's signature in its own language (on a line of
        // its own, as no date of signature is given)
        assertThat(places(en, "Place:")).first().asString().contains("Vienna").doesNotContain("Wien");
        assertThat(places(de, "Ort:")).first().asString().contains("Wien").doesNotContain("Vienna");
        // a plain string has no language: printed as it is in either document
        assertThat(places(md(plain, options(Locale.ENGLISH, AS_OF)), "Place:"))
                .isNotEmpty()
                .allMatch(l -> l.contains("Wien") && !l.contains("Vienna"));
        assertThat(places(md(plain, options(Locale.GERMAN, AS_OF)), "Ort:"))
                .isNotEmpty()
                .allMatch(l -> l.contains("Wien"));
    }

    @Test
    void should_state_the_processors_data_privacy_framework_certification_as_a_sentence() {
        // given: Cordwain bases its own receipt of the data on the EU-U.S. framework, certified, HR data covered
        DataProcessingAgreement a = donauwelle();

        // when
        String de = md(a, options(Locale.GERMAN, AS_OF));
        String en = md(a, options(Locale.ENGLISH, AS_OF));
        String eea = md(edelweiss(), options(Locale.ENGLISH, AS_OF));

        // then: the tool, then what is certified and checked, with the Processor as subject; no list of fields
        assertThat(en)
                .contains(
                        "the transfer of the data to it is based on the following transfer mechanism: EU-U.S. Data Privacy Framework (Art. 45 GDPR). The"
                                + " Processor is certified under the EU-U.S. Data Privacy Framework, and its certification"
                                + " covers human resources data; its entry in the Data Privacy Framework List was checked on"
                                + " 1 October 2026.")
                .doesNotContain("GDPR), certified (EU-U.S. framework), HR data covered, Data Privacy Framework List"
                        + " checked on 1 October 2026.");
        assertThat(de)
                .contains(
                        "stützt sich die Übermittlung der Daten an ihn auf folgende Übermittlungsgrundlage: EU-US Data Privacy Framework (Art. 45 DSGVO)."
                                + " Der Auftragsverarbeiter ist nach dem EU-US Data Privacy Framework zertifiziert, und die"
                                + " Zertifizierung umfasst Personaldaten; seine Eintragung in der Data Privacy Framework List"
                                + " wurde am 1. Oktober 2026 geprüft.");
        // the sub-processor annex keeps its terse cell
        assertThat(line(en, "Tamarack Cloud LLC")).contains("certified (EU-U.S. framework)");
        // an agreement whose processor has no transfer of its own says nothing of a certification
        assertThat(eea).doesNotContain("The Processor is certified");
    }

    @Test
    void should_set_a_place_of_processing_apart_from_its_country() {
        // when
        String de = md(donauwelle(), options(Locale.GERMAN, AS_OF));
        String en = md(donauwelle(), options(Locale.ENGLISH, AS_OF));

        // then: the country, a dash, then what the agreement says of the place; a kind not said twice
        assertThat(en)
                .contains("United States – Data centres in Virginia")
                .contains("Support: India – Customer service team in Pune, India")
                .contains("India – Remote access from Pune")
                .doesNotContain("United States, Data centres", "Remote access: India");
        assertThat(de)
                .contains("Vereinigte Staaten – Rechenzentren in Virginia")
                .doesNotContain("Staaten, Rechenzentren");
    }

    @Test
    void should_not_name_the_party_again_as_the_organisation_of_its_own_data_protection_officer() {
        // given: Cordwain's officer is on its own staff; the same officer at an outside firm
        DataProcessingAgreement a = donauwelle();
        Party processor = a.getProcessor().orElseThrow();
        DataProcessingAgreement external = a.toBuilder()
                .processor(processor.toBuilder()
                        .dataProtectionOfficer(processor.getDataProtectionOfficer().orElseThrow().toBuilder()
                                .organisation("Example Privacy Counsel LLP")
                                .build())
                        .build())
                .build();

        // when
        String en = md(a, options(Locale.ENGLISH, AS_OF));
        String de = md(a, options(Locale.GERMAN, AS_OF));

        // then
        assertThat(en)
                .contains("The data protection officer of the Processor (Cordwain Systems, Inc.) is Dana Example,"
                        + " dpo@cordwain.example.")
                .doesNotContain("Dana Example, Cordwain Systems, Inc.");
        assertThat(de).doesNotContain("Dana Example, Cordwain Systems, Inc.");
        assertThat(md(external, options(Locale.ENGLISH, AS_OF)))
                .contains("is Dana Example, Example Privacy Counsel LLP, dpo@cordwain.example.");
    }

    @Test
    void should_start_the_breach_deadline_on_awareness_of_the_breach_or_of_the_suspicion() {
        // given: Donauwelle notifies breaches and suspected breaches within 36 hours of awareness
        String de = md(donauwelle(), options(Locale.GERMAN, AS_OF));
        String en = md(donauwelle(), options(Locale.ENGLISH, AS_OF));

        // then: the period runs from awareness of either, not of "the breach" alone
        assertThat(de)
                .contains(
                        "jeden begründeten Verdacht einer solchen Verletzung unverzüglich, spätestens jedoch innerhalb von"
                                + " 36 Stunden, nachdem ihm"
                                + " die Verletzung oder der Verdacht bekannt geworden ist.");
        assertThat(en)
                .contains(
                        "any reasonable suspicion of such a breach without undue delay and in any event within 36 hours"
                                + " after becoming aware of the"
                                + " breach or the suspicion.");
    }

    @Test
    void should_name_the_competent_authority_before_the_reason_it_is_competent() {
        // given: Donauwelle's exporter needs no representative; the authority is where the data subjects are
        String de = md(donauwelle(), options(Locale.GERMAN, AS_OF));
        String en = md(donauwelle(), options(Locale.ENGLISH, AS_OF));

        // then
        assertThat(en)
                .contains("The supervisory authority competent under Clause 13(a) is the Austrian Data Protection"
                        + " Authority, as the authority of a Member State in which the data subjects"
                        + " concerned are located, since the data exporter is not required to appoint a representative"
                        + " (Art. 27(2) GDPR).")
                .doesNotContain("the following authority");
        assertThat(de)
                .contains("Zuständige Aufsichtsbehörde nach Klausel 13 Buchstabe a ist Österreichische"
                        + " Datenschutzbehörde, als die Behörde eines Mitgliedstaats, in dem sich"
                        + " die betroffenen Personen befinden, da der Datenexporteur keinen Vertreter benennen muss"
                        + " (Art. 27 Abs. 2 DSGVO).")
                .doesNotContain("folgende Behörde");
    }
}
