/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.TransferRenderingTest.md;
import static dev.dpa4j.render.TransferRenderingTest.quillfeather;
import static dev.dpa4j.render.TransferRenderingTest.transfers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.UkTransferTool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a lawyer reading the rendered Quillfeather (German), Jomoco (English) and SCC-layout documents end to end
 * would reject (issue #10): each fix shown where it applies, on an agreement planted for it, and absent where it
 * does not apply.
 */
class LawyerReadingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static RenderOptions standard(Locale locale) {
        return RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build();
    }

    private static RenderOptions scc(Locale locale) {
        return RenderOptions.builder(locale)
                .asOf(AS_OF)
                .fingerprint(false)
                .annexLayout(AnnexLayout.SCC_2021_915)
                .build();
    }

    private static DataProcessingAgreement forwardingIn(TimePeriod period) {
        DataProcessingAgreement full = TestAgreements.full();
        return full.toBuilder()
                .assistance(full.getAssistance().orElseThrow().toBuilder()
                        .forwardingDeadline(TimeLimit.builder().period(period).build())
                        .build())
                .build();
    }

    @Test
    void should_define_business_days_when_a_period_counts_them() {
        // given
        DataProcessingAgreement business = forwardingIn(TimePeriod.of(2, PeriodUnit.BUSINESS_DAYS));
        DataProcessingAgreement hours = forwardingIn(TimePeriod.ofHours(24));

        // when
        String de = md(business, standard(Locale.GERMAN));
        String en = md(business, standard(Locale.ENGLISH));
        String withoutDe = md(hours, standard(Locale.GERMAN));
        String withoutEn = md(hours, standard(Locale.ENGLISH));

        // then: the definition sits in the definitions section, before the period that uses it
        assertThat(de).contains("innerhalb von 2 Arbeitstagen");
        assertThat(de.indexOf("Ein „Arbeitstag“ ist jeder Tag von Montag bis Freitag"))
                .isPositive()
                .isLessThan(de.indexOf("innerhalb von 2 Arbeitstagen"));
        assertThat(en).contains("within 2 business days");
        assertThat(en.indexOf("A “business day” is any day from Monday to Friday"))
                .isPositive()
                .isLessThan(en.indexOf("within 2 business days"));
        assertThat(withoutDe).doesNotContain("Arbeitstag");
        assertThat(withoutEn).doesNotContain("business day");
    }

    @Test
    void should_base_the_processors_own_receipt_of_the_data_on_its_tool_not_a_transfer_by_it() {
        // given: a processor outside the EEA with its own tool (Module 2: the controller exports to it)
        TransferMechanism module2 = TransferMechanism.builder()
                .type(TransferMechanismType.SCC_2021_914)
                .sccModule(SccModule.MODULE_2)
                .build();
        DataProcessingAgreement own = transfers(TestAgreements.full(), t -> t.processorTransfer(module2));

        // when
        String de = md(own, standard(Locale.GERMAN));
        String en = md(own, standard(Locale.ENGLISH));
        String none = md(TestAgreements.full(), standard(Locale.ENGLISH));

        // then
        assertThat(de)
                .contains(
                        "Verarbeitet der Auftragsverarbeiter die Daten selbst in einem Drittland, stützt sich die"
                                + " Übermittlung der Daten an ihn auf folgende Übermittlungsgrundlage: Standardvertragsklauseln")
                .doesNotContain("Übermittelt der Auftragsverarbeiter selbst");
        assertThat(en)
                .contains("Where the Processor itself processes the data in a third country, the transfer of the data"
                        + " to it is based on the following transfer mechanism: standard contractual clauses")
                .doesNotContain("itself transfers");
        assertThat(none).doesNotContain("the transfer of the data to it");
    }

    @Test
    void should_name_the_uk_instrument_by_its_defined_term_when_stating_its_start() {
        // given
        DataProcessingAgreement idta = transfers(
                quillfeather(),
                t -> t.uk(t.build().getUk().orElseThrow().toBuilder()
                        .tool(UkTransferTool.IDTA)
                        .version("A1.0")
                        .build()));

        // when
        String addendumDe = md(quillfeather(), standard(Locale.GERMAN));
        String addendumEn = md(quillfeather(), standard(Locale.ENGLISH));
        String idtaDe = md(idta, standard(Locale.GERMAN));
        String idtaEn = md(idta, standard(Locale.ENGLISH));

        // then
        assertThat(addendumDe)
                .contains("(das „UK Addendum“)", "Das UK Addendum gilt zwischen den Parteien ab dem 1. Dezember 2026.")
                .contains("Klausel 9 Buchstabe a (Genehmigung)")
                .doesNotContain("britische Instrument", "Buchst. a");
        assertThat(addendumEn)
                .contains("(the “UK Addendum”)", "The UK Addendum applies between the parties from 1 December 2026.")
                .doesNotContain("UK instrument");
        assertThat(idtaDe)
                .contains("(das „IDTA“)", "Das IDTA gilt zwischen den Parteien ab dem 1. Dezember 2026.")
                .doesNotContain("Das UK Addendum gilt");
        assertThat(idtaEn)
                .contains("(the “IDTA”)", "The IDTA applies between the parties from 1 December 2026.")
                .doesNotContain("The UK Addendum applies");
    }

    @Test
    void should_state_the_adequacy_finding_for_an_eea_recipient_under_the_uk_and_swiss_regimes() {
        // given: the test agreement's German data centre, exported under the GDPR alone and under all three regimes
        DataProcessingAgreement euOnly = TestAgreements.full();
        DataProcessingAgreement three =
                transfers(euOnly, t -> t.addExportRegimes(TransferRegime.EU, TransferRegime.UK, TransferRegime.CH));

        // when
        String en = md(three, standard(Locale.ENGLISH));
        String de = md(three, standard(Locale.GERMAN));
        String single = md(euOnly, standard(Locale.ENGLISH));

        // then
        String hetznerEn = row(en, "**Hetzner Online GmbH**");
        assertThat(hetznerEn)
                .contains("EU/EEA (GDPR): not required (EU/EEA)")
                .contains("United Kingdom (UK GDPR): UK adequacy regulations (Art. 45A UK GDPR)")
                .contains("Switzerland (FADP): adequate state under Annex 1 of the Swiss Data Protection Ordinance");
        assertThat(row(de, "**Hetzner Online GmbH**"))
                .contains("EU/EWR (DSGVO): nicht erforderlich (EU/EWR)")
                .contains("Vereinigtes Königreich (UK GDPR): britische Angemessenheitsverordnung")
                .contains("Schweiz (DSG): Staat mit angemessenem Schutz nach Anhang 1 der Datenschutzverordnung")
                .doesNotContain("UK GDPR): nicht erforderlich", "DSG): nicht erforderlich");
        assertThat(row(single, "**Hetzner Online GmbH**"))
                .contains("not required (EU/EEA)")
                .doesNotContain("adequacy", "adequate");
    }

    @Test
    void should_give_the_scc_annexes_the_signature_duration_and_contact_that_the_2021_915_clauses_ask_for() {
        // given: a sub-processor with a contact person
        DataProcessingAgreement full = TestAgreements.full();
        List<Subprocessor> subs =
                new ArrayList<>(full.getSubprocessing().orElseThrow().getSubprocessors());
        subs.set(
                0,
                subs.get(0).toBuilder()
                        .contact(ContactPoint.builder()
                                .name("Datenschutz Hetzner")
                                .email("privacy@hetzner.example")
                                .build())
                        .build());
        DataProcessingAgreement a = full.toBuilder()
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(subs)
                        .build())
                .build();
        DataProcessingAgreement noSubprocessors =
                a.toBuilder().subprocessing(java.util.Optional.empty()).build();

        // when
        String en = md(a, scc(Locale.ENGLISH));
        String de = md(a, scc(Locale.GERMAN));
        String standardEn = md(a, standard(Locale.ENGLISH));
        String alone = md(noSubprocessors, scc(Locale.ENGLISH));

        // then: Annex I
        assertThat(en).contains("| Role | Name | Address | Contact | Signature and date of accession |");
        assertThat(de).contains("| Rolle | Name | Anschrift | Kontaktstelle | Unterschrift und Datum des Beitritts |");
        // Annex II
        assertThat(en)
                .contains("### Duration of the processing")
                .contains("The processing lasts as long as this Agreement applies and, after that, until the data"
                        + " has been deleted or returned under it.")
                .contains("### Processing by sub-processors")
                .contains("The subject matter and nature of the processing by each sub-processor are set out in"
                        + " Annex IV;");
        assertThat(de)
                .contains("### Dauer der Verarbeitung")
                .contains("### Verarbeitung durch Unterauftragsverarbeiter")
                .contains("sind in Anhang IV angegeben;");
        assertThat(alone).contains("### Duration of the processing").doesNotContain("Processing by sub-processors");
        // Annex IV
        assertThat(en)
                .contains("| Sub-processor | Address / seat | Contact | Service |")
                .contains("Datenschutz Hetzner, privacy@hetzner.example");
        // none of it in the standard layout
        assertThat(standardEn)
                .doesNotContain("Signature and date of accession")
                .doesNotContain("The processing lasts as long as this Agreement applies")
                .doesNotContain("| Contact | Service |")
                .doesNotContain("privacy@hetzner.example");
    }

    /** The line of a Markdown table that starts with the given cell. */
    private static String row(String md, String firstCell) {
        return md.lines()
                .filter(l -> l.startsWith("| " + firstCell))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell));
    }
}
