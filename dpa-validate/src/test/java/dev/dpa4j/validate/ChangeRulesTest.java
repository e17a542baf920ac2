/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.diff.JomocoVersions;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules of the {@code change} pack: intended changes judged against the version in force (Art. 28(2), (3)(a),
 * (3)(c), Art. 32 GDPR). Each rule fires on a change the terms in force do not allow and stays silent where they do.
 */
class ChangeRulesTest {

    private final AgreementDiff diff = AgreementDiff.asOf(JomocoVersions.AS_OF);
    private final Validator validator =
            Validator.builder().asOf(JomocoVersions.AS_OF).build();

    private static DataProcessingAgreement withTerms(
            DataProcessingAgreement a, boolean changeNotification, boolean objectionRight) {
        return a.toBuilder()
                .subprocessing(a.getSubprocessing().orElseThrow().toBuilder()
                        .changeNotification(changeNotification)
                        .objectionRight(objectionRight)
                        .build())
                .build();
    }

    /** Version 1.1 lengthens the breach deadline from 24 to 48 hours: it lowers the protection. */
    private static final String BREACH_DEADLINE = "breachNotification.deadline";

    private static final List<String> NOTICE_PATHS = List.of(
            "subprocessing.subprocessors[hubspot].locations[STORAGE:US]", "subprocessing.subprocessors[instantly]");

    @Test
    void should_report_missing_notice_mechanism_when_general_authorisation_lacks_notice_and_objection() {
        // given
        DataProcessingAgreement v1 = withTerms(JomocoVersions.v1(), false, false);
        DataProcessingAgreement v2 = withTerms(JomocoVersions.v2(), false, false);
        ChangeSet changes = diff.diff(v1, v2);

        // when
        ValidationReport report = validator.validateChange(v1, changes);

        // then
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId, Finding::getSeverity, Finding::getPath)
                .containsExactlyInAnyOrder(
                        tuple("NOTICE_MECHANISM_MISSING", Severity.ERROR, NOTICE_PATHS.get(0)),
                        tuple("NOTICE_MECHANISM_MISSING", Severity.ERROR, NOTICE_PATHS.get(1)),
                        tuple("OBJECTION_RIGHT_MISSING", Severity.ERROR, NOTICE_PATHS.get(0)),
                        tuple("OBJECTION_RIGHT_MISSING", Severity.ERROR, NOTICE_PATHS.get(1)),
                        tuple("AMENDMENT_CONSENT_NEEDED", Severity.WARNING, BREACH_DEADLINE));
        Finding first = report.getFindings("NOTICE_MECHANISM_MISSING").get(0);
        assertThat(first.describe(Locale.GERMAN)).contains("Art. 28 Abs. 2 DSGVO");
        assertThat(first.describe(Locale.ENGLISH)).contains("Art. 28(2) GDPR");
    }

    @Test
    void should_only_ask_for_consent_to_the_longer_breach_deadline_when_notice_and_objection_period_are_typed() {
        // given: the terms in force allow the sub-processor changes; nothing lets the processor amend alone
        DataProcessingAgreement v1 = JomocoVersions.v1();

        // when
        ValidationReport report = validator.validateChange(v1, diff.diff(v1, JomocoVersions.v2()));

        // then
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId, Finding::getSeverity, Finding::getPath)
                .containsExactly(tuple("AMENDMENT_CONSENT_NEEDED", Severity.WARNING, BREACH_DEADLINE));
        Finding consent = report.getFindings().get(0);
        assertThat(consent.describe(Locale.GERMAN)).contains("Zustimmung", "Art. 28 Abs. 9 DSGVO");
        assertThat(consent.describe(Locale.ENGLISH)).contains("agrees", "Art. 28(9) GDPR");
    }

    @Test
    void should_not_ask_for_consent_when_the_agreement_in_force_allows_amendment_without_it() {
        // given: a unilateral amendment right, or amendments deemed accepted
        DataProcessingAgreement v1 = JomocoVersions.v1();
        FinalProvisions base = v1.getFinalProvisions()
                .orElseGet(() -> FinalProvisions.builder().build());
        DataProcessingAgreement unilateral = v1.toBuilder()
                .finalProvisions(base.toBuilder().unilateralAmendment(true).build())
                .build();
        DataProcessingAgreement deemed = v1.toBuilder()
                .finalProvisions(
                        base.toBuilder().deemedConsentToAmendments(true).build())
                .build();

        // when
        ValidationReport a = validator.validateChange(unilateral, diff.diff(unilateral, JomocoVersions.v2()));
        ValidationReport b = validator.validateChange(deemed, diff.diff(deemed, JomocoVersions.v2()));

        // then
        assertThat(a.getFindings()).isEmpty();
        assertThat(b.getFindings()).isEmpty();
    }

    @Test
    void should_report_nothing_when_the_diff_is_empty() {
        // given
        DataProcessingAgreement v1 = withTerms(JomocoVersions.v1(), false, false);

        // when
        ValidationReport report = validator.validateChange(v1, diff.diff(v1, v1));

        // then
        assertThat(report.getFindings()).isEmpty();
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
        ValidationReport report = validator.validateChange(worded, diff.diff(worded, JomocoVersions.v2()));

        // then
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId, Finding::getSeverity)
                .containsOnly(
                        tuple("OBJECTION_PERIOD_NOT_TYPED", Severity.WARNING),
                        tuple("AMENDMENT_CONSENT_NEEDED", Severity.WARNING));
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
        ValidationReport report = validator.validateChange(specific, diff.diff(specific, JomocoVersions.v2()));

        // then the old terms govern: no notice mechanism is needed, but authorisation is; and turning the specific
        // authorisation into a general one lowers the protection like the longer breach deadline does
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId, Finding::getSeverity, Finding::getPath)
                .containsExactly(
                        tuple("AMENDMENT_CONSENT_NEEDED", Severity.WARNING, BREACH_DEADLINE),
                        tuple("AMENDMENT_CONSENT_NEEDED", Severity.WARNING, "subprocessing.authorisation"),
                        tuple("PRIOR_AUTHORISATION_NEEDED", Severity.INFO, NOTICE_PATHS.get(0)),
                        tuple("PRIOR_AUTHORISATION_NEEDED", Severity.INFO, NOTICE_PATHS.get(1)));
    }

    @Test
    void should_report_authorisation_and_excluded_downgrade_when_the_real_jomoco_example_changes() {
        // given
        DataProcessingAgreement current = DpaJson.read(Path.of("..", "examples", "jomoco-avv-de.json"));
        ChangeSet changes = diff.diff(current, JomocoVersions.exampleNext(current));

        // when
        ValidationReport report = validator.validateChange(current, changes);

        // then
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId, Finding::getPath)
                .containsExactlyInAnyOrder(
                        tuple(
                                "PRIOR_AUTHORISATION_NEEDED",
                                "subprocessing.subprocessors[onepage].locations[PROCESSING:US]"),
                        tuple("PRIOR_AUTHORISATION_NEEDED", "subprocessing.subprocessors[vercel]"),
                        tuple("DOWNGRADE_EXCLUDED", "security.measures[2.1-1]"));
        assertThat(report.getFindings("DOWNGRADE_EXCLUDED"))
                .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void should_not_judge_changes_when_an_agreement_is_validated_on_its_own() {
        // given
        DataProcessingAgreement v1 = withTerms(JomocoVersions.v1(), false, false);

        // when
        ValidationReport report = validator.validate(v1);

        // then
        assertThat(report.getFindings())
                .extracting(Finding::getRuleId)
                .doesNotContain(
                        "NOTICE_MECHANISM_MISSING",
                        "OBJECTION_RIGHT_MISSING",
                        "OBJECTION_PERIOD_NOT_TYPED",
                        "PRIOR_AUTHORISATION_NEEDED",
                        "DOWNGRADE_EXCLUDED",
                        "AMENDMENT_CONSENT_NEEDED");
    }
}
