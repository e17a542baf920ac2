/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.TerminationTerms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where an agreement states neither its governing law nor the processor's seat (a starter, a template), the renderer
 * assumes no national law: it cites no German statute (§ 314, § 126b BGB) but words the clauses without one, in both
 * languages; a processor seated in Germany, or German law chosen, still gets the German citations (lawyer's reading,
 * #10).
 */
class UnstatedLawTest {

    private static final RenderOptions ENGLISH = RenderOptions.builder(Locale.ENGLISH)
            .asOf(LocalDate.of(2026, 11, 23))
            .fingerprint(false)
            .build();
    private static final RenderOptions GERMAN = RenderOptions.builder(Locale.GERMAN)
            .asOf(LocalDate.of(2026, 11, 23))
            .fingerprint(false)
            .build();

    /** The test agreement with a clause that cites a German statute under German law (§ 314 BGB). */
    private static DataProcessingAgreement preservingTermination() {
        DataProcessingAgreement full = TestAgreements.full();
        TerminationTerms terms = full.getTermination()
                .map(TerminationTerms::toBuilder)
                .orElseGet(TerminationTerms::builder)
                .extraordinaryTerminationPreserved(true)
                .build();
        return full.toBuilder().termination(terms).build();
    }

    private static DataProcessingAgreement withoutLaw(boolean processorSeat) {
        DataProcessingAgreement full = preservingTermination();
        FinalProvisions provisions = full.getFinalProvisions().orElseThrow().toBuilder()
                .governingLaw(Optional.empty())
                .build();
        Party processor = full.getProcessor().orElseThrow();
        PostalAddress address = processor.getAddress().orElseThrow();
        Party changed = processor.toBuilder()
                .address(
                        processorSeat
                                ? address
                                : address.toBuilder().country(Optional.empty()).build())
                .build();
        return full.toBuilder().finalProvisions(provisions).processor(changed).build();
    }

    private static String markdown(DataProcessingAgreement a, RenderOptions options) {
        return SendReadyTest.text(MarkdownRenderer.create(), a, options);
    }

    @Test
    void should_cite_no_german_statute_where_neither_the_law_nor_the_seat_is_stated() {
        DataProcessingAgreement template = withoutLaw(false);
        assertThat(markdown(template, ENGLISH))
                .doesNotContain("German Civil Code")
                .doesNotContain("BGB");
        assertThat(markdown(template, GERMAN)).doesNotContain("BGB");
    }

    @Test
    void should_cite_the_german_statutes_under_german_law_or_for_a_processor_seated_in_germany() {
        assertThat(markdown(preservingTermination(), ENGLISH)).contains("German Civil Code (BGB)");
        assertThat(markdown(withoutLaw(true), ENGLISH)).contains("German Civil Code (BGB)");
        assertThat(markdown(withoutLaw(true), GERMAN)).contains("BGB");
    }
}
