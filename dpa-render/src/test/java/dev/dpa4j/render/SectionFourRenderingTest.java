/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The facts of issue 11 section 4 that a signed contract must show: who bears the costs of assistance, instructions
 * and deletion, a deletion fee, retention per data category, measures that are Art. 9 safeguards, exceptions to the
 * residency promise, the status of the sub-processor list, approval by silence and amendments deemed accepted.
 */
class SectionFourRenderingTest {

    private static final RenderOptions EN =
            RenderOptions.builder(Locale.ENGLISH).build();
    private static final RenderOptions DE = RenderOptions.builder(Locale.GERMAN).build();

    private static String markdown(DataProcessingAgreement a, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MarkdownRenderer.create().render(a, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The line of the document that contains the text; fails if there is none. */
    private static String line(String document, String text) {
        return document.lines()
                .filter(l -> l.contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line contains: " + text));
    }

    private static DataProcessingAgreement withFacts() {
        DataProcessingAgreement full = TestAgreements.full();
        ProcessingDescription processing = full.getProcessing().orElseThrow();
        List<DataCategory> categories = new ArrayList<>(processing.getDataCategories());
        categories.set(
                0,
                categories.get(0).toBuilder()
                        .retention(TimeLimit.builder()
                                .period(TimePeriod.of(90, PeriodUnit.CALENDAR_DAYS))
                                .build())
                        .retentionAfterEnd(TimeLimit.builder()
                                .period(TimePeriod.of(14, PeriodUnit.CALENDAR_DAYS))
                                .build())
                        .build());
        List<TechnicalOrganisationalMeasure> measures =
                new ArrayList<>(full.getSecurity().orElseThrow().getMeasures());
        measures.set(
                0, measures.get(0).toBuilder().specialCategorySafeguard(true).build());
        return full.toBuilder()
                .processing(processing.toBuilder().dataCategories(categories).build())
                .security(full.getSecurity().orElseThrow().toBuilder()
                        .measures(measures)
                        .build())
                .assistance(full
                        .getAssistance()
                        .orElseGet(() -> AssistanceTerms.builder().build())
                        .toBuilder()
                        .costBearer(CostBearer.CONTROLLER_UNLESS_BREACH_FOUND)
                        .build())
                .endOfProcessing(full.getEndOfProcessing().orElseThrow().toBuilder()
                        .costBearer(CostBearer.CONTROLLER)
                        .fee(MonetaryRate.builder()
                                .amount(new BigDecimal("150"))
                                .currency("EUR")
                                .unit(RateUnit.HOUR)
                                .build())
                        .build())
                .transfers(full.getTransfers().orElseThrow().toBuilder()
                        .euEeaOnly(true)
                        .addResidencyExceptions(LocalizedText.de("Fernwartung durch Beispiel Inc. aus den USA"
                                        + " auf Anforderung des Verantwortlichen")
                                .with(
                                        "en",
                                        "Remote maintenance by Beispiel Inc. from the United States at the"
                                                + " Controller's request"))
                        .build())
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .listExhaustive(true)
                        .listPartOfAgreement(true)
                        .deemedApproval(true)
                        .build())
                .finalProvisions(full.getFinalProvisions().orElseThrow().toBuilder()
                        .deemedConsentToAmendments(true)
                        .build())
                .build();
    }

    @Test
    void should_state_costs_retention_safeguards_exceptions_and_mechanics_when_the_agreement_states_them() {
        // given
        DataProcessingAgreement a = withFacts();

        // when
        String de = markdown(a, DE);
        String en = markdown(a, EN);

        // then
        assertThat(de)
                .contains("trägt der Verantwortliche, es sei denn, die Unterstützung ist durch einen Verstoß")
                .contains("Die Kosten der Löschung oder Rückgabe trägt der Verantwortliche.")
                .contains("Für die Löschung oder Rückgabe kann der Auftragsverarbeiter eine Vergütung von")
                .contains("Kontaktdaten: während der Verarbeitung 90")
                .contains("Kontaktdaten: nach dem Ende der Verarbeitung 14")
                .contains("### Speicherfristen je Datenkategorie")
                .contains("### Technische und organisatorische Schutzvorkehrungen für besondere Kategorien")
                .contains("nur in den folgenden Fällen zulässig")
                .contains("Fernwartung durch Beispiel Inc. aus den USA")
                .contains("Die Liste der Unterauftragsverarbeiter ist abschließend.")
                .contains("Die Liste der Unterauftragsverarbeiter ist Bestandteil dieser Vereinbarung.")
                .contains("gilt die Änderung als genehmigt")
                .contains("gelten als angenommen, wenn der Verantwortliche ihnen nicht widerspricht")
                .doesNotContain("Remote maintenance");
        assertThat(en)
                .contains("The Controller bears the costs of assistance under this clause, unless")
                .contains("The Controller bears the costs of deletion or return.")
                .contains("For deletion or return, the Processor may charge a fee of")
                .contains("Contact data: during the processing, 90")
                .contains("Contact data: after the end of the processing, 14")
                .contains("### Technical and organisational safeguards for special categories")
                .contains("Remote maintenance by Beispiel Inc. from the United States")
                .contains("The list of sub-processors is exhaustive.")
                .contains("the change is deemed approved")
                .contains("are deemed accepted unless the Controller objects to them")
                .doesNotContain("Fernwartung");
    }

    @Test
    void should_state_a_limited_notice_and_a_notice_after_the_change_with_their_citation_when_stated() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement a = full.toBuilder()
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .noticeLimitation(LocalizedText.de("nur Unterauftragsverarbeiter der Hauptleistungen")
                                .with("en", "only sub-processors of the main services"))
                        .noticeAfterChange(true)
                        .build())
                .build();

        // when
        String de = markdown(a, DE);
        String en = markdown(a, EN);

        // then
        assertThat(line(de, "wie folgt beschränkt: nur Unterauftragsverarbeiter der Hauptleistungen"))
                .endsWith("*(Art. 28 Abs. 2 DSGVO)*");
        assertThat(line(de, "erst, wenn die Änderung bereits vorgenommen ist.")).endsWith("*(Art. 28 Abs. 2 DSGVO)*");
        assertThat(line(en, "limited as follows: only sub-processors of the main services"))
                .endsWith("*(Art. 28(2) GDPR)*");
        assertThat(line(en, "only once the change has been made.")).endsWith("*(Art. 28(2) GDPR)*");
        assertThat(markdown(full, DE)).doesNotContain("wie folgt beschränkt").doesNotContain("bereits vorgenommen");
    }

    @Test
    void should_state_how_long_backups_are_kept_after_the_deletion_with_its_citation_when_stated() {
        // given
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement period = full.toBuilder()
                .endOfProcessing(full.getEndOfProcessing().orElseThrow().toBuilder()
                        .backupRetention(TimeLimit.builder()
                                .period(TimePeriod.of(35, PeriodUnit.CALENDAR_DAYS))
                                .build())
                        .build())
                .build();
        DataProcessingAgreement wording = full.toBuilder()
                .endOfProcessing(full.getEndOfProcessing().orElseThrow().toBuilder()
                        .backupRetention(TimeLimit.builder()
                                .wording(LocalizedText.de("bis zum Überschreiben im regulären Sicherungszyklus")
                                        .with("en", "until overwritten in the regular backup cycle"))
                                .build())
                        .build())
                .build();

        // when
        String de = markdown(period, DE);
        String en = markdown(period, EN);
        String deWording = markdown(wording, DE);

        // then
        assertThat(line(de, "nach deren Löschung längstens 35 Tage aufbewahrt"))
                .endsWith("*(Art. 28 Abs. 3 Satz 2 lit. g, Art. 5 Abs. 1 lit. e DSGVO)*");
        assertThat(line(en, "kept after its deletion for no longer than 35 days"))
                .endsWith("*(Art. 28(3)(g), Art. 5(1)(e) GDPR)*");
        assertThat(line(deWording, "gilt Folgendes: bis zum Überschreiben im regulären Sicherungszyklus"))
                .endsWith("*(Art. 28 Abs. 3 Satz 2 lit. g, Art. 5 Abs. 1 lit. e DSGVO)*");
        assertThat(markdown(full, DE)).doesNotContain("Sicherungskopien, die die personenbezogenen Daten");
    }

    @Test
    void should_state_none_of_them_when_the_agreement_is_silent() {
        // given
        DataProcessingAgreement a = TestAgreements.full();

        // when
        String de = markdown(a, DE);
        String en = markdown(a, EN);

        // then
        assertThat(de)
                .doesNotContain("Die Kosten der Unterstützung")
                .doesNotContain("Die Kosten der Löschung oder Rückgabe")
                .doesNotContain("Kontaktdaten: während")
                .doesNotContain("Technische und organisatorische Schutzvorkehrungen")
                .doesNotContain("in den folgenden Fällen zulässig")
                .doesNotContain("Liste der Unterauftragsverarbeiter ist abschließend")
                .doesNotContain("gilt die Änderung als genehmigt")
                .doesNotContain("gelten als angenommen");
        assertThat(en)
                .doesNotContain("costs of assistance under this clause")
                .doesNotContain("Contact data: during")
                .doesNotContain("deemed approved")
                .doesNotContain("deemed accepted");
    }
}
