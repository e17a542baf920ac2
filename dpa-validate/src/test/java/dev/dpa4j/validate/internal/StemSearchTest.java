/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StemSearch}, the one pass of {@code ART9_FLAG_SET} and {@code ART10_FLAG_SET} over a data category's texts,
 * answers what the searches it replaced answered: the technical phrases removed, then {@link Text#containsStem} with
 * each stem (issue #14).
 */
class StemSearchTest {

    private static void assertSame(String lower) {
        assertThat(RuleSupport.suggestsSpecial(lower))
                .as("Art. 9: %s", lower)
                .isEqualTo(RuleSupport.suggestsSpecialSearched(lower));
        assertThat(RuleSupport.suggestsCriminal(lower))
                .as("Art. 10: %s", lower)
                .isEqualTo(Text.containsStem(lower, RuleSupport.CRIMINAL_STEMS));
    }

    @Test
    void should_find_a_stem_where_the_searches_find_one() {
        assertThat(RuleSupport.suggestsSpecial("gesundheitsdaten der beschäftigten"))
                .isTrue();
        assertThat(RuleSupport.suggestsSpecial("angaben zur religionszugehörigkeit"))
                .isTrue();
        assertThat(RuleSupport.suggestsSpecial("dna-profile")).isTrue();
        assertThat(RuleSupport.suggestsSpecial("system health and diagnosis of patients"))
                .isTrue();
        assertThat(RuleSupport.suggestsCriminal("auszug aus dem führungszeugnis"))
                .isTrue();
        assertThat(RuleSupport.suggestsCriminal("criminal records")).isTrue();
        // a short stem only at the start of a word; a technical phrase removed before the stems are looked for
        assertThat(RuleSupport.suggestsSpecial("rna und mdna")).isFalse();
        assertThat(RuleSupport.suggestsSpecial("diagnostics and system health")).isFalse();
        assertThat(RuleSupport.suggestsSpecial("name, e-mail-adresse, telefonnummer"))
                .isFalse();
        assertThat(RuleSupport.suggestsCriminal("vertragsdaten")).isFalse();
        assertThat(RuleSupport.suggestsSpecial("")).isFalse();
        assertThat(RuleSupport.suggestsCriminal("d")).isFalse();
        for (String text : List.of(
                "rna und mdna",
                "-dna",
                "_dna",
                "édna",
                "diagnostics",
                "diagnostics of patients",
                "healthcheck",
                "healthcheckhealth",
                "system healthcare",
                "diagnose",
                "straftat",
                "xstraftat")) {
            assertSame(text);
        }
    }

    @Test
    void should_answer_what_the_searches_answered_for_every_text_of_the_examples_and_generated_agreements() {
        List<String> texts = SampleTexts.operativeLowered();
        assertThat(texts).hasSizeGreaterThan(5_000);
        for (String text : texts) {
            assertSame(text);
        }
        // the texts the two rules read: the names and descriptions of the data categories
        // (none of these suggests special or criminal-offence data; the named texts and the random texts do)
        List<String> categories = categoryTexts();
        assertThat(categories).hasSizeGreaterThan(200);
        for (String text : categories) {
            assertSame(text);
        }
    }

    /** The names and descriptions of the data categories of the four examples and 200 generated agreements. */
    private static List<String> categoryTexts() {
        List<DataProcessingAgreement> agreements = SampleTexts.agreements();
        List<String> texts = new ArrayList<>();
        for (DataProcessingAgreement a : agreements) {
            for (DataCategory dc : RuleSupport.dataCategories(a)) {
                texts.add(Text.lower(dc.getName()));
                dc.getDescription().ifPresent(d -> texts.add(Text.lower(d)));
            }
        }
        return texts;
    }

    @Test
    void should_answer_what_the_searches_answered_for_random_texts_of_stems_phrases_and_their_neighbours() {
        List<String> parts = new ArrayList<>();
        parts.addAll(RuleSupport.SPECIAL_STEMS);
        parts.addAll(RuleSupport.SPECIAL_TECHNICAL);
        parts.addAll(RuleSupport.CRIMINAL_STEMS);
        for (String stem : List.copyOf(parts)) {
            parts.add(stem.substring(0, stem.length() / 2)); // beginnings that are not stems
            parts.add(stem.substring(stem.length() / 2));
        }
        parts.addAll(List.of(
                " ",
                "-",
                "_",
                "a",
                "d",
                "é",
                "ß",
                "\u0301",
                "\u00e4",
                "\u2013",
                "\ud83d\ude00",
                "0",
                "x",
                "s",
                "\u0164",
                "\u00c4"));
        Random random = new Random(14);
        int special = 0;
        int criminal = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            String lower = text.toString();
            assertSame(lower);
            special += RuleSupport.suggestsSpecialSearched(lower) ? 1 : 0;
            criminal += Text.containsStem(lower, RuleSupport.CRIMINAL_STEMS) ? 1 : 0;
        }
        assertThat(special).isBetween(1_000, 39_000);
        assertThat(criminal).isBetween(1_000, 39_000);
    }

    @Test
    void should_refuse_an_entry_of_one_character() {
        assertThatThrownBy(() -> new StemSearch(List.of("x"), List.of())).isInstanceOf(IllegalStateException.class);
        assertThat(new StemSearch(List.of("ab"), List.of("cd")).find("xcdab")).isEqualTo(StemSearch.REMOVED_PHRASE);
        assertThat(new StemSearch(List.of("ab"), List.of("cd")).find("xab")).isEqualTo(StemSearch.ABSENT);
        assertThat(new StemSearch(List.of("ab"), List.of("cd")).find("x ab")).isEqualTo(StemSearch.FOUND);
    }
}
