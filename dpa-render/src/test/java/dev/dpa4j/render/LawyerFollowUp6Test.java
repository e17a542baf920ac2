/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.TransferRenderingTest.md;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Signature;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the signing lawyer found in the starter agreement of {@code dpa init} once filled in (issue #10 follow-ups,
 * round 6): each fix shown where it applies and absent where it does not.
 */
class LawyerFollowUp6Test {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static RenderOptions options(Locale locale) {
        return RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build();
    }

    private static final Optional<LocalizedText> HAMBURG =
            Optional.of(LocalizedText.of(Map.of("de", "Hamburg", "en", "Hamburg")));

    private static DataProcessingAgreement signedAt(Optional<LocalizedText> place, Optional<LocalDate> date) {
        Signature.Builder s = Signature.builder().role(PartyRole.CONTROLLER).name("Erika Muster");
        place.ifPresent(s::place);
        date.ifPresent(s::date);
        return TestAgreements.full().toBuilder().signatures(List.of(s.build())).build();
    }

    @Test
    void should_leave_a_blank_for_the_date_when_only_the_place_of_signature_is_given() {
        // given: the place is agreed beforehand, the date is written on signing
        DataProcessingAgreement agreement = signedAt(HAMBURG, Optional.empty());

        // when
        String de = md(agreement, options(Locale.GERMAN));
        String en = md(agreement, options(Locale.ENGLISH));

        // then: place and date each on a line of their own, the date with its blank
        assertThat(de)
                .contains("Ort: Hamburg\\\nDatum: ................................\\")
                .doesNotContain("Ort, Datum: Hamburg");
        assertThat(en)
                .contains("Place: Hamburg\\\nDate: ................................\\")
                .doesNotContain("Place, date: Hamburg");
    }

    @Test
    void should_keep_place_and_date_on_one_line_when_both_or_neither_are_given() {
        // when
        String both = md(signedAt(HAMBURG, Optional.of(LocalDate.of(2026, 5, 18))), options(Locale.GERMAN));
        String neither = md(signedAt(Optional.empty(), Optional.empty()), options(Locale.GERMAN));

        // then
        assertThat(both).contains("Ort, Datum: Hamburg, 18. Mai 2026").doesNotContain("\nDatum:");
        assertThat(neither)
                .contains("Ort, Datum: ................................")
                .doesNotContain("\nDatum:");
    }

    @Test
    void should_keep_the_role_whole_in_the_signature_columns_of_the_bilingual_pdf() throws Exception {
        // given: German and English; the signature block is one, under labels in both languages, so each role is
        // the longer "AUFTRAGSVERARBEITER / PROCESSOR"
        DataProcessingAgreement agreement = TestAgreements.full();
        RenderOptions bilingual = options(Locale.GERMAN).toBuilder()
                .secondLanguage(Locale.ENGLISH)
                .build();

        // when
        String text = PdfRendererTest.text(SendReadyTest.render(PdfRenderer.create(), agreement, bilingual));
        String single =
                PdfRendererTest.text(SendReadyTest.render(PdfRenderer.create(), agreement, options(Locale.GERMAN)));

        // then: the role in capitals on one line, not "AUFTRAGSVERARBEITE" and "R"
        assertThat(text).contains("AUFTRAGSVERARBEITER").doesNotContain("AUFTRAGSVERARBEITE\n");
        assertThat(single).contains("AUFTRAGSVERARBEITER");
    }
}
