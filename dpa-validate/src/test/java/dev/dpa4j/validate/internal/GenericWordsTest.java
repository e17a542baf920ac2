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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SecurityRules#onlyGenericWords} with its filter in front of the generic-word set answers what the plain
 * look-up of every word answered (issue #14).
 */
class GenericWordsTest {

    private static final Set<String> GENERIC = Set.copyOf(Lexicon.load("generic-measure-words"));

    /** The behaviour before the filter: every word of the lower-case text looked up in the set. */
    private static boolean reference(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int generic = 0;
        int other = 0;
        int start = -1;
        int i = 0;
        while (i <= lower.length()) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            if (i < lower.length() && Text.isLetterOrNumber(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (GENERIC.contains(lower.substring(start, i))) {
                    generic++;
                } else {
                    other++;
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return generic > 0 && other <= 1;
    }

    private static void assertSame(String text) {
        assertThat(SecurityRules.onlyGenericWords(LocalizedText.plain(text)))
                .as("only generic words in %s", text)
                .isEqualTo(reference(text.strip()));
        // both ways the method may take: lowering each character as it is read, and lowering the whole text
        int unlowered = SecurityRules.onlyGenericWordsUnlowered(text);
        if (unlowered >= 0) {
            assertThat(unlowered == 1).as("without lowering %s", text).isEqualTo(reference(text));
        }
        assertThat(SecurityRules.onlyGenericWordsOfLower(text.toLowerCase(Locale.ROOT)))
                .as("lowered %s", text)
                .isEqualTo(reference(text));
    }

    @Test
    void should_lower_the_whole_text_only_when_it_holds_a_character_that_does_not_lower_by_itself() {
        assertThat(SecurityRules.onlyGenericWordsUnlowered("SOFTWAREGESTÜTZTE TOOLS"))
                .isEqualTo(1);
        assertThat(SecurityRules.onlyGenericWordsUnlowered("Verschlüsselung aller Datenträger"))
                .isZero();
        assertThat(SecurityRules.onlyGenericWordsUnlowered("\u0130 Audit")).isEqualTo(-1);
        assertThat(SecurityRules.onlyGenericWordsUnlowered("Audit \u03a3")).isEqualTo(-1);
        assertThat(SecurityRules.onlyGenericWordsUnlowered("Audit \ud835\udc00"))
                .isEqualTo(-1);
        // "İ" lowers to "i" and a combining dot, which is no letter: the words differ from the text's
        assertThat(SecurityRules.onlyGenericWords(LocalizedText.plain("AUD\u0130T")))
                .isEqualTo(reference("AUD\u0130T"));
    }

    @Test
    void should_answer_as_the_plain_look_up_when_a_measure_names_only_a_kind_or_more() {
        List<String> texts = List.of(
                "Audits",
                "AUDITS",
                "Softwaregestützte Tools",
                "SOFTWAREGESTÜTZTE TOOLS",
                "Backup-Verfahren",
                "Backup-Verfahren und Kontrollen",
                "Verschlüsselung aller Datenträger mit AES-256",
                "Tool",
                "Toolbox",
                "Tools2",
                "Auditor",
                "Policies and procedures",
                "Written policies, procedures and controls",
                "Prozesse",
                "\u0130 Audit",
                "Audit \u03a3",
                "ᴀudits",
                "Ŧools",
                "\u0174ools",
                "x");
        for (String text : texts) {
            assertSame(text);
        }
        // the two kinds the filter must not change, checked on their own so that a filter that says "no" to all
        // words or "yes" to all cannot pass
        assertThat(SecurityRules.onlyGenericWords(LocalizedText.plain("Softwaregestützte Tools")))
                .isTrue();
        assertThat(SecurityRules.onlyGenericWords(LocalizedText.plain("Verschlüsselung aller Datenträger")))
                .isFalse();
    }

    @Test
    void should_not_reject_a_word_whose_hint_entry_is_set_for_every_generic_word() {
        boolean[] hint = SecurityRules.genericWordHint(GENERIC);
        for (String w : GENERIC) {
            assertThat(hint[Math.min(w.length(), 31) * 128 + (w.charAt(0) & 127)])
                    .as(w)
                    .isTrue();
        }
        // and it rejects something, or it would not be a filter
        assertThat(hint[5 * 128 + 'x']).isFalse();
    }

    @Test
    void should_answer_as_the_plain_look_up_when_given_random_texts_of_generic_and_other_words() {
        List<String> pieces = new ArrayList<>(GENERIC);
        pieces.addAll(List.of(
                "Backup",
                "AES",
                "Verschlüsselung",
                "toolsx",
                "tool1",
                "Tools",
                "MASSNAHMEN",
                "Maßnahmen",
                "MAẞNAHMEN",
                "\u0130",
                "\u03a3",
                "\u00c1udit",
                "\ud835\udc00",
                "a",
                "1",
                "audit" + "s".repeat(30),
                "ŧ"));
        List<String> gaps = List.of(" ", "-", ", ", "\u00a0", "\n", "", "/", "'", ".");
        Random random = new Random(14);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                String p = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextInt(3) == 0 ? p.toUpperCase(Locale.ROOT) : p);
                text.append(gaps.get(random.nextInt(gaps.size())));
            }
            assertSame(text.toString());
        }
    }

    @Test
    void should_answer_as_the_plain_look_up_on_every_measure_of_the_examples_and_generated_agreements() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 300; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        int measures = 0;
        int kindOnly = 0;
        for (DataProcessingAgreement a : agreements) {
            for (TechnicalOrganisationalMeasure m :
                    a.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of())) {
                String text = RuleSupport.text(m.getDescription());
                assertThat(SecurityRules.onlyGenericWords(m.getDescription()))
                        .as("only generic words in %s", text)
                        .isEqualTo(reference(text));
                assertSame(text);
                measures++;
                kindOnly += reference(text) ? 1 : 0;
            }
        }
        assertThat(measures).isGreaterThan(300);
        assertThat(kindOnly).isPositive();
    }
}
