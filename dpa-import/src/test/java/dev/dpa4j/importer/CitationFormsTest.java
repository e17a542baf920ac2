/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Citations of several articles are read in the forms agreements write them: "Arts. 32 to 36 GDPR" in English
 * legal usage (and in our own English renderings), "Artt. 32 bis 36 DSGVO" in German, beside the singular "Art."
 * and "Article" the cues knew. Sentences of our own.
 */
class CitationFormsTest {

    private static Set<AssistedArticle> assisted(String body) {
        DataProcessingAgreement draft = CompletenessTest.withSection(
                        CompletenessTest.strongEnglish(), "11. Assistance", body)
                .getDraft();
        return draft.getAssistance().map(a -> Set.copyOf(a.getArticles())).orElse(Set.of());
    }

    @Test
    void should_read_a_plural_abbreviation_of_an_article_range() {
        assertThat(assisted("The Processor assists the Customer in meeting its obligations under Arts. 32 to 36"
                        + " GDPR."))
                .contains(AssistedArticle.values());
        assertThat(assisted("The Processor assists the Customer in meeting its obligations under Artt. 32 bis 36"
                        + " GDPR."))
                .contains(AssistedArticle.values());
    }

    @Test
    void should_not_read_a_range_that_is_not_cited() {
        assertThat(assisted("The Processor assists the Customer in meeting its obligations under Arts. 12 to 22"
                        + " GDPR."))
                .doesNotContain(
                        AssistedArticle.ART_33, AssistedArticle.ART_34, AssistedArticle.ART_35, AssistedArticle.ART_36);
    }
}
