/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfFramework;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.SccClause17Option;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.UkAddendumEnding;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.notice.SubprocessorList;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The transfer part of a rendered agreement (issue #12): the clause that incorporates the SCC 2021/914 by reference
 * with every option, its Appendix, the UK Addendum's tables, the Swiss adaptations and the mechanism per regime in the
 * sub-processor annex and the public list. Each element is shown where it applies and absent where it does not.
 */
class TransferRenderingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static DataProcessingAgreement quillfeather() {
        return DpaJson.read(Path.of("../examples/quillfeather-dpa-en-de.json"));
    }

    static DataProcessingAgreement example(String name) {
        return DpaJson.read(Path.of("../examples/" + name + ".json"));
    }

    static String md(DataProcessingAgreement a, Locale locale) {
        return md(
                a, RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build());
    }

    static String md(DataProcessingAgreement a, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RendererRegistry.builtIns().require(MarkdownRenderer.ID).render(a, options, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static DataProcessingAgreement transfers(DataProcessingAgreement a, UnaryOperator<TransferTerms.Builder> change) {
        return a.toBuilder()
                .transfers(
                        change.apply(a.getTransfers().orElseThrow().toBuilder()).build())
                .build();
    }

    static DataProcessingAgreement scc(DataProcessingAgreement a, UnaryOperator<SccTerms.Builder> change) {
        return transfers(
                a,
                t -> t.scc(change.apply(a.getTransfers().orElseThrow().getScc().orElseThrow().toBuilder())
                        .build()));
    }

    /** Every transfer tool of the agreement replaced by the given one, in every regime. */
    static DataProcessingAgreement everyToolReplaced(DataProcessingAgreement a, TransferMechanism tool) {
        List<Subprocessor> subs = new ArrayList<>();
        for (Subprocessor s : a.getSubprocessing().orElseThrow().getSubprocessors()) {
            subs.add(replaced(s, tool));
        }
        DataProcessingAgreement b = a.toBuilder()
                .subprocessing(a.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(subs)
                        .build())
                .build();
        return transfers(
                b, t -> t.processorTransfer(tool).processorUkTransfer(tool).processorSwissTransfer(tool));
    }

    private static Subprocessor replaced(Subprocessor s, TransferMechanism tool) {
        List<Subprocessor> children = new ArrayList<>();
        s.getSubprocessors().forEach(c -> children.add(replaced(c, tool)));
        Subprocessor.Builder b = s.toBuilder().subprocessors(children);
        if (s.getTransfer().isPresent()) {
            b.transfer(tool);
        }
        if (s.getUkTransfer().isPresent()) {
            b.ukTransfer(tool);
        }
        if (s.getSwissTransfer().isPresent()) {
            b.swissTransfer(tool);
        }
        return b.build();
    }

    @Nested
    class Clause {

        @Test
        void incorporates_the_scc_by_reference_with_every_option_in_english() {
            String md = md(quillfeather(), Locale.ENGLISH);

            assertThat(md)
                    .contains("## 10. Standard Contractual Clauses and Other Transfer Instruments")
                    .contains("adopted by Commission Implementing Decision (EU) 2021/914 of 4 June 2021"
                            + " (OJ L 199, 7.6.2021, p. 31) (the “SCC”), in Module Two (transfer controller to"
                            + " processor) and Module Three (transfer processor to processor)")
                    .contains("incorporated into this Agreement by reference and are not reproduced in it")
                    .contains(
                            "Under Module Two, the Controller is the data exporter and the Processor the data importer.")
                    .contains("The optional docking clause applies")
                    .contains("*(Clause 7 SCC)*")
                    .contains("Option 2 (general written authorisation)")
                    .contains("at least 30 days in advance. *(Clause 9(a) SCC, Option 2)*")
                    .contains("do not offer an independent dispute resolution body")
                    .contains("is the Data Protection Commission (Ireland), as the authority responsible for the data"
                            + " exporter established in the Union.")
                    .contains("The SCC are governed by the laws of Ireland. *(Clause 17 SCC, Option 1)*")
                    .contains("resolved by the courts of Ireland; data subjects may also bring proceedings in the"
                            + " Member State of their habitual residence. *(Clause 18(b) and (c) SCC)*")
                    .contains("In the event of a conflict between the SCC and any other provision of this Agreement")
                    .contains("*(Clauses 2(a) and 5 SCC)*")
                    .contains("The parties conclude the SCC together with this Agreement and in the same form")
                    .contains("is set out in Annex 4. *(Clauses 1(b) and 6 SCC)*");
        }

        @Test
        void states_the_uk_addendum_with_version_and_ending_and_the_swiss_adaptations() {
            String md = md(quillfeather(), Locale.ENGLISH);

            assertThat(md)
                    .contains("International Data Transfer Addendum to the EU Commission Standard Contractual Clauses"
                            + " issued by the UK Information Commissioner under section 119A of the Data Protection"
                            + " Act 2018, version B1.0")
                    .contains("neither party may end the UK Addendum for that reason")
                    .contains("the competent supervisory authority under Clause 13 and in Annex I.C is the FDPIC;")
                    .contains("references to the GDPR are to be read as references to the FADP")
                    .contains("at their place of habitual residence in Switzerland (Clause 18(c) SCC).");
        }

        @Test
        void is_written_in_german_without_an_english_sentence() {
            String md = md(quillfeather(), Locale.GERMAN);

            assertThat(md)
                    .contains("## § 10 Standardvertragsklauseln und weitere Übermittlungsinstrumente")
                    .contains("nach dem Durchführungsbeschluss (EU) 2021/914 der Kommission vom 4. Juni 2021"
                            + " (ABl. L 199 vom 7.6.2021, S. 31)")
                    .contains("Modul 2 (Übermittlung von Verantwortlichen an Auftragsverarbeiter)")
                    .contains("Option 2 (allgemeine schriftliche Genehmigung)")
                    .contains("mindestens 30 Tage im Voraus")
                    .contains("Die Standardvertragsklauseln unterliegen irischem Recht.")
                    .contains("gehen die Standardvertragsklauseln vor")
                    .contains("kann keine Partei das UK Addendum aus diesem Grund beenden")
                    .contains("ist der EDÖB die zuständige Aufsichtsbehörde")
                    .contains("Anhang I.B – Beschreibung der Übermittlung")
                    .doesNotContain("data exporter")
                    .doesNotContain("standard contractual clauses")
                    .doesNotContain("governed by")
                    .doesNotContain("to be completed")
                    .doesNotContain("checked on")
                    .doesNotContain("Module Three");
        }

        @Test
        void states_option_1_option_2_of_clause_17_and_a_redress_body_when_chosen() {
            var a = scc(
                    quillfeather(),
                    s -> s.clause9Option(AuthorisationType.SPECIFIC)
                            .clause17Option(SccClause17Option.OPTION_2)
                            .governingLaw(CountryCode.of("NL"))
                            .redressBody("Example Mediation Board"));

            String md = md(a, Locale.ENGLISH);

            assertThat(md)
                    .contains("Option 1 (specific prior authorisation): the data importer shall submit a specific"
                            + " request for authorisation at least 30 days before engaging a sub-processor; the"
                            + " sub-processors authorised are listed in Annex 3.")
                    .contains("the law of the Member State in which the data exporter is established; where that law"
                            + " does not allow for third-party beneficiary rights, they are governed by the laws of"
                            + " the Netherlands. *(Clause 17 SCC, Option 2)*")
                    .contains("independent dispute resolution body Example Mediation Board at no cost to them")
                    .doesNotContain("Option 2 (general written authorisation)");
        }

        @Test
        void states_that_the_docking_clause_does_not_apply_when_excluded() {
            String md = md(scc(quillfeather(), s -> s.dockingClause(false)), Locale.ENGLISH);

            assertThat(md)
                    .contains("The optional docking clause does not apply.")
                    .doesNotContain("may accede to the SCC");
        }

        @Test
        void is_absent_when_no_recipient_relies_on_the_clauses() {
            TransferMechanism adequacy = TransferMechanism.builder()
                    .type(TransferMechanismType.ADEQUACY_DECISION)
                    .build();

            String md = md(everyToolReplaced(quillfeather(), adequacy), Locale.ENGLISH);

            assertThat(md)
                    .doesNotContain("Standard Contractual Clauses and Other Transfer Instruments")
                    .doesNotContain("Appendix to the Standard Contractual Clauses")
                    .doesNotContain("UK Addendum")
                    // the Swiss adaptations of the clauses; the definitions still say the agreement applies under
                    // the FADP, the data being exported under the Swiss regime
                    .doesNotContain("made its recognition of the SCC conditional");
        }

        @Test
        void is_absent_for_agreements_without_transfer_terms_or_transfers() {
            assertThat(md(example("jomoco-avv-de"), Locale.GERMAN)).doesNotContain("Standardvertragsklauseln und");
            assertThat(md(example("just-avv-de"), Locale.GERMAN)).doesNotContain("Standardvertragsklauseln und");
            // larkspur relies on the clauses for one recipient but states no SCC terms: no clause is invented
            assertThat(md(example("larkspur-dpa-en"), Locale.ENGLISH))
                    .doesNotContain("Standard Contractual Clauses and Other Transfer Instruments")
                    .doesNotContain("Appendix to the Standard Contractual Clauses");
        }

        @Test
        void leaves_out_the_uk_and_swiss_parts_for_eu_exports_only() {
            var a = transfers(quillfeather(), t -> t.exportRegimes(Set.of(TransferRegime.EU)));

            String md = md(a, Locale.ENGLISH);

            assertThat(md)
                    .contains("Standard Contractual Clauses and Other Transfer Instruments")
                    .doesNotContain("UK Addendum")
                    .doesNotContain("Swiss Federal Act on Data Protection")
                    .doesNotContain("United Kingdom (UK GDPR):")
                    .doesNotContain("FDPIC");
        }

        @Test
        void shows_a_gap_and_invents_nothing_when_clause_17_law_is_missing() {
            var a = scc(quillfeather(), s -> s.governingLaw(Optional.empty()));

            String md = md(a, Locale.ENGLISH);

            assertThat(md)
                    .contains("The SCC are governed by \\[to be completed: Member State whose law governs the SCC"
                            + " (Clause 17)\\].")
                    .doesNotContain("The SCC are governed by the laws of Ireland");
        }

        @Test
        void an_executed_agreement_with_such_a_gap_fails_validation_instead_of_passing_silently() {
            var a = scc(quillfeather(), s -> s.governingLaw(Optional.empty()));
            assertThat(a.getStatus()).isEqualTo(AgreementStatus.EXECUTED);

            List<Finding> errors =
                    Validator.builder().asOf(AS_OF).build().validate(a).getFindingsAtOrAbove(Severity.ERROR);

            assertThat(errors).extracting(Finding::getRuleId).contains("SCC_GOVERNING_LAW");
            assertThat(Validator.builder()
                            .asOf(AS_OF)
                            .build()
                            .validate(quillfeather())
                            .getFindingsAtOrAbove(Severity.ERROR))
                    .extracting(Finding::getRuleId)
                    .doesNotContain("SCC_GOVERNING_LAW", "SCC_ANNEX", "SCC_FORUM", "SCC_CLAUSE9");
        }
    }

    @Nested
    class Appendix {

        @Test
        void fills_annex_i_from_the_agreement() {
            String md = md(quillfeather(), Locale.ENGLISH);

            assertThat(md)
                    .contains("## Annex 4 – Appendix to the Standard Contractual Clauses")
                    .contains("| Kestrel Outdoor Ltd | data exporter (controller), Module Two |")
                    .contains("| Quillfeather Software, Inc. | data importer (processor), Module Two; data exporter"
                            + " (processor), Module Three |")
                    .contains("- Beacon Mail Inc. (data exporter) to Tallow Support Services Pvt. Ltd. (data importer)")
                    .contains("| Frequency of the transfer | continuous, for the duration of the processing |")
                    .contains("| Sensitive data | none |")
                    .contains("| Retention period | For the term of the Main Contract;")
                    .contains("### Annex I.C – Competent supervisory authority\n\nData Protection Commission (Ireland)")
                    .contains("the Federal Data Protection and Information Commissioner (FDPIC), Bern.")
                    .contains("The technical and organisational measures of the data importer are those set out in"
                            + " Annex 2.")
                    .contains(
                            "**Lattice Analytics LLC**: transfer impact assessment carried out (dated 14 September 2026,"
                                    + " QF-TIA-2026-02)")
                    .contains("pseudonymisation: User identifiers are replaced by keyed hashes before they leave the"
                            + " EEA; the key stays in Ireland.")
                    .contains("| **Tallow Support Services Pvt. Ltd.** | 14 Example Tech Park");
        }

        @Test
        void shows_gaps_for_annex_i_b_when_frequency_and_retention_are_missing() {
            var a = scc(quillfeather(), s -> s.frequency(Optional.empty()).retention(Optional.empty()));

            String md = md(a, Locale.ENGLISH);

            assertThat(md)
                    .contains("| Frequency of the transfer | \\[to be completed: frequency of the transfer\\] |")
                    .contains("| Retention period | \\[to be completed: retention period or the criteria to"
                            + " determine it\\] |");
        }

        @Test
        void fills_the_uk_addendum_tables() {
            String md = md(quillfeather(), Locale.ENGLISH);

            assertThat(md)
                    .contains("## Annex 5 – UK Addendum: Tables 1 to 4")
                    .contains("The start date is 1 December 2026.")
                    .contains("| Module Three | yes | not used | general authorisation | 30 days |")
                    .contains("as incorporated in Section 10")
                    .contains("Which party may end the UK Addendum: neither party.");
        }

        @Test
        void names_the_ending_option_chosen_in_table_4() {
            var a = transfers(
                    quillfeather(),
                    t -> t.uk(t.build().getUk().orElseThrow().toBuilder()
                            .ending(UkAddendumEnding.IMPORTER)
                            .build()));
            String md = md(a, Locale.ENGLISH);
            assertThat(md)
                    .contains("Which party may end the UK Addendum: the importer.")
                    .contains("the data importer may end the UK Addendum.");
        }

        static DataProcessingAgreement idta(UnaryOperator<dev.dpa4j.model.UkTransferTerms.Builder> change) {
            return transfers(
                    quillfeather(),
                    t -> t.uk(change.apply(dev.dpa4j.model.UkTransferTerms.builder()
                                    .tool(dev.dpa4j.model.UkTransferTool.IDTA)
                                    .version("A1.0")
                                    .date(LocalDate.of(2026, 12, 1)))
                            .build()));
        }

        @Test
        void states_the_idta_governing_law_and_place_for_claims_in_english() {
            String md = md(
                    idta(b -> b.governingLaw(dev.dpa4j.model.UkJurisdiction.SCOTLAND)
                            .forum(dev.dpa4j.model.UkJurisdiction.ENGLAND_AND_WALES)
                            .exporterStatus(dev.dpa4j.model.IdtaPartyStatus.CONTROLLER)
                            .importerStatus(dev.dpa4j.model.IdtaPartyStatus.PROCESSOR)
                            .reviewDate(LocalDate.of(2027, 12, 1))),
                    Locale.ENGLISH);
            assertThat(md)
                    .contains("International Data Transfer Agreement issued by the UK Information Commissioner")
                    .contains("The IDTA is governed by the law of Scotland. The courts of England and Wales are the"
                            + " primary place where the parties bring legal claims under the IDTA."
                            + " *(IDTA, Table 2; Art. 46(2)(d) UK GDPR)*")
                    .contains("## Annex 5 – IDTA: Tables of Part 1")
                    .contains("Table 2 – Transfer Details\n")
                    .contains("The Exporter acts as controller, the Importer as processor.")
                    .contains("The Linked Agreement is this Agreement.")
                    .contains("The first review date is 1 December 2027.")
                    .contains("Table 2 – Transfer Details\n\nThe IDTA is governed by the law of Scotland. The courts of"
                            + " England and Wales are the primary place where the parties bring legal claims under the"
                            + " IDTA.")
                    .doesNotContain("to be completed")
                    .doesNotContain("UK Addendum: Tables 1 to 4")
                    .doesNotContain("Mandatory Clauses");
        }

        @Test
        void states_the_idta_governing_law_and_place_for_claims_in_german() {
            String md = md(
                    idta(b -> b.governingLaw(dev.dpa4j.model.UkJurisdiction.NORTHERN_IRELAND)
                            .forum(dev.dpa4j.model.UkJurisdiction.NORTHERN_IRELAND)
                            .exporterStatus(dev.dpa4j.model.IdtaPartyStatus.PROCESSOR)
                            .importerStatus(dev.dpa4j.model.IdtaPartyStatus.SUB_PROCESSOR)
                            .linkedAgreement("Unterauftragsvertrag vom 1. Dezember 2026")),
                    Locale.GERMAN);
            assertThat(md)
                    .contains("Das IDTA unterliegt dem Recht von Nordirland. Klagen der Parteien aus dem IDTA sind"
                            + " vorrangig vor den Gerichten von Nordirland zu erheben."
                            + " *(IDTA, Tabelle 2; Art. 46 Abs. 2 lit. d UK GDPR)*")
                    .contains("Tabelle 2 – Angaben zur Übermittlung\n")
                    .contains("Der Exporteur handelt als Auftragsverarbeiter, der Importeur als"
                            + " Unterauftragsverarbeiter.")
                    .contains("Verbundener Vertrag (Linked Agreement) ist Unterauftragsvertrag vom 1. Dezember 2026.")
                    .doesNotContain("Überprüfungsdatum")
                    .contains("Tabelle 2 – Angaben zur Übermittlung\n\nDas IDTA unterliegt dem Recht von Nordirland.")
                    .doesNotContain("governed by")
                    .doesNotContain("Northern Ireland")
                    .doesNotContain("noch zu ergänzen");
        }

        @Test
        void shows_a_gap_and_invents_no_uk_law_when_the_idta_choices_are_missing() {
            String md = md(idta(b -> b), Locale.ENGLISH);
            assertThat(md)
                    .contains("The IDTA is governed by the law of [to be completed: the part of the United Kingdom"
                                    .replace("[", "\\[")
                            + " whose law governs the IDTA (Table 2)\\]")
                    .contains("The Exporter acts as [to be completed: the status of the Exporter".replace("[", "\\["))
                    .doesNotContain("Linked Agreement")
                    .doesNotContain("law of England and Wales")
                    .doesNotContain("law of Scotland");
        }

        @Test
        void uses_roman_numbers_after_the_2021_915_annexes() {
            String md = md(
                    quillfeather(),
                    RenderOptions.builder(Locale.ENGLISH)
                            .asOf(AS_OF)
                            .annexLayout(AnnexLayout.SCC_2021_915)
                            .build());
            assertThat(md)
                    .contains("## Annex V – Appendix to the Standard Contractual Clauses")
                    .contains("## Annex VI – UK Addendum: Tables 1 to 4");
        }
    }

    @Nested
    class Mechanisms {

        @Test
        void sub_processor_annex_states_each_regime_with_dpf_check_date_and_hr_coverage() {
            String md = md(quillfeather(), Locale.ENGLISH);

            assertThat(md)
                    .contains("EU/EEA (GDPR): EU-U.S. Data Privacy Framework (Art. 45 GDPR), certified (EU-U.S."
                            + " framework), HR data not covered, Data Privacy Framework List checked on 16 November"
                            + " 2026; United Kingdom (UK GDPR): UK Extension to the EU-U.S. Data Privacy Framework")
                    .contains("Switzerland (FADP): Swiss-U.S. Data Privacy Framework (Art. 16(1) FADP), certified"
                            + " (Swiss-U.S. framework)")
                    .contains("(Module Three), Data Privacy Framework: not certified, Data Privacy Framework List"
                            + " checked on 16 November 2026");
        }

        @Test
        void larkspur_annex_labels_its_dates_and_states_the_clauses_once() {
            String md = md(example("larkspur-dpa-en"), Locale.ENGLISH);

            assertThat(md)
                    .contains("EU-U.S. Data Privacy Framework (Art. 45 GDPR), certified (EU-U.S. framework), HR data"
                            + " covered, Data Privacy Framework List checked on 1 March 2026, in place since 1"
                            + " February 2024")
                    .doesNotContain("2026-03-01")
                    .doesNotContain("Module 3 (processor to processor)");
        }

        @Test
        void a_recipient_not_listed_under_the_framework_part_of_its_regime_is_named_so() {
            var a = quillfeather();
            Subprocessor beacon =
                    a.getSubprocessing().orElseThrow().getSubprocessors().get(1);
            TransferMechanism uk = beacon.getUkTransfer().orElseThrow();
            Subprocessor changed = beacon.toBuilder()
                    .ukTransfer(uk.toBuilder()
                            .dpf(DpfCertification.builder()
                                    .status(DpfStatus.CERTIFIED)
                                    .frameworks(Set.of(DpfFramework.EU_US))
                                    .checkedOn(LocalDate.of(2026, 11, 16))
                                    .build())
                            .build())
                    .build();
            List<Subprocessor> subs =
                    new ArrayList<>(a.getSubprocessing().orElseThrow().getSubprocessors());
            subs.set(1, changed);
            var b = a.toBuilder()
                    .subprocessing(a.getSubprocessing().orElseThrow().toBuilder()
                            .subprocessors(subs)
                            .build())
                    .build();

            assertThat(md(b, Locale.ENGLISH)).contains("certified (but not under the UK Extension)");
        }

        @Test
        void public_list_states_each_regime_and_the_check_date() {
            String en = SubprocessorList.html(quillfeather(), Locale.ENGLISH);
            String de = SubprocessorList.html(quillfeather(), Locale.GERMAN);

            assertThat(en)
                    .contains(
                            "EU/EEA: EU-US Data Privacy Framework (Art. 45 GDPR), certified, HR data not covered, list checked on 16 November 2026; United Kingdom:")
                    .contains("not certified under the Data Privacy Framework");
            assertThat(de)
                    .contains("Vereinigtes Königreich:")
                    .contains("Liste geprüft am 16. November 2026")
                    .doesNotContain("checked on");
        }

        @Test
        void public_list_of_an_eu_only_agreement_keeps_one_mechanism_per_row() {
            var subs = example("larkspur-dpa-en")
                    .getSubprocessing()
                    .map(SubprocessingTerms::getSubprocessors)
                    .orElseThrow();
            assertThat(subs).allMatch(s -> s.getUkTransfer().isEmpty());
            assertThat(SubprocessorList.html(example("larkspur-dpa-en"), Locale.ENGLISH))
                    .doesNotContain("EU/EEA:")
                    .contains("list checked on 1 March 2026");
        }
    }
}
