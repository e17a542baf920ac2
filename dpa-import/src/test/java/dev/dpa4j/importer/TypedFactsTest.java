/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomChangePolicy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed facts read from wording that real agreements use: periods written as words and in clauses that share a
 * sentence, breach deadlines, audit frequency limits, the SCC 2021/915 flags and the values of fixed lists
 * (precedence, change policy, assisted articles, breach notice content), each with a sentence where the fact is
 * stated and one where it must not be read. All sentences are written for this test.
 */
class TypedFactsTest {

    private static DataProcessingAgreement englishWith(String heading, String body) {
        return CompletenessTest.withSection(CompletenessTest.strongEnglish(), heading, body)
                .getDraft();
    }

    private static DataProcessingAgreement german(String heading, String body) {
        String doc = "Vereinbarung zur Auftragsverarbeitung\n\n"
                + "§ 1 Parteien\n\nDiese Vereinbarung wird zwischen der Kornblume Handels GmbH (nachfolgend "
                + "„Auftraggeber“) und der Lindenhof Rechenzentrum AG (nachfolgend „Auftragnehmer“) geschlossen.\n\n"
                + "§ 2 Gegenstand\n\nDer Auftragnehmer verarbeitet personenbezogene Daten im Auftrag des "
                + "Auftraggebers für den Betrieb eines Kundenportals.\n\n"
                + "§ 3 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                + "Auftraggebers.\n\n"
                + "§ 4 Vertraulichkeit\n\nDie eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n\n"
                + heading + "\n\n" + body + "\n\n"
                + "§ 20 Schlussbestimmungen\n\nEs gilt deutsches Recht.\n";
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getDraft();
    }

    private static Optional<TimePeriod> period(Optional<TimeLimit> limit) {
        return limit.flatMap(TimeLimit::getPeriod);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Customer may raise an objection within fourteen days of receiving the notice.|14|CALENDAR_DAYS",
                "The Customer may object within ten (10) business days after the notice.|10|BUSINESS_DAYS",
                "Objections must reach the Processor no later than two weeks after the announcement.|2|WEEKS",
                "The objection period is 1 month from the date of the notice.|1|MONTHS"
            })
    void should_read_objection_periods_in_english_wording(String sentence, int amount, PeriodUnit unit) {
        DataProcessingAgreement a = englishWith(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                        + "The Processor will tell the Customer of any intended new sub-processor by e-mail. "
                        + sentence);
        assertThat(period(a.getSubprocessing().orElseThrow().getObjectionPeriod()))
                .contains(TimePeriod.of(amount, unit));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Der Auftraggeber kann der Änderung innerhalb von vierzehn Tagen nach Zugang der Mitteilung widersprechen.|14|CALENDAR_DAYS",
                "Die Widerspruchsfrist beträgt zwei Wochen ab Zugang der Information.|2|WEEKS",
                "Ein Einspruch ist binnen 10 Werktagen schriftlich zu erheben.|10|BUSINESS_DAYS",
                "Der Auftraggeber kann binnen eines Monats Einwände erheben.|1|MONTHS"
            })
    void should_read_objection_periods_in_german_wording(String sentence, int amount, PeriodUnit unit) {
        DataProcessingAgreement a = german(
                "§ 9 Unterauftragsverhältnisse",
                "Der Auftraggeber erteilt die allgemeine Genehmigung zur Hinzuziehung weiterer Auftragsverarbeiter. "
                        + "Über beabsichtigte Änderungen informiert der Auftragnehmer den Auftraggeber per E-Mail. "
                        + sentence);
        assertThat(period(a.getSubprocessing().orElseThrow().getObjectionPeriod()))
                .contains(TimePeriod.of(amount, unit));
    }

    @Test
    void should_keep_notice_and_objection_apart_when_they_share_a_sentence() {
        DataProcessingAgreement a = englishWith(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                        + "The Processor will inform the Customer of any intended new sub-processor thirty days in "
                        + "advance, and the Customer may object within ten days of that notice.");
        var s = a.getSubprocessing().orElseThrow();
        assertThat(period(s.getNoticePeriod())).contains(TimePeriod.ofCalendarDays(30));
        assertThat(period(s.getObjectionPeriod())).contains(TimePeriod.ofCalendarDays(10));

        DataProcessingAgreement noPeriod = englishWith(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                        + "The Processor will inform the Customer of any intended new sub-processor thirty days in "
                        + "advance, and the Customer may object.");
        assertThat(noPeriod.getSubprocessing().orElseThrow().getObjectionPeriod())
                .isEmpty();
        assertThat(period(noPeriod.getSubprocessing().orElseThrow().getNoticePeriod()))
                .contains(TimePeriod.ofCalendarDays(30));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Processor shall notify the Customer of a personal data breach immediately.|immediately|",
                "The Processor shall notify the Customer of a personal data breach within 48 hours.||48",
                "The Processor reports every personal data breach to the Customer without undue delay.|without undue delay|",
            })
    void should_read_english_breach_deadlines(String sentence, String wording, Integer hours) {
        DataProcessingAgreement a = englishWith("12. Personal data breaches", sentence);
        TimeLimit d = a.getBreachNotification().orElseThrow().getDeadline().orElseThrow();
        if (hours != null) {
            assertThat(d.getPeriod()).contains(TimePeriod.ofHours(hours));
        } else {
            assertThat(d.getPeriod()).isEmpty();
            assertThat(d.getWording().orElseThrow().get("en")).contains(wording);
        }
    }

    /**
     * Numbers written as words and figures: a compound is one number ("thirty-six" is not "six"), the figures in a
     * parenthesis give the amount, and the end of a range in figures is still read.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "within thirty-six (36) hours of becoming aware of it|36",
                "within twenty-four (24) hours of becoming aware of it|24",
                "within ninety-six (96) hours of becoming aware of it|96",
                "within seventy-two hours of becoming aware of it|72",
                "within forty eight hours of becoming aware of it|48",
                "within 36 (thirty-six) hours of becoming aware of it|36",
                "within six (6) hours of becoming aware of it|6",
                "within one hundred and twenty (120) hours of becoming aware of it|120",
                "within 24-48 hours of becoming aware of it|48",
            })
    void should_read_a_breach_deadline_written_in_words_and_figures(String when, int hours) {
        DataProcessingAgreement a = englishWith(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of a personal data breach " + when + ".");
        TimeLimit d = a.getBreachNotification().orElseThrow().getDeadline().orElseThrow();
        assertThat(d.getPeriod()).contains(TimePeriod.ofHours(hours));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "binnen achtundvierzig Stunden|48",
                "binnen sechsunddreißig (36) Stunden|36",
                "binnen zweiundsiebzig Stunden|72",
                "binnen zwölf Stunden|12",
                "binnen einundzwanzig Stunden|21",
            })
    void should_read_a_german_breach_deadline_in_words(String when, int hours) {
        TimeLimit d = german(
                        "§ 12 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + when + ", nachdem sie ihm bekannt geworden sind.")
                .getBreachNotification()
                .orElseThrow()
                .getDeadline()
                .orElseThrow();
        assertThat(d.getPeriod()).contains(TimePeriod.ofHours(hours));
    }

    @Test
    void should_read_german_breach_deadlines() {
        TimeLimit binnen = german(
                        "§ 12 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "spätestens binnen 24 Stunden, nachdem sie ihm bekannt geworden sind.")
                .getBreachNotification()
                .orElseThrow()
                .getDeadline()
                .orElseThrow();
        assertThat(binnen.getPeriod()).contains(TimePeriod.ofHours(24));
        TimeLimit prompt = german(
                        "§ 12 Meldung von Verletzungen",
                        "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich über jede Verletzung des "
                                + "Schutzes personenbezogener Daten.")
                .getBreachNotification()
                .orElseThrow()
                .getDeadline()
                .orElseThrow();
        assertThat(prompt.getPeriod()).isEmpty();
        assertThat(prompt.getWording().orElseThrow().get("de")).contains("unverzüglich");
    }

    @Test
    void should_read_audit_frequency_limits_and_not_other_uses_of_once() {
        DataProcessingAgreement en = englishWith(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance with Article 28 "
                        + "GDPR. The Customer may carry out an inspection once per calendar year, unless a personal "
                        + "data breach has occurred.");
        assertThat(en.getAudits().orElseThrow().getFrequencyLimit()).contains(TimePeriod.of(12, PeriodUnit.MONTHS));
        assertThat(en.getAudits().orElseThrow().isIncidentException()).isTrue();
        DataProcessingAgreement six = englishWith(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance with Article 28 "
                        + "GDPR. Inspections may take place no more than once in any period of six months.");
        assertThat(six.getAudits().orElseThrow().getFrequencyLimit()).contains(TimePeriod.of(6, PeriodUnit.MONTHS));
        DataProcessingAgreement de = german(
                "§ 14 Kontrollen",
                "Der Auftragnehmer stellt dem Auftraggeber alle Informationen zur Verfügung, die zum Nachweis der "
                        + "Pflichten erforderlich sind. Vor-Ort-Kontrollen sind einmal jährlich zulässig.");
        assertThat(de.getAudits().orElseThrow().getFrequencyLimit()).contains(TimePeriod.of(12, PeriodUnit.MONTHS));
        assertThat(de.getAudits().orElseThrow().isInformationProvision()).isTrue();

        DataProcessingAgreement none = englishWith(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance with Article 28 "
                        + "GDPR. Once the audit is complete, the Customer shares its report with the Processor.");
        assertThat(none.getAudits().orElseThrow().getFrequencyLimit()).isEmpty();
        assertThat(none.getAudits().orElseThrow().isIncidentException()).isFalse();
    }

    @Test
    void should_read_the_scc_2021_915_flags_in_both_languages() {
        DataProcessingAgreement en = englishWith(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                        + "If a sub-processor fails to fulfil its data protection obligations, the Processor tells the "
                        + "Customer. On request the Processor hands over a copy of each sub-processor contract, from "
                        + "which it may redact business secrets.");
        var s = en.getSubprocessing().orElseThrow();
        assertThat(s.isFailureNotice()).isTrue();
        assertThat(s.isContractCopyRedaction()).isTrue();
        assertThat(en.getAssistance().orElseThrow().isInaccurateDataNotice())
                .as("strongEnglish states it in its assistance clause")
                .isTrue();

        DataProcessingAgreement de = german(
                "§ 11 Unterstützung",
                "Stellt der Auftragnehmer fest, dass Daten unrichtig oder veraltet sind, unterrichtet er den "
                        + "Auftraggeber. Die Befugnisse der zuständigen Aufsichtsbehörde bleiben unberührt; der "
                        + "Auftragnehmer gewährt ihr Zutritt zu seinen Räumen, soweit das Gesetz es verlangt.");
        assertThat(de.getAssistance().orElseThrow().isInaccurateDataNotice()).isTrue();

        DataProcessingAgreement plain = german(
                "§ 9 Unterauftragsverhältnisse",
                "Der Auftraggeber erteilt die allgemeine Genehmigung zur Hinzuziehung weiterer "
                        + "Auftragsverarbeiter. Auf Anforderung erhält der Auftraggeber eine Kopie des Vertrags mit dem "
                        + "Unterauftragsverarbeiter.");
        var p = plain.getSubprocessing().orElseThrow();
        assertThat(p.isContractCopyOnRequest()).isTrue();
        assertThat(p.isContractCopyRedaction()).isFalse();
        assertThat(p.isFailureNotice()).isFalse();
        assertThat(plain.getAssistance().map(x -> x.isInaccurateDataNotice()).orElse(false))
                .isFalse();
    }

    @Test
    void should_read_values_of_fixed_lists_where_stated_and_leave_them_absent_otherwise() {
        DataProcessingAgreement a = englishWith(
                "11. Assistance",
                "The Processor helps the Customer with the security of processing, notifications to the supervisory "
                        + "authority, communications to data subjects, data protection impact assessments and prior "
                        + "consultations. Instructions are given in writing or by e-mail.");
        assertThat(a.getAssistance().orElseThrow().getArticles()).containsExactlyInAnyOrder(AssistedArticle.values());
        assertThat(a.getInstrument()).contains(InstrumentType.CONTRACT);
        assertThat(a.getFinalProvisions().orElseThrow().getPrecedence()).contains(Precedence.AGREEMENT_PREVAILS);
        assertThat(a.getLiability().orElseThrow().getRegime()).contains(LiabilityRegime.ART_82_REFERENCE);

        DataProcessingAgreement b = englishWith(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach without undue delay. The notice "
                        + "describes the nature of the breach, the categories and approximate number of data subjects "
                        + "concerned, the likely consequences and the measures taken to address it.");
        assertThat(b.getBreachNotification().orElseThrow().getMinimumContent())
                .containsExactlyInAnyOrder(
                        BreachNoticeContent.NATURE,
                        BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                        BreachNoticeContent.LIKELY_CONSEQUENCES,
                        BreachNoticeContent.MEASURES);

        DataProcessingAgreement de = german(
                "§ 8 Technische und organisatorische Maßnahmen",
                "Der Auftragnehmer darf die Maßnahmen weiterentwickeln; das vereinbarte Schutzniveau darf dabei "
                        + "nicht unterschritten werden. Die Haftung der Parteien ist auf einen Betrag von 50.000 EUR "
                        + "begrenzt.");
        assertThat(de.getSecurity().orElseThrow().getChangePolicy()).contains(TomChangePolicy.NO_DOWNGRADE);

        DataProcessingAgreement none = german(
                "§ 8 Technische und organisatorische Maßnahmen",
                "Der Auftragnehmer trifft die Maßnahmen nach Art. 32 DSGVO.");
        assertThat(none.getSecurity().flatMap(x -> x.getChangePolicy())).isEmpty();
        assertThat(none.getFinalProvisions().flatMap(f -> f.getPrecedence())).isEmpty();
        assertThat(none.getAssistance().map(x -> x.getArticles().isEmpty()).orElse(true))
                .isTrue();
        assertThat(none.getInstructions().orElseThrow().getForms()).doesNotContain(CommunicationChannel.ORAL);
    }

    @Test
    void should_read_a_liability_cap_as_the_capped_regime() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put(
                "17. Liability",
                "Each party's aggregate liability under these terms is limited to the fees paid in the twelve "
                        + "months before the claim.");
        DataProcessingAgreement a = CompletenessTest.importText(s).getDraft();
        assertThat(a.getLiability().orElseThrow().getRegime()).contains(LiabilityRegime.CAPPED);
    }

    @Test
    void should_say_when_a_finding_is_about_a_fact_the_importer_did_not_read() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put(
                "17. Liability",
                "Each party's aggregate liability under these terms is limited to the fees paid in the twelve "
                        + "months before the claim.");
        ImportResult r = CompletenessTest.importText(s);
        Review review = Review.of(
                r,
                dev.dpa4j.validate.Validator.builder()
                        .asOf(java.time.LocalDate.of(2026, 12, 3))
                        .build());
        // the cap was read: its finding is located at the cap's sentence, without a caveat
        Review.Item cap = review.getItems().stream()
                .filter(i -> i.finding().getRuleId().equals("LIABILITY_ART82"))
                .findFirst()
                .orElseThrow();
        assertThat(r.isRead(cap.finding().getPath())).isTrue();
        // the failure notice of Clause 7.7(d) is not in this document: the finding says the importer did not
        // recognise it, at the sub-processor clause, instead of asserting that the agreement lacks it
        Review.Item failure = review.getItems().stream()
                .filter(i -> i.finding().getRuleId().equals("SUBPROC_FAILURE_NOTICE"))
                .findFirst()
                .orElseThrow();
        assertThat(r.isRead(failure.finding().getPath())).isFalse();
        assertThat(failure.span()).isPresent();
        assertThat(review.toMarkdown(Locale.ENGLISH))
                .contains("`SUBPROC_FAILURE_NOTICE`")
                .contains("not recognised by the importer; read this passage");
        assertThat(review.toMarkdown(Locale.GERMAN)).contains("vom Import nicht erkannt");
        assertThat(review.toJson(Locale.ENGLISH))
                .contains("\"factRead\": false")
                .contains("\"factRead\": true");
        assertThat(review.toSarif(Locale.ENGLISH)).contains("\"factRead\": false");
    }

    @Test
    void should_read_operations_evidence_channels_and_transfers_on_instructions() {
        Map<String, String> s = new LinkedHashMap<>();
        CompletenessTest.strongEnglish().forEach((heading, body) -> {
            s.put(heading, body);
            if (heading.startsWith("3. ")) {
                s.put(
                        "3.1 Nature of the processing",
                        "- Storage of tickets\n- Retrieval by support staff\n- Deletion on request");
            }
        });
        s.put(
                "6. Instructions",
                CompletenessTest.strongEnglish().get("6. Instructions")
                        + " Personal data is transferred to a third country only on documented instructions of the "
                        + "Customer.");
        s.put(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach without undue delay, by e-mail "
                        + "and by telephone.");
        s.put(
                "14. Audits",
                CompletenessTest.strongEnglish().get("14. Audits")
                        + " A current ISO 27001 certificate or a SOC 2 Type II report may replace an inspection.");
        DataProcessingAgreement a = CompletenessTest.importText(s).getDraft();
        assertThat(a.getProcessing().orElseThrow().getNature())
                .extracting(n -> n.getOperation().orElseThrow())
                .containsExactly(
                        dev.dpa4j.model.ProcessingOperation.STORAGE,
                        dev.dpa4j.model.ProcessingOperation.RETRIEVAL,
                        dev.dpa4j.model.ProcessingOperation.ERASURE_DESTRUCTION);
        // the operations are not read as purposes
        assertThat(a.getProcessing().orElseThrow().getPurposes()).hasSize(1);
        assertThat(a.getInstructions().orElseThrow().isTransfersCovered()).isTrue();
        assertThat(a.getBreachNotification().orElseThrow().getChannels())
                .containsExactlyInAnyOrder(CommunicationChannel.EMAIL, CommunicationChannel.PHONE);
        assertThat(a.getAudits().orElseThrow().getAcceptedEvidence())
                .extracting(e -> e.getType())
                .containsExactly(dev.dpa4j.model.EvidenceType.ISO_27001, dev.dpa4j.model.EvidenceType.SOC_2);

        DataProcessingAgreement plain =
                CompletenessTest.importText(CompletenessTest.strongEnglish()).getDraft();
        // the purpose sentence that met the requirement stands as the nature's wording; no operation is invented
        assertThat(plain.getProcessing().orElseThrow().getNature())
                .allSatisfy(n -> assertThat(n.getOperation()).isEmpty());
        assertThat(plain.getBreachNotification().orElseThrow().getChannels()).isEmpty();
        assertThat(plain.getAudits().orElseThrow().getAcceptedEvidence()).isEmpty();
    }
}
