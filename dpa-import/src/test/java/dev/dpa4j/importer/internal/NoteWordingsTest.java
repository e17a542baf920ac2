/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every note of the completeness check has a German wording, so a German review reads German throughout. */
class NoteWordingsTest {

    @Test
    void should_have_a_german_wording_for_every_note_of_the_cue_file() throws IOException {
        // given: the notes of requirement-cues.txt (third field; "-" where a cue has none)
        List<String> notes;
        try (InputStream in = NoteWordings.class.getResourceAsStream("requirement-cues.txt")) {
            assertThat(in).isNotNull();
            notes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .filter(f -> f.length > 3 && !f[2].equals("-"))
                    .map(f -> f[2])
                    .distinct()
                    .toList();
        }
        assertThat(notes).isNotEmpty();

        // then
        assertThat(notes)
                .allSatisfy(n -> assertThat(NoteWordings.german(n)).as(n).isPresent());
    }

    @Test
    void should_word_the_notes_the_check_writes_itself_and_a_qualified_duty_in_german() {
        assertThat(NoteWordings.in("negated or excluded", Locale.GERMAN)).isEqualTo("verneint oder ausgeschlossen");
        assertThat(NoteWordings.in("permissive wording (may) instead of a duty", Locale.GERMAN))
                .isEqualTo("Kann-Formulierung statt einer Pflicht");
        assertThat(NoteWordings.in(
                        "stated by the incorporated clauses of Implementing Decision (EU) 2021/915", Locale.GERMAN))
                .isEqualTo("durch die einbezogenen Klauseln des Durchführungsbeschlusses (EU) 2021/915 geregelt");
        assertThat(NoteWordings.in(
                        NoteWordings.QUALIFIED + "Ziffer 19" + NoteWordings.WHICH + "only best efforts", Locale.GERMAN))
                .isEqualTo("eingeschränkt durch den Verweis auf Ziffer 19, der schwächer ist: nur eine Bemühenszusage");
    }

    @Test
    void should_leave_english_notes_and_empty_notes_as_they_are() {
        assertThat(NoteWordings.in("only best efforts", Locale.ENGLISH)).isEqualTo("only best efforts");
        assertThat(NoteWordings.in("", Locale.GERMAN)).isEmpty();
        // an unknown note stays readable rather than disappearing
        assertThat(NoteWordings.in("a note nobody translated", Locale.GERMAN)).isEqualTo("a note nobody translated");
    }
}
