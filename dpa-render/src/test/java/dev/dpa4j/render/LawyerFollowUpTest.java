/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.TransferRenderingTest.md;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The lawyer's remaining points on the rendered agreements (issue #10 follow-ups): each fix shown where it applies
 * and absent where it does not.
 */
class LawyerFollowUpTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static RenderOptions standard(Locale locale) {
        return RenderOptions.builder(locale).asOf(AS_OF).fingerprint(false).build();
    }

    private static RenderOptions scc(Locale locale) {
        return RenderOptions.builder(locale)
                .asOf(AS_OF)
                .fingerprint(false)
                .annexLayout(AnnexLayout.SCC_2021_915)
                .build();
    }

    @Test
    void should_name_the_data_protection_officer_in_a_neutral_german_form() {
        // given: the processor has designated an officer, the controller has not
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        String de = md(agreement, standard(Locale.GERMAN));
        String deScc = md(agreement, scc(Locale.GERMAN));
        String en = md(agreement, standard(Locale.ENGLISH));

        // then: the sentence and the annex label name a person, not a man; English keeps its neutral term
        assertThat(de)
                .contains(
                        "Datenschutzbeauftragte Person des Auftragsverarbeiters (Acme Cloud GmbH) ist Dr. Daten Schutz")
                .doesNotContain("Datenschutzbeauftragte Person des Verantwortlichen")
                .doesNotContain("Datenschutzbeauftragter")
                .doesNotContain("Datenschutzbeauftragten");
        assertThat(deScc)
                .contains("Datenschutzbeauftragte Person: Dr. Daten Schutz")
                .doesNotContain("Datenschutzbeauftragter");
        assertThat(en).contains("The data protection officer of the Processor (Acme Cloud GmbH) is Dr. Daten Schutz");
    }

    @Test
    void should_state_no_officer_where_the_party_has_designated_none() {
        // given: nobody has designated an officer
        DataProcessingAgreement full = TestAgreements.full();
        Party processor = full.getProcessor().orElseThrow();
        DataProcessingAgreement none = full.toBuilder()
                .processor(processor.toBuilder()
                        .dataProtectionOfficer(java.util.Optional.empty())
                        .build())
                .build();

        // when
        String de = md(none, scc(Locale.GERMAN));

        // then
        assertThat(de).doesNotContain("datenschutzbeauftragte Person").doesNotContain("Datenschutzbeauftragte Person");
    }

    private static String render(String id, DataProcessingAgreement a, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RendererRegistry.builtIns().require(id).render(a, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    @Test
    void should_cite_before_the_colon_that_introduces_a_list() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        String textEn = render(TextRenderer.ID, agreement, standard(Locale.ENGLISH));
        String textDe = render(TextRenderer.ID, agreement, standard(Locale.GERMAN));
        String html = render(HtmlRenderer.ID, agreement, standard(Locale.ENGLISH));
        String markdown = md(agreement, standard(Locale.GERMAN));

        // then: the citation belongs to the sentence, the colon leads into the list
        assertThat(textEn)
                .contains("The notification shall contain at least (Art. 33(3) GDPR):")
                .doesNotContain("at least: (Art. 33(3) GDPR)");
        assertThat(textDe)
                .contains("Die Meldung enthält mindestens (Art. 33 Abs. 3 DSGVO):")
                .doesNotContain("mindestens: (Art.");
        assertThat(html)
                .contains(
                        "The notification shall contain at least <span class=\"dpa-cite-inline\">(Art. 33(3) GDPR)</span>:</p>");
        assertThat(markdown).contains("Die Meldung enthält mindestens *(Art. 33 Abs. 3 DSGVO)*:");
        assertThat(textEn).doesNotContain(": (Art.").doesNotContain(": (Clause");
        assertThat(textDe).doesNotContain(": (Art.").doesNotContain(": (Klausel");
    }

    @Test
    void should_keep_the_citation_at_the_end_of_a_sentence_and_the_colon_without_citations() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        String cited = render(TextRenderer.ID, agreement, standard(Locale.ENGLISH));
        String bare = render(
                TextRenderer.ID,
                agreement,
                RenderOptions.builder(Locale.ENGLISH)
                        .asOf(AS_OF)
                        .fingerprint(false)
                        .citations(false)
                        .build());

        // then: a full sentence ends with its citation; without citations the introduction ends in its colon
        assertThat(cited).contains("at intervals of no more than 12 months. (Art. 32(1)(d) GDPR)");
        assertThat(bare).contains("The notification shall contain at least: - ").doesNotContain("(Art. 33(3) GDPR)");
    }

    private static DataProcessingAgreement donauwelle() {
        return DpaJson.read(Path.of("src/test/resources/dev/dpa4j/render/lawyer/donauwelle-avv.json"));
    }

    /** The rectangle and the texts of the processor's box (the middle column of the diagram). */
    private static Element processorBox(DataProcessingAgreement agreement, Locale locale) {
        String html = render(HtmlRenderer.ID, agreement, standard(locale));
        Element svg = Jsoup.parse(html).selectFirst("figure.dpa-figure svg");
        assertThat(svg).isNotNull();
        Element box = new Element("g");
        svg.select("rect[x=280]").forEach(r -> box.appendChild(r.clone()));
        for (Element text : svg.select("text")) {
            int x = Integer.parseInt(text.attr("x"));
            if (x >= 280 && x < 480) {
                box.appendChild(text.clone());
            }
        }
        return box;
    }

    @Test
    void should_mark_a_processor_in_a_third_country_in_the_diagram_like_a_recipient_there() {
        // given: Donauwelle's processor is established in the United States and relies on the Data Privacy Framework
        DataProcessingAgreement agreement = donauwelle();

        // when
        Element en = processorBox(agreement, Locale.ENGLISH);
        Element de = processorBox(agreement, Locale.GERMAN);
        String description = render(TextRenderer.ID, agreement, standard(Locale.ENGLISH));

        // then: dashed, in the colour of third countries, with its country and its transfer basis
        assertThat(en.selectFirst("rect").attr("stroke-dasharray")).isEqualTo("5 3");
        assertThat(en.selectFirst("rect").attr("stroke")).isEqualTo("#a33b20");
        assertThat(en.select("text").eachText())
                .contains(
                        "Processor",
                        "Cordwain Systems, Inc.",
                        "United States – third country",
                        "→ Data Privacy Framework");
        assertThat(de.select("text").eachText()).contains("Vereinigte Staaten – Drittland", "→ Data Privacy Framework");
        assertThat(description)
                .contains("The Processor receives the data in a third country (United States); transfer mechanism:"
                        + " EU-U.S. Data Privacy Framework (Art. 45 GDPR)");
    }

    @Test
    void should_mark_a_processor_in_a_third_country_without_a_stated_basis_as_such() {
        // given: the same processor without a transfer tool of its own
        DataProcessingAgreement full = donauwelle();
        DataProcessingAgreement none = full.toBuilder()
                .transfers(full.getTransfers().orElseThrow().toBuilder()
                        .processorTransfer(java.util.Optional.empty())
                        .build())
                .build();

        // when
        Element box = processorBox(none, Locale.ENGLISH);

        // then
        assertThat(box.select("text").eachText()).contains("United States – third country", "→ none stated");
        assertThat(render(TextRenderer.ID, none, standard(Locale.ENGLISH)))
                .contains("The Processor receives the data in a third country (United States); transfer mechanism:"
                        + " none stated");
    }

    @Test
    void should_draw_a_processor_in_the_eea_plainly() {
        // given: the processor of the test agreement is established in Hamburg
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        Element box = processorBox(agreement, Locale.ENGLISH);

        // then
        assertThat(box.selectFirst("rect").hasAttr("stroke-dasharray")).isFalse();
        assertThat(box.select("text").eachText()).containsExactly("Processor", "Acme Cloud");
        assertThat(render(TextRenderer.ID, agreement, standard(Locale.ENGLISH)))
                .doesNotContain("The Processor receives the data in a third country");
    }

    @Test
    void should_print_the_defined_main_contract_where_a_free_text_writes_it_in_lower_case() {
        // given: Donauwelle's retention text says "For the term of the main contract"
        DataProcessingAgreement agreement = donauwelle();

        // when
        String en = render(TextRenderer.ID, agreement, scc(Locale.ENGLISH));
        String de = render(TextRenderer.ID, agreement, scc(Locale.GERMAN));

        // then
        assertThat(en)
                .contains("(the “Main Contract”)")
                .contains("For the term of the Main Contract; deleted within 60 days")
                .doesNotContain("the main contract");
        assertThat(de).contains("Für die Laufzeit des Hauptvertrags");
    }
}
