/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.catalog.LegalForms;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextScan} answers in one pass what the searches it replaced answered (issue #14): a word of the annex or
 * section references anywhere, "§", "{" and the company names of {@link CompanyNames#find}.
 */
class TextScanTest {

    private static void assertSameAsSearches(String text) {
        TextScan scan = TextScan.of(text, true);
        assertThat(scan.annexWord())
                .as("annex word in %s", text)
                .isEqualTo(DocumentRules.ANNEX_WORDS.stream().anyMatch(text::contains));
        assertThat(scan.sectionWord())
                .as("section word in %s", text)
                .isEqualTo(text.indexOf('§') >= 0
                        || DocumentRules.SECTION_WORDS.stream().anyMatch(text::contains));
        assertThat(scan.brace()).as("brace in %s", text).isEqualTo(text.indexOf('{') >= 0);
        assertThat(scan.doubleBracket()).as("[[ in %s", text).isEqualTo(text.contains("[["));
        assertThat(scan.markWord()).as("mark word in %s", text).isEqualTo(DocumentRules.hasMarkWord(text));
        assertThat(scan.companyNames()).as("names in %s", text).isEqualTo(CompanyNames.find(text));
        // the scan without company names finds the same words, braces and brackets
        TextScan withoutNames = TextScan.of(text, false);
        assertThat(withoutNames.annexWord()).as("annex word in %s", text).isEqualTo(scan.annexWord());
        assertThat(withoutNames.sectionWord()).as("section word in %s", text).isEqualTo(scan.sectionWord());
        assertThat(withoutNames.brace()).as("brace in %s", text).isEqualTo(scan.brace());
        assertThat(withoutNames.doubleBracket()).as("[[ in %s", text).isEqualTo(scan.doubleBracket());
        assertThat(withoutNames.markWord()).as("mark word in %s", text).isEqualTo(scan.markWord());
    }

    @Test
    void should_find_what_the_searches_found_when_a_text_holds_words_at_its_ends_or_inside_others() {
        List<String> texts = List.of(
                "",
                "A",
                "Anlage",
                "siehe Anlage 2",
                "Sachanlage",
                "Anl.",
                "Anl",
                "Übermittlung gemäß § 3",
                "§",
                "Ziff. 4 und Ziffer",
                "the Clause",
                "Clauses 8 (Audits)",
                "Paragrap",
                "{annex:measures}",
                "{",
                "[[Name]]",
                "[[",
                "[ [",
                "text ending in [",
                "ends in [[",
                "x[[y]] and [[z]]",
                // characters outside ASCII whose lower seven bits are those of "[": "Û" and "ś"
                "\u00db[ and [\u00db and \u015b\u015b",
                "\u00db\u00db",
                "Hosting by Amazon Web Services, Inc. and Nordic Cloud B.V.",
                "Die Muster UG (haftungsbeschränkt) übernimmt den Versand.",
                "Der AG erteilt Weisungen\nan die Beispiel GmbH\tund Beispiel AG",
                "GmbH am Anfang",
                " AG",
                "Schedule Exhibit Attachment Appendix Anhang Section",
                "Hosting durch Beispiel\u2003GmbH und Muster\u00a0GmbH",
                "Übermittlung an Ärzte Beispiel\u2028AG",
                "Versand\nGmbH",
                "x\u00a7 5",
                "Beispiel GmbH",
                // words that begin with a legal form's first letter but go on otherwise, then forms after them
                "der die eine mit sowie personenbezogene Daten an Muster d.o.o., Beispiel s.r.o. und Probe e.V.",
                "Sicherheit Kunden Logistik Beispiel SE, Muster KG und Probe plc",
                "Beispiel Sàrl und Muster S.à r.l.",
                // the capitals of DOC_PLACEHOLDER at the ends, inside words, in other cases and cut short
                "TODO",
                "Ansprechpartner: TBD",
                "TBA bis Vertragsschluss",
                "XXX GmbH",
                "Frist: XXXX Tage",
                "MUSTERTODOLISTE",
                "todo tbd tba xxx",
                "Todo, Tbd, XX, TB, TOD, X",
                "TO DO und T B D");
        for (String text : texts) {
            assertSameAsSearches(text);
        }
    }

    @Test
    void should_find_the_names_whose_forms_begin_like_common_words_when_such_words_come_first() {
        String text = "der die eine mit sowie personenbezogene Daten an Muster d.o.o., Beispiel s.r.o. und Probe e.V.";
        assertThat(TextScan.of(text, true).companyNames())
                .containsExactly("Muster d.o.o.", "Beispiel s.r.o.", "Probe e.V.");
        assertThat(TextScan.of("der die eine mit sowie dem gemäß", true).companyNames())
                .isEmpty();
    }

    @Test
    void should_find_what_the_searches_found_when_given_every_text_of_the_examples() {
        List<String> translations = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            FreeTexts.operative(
                    DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")),
                    (path, text) -> translations.addAll(text.getTranslations().values()));
        }
        assertThat(translations).hasSizeGreaterThan(500);
        for (String text : translations) {
            assertSameAsSearches(text);
        }
        assertThat(translations).anyMatch(t -> TextScan.of(t, false).brace());
    }

    @Test
    void should_find_what_the_searches_found_when_characters_outside_ascii_share_the_lower_bits_of_a_pair() {
        // the scan looks pairs up by the lower seven bits of each character: 'Á' (U+00C1) stands for 'A', 'û'
        // (U+00FB) for '{', the section sign for the apostrophe, U+0101 for NUL; none of them may count as those
        List<String> texts = List.of(
                "Ánlage Ánhang Ápp",
                "siehe \u00c1nlage",
                "A\u00eenlage",
                "Beispiel \u00c7mbH und Muster \u0147G",
                "Beispiel G\u00edbH",
                "\u00fb kein Klammer",
                "the processor's Clause",
                "processor's",
                "\u0101Anlage",
                "Beispiel\u0101GmbH",
                "§§ 3",
                "{§}",
                "x{",
                "Muster\u2003AG",
                // "Ô" (U+00D4) and "Ø" (U+00D8) share the lower seven bits of "T" and "X"
                "\u00d4ODO und \u00d8XX und X\u00d8X");
        for (String text : texts) {
            assertSameAsSearches(text);
        }
    }

    @Test
    void should_find_what_the_searches_found_when_given_random_texts_of_words_forms_and_white_space() {
        List<String> pieces = new ArrayList<>();
        pieces.addAll(DocumentRules.ANNEX_WORDS);
        pieces.addAll(DocumentRules.SECTION_WORDS);
        pieces.addAll(DocumentRules.MARK_WORDS);
        pieces.addAll(LegalForms.all());
        pieces.addAll(List.of(
                "Beispiel",
                "Muster",
                "der",
                "des",
                "Auftraggeber",
                "(AG)",
                "Prüfer",
                "Wirtschaftsprüfer",
                "auditor",
                "Amazon",
                "Web",
                "Services,",
                "&",
                "An",
                "Se",
                "Pa",
                "Co",
                "In",
                "e",
                "s",
                "d",
                "pl",
                "mb",
                "§",
                "{",
                "}",
                "[",
                "…",
                "'",
                "\u00c1",
                "\u00fb",
                "\u00e4",
                "ß",
                "„",
                "“",
                ".",
                ",",
                "x",
                "X",
                "XX",
                "TO",
                "TB",
                "T",
                "1"));
        List<String> gaps = List.of(" ", " ", " ", "", "\n", "\t", "\u00a0", "\u2003", "\u2028", "\u001f", "  ", "-");
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(12);
            for (int w = 0; w < words; w++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                text.append(gaps.get(random.nextInt(gaps.size())));
            }
            assertSameAsSearches(text.toString());
        }
    }

    @Test
    void should_find_what_the_searches_found_when_given_every_text_of_generated_agreements() {
        List<String> translations = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            FreeTexts.operative(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed),
                    (path, text) -> translations.addAll(text.getTranslations().values()));
        }
        assertThat(translations).hasSizeGreaterThan(5_000);
        for (String text : translations) {
            assertSameAsSearches(text);
        }
    }
}
