/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.Note.Topic;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notes on terms the model does not type, with sentences written for this test, where they apply and where not. */
class NotesTest {

    @Test
    void should_note_fees_frequency_caps_and_transfer_tools_with_their_sentence() {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.put(
                "14. Audits",
                s.get("14. Audits") + " The Customer may audit at most once in any year. The "
                        + "Processor may invoice its staff time for assisting with audits at its hourly rate.");
        s.put(
                "17. Liability",
                "The liability of each party under this agreement is limited to the amount set in "
                        + "the main contract.");
        s.put(
                "16. International transfers",
                s.get("16. International transfers") + " For transfers from the "
                        + "United Kingdom the International Data Transfer Addendum applies. For transfers from "
                        + "Switzerland the standard contractual clauses apply with the adaptations the FDPIC requires. "
                        + "The optional wording of Clause 11 is not used.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(r.getNotes())
                .extracting(Note::topic)
                .containsExactly(
                        Topic.FEES,
                        Topic.AUDIT_FREQUENCY,
                        Topic.LIABILITY_CAP,
                        Topic.SCC_CLAUSE_11,
                        Topic.UK_TRANSFER_TOOL,
                        Topic.SWISS_ADAPTATIONS);
        assertThat(r.getNotes().get(0).span().quote()).startsWith("The Processor may invoice its staff time");
        Note fee = r.getNotes().get(0);
        assertThat(r.getText().substring(fee.span().offset(), fee.span().end()))
                .isEqualTo(fee.span().quote());
        Review review = Review.of(
                r,
                dev.dpa4j.validate.Validator.builder()
                        .asOf(LocalDate.of(2026, 12, 3))
                        .build());
        assertThat(review.toMarkdown(Locale.ENGLISH))
                .contains("## Other terms to read")
                .contains("**Liability cap**");
        assertThat(review.toJson(Locale.ENGLISH)).contains("\"topic\": \"UK_TRANSFER_TOOL\"");
        assertThat(review.toHtml(Locale.GERMAN)).contains("<h2>Weitere Regelungen zum Lesen</h2>");
    }

    @Test
    void should_not_note_what_only_shares_a_word() {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.put("17. Liability", "Each party is liable to data subjects under Article 82 GDPR.");
        s.put(
                "18. Final provisions",
                s.get("18. Final provisions") + " The fees for the services are those of the " + "main contract.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(r.getNotes()).isEmpty();
    }
}
