/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An author's text that continues one of our sentences loses the capital its own sentence gave it, and only that. */
class ContinuingTextTest {

    @Test
    void should_lower_a_determiner_that_began_the_authors_sentence() {
        assertThat(P.continuing("Every record the shop keeps on its customers.", Locale.ENGLISH))
                .isEqualTo("every record the shop keeps on its customers.");
        assertThat(P.continuing("The entries of the booking calendar", Locale.ENGLISH))
                .isEqualTo("the entries of the booking calendar");
        assertThat(P.continuing("Alle Einträge im Buchungskalender", Locale.GERMAN))
                .isEqualTo("alle Einträge im Buchungskalender");
        assertThat(P.continuing("Sämtliche Belege der Praxis", Locale.GERMAN)).isEqualTo("sämtliche Belege der Praxis");
    }

    @Test
    void should_keep_a_noun_a_name_or_another_languages_word_as_written() {
        assertThat(P.continuing("Daten in einem Umfang, der nicht feststeht", Locale.GERMAN))
                .isEqualTo("Daten in einem Umfang, der nicht feststeht");
        assertThat(P.continuing("Northwind's order records", Locale.ENGLISH)).isEqualTo("Northwind's order records");
        assertThat(P.continuing("All records", Locale.GERMAN)).isEqualTo("All records");
        assertThat(P.continuing("Every", Locale.ENGLISH)).isEqualTo("Every");
        assertThat(P.continuing("", Locale.ENGLISH)).isEmpty();
    }
}
