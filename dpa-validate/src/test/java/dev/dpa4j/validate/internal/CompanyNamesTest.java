/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.catalog.LegalForms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompanyNames} finds company names by their legal form and leaves abbreviations and auditors out. */
class CompanyNamesTest {

    @Test
    void should_find_a_name_ending_in_a_legal_form_when_capitalised_words_precede_it() {
        assertThat(CompanyNames.find("Sicherung bei der Backup Solutions GmbH in Frankfurt"))
                .containsExactly("Backup Solutions GmbH");
        assertThat(CompanyNames.find("Hosting by Amazon Web Services, Inc. and Nordic Cloud B.V."))
                .containsExactly("Amazon Web Services, Inc.", "Nordic Cloud B.V.");
        assertThat(CompanyNames.find("Die Muster UG (haftungsbeschränkt) übernimmt den Versand."))
                .containsExactly("Muster UG (haftungsbeschränkt)");
    }

    @Test
    void should_find_every_distinctive_legal_form_when_it_ends_a_name_in_a_text_with_umlauts() {
        // the lookup by a form's first two characters must know every form of the one list (issue #14)
        for (String form : LegalForms.distinctive()) {
            assertThat(CompanyNames.find("Über die Daten verfügt die Beispiel Werke " + form + " für uns."))
                    .as(form)
                    .containsExactly("Beispiel Werke " + form);
        }
    }

    @Test
    void should_find_no_name_when_the_form_is_an_abbreviation_of_a_party_or_an_auditor() {
        assertThat(CompanyNames.find("Der AG erteilt Weisungen; Weisungen des AG und dem AG gegenüber."))
                .isEmpty();
        assertThat(CompanyNames.find("Auftraggeber (AG) und Auftragnehmer (AN)"))
                .isEmpty();
        assertThat(CompanyNames.find("Die Prüfung erfolgt durch die Wirtschaftsprüfer der Muster Revision GmbH."))
                .isEmpty();
        assertThat(CompanyNames.find("certified by Example Certification Ltd. annually"))
                .isEmpty();
        assertThat(CompanyNames.find("an AG or a GmbH")).isEmpty();
    }

    @Test
    void should_know_a_name_when_it_is_a_listed_company_or_of_its_group() {
        List<String> known = List.of("Hetzner Online GmbH", "Acme Cloud GmbH");
        assertThat(CompanyNames.known("Rechenzentrum Hetzner Online GmbH", known))
                .isTrue();
        assertThat(CompanyNames.known("Acme Holding GmbH", known)).isTrue();
        assertThat(CompanyNames.known("Backup Solutions GmbH", known)).isFalse();
    }
}
