/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A clause that ends with wording from the agreement ends with exactly one full stop. */
class SentencePunctuationTest {

    @Test
    void should_add_full_stop_when_clause_ends_with_model_text_without_one() throws IOException {
        // given
        DataProcessingAgreement agreement = withSubjectMatter("Betrieb einer Online-Terminbuchung");

        // when
        String german = text(agreement, Locale.GERMAN);
        String english = text(agreement, Locale.ENGLISH);

        // then
        assertThat(german).contains("Der Auftrag hat folgenden Gegenstand: Betrieb einer Online-Terminbuchung. ");
        assertThat(english)
                .contains(
                        "The processing has the following subject matter: [de: Betrieb einer Online-Terminbuchung]. ");
    }

    @Test
    void should_keep_one_full_stop_when_model_text_ends_with_its_own() throws IOException {
        // given
        DataProcessingAgreement agreement = withSubjectMatter("Hosting für die Beispiel Ltd.");

        // when
        String german = text(agreement, Locale.GERMAN);

        // then
        assertThat(german).contains("Der Auftrag hat folgenden Gegenstand: Hosting für die Beispiel Ltd. ");
        assertThat(german).doesNotContain("Ltd..");
    }

    @Test
    void should_keep_question_mark_and_add_nothing_when_model_text_ends_with_other_punctuation() throws IOException {
        // given
        DataProcessingAgreement agreement = withSubjectMatter("Hosting – und was noch?");

        // when
        String german = text(agreement, Locale.GERMAN);

        // then
        assertThat(german).contains("Der Auftrag hat folgenden Gegenstand: Hosting – und was noch? ");
        assertThat(german).doesNotContain("noch?.");
    }

    @Test
    void should_leave_out_template_full_stop_when_quoted_wording_ends_with_one() throws IOException {
        // given
        DataProcessingAgreement agreement = withBreachDeadline("unverzüglich.");

        // when
        String german = text(agreement, Locale.GERMAN);
        String english = text(agreement, Locale.ENGLISH);

        // then
        assertThat(german)
                .contains("jede Verletzung des Schutzes personenbezogener Daten unverzüglich. ")
                .doesNotContain("unverzüglich..");
        assertThat(english).contains("[de: unverzüglich.] ").doesNotContain("unverzüglich.].");
    }

    @Test
    void should_keep_template_full_stop_when_quoted_wording_has_none() throws IOException {
        // given
        DataProcessingAgreement agreement = withBreachDeadline("unverzüglich");

        // when
        String german = text(agreement, Locale.GERMAN);

        // then
        assertThat(german).contains("jede Verletzung des Schutzes personenbezogener Daten unverzüglich. ");
    }

    @Test
    void should_keep_full_stop_of_the_clause_text_when_model_text_sits_inside_the_sentence() throws IOException {
        // given
        ClauseLibrary library = ClauseLibrary.builder()
                .override(Locale.GERMAN, "subject.subjectMatter", "Gegenstand ist {subjectMatter}. Mehr nicht.")
                .build();
        DataProcessingAgreement agreement = withSubjectMatter("Hosting für die Beispiel Ltd.");

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextRenderer.create(library).render(agreement, RenderOptions.of(Locale.GERMAN), out);
        String german = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");

        // then
        assertThat(german).contains("Gegenstand ist Hosting für die Beispiel Ltd. Mehr nicht.");
    }

    private static DataProcessingAgreement withSubjectMatter(String text) {
        DataProcessingAgreement full = TestAgreements.full();
        return full.toBuilder()
                .processing(full.getProcessing().orElseThrow().toBuilder()
                        .subjectMatter(LocalizedText.de(text))
                        .build())
                .build();
    }

    private static DataProcessingAgreement withBreachDeadline(String wording) {
        return TestAgreements.full().toBuilder()
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .wording(LocalizedText.de(wording))
                                .build())
                        .build())
                .build();
    }

    private static String text(DataProcessingAgreement agreement, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextRenderer.create()
                .render(
                        agreement,
                        RenderOptions.builder(locale).allowFallback(true).build(),
                        out);
        return out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
}
