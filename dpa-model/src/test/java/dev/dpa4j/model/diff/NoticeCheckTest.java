/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeCheckTest {

    private final AgreementDiff diff = AgreementDiff.asOf(JomocoVersions.AS_OF);

    private static DataProcessingAgreement withTerms(
            DataProcessingAgreement a, boolean changeNotification, boolean objectionRight) {
        return a.toBuilder()
                .subprocessing(a.getSubprocessing().orElseThrow().toBuilder()
                        .changeNotification(changeNotification)
                        .objectionRight(objectionRight)
                        .build())
                .build();
    }

    @Test
    void should_report_missing_notice_mechanism_when_general_authorisation_lacks_notice_and_objection() {
        // given
        DataProcessingAgreement v1 = withTerms(JomocoVersions.v1(), false, false);
        DataProcessingAgreement v2 = withTerms(JomocoVersions.v2(), false, false);
        ChangeSet changes = diff.diff(v1, v2);

        // when
        List<NoticeFinding> findings = NoticeCheck.check(v1, changes);

        // then
        assertThat(findings)
                .extracting(NoticeFinding::getCode, NoticeFinding::getSeverity, NoticeFinding::getPaths)
                .containsExactly(
                        tuple(
                                NoticeFinding.Code.NOTICE_MECHANISM_MISSING,
                                NoticeFinding.Severity.ERROR,
                                List.of(
                                        "subprocessing.subprocessors[hubspot].locations[STORAGE:US]",
                                        "subprocessing.subprocessors[instantly]")),
                        tuple(
                                NoticeFinding.Code.OBJECTION_RIGHT_MISSING,
                                NoticeFinding.Severity.ERROR,
                                List.of(
                                        "subprocessing.subprocessors[hubspot].locations[STORAGE:US]",
                                        "subprocessing.subprocessors[instantly]")));
        assertThat(findings.get(0).getMessage().get("de"))
                .hasValueSatisfying(m -> assertThat(m).contains("Art. 28 Abs. 2 Satz 2 DSGVO"));
        assertThat(findings.get(0).getMessage().get("en"))
                .hasValueSatisfying(m -> assertThat(m).contains("Art. 28(2) second sentence GDPR"));
    }

    @Test
    void should_report_nothing_when_the_agreement_provides_notice_and_a_typed_objection_period() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();

        // when
        List<NoticeFinding> findings = NoticeCheck.check(v1, diff.diff(v1, JomocoVersions.v2()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_report_nothing_when_the_diff_is_empty() {
        // given
        DataProcessingAgreement v1 = withTerms(JomocoVersions.v1(), false, false);

        // when
        List<NoticeFinding> findings = NoticeCheck.check(v1, diff.diff(v1, v1));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_warn_when_the_objection_period_is_only_worded() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement worded = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .objectionPeriod(TimeLimit.builder()
                                .wording(LocalizedText.de("unverzüglich"))
                                .build())
                        .build())
                .build();

        // when
        List<NoticeFinding> findings = NoticeCheck.check(worded, diff.diff(worded, JomocoVersions.v2()));

        // then
        assertThat(findings)
                .extracting(NoticeFinding::getCode)
                .containsExactly(NoticeFinding.Code.OBJECTION_PERIOD_NOT_TYPED);
    }

    @Test
    void should_ask_for_prior_authorisation_when_authorisation_is_specific() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement specific = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .authorisation(AuthorisationType.SPECIFIC)
                        .changeNotification(false)
                        .build())
                .build();

        // when
        List<NoticeFinding> findings = NoticeCheck.check(specific, diff.diff(specific, JomocoVersions.v2()));

        // then the old terms govern: no notice mechanism is needed, but authorisation is
        assertThat(findings)
                .extracting(NoticeFinding::getCode, NoticeFinding::getSeverity)
                .containsExactly(tuple(NoticeFinding.Code.PRIOR_AUTHORISATION_NEEDED, NoticeFinding.Severity.INFO));
        assertThat(findings.get(0).getPaths())
                .containsExactly(
                        "subprocessing.subprocessors[hubspot].locations[STORAGE:US]",
                        "subprocessing.subprocessors[instantly]");
    }
}
