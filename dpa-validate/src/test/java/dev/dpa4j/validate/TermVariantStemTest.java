/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code DOC_TERM_VARIANTS} reads the words by their stems where the terms have inflected or compound forms: the
 * company „Subunternehmen“ beside „Subunternehmer“, and the statute's „weiteren Auftragsverarbeiter“ (Art. 28(2),
 * (4) DSGVO) beside „weitere Auftragsverarbeiter“. The list held „Subunternehmer“ only, so „Verletzt ein
 * Subunternehmen seine Datenschutzpflichten …“ (Jomoco § 8) went unreported.
 */
class TermVariantStemTest {

    private static List<Finding> variants(String german) {
        DataProcessingAgreement a =
                Fixtures.subprocessing(Fixtures.complete(), s -> s.addAdditionalProvisions(LocalizedText.de(german)));
        return Fixtures.validator().validate(a).getFindings("DOC_TERM_VARIANTS");
    }

    @Test
    void should_report_the_company_form_when_a_clause_calls_the_sub_processor_subunternehmen() {
        // given
        String clause = "Verletzt ein Subunternehmen seine Datenschutzpflichten, beendet der Auftragsverarbeiter"
                + " dessen Einsatz.";

        // when
        List<Finding> findings = variants(clause);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).getParams()).containsEntry("term", "Subunternehmen");
    }

    @Test
    void should_report_an_inflected_form_when_a_clause_calls_the_sub_processors_nachunternehmen() {
        assertThat(variants("Der Auftragsverarbeiter haftet für seine Nachunternehmen."))
                .singleElement()
                .satisfies(f -> assertThat(f.getParams()).containsEntry("term", "Nachunternehmen"));
    }

    @Test
    void should_stay_silent_when_a_clause_uses_only_the_statutory_term_in_an_inflected_form() {
        assertThat(variants("Der Auftragsverarbeiter nimmt keinen weiteren Auftragsverarbeiter ohne vorherige"
                        + " Genehmigung in Anspruch."))
                .isEmpty();
        assertThat(variants("Ein weiterer Auftragsverarbeiter wird auf dieselben Pflichten verpflichtet."))
                .isEmpty();
    }

    @Test
    void should_stay_silent_when_a_sentence_relates_the_other_word_to_the_inflected_statutory_term() {
        assertThat(variants("Subunternehmer ohne Zugriff auf personenbezogene Daten, etwa Reinigungsdienste, gelten"
                        + " nicht als weitere Auftragsverarbeiter; Subunternehmen mit Zugriff sind weiteren"
                        + " Auftragsverarbeitern gleichgestellt."))
                .isEmpty();
        assertThat(variants("Subunternehmer ohne Zugriff auf personenbezogene Daten gehören nicht zu den weiteren"
                        + " Auftragsverarbeitern."))
                .isEmpty();
    }
}
