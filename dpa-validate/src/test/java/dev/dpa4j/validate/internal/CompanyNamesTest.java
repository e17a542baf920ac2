/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.catalog.LegalForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void should_let_every_legal_form_be_compared_where_it_begins_when_the_third_character_rules_forms_out() {
        // the words: every form, its first two characters with each character after, and words that share the pair
        List<String> tokens = new ArrayList<>();
        for (String form : LegalForms.distinctive()) {
            tokens.add(form);
            tokens.add(form.substring(0, 2));
            tokens.add(form.substring(0, 2) + "x");
            tokens.add(form.substring(0, 2) + "1");
            tokens.add(form.substring(0, 2) + "\u00E9");
            tokens.add(form.substring(0, Math.min(form.length(), 3)) + "e");
        }
        tokens.addAll(List.of("Gesellschaft", "Verarbeitung", "Controller", "Incident", "Ltd", "\u0130", "."));
        List<String> separators = List.of(" ", "", ", ", "\n", "\u00A0", "(", ")");
        Random random = new Random(14);
        int ruledOut = 0;
        int found = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int w = 1 + random.nextInt(12); w > 0; w--) {
                b.append(tokens.get(random.nextInt(tokens.size())))
                        .append(separators.get(random.nextInt(separators.size())));
            }
            String text = b.toString();
            for (int i = 0; i + 1 < text.length(); i++) {
                List<String> forms = CompanyNames.formsAt(text, i);
                if (forms == null) {
                    continue;
                }
                boolean begins = false;
                for (String form : forms) {
                    int end = i + form.length();
                    begins |= text.startsWith(form, i)
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                }
                boolean may = CompanyNames.mayBeginAt(text, i);
                assertThat(!begins || may).as("%s at %d", text, i).isTrue();
                ruledOut += may ? 0 : 1;
                found += begins ? 1 : 0;
            }
        }
        assertThat(ruledOut).isGreaterThan(10_000);
        assertThat(found).isGreaterThan(10_000);
    }
}
