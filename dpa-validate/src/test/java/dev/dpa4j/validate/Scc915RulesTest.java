/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The counterparts of SCC 2021/915 obligations that Art. 28(3) does not list (Clauses 7.6(e), 7.7(d), 8(c)(3)): a
 * note where the clause they belong to lacks them, nothing where the clause itself is absent (the Art. 28 rules
 * report that) or where sub-processing is excluded.
 */
class Scc915RulesTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    @Test
    void should_note_each_missing_counterpart_at_its_path_as_information() {
        // given
        DataProcessingAgreement a = audits(
                subprocessing(assistance(complete(), s -> s.inaccurateDataNotice(false)), s -> s.failureNotice(false)),
                s -> s.supervisoryAuthorityAccess(false));

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(List.of("ASSIST_INACCURATE_DATA", "SUBPROC_FAILURE_NOTICE", "AUDIT_AUTHORITY_ACCESS"))
                .allSatisfy(id -> assertThat(report.getFindings(id))
                        .singleElement()
                        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO)));
        assertThat(report.getFindings("ASSIST_INACCURATE_DATA").get(0).getPath())
                .isEqualTo("assistance.inaccurateDataNotice");
        assertThat(report.getFindings("SUBPROC_FAILURE_NOTICE").get(0).getPath())
                .isEqualTo("subprocessing.failureNotice");
        assertThat(report.getFindings("AUDIT_AUTHORITY_ACCESS").get(0).getPath())
                .isEqualTo("audits.supervisoryAuthorityAccess");
        assertThat(report.getFindings("ASSIST_INACCURATE_DATA").get(0).message(Locale.GERMAN))
                .contains("unrichtige oder veraltete");
    }

    @Test
    void should_not_fire_when_the_clause_they_belong_to_is_absent() {
        // given
        DataProcessingAgreement a = complete().toBuilder()
                .assistance(Optional.empty())
                .audits(Optional.empty())
                .build();
        DataProcessingAgreement prohibited = subprocessing(
                complete().toBuilder()
                        .subprocessing(complete().getSubprocessing().orElseThrow().toBuilder()
                                .subprocessors(List.of())
                                .build())
                        .build(),
                s -> s.authorisation(AuthorisationType.PROHIBITED).failureNotice(false));

        // when
        ValidationReport withoutClauses = VALIDATOR.validate(a);
        ValidationReport withoutSubprocessing = VALIDATOR.validate(prohibited);

        // then
        assertThat(withoutClauses.getFindings("ASSIST_INACCURATE_DATA")).isEmpty();
        assertThat(withoutClauses.getFindings("AUDIT_AUTHORITY_ACCESS")).isEmpty();
        assertThat(withoutSubprocessing.getFindings("SUBPROC_FAILURE_NOTICE")).isEmpty();
    }
}
