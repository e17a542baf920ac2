/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.diff.DeadlineCalculator;
import dev.dpa4j.model.diff.HolidayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeNoticeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The notice reaches the controller on Monday, 2 March 2026. */
    static ChangeNotice jomocoNotice() {
        return ChangeNotice.of(Fixtures.v1(), Fixtures.v2(), LocalDate.of(2026, 3, 2), DeadlineCalculator.of(BERLIN));
    }

    @ParameterizedTest
    @CsvSource({"de, MARKDOWN", "de, HTML", "de, TEXT", "en, MARKDOWN", "en, HTML", "en, TEXT"})
    void should_match_the_reviewed_golden_file_when_the_jomoco_notice_is_rendered(
            String language, NoticeFormat format) {
        // given
        ChangeNotice notice = jomocoNotice();
        Locale locale = Locale.forLanguageTag(language);

        // when
        String rendered = NoticeRenderers.forFormat(format).render(notice, locale);

        // then
        String name = "notice-jomoco." + language + "." + format.fileExtension();
        assertThat(rendered).isEqualTo(Fixtures.golden(name, rendered));
    }

    @Test
    void should_state_the_deadlines_and_the_legal_basis_when_a_notice_date_is_given() {
        // given
        ChangeNotice notice = jomocoNotice();

        // when
        String de = NoticeRenderers.text().render(notice, Locale.GERMAN);
        String en = NoticeRenderers.text().render(notice, Locale.ENGLISH);

        // then 14 calendar days from 2 March end with 16 March; four weeks with 30 March
        assertThat(de.replace('\n', ' '))
                .contains("bis zum Ablauf des 16. März 2026")
                .contains("frühestens am 31. März 2026 wirksam")
                .contains("Art. 28 Abs. 2 Satz 2 DSGVO")
                .contains("datenschutz@jomoco.example");
        assertThat(en.replace('\n', ' '))
                .contains("until the end of 16 March 2026")
                .contains("on 31 March 2026 at the earliest")
                .contains("Art. 28(2) second sentence GDPR");
    }

    @Test
    void should_count_business_days_around_easter_when_the_agreement_counts_in_business_days() {
        // given an objection period of 10 business days and the Easter holidays 2026 supplied by the caller
        DataProcessingAgreement v1 = Fixtures.v1();
        DataProcessingAgreement inForce = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .objectionPeriod(TimeLimit.builder()
                                .period(TimePeriod.of(10, PeriodUnit.BUSINESS_DAYS))
                                .build())
                        .build())
                .build();
        DeadlineCalculator calculator = DeadlineCalculator.of(BERLIN)
                .withHolidays(HolidayCalendar.of(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6))));

        // when the notice arrives on Thursday, 26 March 2026
        ChangeNotice notice = ChangeNotice.of(inForce, Fixtures.v2(), LocalDate.of(2026, 3, 26), calculator);
        String de = NoticeRenderers.text().render(notice, Locale.GERMAN).replaceAll("\\s+", " ");

        // then 27, 30, 31 March, 1, 2, 7, 8, 9, 10, 13 April; four weeks end on Thursday 23 April
        assertThat(notice.getSchedule()
                        .orElseThrow()
                        .getObjectionDeadline()
                        .orElseThrow()
                        .getLastDay())
                .isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(de)
                .contains("bis zum Ablauf des 13. April 2026 (24:00 Uhr, Europe/Berlin)")
                .contains("Die Einspruchsfrist von 10 Arbeitstagen")
                .contains("frühestens am 24. April 2026 wirksam");
    }

    @Test
    void should_say_in_one_sentence_per_language_that_a_deadline_ending_on_a_saturday_moves_to_monday() {
        // given: notified on Saturday, 7 March 2026, the 14 days end on Saturday, 21 March 2026
        ChangeNotice notice =
                ChangeNotice.of(Fixtures.v1(), Fixtures.v2(), LocalDate.of(2026, 3, 7), DeadlineCalculator.of(BERLIN));

        // when
        String de = NoticeRenderers.text().render(notice, Locale.GERMAN).replaceAll("\\s+", " ");
        String en = NoticeRenderers.text().render(notice, Locale.ENGLISH).replaceAll("\\s+", " ");

        // then each language orders its own words around the deadline, the period and the day of receipt
        assertThat(notice.getSchedule()
                        .orElseThrow()
                        .getObjectionDeadline()
                        .orElseThrow()
                        .isExtended())
                .isTrue();
        assertThat(de)
                .contains("Sie können bis zum Ablauf des 23. März 2026 (24:00 Uhr, Europe/Berlin) Einspruch erheben."
                        + " Die Einspruchsfrist von 14 Kalendertagen beginnt mit dem Tag nach dem Zugang dieser Mitteilung"
                        + " (Zugang am 7. März 2026). Da ihr letzter Tag auf einen Samstag, Sonntag oder Feiertag"
                        + " fiel, endet sie am nächsten Arbeitstag.");
        assertThat(en)
                .contains("You may object until the end of 23 March 2026 (24:00, Europe/Berlin). The objection"
                        + " period of 14 calendar days starts on the day after this notice is received (received on"
                        + " 7 March 2026). As its last day fell on a Saturday, Sunday or public holiday, it ends on"
                        + " the next business day.");
    }

    @Test
    void should_quote_the_agreement_when_its_objection_period_is_only_worded() {
        // given an objection period stated in words only
        DataProcessingAgreement v1 = Fixtures.v1();
        DataProcessingAgreement inForce = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .objectionPeriod(TimeLimit.builder()
                                .wording(LocalizedText.of(java.util.Map.of(
                                        "de", "innerhalb angemessener Frist", "en", "within a reasonable time")))
                                .build())
                        .build())
                .build();
        ChangeNotice notice =
                ChangeNotice.of(inForce, Fixtures.v2(), LocalDate.of(2026, 3, 2), DeadlineCalculator.of(BERLIN));

        // when
        String de = NoticeRenderers.text().render(notice, Locale.GERMAN).replaceAll("\\s+", " ");
        String en = NoticeRenderers.text().render(notice, Locale.ENGLISH).replaceAll("\\s+", " ");

        // then
        assertThat(de)
                .contains("Die Vereinbarung bestimmt keine nach Tagen bemessene Einspruchsfrist. Sie spricht von"
                        + " „innerhalb angemessener Frist“.")
                .doesNotContain("Sie können bis");
        assertThat(en)
                .contains("The agreement sets no objection period in days. It says “within a reasonable time”.")
                .doesNotContain("You may object until");
    }

    @Test
    void should_say_that_a_new_version_dated_before_the_earliest_effective_day_is_not_yet_in_force() {
        // given: version 1.1 is dated 1 March 2026; notified on 2 March, it takes effect on 31 March at the earliest
        ChangeNotice early = jomocoNotice();
        ChangeNotice late = ChangeNotice.of(
                Fixtures.v1(),
                Fixtures.v2().toBuilder().versionDate(LocalDate.of(2026, 4, 1)).build(),
                LocalDate.of(2026, 3, 2),
                DeadlineCalculator.of(BERLIN));

        // when
        String de = NoticeRenderers.text().render(early, Locale.GERMAN).replaceAll("\\s+", " ");
        String en = NoticeRenderers.text().render(early, Locale.ENGLISH).replaceAll("\\s+", " ");
        String lateEn = NoticeRenderers.text().render(late, Locale.ENGLISH).replaceAll("\\s+", " ");

        // then: said where the version's date precedes the earliest effective day, and only there
        assertThat(de)
                .contains("Die neue Fassung trägt das Datum 1. März 2026; Ihnen gegenüber wird sie dennoch"
                        + " nicht vor dem vorstehenden Zeitpunkt wirksam.");
        assertThat(en)
                .contains("The new version is dated 1 March 2026; as regards you, it nevertheless takes effect"
                        + " no earlier than the date above.");
        assertThat(lateEn).contains("on 31 March 2026 at the earliest").doesNotContain("The new version is dated");
    }

    @Test
    void should_describe_changes_of_the_parties_when_the_processor_moves_and_names_an_officer() {
        // given
        DataProcessingAgreement v1 = Fixtures.v1();
        Party processor = v1.getProcessor().orElseThrow();
        DataProcessingAgreement v2 = v1.toBuilder()
                .version("1.1")
                .processor(processor.toBuilder()
                        .name("Acme Hosting GmbH")
                        .dataProtectionOfficer(DataProtectionOfficer.builder()
                                .name("Dr. Erika Muster")
                                .email("dsb@acme.example")
                                .build())
                        .build())
                .build();
        ChangeNotice notice = ChangeNotice.of(v1, v2, LocalDate.of(2026, 3, 2), DeadlineCalculator.of(BERLIN));

        // when
        String de = NoticeRenderers.text().render(notice, Locale.GERMAN).replaceAll("\\s+", " ");
        String en = NoticeRenderers.text().render(notice, Locale.ENGLISH).replaceAll("\\s+", " ");

        // then
        String oldName = processor.getName().orElseThrow();
        assertThat(de)
                .contains("Acme Hosting GmbH: Firma bisher „" + oldName + "“, künftig „Acme Hosting GmbH“")
                .contains("Acme Hosting GmbH: Datenschutzbeauftragte Person bisher nicht angegeben, künftig Dr. Erika"
                        + " Muster, E-Mail: dsb@acme.example")
                .contains("Vertragsparteien")
                .contains("ein neuer Vertragspartner bedarf daher Ihrer Zustimmung")
                .doesNotContain("Zwecke, Datenkategorien");
        assertThat(en)
                .contains("legal name previously “" + oldName + "”, in future “Acme Hosting GmbH”")
                .contains("data protection officer previously not stated, in future Dr. Erika Muster, e-mail:"
                        + " dsb@acme.example");
    }

    @Test
    void should_say_that_deadlines_are_not_computed_when_no_notice_date_is_given() {
        // given
        ChangeNotice notice = ChangeNotice.of(
                Fixtures.v1(),
                Fixtures.v2(),
                dev.dpa4j.model.diff.AgreementDiff.asOf(LocalDate.of(2026, 3, 1))
                        .diff(Fixtures.v1(), Fixtures.v2()));

        // when
        String md = NoticeRenderers.markdown().render(notice, Locale.ENGLISH);

        // then
        assertThat(md).contains("The date of this notice is not stated").doesNotContain("until the end of");
    }

    @Test
    void should_write_changes_deadlines_and_findings_when_written_as_json() {
        // given
        ChangeNotice notice = jomocoNotice();

        // when
        String json = notice.toJson();

        // then
        assertThat(json)
                .contains("\"kind\": \"SUBPROCESSOR_ADDED\"")
                .contains("\"lastDay\": \"2026-03-16\"")
                .contains("\"earliestEffective\": \"2026-03-31T00:00:00+02:00\"")
                .doesNotContain("\"findings\"")
                .isEqualTo(jomocoNotice().toJson());
    }

    @Test
    void should_reject_an_unsupported_language() {
        // given
        ChangeNotice notice = jomocoNotice();

        // when / then
        assertThatThrownBy(() -> NoticeRenderers.html().render(notice, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
    }

    @Test
    void should_give_identical_bytes_when_rendered_twice() {
        // given
        ChangeNotice notice = jomocoNotice();

        // when
        String first = NoticeRenderers.html().render(notice, Locale.GERMAN);
        String second = NoticeRenderers.html().render(jomocoNotice(), Locale.GERMAN);

        // then
        assertThat(second).isEqualTo(first);
    }
}
