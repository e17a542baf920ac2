/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The data-flow diagram of the HTML (and PDF) output: names for a few recipients, counts for many. */
class DataFlowDiagramTest {

    /** An agreement with {@code germany} sub-processors in Germany and {@code us} in the United States, half with SCC. */
    private static DataProcessingAgreement withSubprocessors(int germany, int us) {
        DataProcessingAgreement base = FormatsTestSupport.example("just-avv-de");
        List<Subprocessor> subs = new ArrayList<>();
        for (int i = 0; i < germany; i++) {
            subs.add(Subprocessor.builder()
                    .id("de-" + i)
                    .name("Hoster " + i + " GmbH")
                    .country(CountryCode.of("DE"))
                    .build());
        }
        for (int i = 0; i < us; i++) {
            Subprocessor.Builder sub = Subprocessor.builder()
                    .id("us-" + i)
                    .name("Cloud " + i + " Inc.")
                    .country(CountryCode.of("US"));
            if (i % 2 == 0) {
                sub.transfer(TransferMechanism.builder()
                        .type(TransferMechanismType.SCC_2021_914)
                        .build());
            }
            subs.add(sub.build());
        }
        return base.toBuilder()
                .subprocessing(base.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(subs)
                        .build())
                .build();
    }

    private static Element figure(DataProcessingAgreement agreement) {
        String html =
                new String(render(HtmlRenderer.create(), agreement, options(Locale.ENGLISH)), StandardCharsets.UTF_8);
        Element figure = Jsoup.parse(html).selectFirst("figure.dpa-figure");
        assertThat(figure).isNotNull();
        return figure;
    }

    @Test
    void should_wrap_a_long_party_name_in_its_box_instead_of_cutting_it() {
        // given: Jomoco's controller, whose name is longer than one line of a box
        DataProcessingAgreement jomoco = FormatsTestSupport.example("jomoco-avv-de");
        DataProcessingAgreement shortName = jomoco.toBuilder()
                .controllers(List.of(jomoco.getControllers().get(0).toBuilder()
                        .name("Kurz GmbH")
                        .build()))
                .build();

        // when
        List<String> lines = figure(jomoco).select("svg text").eachText();
        List<String> shortLines = figure(shortName).select("svg text").eachText();

        // then: the full name over two lines, nothing cut
        assertThat(String.join(" ", lines)).contains("JoMoCo UG (haftungsbeschränkt)");
        assertThat(lines).noneMatch(l -> l.startsWith("JoMoCo") && l.endsWith("…"));
        assertThat(lines).allMatch(l -> l.codePointCount(0, l.length()) <= 30);
        assertThat(shortLines).contains("Kurz GmbH");
    }

    private static Element figure(DataProcessingAgreement agreement, Locale locale) {
        String html = new String(render(HtmlRenderer.create(), agreement, options(locale)), StandardCharsets.UTF_8);
        Element figure = Jsoup.parse(html).selectFirst("figure.dpa-figure");
        assertThat(figure).isNotNull();
        return figure;
    }

    @Test
    void should_wrap_a_long_group_heading_at_its_spaces_instead_of_cutting_it() {
        // given: a recipient in the United Kingdom, whose German heading "Vereinigtes Königreich – Drittland" is
        // longer than one line of a box, and one in Germany, whose heading fits
        DataProcessingAgreement base = withSubprocessors(1, 0);
        DataProcessingAgreement agreement = base.toBuilder()
                .subprocessing(base.getSubprocessing().orElseThrow().toBuilder()
                        .addSubprocessors(Subprocessor.builder()
                                .id("uk")
                                .name("Thames Mail Ltd")
                                .country(CountryCode.of("GB"))
                                .transfer(TransferMechanism.builder()
                                        .type(TransferMechanismType.ADEQUACY_DECISION)
                                        .build())
                                .build())
                        .build())
                .build();

        // when
        Element figure = figure(agreement, Locale.GERMAN);
        List<String> bold = figure.select("svg text[font-weight=bold]").eachText();
        List<Integer> ys = figure.select("svg text").stream()
                .map(e -> Integer.parseInt(e.attr("y")))
                .toList();

        // then: the heading over two lines of whole words, nothing cut; the one that fits stays one line
        assertThat(bold).contains("Vereinigtes Königreich –", "Drittland", "Deutschland");
        assertThat(figure.select("svg text").eachText()).noneMatch(l -> l.endsWith("…"));
        // the recipient's name sits below the heading's second line, inside its box
        List<String> all = figure.select("svg text").eachText();
        int heading2 = ys.get(all.indexOf("Drittland"));
        int name = ys.get(all.indexOf("Thames Mail Ltd"));
        assertThat(name).isGreaterThan(heading2);
        assertThat(figure.selectFirst("figcaption").text()).contains("Vereinigtes Königreich – Drittland");
    }

    @Test
    void should_count_recipients_per_country_and_mechanism_when_there_are_many() {
        // given
        DataProcessingAgreement agreement = withSubprocessors(150, 50);

        // when
        Element figure = figure(agreement);
        String svg = figure.selectFirst("svg").outerHtml();
        String description = figure.selectFirst("figcaption").text();

        // then: no names, but counts; outside the EU/EEA per transfer mechanism
        assertThat(svg).doesNotContain("Hoster 0 GmbH").doesNotContain("Cloud 1 Inc.");
        List<String> lines = figure.select("svg text").eachText();
        assertThat(lines).contains("150 sub-processors", "50 sub-processors").anyMatch(line -> line.startsWith("→ "));
        assertThat(lines).contains("→ SCC 2021/914: 25");
        assertThat(description)
                .contains("Sub-processors (Germany): 150 sub-processors.")
                .contains("50 sub-processors, by transfer mechanism: ")
                .doesNotContain("Cloud 1 Inc.");
        // the picture's size depends on the number of groups, not of recipients
        assertThat(Integer.parseInt(figure.selectFirst("svg").attr("height"))).isLessThan(400);
    }

    @Test
    void should_draw_each_transfer_basis_whole_in_a_short_form_or_wrapped_under_its_arrow() {
        // given: two recipients in the United States, one with the SCC; then the second under the repealed 2010
        // clauses, a tool with no short form whose name is longer than a line
        DataProcessingAgreement agreement = withSubprocessors(0, 2);
        DataProcessingAgreement repealed = agreement.toBuilder()
                .subprocessing(agreement.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(agreement.getSubprocessing().orElseThrow().getSubprocessors().stream()
                                .map(s -> s.toBuilder()
                                        .transfer(TransferMechanism.builder()
                                                .type(TransferMechanismType.SCC_2010_87)
                                                .build())
                                        .build())
                                .toList())
                        .build())
                .build();

        // when
        Element figure = figure(agreement);
        List<String> lines = figure.select("svg text").eachText();
        List<String> repealedLines = figure(repealed).select("svg text").eachText();

        // then: the SCC by their short name in the picture, in full in the description; none cut with "…"
        assertThat(lines).contains("→ SCC 2021/914", "→ none stated").noneMatch(l -> l.endsWith("…"));
        assertThat(figure.selectFirst("figcaption").text())
                .contains("standard contractual clauses adopted by Commission Implementing Decision (EU) 2021/914");
        // a name with no short form wraps over several lines, the first after the arrow
        assertThat(String.join(" ", repealedLines)).contains("→ standard contractual clauses 2010/87/EU (repealed)");
        assertThat(repealedLines)
                .noneMatch(l -> l.endsWith("…"))
                .filteredOn(l -> l.startsWith("→ "))
                .hasSize(2)
                .allMatch(l -> l.codePointCount(0, l.length()) <= 2 + 24);
    }

    @Test
    void should_name_every_recipient_when_there_are_few() {
        // given
        DataProcessingAgreement agreement = withSubprocessors(3, 2);

        // when
        Element figure = figure(agreement);

        // then
        assertThat(figure.select("svg text").eachText())
                .contains("Hoster 0 GmbH", "Hoster 2 GmbH", "Cloud 1 Inc.")
                .noneMatch(line -> line.endsWith("sub-processors"));
        assertThat(figure.selectFirst("figcaption").text()).contains("Cloud 0 Inc. (");
    }

    @Test
    void should_count_in_the_picture_but_name_in_the_description_when_names_would_not_fit_a_page() {
        // given: 40 recipients in the United States, below the limit for naming but two lines each in the picture
        DataProcessingAgreement agreement = withSubprocessors(0, 40);

        // when
        Element figure = figure(agreement);

        // then: the picture counts and stays small enough to print legibly; the description still names
        assertThat(figure.select("svg text").eachText())
                .contains("40 sub-processors")
                .doesNotContain("Cloud 1 Inc.");
        assertThat(Integer.parseInt(figure.selectFirst("svg").attr("height"))).isLessThan(400);
        assertThat(figure.selectFirst("figcaption").text()).contains("Cloud 1 Inc.", "Cloud 39 Inc.");
    }

    @Test
    void should_name_recipients_while_the_picture_fits_a_page() {
        // given: 25 recipients in the United States (two lines each) just fit
        DataProcessingAgreement agreement = withSubprocessors(0, 25);

        // when
        List<String> lines = figure(agreement).select("svg text").eachText();

        // then
        assertThat(lines).contains("Cloud 0 Inc.", "Cloud 24 Inc.").noneMatch(line -> line.endsWith("sub-processors"));
    }

    @Test
    void should_list_a_recipient_once_per_group_when_it_repeats() {
        // given: the same sub-processor twice in Germany
        DataProcessingAgreement base = withSubprocessors(1, 0);
        Subprocessor twice =
                base.getSubprocessing().orElseThrow().getSubprocessors().get(0);
        DataProcessingAgreement agreement = base.toBuilder()
                .subprocessing(base.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(
                                List.of(twice, twice.toBuilder().id("again").build()))
                        .build())
                .build();

        // when
        List<String> lines = figure(agreement).select("svg text").eachText();

        // then
        assertThat(lines.stream().filter("Hoster 0 GmbH"::equals)).hasSize(1);
    }

    @Test
    void should_print_the_same_caption_and_description_without_drawing_the_image_when_rendering_markdown()
            throws Exception {
        for (DataProcessingAgreement agreement : List.of(withSubprocessors(2, 3), withSubprocessors(40, 40))) {
            // given
            RenderOptions options = options(Locale.ENGLISH);
            DocumentComposer composer = DocumentComposer.create();
            java.io.ByteArrayOutputStream drawn = new java.io.ByteArrayOutputStream();
            MarkdownRenderer.create().write(composer.compose(agreement, options), drawn);

            // when
            byte[] markdown = render(MarkdownRenderer.create(), agreement, options);

            // then
            assertThat(new String(markdown, StandardCharsets.UTF_8)).isEqualTo(drawn.toString(StandardCharsets.UTF_8));
            assertThat(composer.compose(agreement, options, false).toString()).doesNotContain("<svg");
            assertThat(composer.compose(agreement, options, true).toString()).contains("<svg");
        }
    }
}
