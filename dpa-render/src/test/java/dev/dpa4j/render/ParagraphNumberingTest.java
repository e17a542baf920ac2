/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A section's paragraphs are numbered only when there are at least two: no lone "(1)". */
class ParagraphNumberingTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_number_no_section_that_has_a_single_paragraph(Path example) {
        // given
        DataProcessingAgreement agreement = DpaJson.read(example);

        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            // when
            String md = SendReadyTest.text(
                    MarkdownRenderer.create(),
                    agreement,
                    RenderOptions.builder(language).build());

            // then: every section that starts a "(1)" goes on to a "(2)"
            List<String> lone = new ArrayList<>();
            for (String section : md.split("\n## ")) {
                if (section.contains("\n(1) ") && !section.contains("\n(2) ")) {
                    lone.add(section.lines().findFirst().orElse(""));
                }
            }
            assertThat(lone).as("%s in %s", example, language).isEmpty();
        }
    }

    @Test
    void should_print_a_single_paragraph_without_a_number_and_two_with_numbers_in_every_format() throws IOException {
        // given: one custom section of one paragraph, another of two
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .addCustomClauses(
                        CustomClause.builder()
                                .id("one")
                                .heading(LocalizedText.en("Escrow"))
                                .text(LocalizedText.en("The source code is deposited with an escrow agent."))
                                .build(),
                        CustomClause.builder()
                                .id("two")
                                .heading(LocalizedText.en("Insurance"))
                                .text(LocalizedText.en(
                                        "The Processor holds cyber insurance.\n\nIt shows the policy on request."))
                                .build())
                .build();
        RenderOptions en = RenderOptions.builder(Locale.ENGLISH).build();

        // when
        List<String> formats = SendReadyTest.everyFormat(agreement, en);

        // then: Markdown, text, HTML and the PDF's text print the numbers themselves
        for (String out : List.of(formats.get(0), formats.get(1), formats.get(2), formats.get(4))) {
            String flat = out.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("The source code is deposited")
                    .doesNotContain("(1) The source code")
                    .contains("(1) The Processor holds cyber insurance", "(2) It shows the policy");
        }
        // and Word numbers clauses through list numbering of the "Clause" style, which the lone paragraph lacks
        String docx = formats.get(3);
        String alone = paragraphWith(docx, "The source code is deposited");
        assertThat(alone).doesNotContain("w:numPr").doesNotContain("w:val=\"Clause\"");
        assertThat(paragraphWith(docx, "The Processor holds cyber insurance")).contains("w:val=\"Clause\"");
    }

    private static String paragraphWith(String xml, String text) {
        int at = xml.indexOf(text);
        assertThat(at).as(text).isPositive();
        return xml.substring(xml.lastIndexOf("<w:p>", at), at);
    }
}
