/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The widening of German patterns to the same words written without umlauts and ß (#16). */
class AsciiGermanTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void should_match_the_ascii_spellings_of_umlauts_and_sharp_s() {
        Pattern p = AsciiGerman.compile("unverzüglich|löschung|maßnahmen|übermittlung", FLAGS);
        assertThat(p.matcher("Der Auftragnehmer informiert unverzueglich.").find())
                .isTrue();
        assertThat(p.matcher("LOESCHUNG der Daten").find()).isTrue();
        assertThat(p.matcher("technische Massnahmen").find()).isTrue();
        assertThat(p.matcher("Uebermittlung in Drittlaender").find()).isTrue();
        // the written form still matches
        assertThat(p.matcher("Löschung und Übermittlung").find()).isTrue();
    }

    @Test
    void should_keep_classes_quotations_escapes_and_groups_as_written() {
        assertThat(AsciiGerman.widen("l[öo]sch")).isEqualTo("l[öo]sch");
        assertThat(AsciiGerman.widen("\\Qmüller\\E")).isEqualTo("\\Qmüller\\E");
        assertThat(AsciiGerman.widen("no umlaut here")).isEqualTo("no umlaut here");
        assertThat(AsciiGerman.widen("(prüf)(ung)")).isEqualTo("(pr(?:ü|ue)f)(ung)");
        // a widened pattern numbers its groups as the written one does
        java.util.regex.Matcher m = AsciiGerman.compile("(prüf)(ung)", FLAGS).matcher("Pruefung");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2)).isEqualTo("ung");
    }

    @Test
    void should_not_match_other_words_than_the_transliteration() {
        Pattern p = AsciiGerman.compile("\\bmaß\\b", FLAGS);
        assertThat(p.matcher("in hohem Mass").find()).isTrue();
        assertThat(p.matcher("a mast").find()).isFalse();
        assertThat(p.matcher("Mas").find()).isFalse();
    }

    @Test
    void should_read_words_and_their_boundaries_alike_on_every_jdk() {
        // JDK 19 made \b follow \w (ASCII letters only unless UNICODE_CHARACTER_CLASS); before, \b knew umlauts and
        // \w did not: without Unicode classes „Geschäftsführerin“ was no "geschäftsf\w*" word on JDK 17, and on JDK 21
        // „geschäftsf“ ended a word before its „ü“. With them both JDKs read whole words.
        Pattern stem = AsciiGerman.compile("\\bgeschäftsf\\w*\\b", FLAGS);
        assertThat(stem.matcher("Geschäftsführerin").matches()).isTrue();
        assertThat(stem.matcher("Geschaeftsfuehrerin").matches()).isTrue();
        assertThat(AsciiGerman.compile("\\bgeschäftsf\\b", FLAGS)
                        .matcher("Geschäftsführerin")
                        .find())
                .isFalse();
        assertThat(AsciiGerman.compile("\\bgr\\b").matcher("größer").find()).isFalse();
        assertThat(stem.flags() & Pattern.UNICODE_CHARACTER_CLASS).isNotZero();
    }
}
