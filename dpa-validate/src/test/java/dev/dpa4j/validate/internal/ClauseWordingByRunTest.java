/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import dev.dpa4j.validate.Validator;
import dev.dpa4j.validate.ValidatorBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run keeps each operative translation's {@link ClauseWording} by position, made by the text's scan; where no
 * clause-wording rule runs, the scans leave the cue words out, and a rule that asks anyway gets them from the cue-only
 * pass (issue #14).
 */
class ClauseWordingByRunTest {

    private static List<DataProcessingAgreement> agreements() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 60; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        return agreements;
    }

    /** A run over {@code agreement} as the validator makes it, with or without the clause-wording rules. */
    private static DefaultRuleContext context(DataProcessingAgreement agreement, boolean wordingRules) {
        return new DefaultRuleContext(
                agreement,
                LocalDate.of(2026, 11, 23),
                Profile.EXECUTED,
                ValidationThresholds.DEFAULTS,
                null,
                wordingRules);
    }

    @Test
    void should_give_each_translation_the_cue_words_of_its_own_pass_with_and_without_the_wording_rules() {
        int translations = 0;
        int withCues = 0;
        for (DataProcessingAgreement agreement : agreements()) {
            for (boolean wordingRules : new boolean[] {true, false}) {
                DefaultRuleContext context = context(agreement, wordingRules);
                RunMemo memo = RunMemo.of(context);
                List<Map.Entry<ModelPath, LocalizedText>> texts = DocumentRules.texts(context);
                for (int i = texts.size() - 1; i >= 0; i--) { // backwards: each text on its own, not in a sweep
                    List<String> ofText = Text.translations(texts.get(i).getValue());
                    for (int n = 0; n < ofText.size(); n++) {
                        ClauseWording expected = new ClauseWording(ofText.get(n));
                        ClauseWording actual = memo.wording(texts, i, n);
                        assertThat(memo.wording(texts, i, n)).isSameAs(actual);
                        for (int bit = 0; bit < Long.SIZE; bit++) {
                            assertThat(actual.hasAny(1L << bit))
                                    .as("%s, bit %d", ofText.get(n), bit)
                                    .isEqualTo(expected.hasAny(1L << bit));
                        }
                        translations++;
                        withCues += expected.hasAny(-1L) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(translations).isGreaterThan(2_000);
        assertThat(withCues).isGreaterThan(500);
    }

    @Test
    void should_list_exactly_the_texts_whose_own_pass_finds_one_of_the_cue_words() {
        long[] masks = {
            ClauseWording.FORM_WORDS.any(),
            ClauseWording.THE | ClauseWording.GERMAN_TERM_WORDS.any(),
            ClauseWording.OPENING_QUOTE,
            ClauseWording.SUBPROCESSOR_PARTS,
            ClauseWording.DRAFTERS_NOTE_WORDS.any() | ClauseWording.BRACKET | ClauseWording.OPTIONAL,
            ClauseWording.COLON,
            -1L
        };
        int listed = 0;
        for (DataProcessingAgreement agreement : agreements()) {
            for (boolean wordingRules : new boolean[] {true, false}) {
                DefaultRuleContext context = context(agreement, wordingRules);
                RunMemo memo = RunMemo.of(context);
                List<Map.Entry<ModelPath, LocalizedText>> texts = DocumentRules.texts(context);
                List<Long> single = new ArrayList<>();
                for (int bit = 0; bit < Long.SIZE; bit++) {
                    single.add(1L << bit);
                }
                for (long mask : masks) {
                    single.add(mask);
                }
                for (long mask : single) {
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        for (String translation : Text.translations(texts.get(i).getValue())) {
                            if (new ClauseWording(translation).hasAny(mask)) {
                                expected.add(i);
                                break;
                            }
                        }
                    }
                    List<Integer> actual = new ArrayList<>();
                    for (int i : memo.textsWith(texts, mask)) {
                        actual.add(i);
                    }
                    assertThat(actual).as("mask %x", mask).isEqualTo(expected);
                    listed += actual.size();
                }
            }
        }
        assertThat(listed).isGreaterThan(5_000);
    }

    @Test
    void should_report_the_same_findings_of_the_other_rules_when_the_wording_rules_are_disabled() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        Validator all = Validator.builder().asOf(day).build();
        ValidatorBuilder without = Validator.builder().asOf(day);
        ClauseWording.RULES.forEach(without::disable);
        Validator withoutWording = without.build();
        int compared = 0;
        for (DataProcessingAgreement agreement : agreements()) {
            List<String> expected = new ArrayList<>();
            for (Finding f : all.validate(agreement).getFindings()) {
                if (!ClauseWording.RULES.contains(f.getRuleId())) {
                    expected.add(f.toString());
                }
            }
            List<String> actual = new ArrayList<>();
            for (Finding f : withoutWording.validate(agreement).getFindings()) {
                actual.add(f.toString());
            }
            assertThat(actual).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(1_000);
    }
}
