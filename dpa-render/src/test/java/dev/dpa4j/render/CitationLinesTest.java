/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RenderOptions#isCitations()}: the citation lines are printed by default and left out on request, in every format. */
class CitationLinesTest {

    /** Citations of the test agreement that appear only as citation lines, never in a clause text. */
    private static final List<String> EN_CITATIONS =
            List.of("Art. 28(3)(e) and (f) GDPR", "Art. 28(3)(f), Art. 33(2) GDPR", "Art. 32(1)(b) GDPR");

    private static final List<String> DE_CITATIONS =
            List.of("Art. 28 Abs. 3 Satz 2 lit. e und f DSGVO", "Art. 28 Abs. 3 Satz 2 lit. f, Art. 33 Abs. 2 DSGVO");

    @Test
    void should_print_citation_lines_in_every_format_by_default() throws IOException {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();
        RenderOptions options = RenderOptions.of(Locale.ENGLISH);

        // when
        List<String> formats = SendReadyTest.everyFormat(agreement, options);

        // then
        assertThat(options.isCitations()).isTrue();
        assertThat(formats).allSatisfy(f -> assertThat(f).contains(EN_CITATIONS));
    }

    @Test
    void should_leave_out_every_citation_line_but_keep_the_clauses_in_every_format_when_citations_are_off()
            throws IOException {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();
        RenderOptions with = RenderOptions.of(Locale.ENGLISH);
        RenderOptions without = with.toBuilder().citations(false).build();

        // when
        List<String> formats = SendReadyTest.everyFormat(agreement, without);
        String markdownWith = SendReadyTest.text(MarkdownRenderer.create(), agreement, with);

        // then
        assertThat(formats)
                .hasSize(5)
                .allSatisfy(f -> assertThat(f)
                        .doesNotContain(EN_CITATIONS)
                        .contains("the Processor shall assist the Controller")
                        .contains("Physical access control"));
        // nothing but the citation lines differs: removing them from the default rendering gives the same text
        String stripped =
                markdownWith.replaceAll("(?m)^\\*[^*\\n]+\\*\\n\\n", "").replaceAll(" \\*\\([^*]+\\)\\*", "");
        assertThat(formats.get(0)).isEqualTo(stripped);
        assertThat(without).isNotEqualTo(with);
    }

    @Test
    void should_leave_out_the_german_citation_lines_and_those_of_both_languages_side_by_side() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();
        RenderOptions bilingual = RenderOptions.builder(Locale.GERMAN)
                .secondLanguage(Locale.ENGLISH)
                .citations(false)
                .build();

        String withCitations = SendReadyTest.text(
                MarkdownRenderer.create(),
                agreement,
                bilingual.toBuilder().citations(true).build());

        // when
        String markdown = SendReadyTest.text(MarkdownRenderer.create(), agreement, bilingual);
        String html = SendReadyTest.text(HtmlRenderer.create(), agreement, bilingual);

        // then
        assertThat(withCitations).contains(DE_CITATIONS).contains(EN_CITATIONS);
        assertThat(List.of(markdown, html))
                .allSatisfy(f -> assertThat(f)
                        .doesNotContain(DE_CITATIONS)
                        .doesNotContain(EN_CITATIONS)
                        .contains("Verantwortlichen", "Controller"));
    }

    @Test
    void should_cite_the_provisions_under_every_heading_of_the_measures_annex_but_other_measures() {
        // given: one measure under each heading
        DataProcessingAgreement full = TestAgreements.full();
        List<TechnicalOrganisationalMeasure> measures = new ArrayList<>();
        for (TomCategory c : TomCategory.values()) {
            measures.add(TechnicalOrganisationalMeasure.builder()
                    .description(LocalizedText.de("Maßnahme " + words(c) + ".").with("en", "Measure " + words(c) + "."))
                    .category(c)
                    .build());
        }
        DataProcessingAgreement agreement = full.toBuilder()
                .security(full.getSecurity().orElseThrow().toBuilder()
                        .measures(measures)
                        .categoryObjectives(Map.of())
                        .build())
                .build();

        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            // when
            String markdown = SendReadyTest.text(MarkdownRenderer.create(), agreement, RenderOptions.of(language));

            // then: the line after each heading of the annex is its citation, in the document's language
            String law = language.equals(Locale.GERMAN) ? "DSGVO*" : "GDPR*";
            for (TomCategory c : TomCategory.values()) {
                String item =
                        language.equals(Locale.GERMAN) ? "- Maßnahme " + words(c) + "." : "- Measure " + words(c) + ".";
                int at = markdown.indexOf(item);
                assertThat(at).as("%s in %s", c, language).isPositive();
                int heading = markdown.lastIndexOf("\n### ", at);
                List<String> lines = markdown.substring(heading + 1, at)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .toList();
                if (c == TomCategory.OTHER) {
                    assertThat(lines).as("%s in %s", c, language).hasSize(1);
                } else {
                    assertThat(lines).as("%s in %s", c, language).hasSize(2);
                    assertThat(lines.get(1)).startsWith("*Art. ").endsWith(law);
                }
            }
        }
    }

    private static String words(TomCategory c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
