/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(scan.companyNames()).as("names in %s", text).isEqualTo(CompanyNames.find(text));
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
                "Beispiel Sàrl und Muster S.à r.l.");
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
}
