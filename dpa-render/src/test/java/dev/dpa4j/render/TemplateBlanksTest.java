/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A template's blanks are named in the document's language, whatever language its placeholder keys are in; and a
 * piece of evidence whose description only repeats its kind is not printed twice.
 */
class TemplateBlanksTest {

    private static DataProcessingAgreement just() {
        return DpaJson.read(Path.of("../examples/just-avv-de.json"));
    }

    @Test
    void should_name_the_blanks_of_the_german_keyed_template_in_english_when_rendered_in_english() {
        // given
        DataProcessingAgreement template = just();
        assertThat(template.getControllers().get(0).getName()).contains("[[Firma]]");

        // when
        String en = SendReadyTest.text(TextRenderer.create(), template, RenderOptions.of(Locale.ENGLISH));

        // then
        assertThat(en)
                .doesNotContain("[[Firma]]", "[[Strasse]]", "[[Strasse2]]", "[[PLZ]]", "[[Ort]]", "[[Name]]")
                .contains(
                        "[[company name]]",
                        "[[street and number]]",
                        "[[address line 2]]",
                        "[[postcode]] [[town]]",
                        "represented by [[name]]",
                        "[[place]]");
    }

    @Test
    void should_name_the_blanks_in_german_and_leave_filled_in_parties_alone() {
        // given
        DataProcessingAgreement template = just();

        // when
        String de = SendReadyTest.text(TextRenderer.create(), template, RenderOptions.of(Locale.GERMAN));

        // then
        assertThat(de)
                .contains("[[Firma]]", "[[Straße und Hausnummer]]", "[[PLZ]] [[Ort]]")
                .contains("Just Software AG", "Nobistor 16");
    }

    @Test
    void should_print_a_piece_of_evidence_once_when_its_description_repeats_its_kind() {
        // given
        DataProcessingAgreement jomoco = DpaJson.read(Path.of("../examples/jomoco-avv-de.json"));

        // when
        List<String> both = List.of(
                SendReadyTest.text(MarkdownRenderer.create(), jomoco, RenderOptions.of(Locale.GERMAN)),
                SendReadyTest.text(
                        MarkdownRenderer.create(),
                        jomoco,
                        RenderOptions.builder(Locale.ENGLISH)
                                .allowFallback(true)
                                .build()));

        // then
        assertThat(both.get(0))
                .contains("- Zertifizierung nach Art. 42 DSGVO\n")
                .doesNotContain("Zertifizierung nach Art. 42 DSGVO – Zertifizierung nach Art. 42 DSGVO");
        assertThat(both.get(1)).doesNotContain("certification under Art. 42 GDPR – certification under Art. 42 GDPR");
    }
}
