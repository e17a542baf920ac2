/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SecurityRules#presence}, one placeholder test per translation, answers the two questions that
 * {@code TOM_SPECIFICITY} asked with two tests of each translation: {@link Text#present(LocalizedText)} and whether
 * any translation is a placeholder (issue #14).
 */
class MeasurePresenceTest {

    private static void assertSame(LocalizedText text) {
        int presence = SecurityRules.presence(text);
        assertThat((presence & SecurityRules.PRESENT) != 0)
                .as("present %s", text)
                .isEqualTo(Text.present(text));
        assertThat((presence & SecurityRules.PLACEHOLDER) != 0)
                .as("placeholder %s", text)
                .isEqualTo(text.getTranslations().values().stream().anyMatch(Text::isPlaceholder));
    }

    private static LocalizedText of(String... translations) {
        Map<String, String> map = new LinkedHashMap<>();
        String[] languages = {"de", "en", "fr"};
        for (int i = 0; i < translations.length; i++) {
            map.put(languages[i], translations[i]);
        }
        return LocalizedText.of(map);
    }

    @Test
    void should_answer_both_questions_as_before_for_edge_cases() {
        List<LocalizedText> texts = List.of(
                of("Verschlüsselung"),
                of(" "),
                of("\t", "Encryption"),
                of("TBD"),
                of("[...]", "Encryption"),
                of("Verschlüsselung", "…"),
                of("  ", "xxx"),
                of("<Maßnahme>", "<measure>"),
                of("Firewall", "Firewall", "{{x}}"),
                LocalizedText.plain("todo"),
                LocalizedText.plain("Backups, täglich"));
        for (LocalizedText text : texts) {
            assertSame(text);
        }
        assertThat(SecurityRules.presence(of("[...]", "Encryption")))
                .isEqualTo(SecurityRules.PRESENT | SecurityRules.PLACEHOLDER);
        assertThat(SecurityRules.presence(of(" ", "TBD"))).isEqualTo(SecurityRules.PLACEHOLDER);
        assertThat(SecurityRules.presence(of("Firewall"))).isEqualTo(SecurityRules.PRESENT);
        assertThat(SecurityRules.presence(of(" "))).isZero();
    }

    @Test
    void should_answer_both_questions_as_before_for_every_measure_of_the_examples_and_generated_agreements() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 300; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        int measures = 0;
        int placeholders = 0;
        for (DataProcessingAgreement agreement : agreements) {
            for (TechnicalOrganisationalMeasure measure :
                    agreement.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of())) {
                assertSame(measure.getDescription());
                measures++;
                placeholders +=
                        (SecurityRules.presence(measure.getDescription()) & SecurityRules.PLACEHOLDER) != 0 ? 1 : 0;
            }
        }
        assertThat(measures).isGreaterThan(300);
        assertThat(placeholders).isPositive();
    }
}
