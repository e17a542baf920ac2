/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.ChangeClass;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.diff.DeadlineCalculator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example of the README section on versions and notices, kept compiling and running. */
class ReadmeExampleTest {

    @Test
    void should_run_the_readme_example_when_two_versions_are_compared() {
        // given
        DataProcessingAgreement current = Fixtures.v1();
        DataProcessingAgreement next = Fixtures.v2();

        // when (README example starts)
        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 3, 2)).diff(current, next);
        ChangeNotice notice = ChangeNotice.of(
                current, next, LocalDate.of(2026, 3, 2), DeadlineCalculator.of(ZoneId.of("Europe/Berlin")));
        String mail = NoticeRenderers.text().render(notice, Locale.GERMAN);
        String feed = SubprocessorList.atom(List.of(current, next), Locale.ENGLISH);
        // (README example ends)

        // then
        assertThat(changes.withClass(ChangeClass.NOTICE_REQUIRED)).hasSize(3);
        assertThat(mail).contains("16. März 2026");
        assertThat(feed).startsWith("<?xml");
    }
}
