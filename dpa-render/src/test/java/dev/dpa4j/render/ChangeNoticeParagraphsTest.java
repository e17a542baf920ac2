/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The notice of an intended change of sub-processors and the controller's objection (Art. 28(2) second sentence
 * GDPR) each stand in one numbered paragraph with their period, channel and consequence, as a drafter writes them,
 * not one numbered paragraph per fact (lawyer's reading, #10).
 */
class ChangeNoticeParagraphsTest {

    private static final RenderOptions ENGLISH = RenderOptions.builder(Locale.ENGLISH)
            .asOf(LocalDate.of(2026, 11, 23))
            .fingerprint(false)
            .build();
    private static final RenderOptions GERMAN = RenderOptions.builder(Locale.GERMAN)
            .asOf(LocalDate.of(2026, 11, 23))
            .fingerprint(false)
            .build();

    private static DataProcessingAgreement withTerms(boolean periods) {
        DataProcessingAgreement full = TestAgreements.full();
        SubprocessingTerms.Builder terms = full.getSubprocessing().orElseThrow().toBuilder();
        if (periods) {
            terms.noticeChannels(List.of(CommunicationChannel.EMAIL))
                    .objectionPeriod(TimeLimit.builder()
                            .period(TimePeriod.ofCalendarDays(14))
                            .build())
                    .objectionConsequence(ObjectionConsequence.ENGAGEMENT_BLOCKED);
        }
        return full.toBuilder().subprocessing(terms.build()).build();
    }

    /** The numbered paragraphs of the rendered Markdown. */
    private static List<String> paragraphs(DataProcessingAgreement a, RenderOptions options) {
        return Arrays.stream(SendReadyTest.text(MarkdownRenderer.create(), a, options)
                        .split("\n\n"))
                .filter(p -> p.startsWith("("))
                .toList();
    }

    @Test
    void should_state_the_notice_and_the_objection_each_in_one_paragraph_with_its_terms() {
        List<String> english = paragraphs(withTerms(true), ENGLISH);
        assertThat(english)
                .anySatisfy(p -> assertThat(p)
                        .contains("intended addition or replacement of a sub-processor")
                        .contains("at least 30 days before the intended change")
                        .contains("by e-mail"));
        assertThat(english)
                .anySatisfy(p -> assertThat(p)
                        .contains("The Controller may object to the intended change.")
                        .contains("Any objection must be made within 14 days")
                        .contains("the change shall not be made"));
        List<String> german = paragraphs(withTerms(true), GERMAN);
        assertThat(german)
                .anySatisfy(p -> assertThat(p)
                        .contains("beabsichtigte Hinzuziehung oder Ersetzung")
                        .contains("mindestens 30 Tage vor der beabsichtigten Änderung"));
        assertThat(german)
                .anySatisfy(p -> assertThat(p).contains("Einspruch erheben.").contains("innerhalb von 14 Tagen"));
    }

    @Test
    void should_not_join_other_duties_to_the_notice_or_say_the_objection_right_twice() {
        List<String> english = paragraphs(withTerms(false), ENGLISH);
        // without an objection period the objection stands alone, and no paragraph repeats the right to object
        assertThat(english)
                .anySatisfy(p -> assertThat(p).endsWith("The Controller may object to the intended change."));
        assertThat(english).noneSatisfy(p -> assertThat(p).contains("may object within"));
        // the duties of Art. 28(4) keep paragraphs of their own
        assertThat(english)
                .filteredOn(p -> p.contains("same data protection obligations"))
                .singleElement()
                .satisfies(p -> assertThat(p).doesNotContain("intended change"));
    }
}
