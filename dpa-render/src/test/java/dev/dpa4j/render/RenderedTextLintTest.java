/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Regime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reader sees first in a carelessly assembled contract: an unresolved placeholder, a "null", a doubled or
 * orphaned punctuation mark ("Datenschutzbeauftragte Person: , x@example.com"), an empty list entry. Generated agreements
 * (every optional part present or absent, in both languages and both annex layouts) are rendered to Markdown and
 * read line by line for such marks. {@code -Ddpa.lint.seeds=500} reads more agreements than the 25 of the build.
 */
class RenderedTextLintTest {

    private static final List<Pattern> DEFECTS = List.of(
            // a placeholder of the clause library or of a reference that was not resolved
            Pattern.compile("[{}]"),
            // a Java value printed as text
            Pattern.compile("\\bnull\\b|Optional\\[|Optional\\.empty"),
            // two full stops that are neither an ellipsis nor the dotted line of a signature block
            Pattern.compile("(?<![.\\s])\\.\\.(?!\\.)"),
            // a punctuation mark after a space, i.e. after something left out ("officer: , mail"; "Anlage ;")
            Pattern.compile("\\S [,.;:](?![.\\d])"),
            // doubled separators and empty brackets
            Pattern.compile(",,|;;|, \\.|\\(\\s*\\)|::"),
            // an empty bullet
            Pattern.compile("^\\s*- *$"),
            // two spaces inside a sentence (table rows pad their cells and are exempt)
            Pattern.compile("\\S  +\\S"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("dpa.lint.seeds", 25));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void should_print_no_leftover_or_orphaned_punctuation_when_the_agreement_is_generated(long seed)
            throws IOException {
        // given: the built-in clauses do not render the LED regime
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed).toBuilder()
                .regime(Regime.GDPR)
                .build();

        // when
        List<String> defects = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            for (AnnexLayout layout : AnnexLayout.values()) {
                String markdown = markdown(
                        agreement,
                        RenderOptions.builder(locale)
                                .allowFallback(true)
                                .annexLayout(layout)
                                .build());
                defects.addAll(defects(markdown, locale + " " + layout));
            }
        }

        // then
        assertThat(defects).as("seed %d", seed).isEmpty();
    }

    @Test
    void should_state_an_officer_without_a_name_by_the_details_the_agreement_has() throws IOException {
        // given: the processor's officer has only an e-mail address; one nature entry states nothing
        DataProcessingAgreement full = TestAgreements.full();
        Party processor = full.getProcessor().orElseThrow();
        ProcessingDescription processing = full.getProcessing().orElseThrow();
        DataProcessingAgreement agreement = full.toBuilder()
                .processor(processor.toBuilder()
                        .dataProtectionOfficer(DataProtectionOfficer.builder()
                                .email("dpo@processor.example")
                                .build())
                        .build())
                .processing(processing.toBuilder()
                        .addNature(ProcessingNature.builder().build())
                        .build())
                .build();

        // when
        String de = markdown(
                agreement,
                RenderOptions.builder(Locale.GERMAN)
                        .annexLayout(AnnexLayout.SCC_2021_915)
                        .build());

        // then
        assertThat(de)
                .contains("Datenschutzbeauftragte Person: dpo@processor.example")
                .doesNotContain(": ,");
        assertThat(defects(de, "de")).isEmpty();
    }

    private static List<String> defects(String markdown, String where) {
        List<String> found = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            for (Pattern p : DEFECTS) {
                Matcher m = p.matcher(line);
                boolean tablePadding = line.startsWith("|") && p == DEFECTS.get(DEFECTS.size() - 1);
                if (m.find() && !tablePadding) {
                    int from = Math.max(0, m.start() - 60);
                    found.add(where + " " + p.pattern() + " :: "
                            + line.substring(from, Math.min(line.length(), m.end() + 40)));
                }
            }
        }
        return found;
    }

    private static String markdown(DataProcessingAgreement agreement, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownRenderer.create().render(agreement, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
