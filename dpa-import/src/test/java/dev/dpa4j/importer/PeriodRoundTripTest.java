/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round trip of the notice and objection periods of Art. 28(2) GDPR in every unit of the model, in German and
 * English, as our renderers write them ("at least {n} before the intended change", "within {n} of receiving the
 * information"; "mindestens … vor der beabsichtigten Änderung", "innerhalb von … nach Zugang der Information").
 * The generated set of {@link GeneratedRoundTripTest} holds no objection period that a renderer writes (its one
 * objection period is wording without a period, which no renderer prints), so the floor of this field is
 * measured here.
 */
class PeriodRoundTripTest {

    private static final List<TimePeriod> NOTICE = List.of(
            TimePeriod.of(30, PeriodUnit.CALENDAR_DAYS),
            TimePeriod.of(4, PeriodUnit.WEEKS),
            TimePeriod.of(1, PeriodUnit.MONTHS),
            TimePeriod.of(20, PeriodUnit.BUSINESS_DAYS),
            TimePeriod.of(72, PeriodUnit.HOURS));
    private static final List<TimePeriod> OBJECTION = List.of(
            TimePeriod.of(14, PeriodUnit.CALENDAR_DAYS),
            TimePeriod.of(2, PeriodUnit.WEEKS),
            TimePeriod.of(1, PeriodUnit.WEEKS),
            TimePeriod.of(10, PeriodUnit.BUSINESS_DAYS),
            TimePeriod.of(48, PeriodUnit.HOURS));

    private static DataProcessingAgreement with(DataProcessingAgreement a, TimePeriod notice, TimePeriod objection) {
        SubprocessingTerms s = a.getSubprocessing().orElseThrow().toBuilder()
                .authorisation(AuthorisationType.GENERAL)
                .changeNotification(true)
                .objectionRight(true)
                .noticePeriod(TimeLimit.builder().period(notice).build())
                .objectionPeriod(TimeLimit.builder().period(objection).build())
                .build();
        return a.toBuilder().subprocessing(s).build();
    }

    @Test
    void should_recover_notice_and_objection_periods_of_every_unit_in_both_languages() {
        int expected = 0;
        int objectionRight = 0;
        int noticeRight = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (String example : List.of("just-avv-de.json", "larkspur-dpa-en.json")) {
            DataProcessingAgreement base = DpaJson.read(Path.of("../examples", example));
            String language = base.getLanguages().get(0).substring(0, 2);
            for (int i = 0; i < NOTICE.size(); i++) {
                DataProcessingAgreement a = with(base, NOTICE.get(i), OBJECTION.get(i));
                for (OutputFormat f : List.of(OutputFormat.TEXT, OutputFormat.DOCX)) {
                    byte[] bytes = RoundTripTest.render(a, f, Locale.forLanguageTag(language));
                    SubprocessingTerms s = DpaImporter.standard()
                            .importBytes(bytes, RoundTripTest.sourceFormat(f), example + "." + f.fileExtension())
                            .getDraft()
                            .getSubprocessing()
                            .orElseThrow();
                    expected++;
                    Optional<TimePeriod> o = s.getObjectionPeriod().flatMap(TimeLimit::getPeriod);
                    Optional<TimePeriod> n = s.getNoticePeriod().flatMap(TimeLimit::getPeriod);
                    found += o.isPresent() ? 1 : 0;
                    if (o.equals(Optional.of(OBJECTION.get(i)))) {
                        objectionRight++;
                    } else {
                        misses.add(example + " " + f + " objection " + o + " for " + OBJECTION.get(i));
                    }
                    if (n.equals(Optional.of(NOTICE.get(i)))) {
                        noticeRight++;
                    } else {
                        misses.add(example + " " + f + " notice " + n + " for " + NOTICE.get(i));
                    }
                }
            }
        }
        if (Boolean.getBoolean("dpa.import.report")) {
            System.out.printf(
                    Locale.ROOT,
                    "Periods: %d documents, objection right %d (found %d), notice right %d%n%s%n",
                    expected,
                    objectionRight,
                    found,
                    noticeRight,
                    String.join("\n", misses));
        }
        // measured on 4 December 2026: every period of the 20 documents (30 with HTML) recovered (docs/import.md)
        assertThat(misses).isEmpty();
    }
}
