/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An agreement whose instructions go by e-mail or portal, and which still asks for oral instructions to be
 * confirmed, reads as a condition ("Where an instruction is given orally, …"), not as if oral instructions were
 * one of the agreed ways (lawyer's reading of Larkspur, #10).
 */
class OralInstructionsTest {

    private static String md(DataProcessingAgreement agreement, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MarkdownRenderer.create()
                    .render(
                            agreement,
                            RenderOptions.builder(locale)
                                    .asOf(LocalDate.of(2026, 11, 23))
                                    .fingerprint(false)
                                    .build(),
                            out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private static DataProcessingAgreement confirmed(boolean oralConfirmed) {
        DataProcessingAgreement full = TestAgreements.full();
        return full.toBuilder()
                .instructions(full.getInstructions().orElseThrow().toBuilder()
                        .oralInstructionsConfirmed(oralConfirmed)
                        .build())
                .build();
    }

    @Test
    void should_state_the_confirmation_of_an_oral_instruction_as_a_condition() {
        // when
        String de = md(confirmed(true), Locale.GERMAN);
        String en = md(confirmed(true), Locale.ENGLISH);

        // then
        assertThat(de)
                .contains(
                        "Wird eine Weisung mündlich erteilt, ist sie unverzüglich in dokumentierter Form zu bestätigen.")
                .doesNotContain("Mündliche Weisungen sind");
        assertThat(en)
                .contains("Where an instruction is given orally, it shall be confirmed in documented form without"
                        + " undue delay.")
                .doesNotContain("Oral instructions shall");
    }

    @Test
    void should_say_nothing_of_oral_instructions_when_the_agreement_does_not() {
        // when
        String de = md(confirmed(false), Locale.GERMAN);
        String en = md(confirmed(false), Locale.ENGLISH);

        // then
        assertThat(de).doesNotContain("mündlich erteilt");
        assertThat(en).doesNotContain("given orally");
    }
}
