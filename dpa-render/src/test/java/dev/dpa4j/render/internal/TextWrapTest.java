/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text writer appends the words of a line together where they stand one space apart in the text (issue
 * #14). Its lines must be those of plain word-by-word wrapping: words split at spaces and tabs, joined by
 * one space, a new line where the next word would pass 78 columns (counted in code points), no white space
 * at the last line's end; a reference word and its number one space apart ("§ 5", "(Art. 28", "Annex II")
 * count as one word ({@link Bindings}).
 */
class TextWrapTest {

    private static final String[] PIECES = {
        "a",
        "Wort",
        "Auftragsverarbeiter",
        "„Zitat“",
        "–",
        "\uD83D\uDCC4",
        "x".repeat(90),
        " ",
        " ",
        " ",
        "  ",
        "\t",
        "\u2003",
        "Größe",
        ",",
        ".",
        "§",
        "(Art.",
        "Art",
        "Annex",
        "II",
        "5",
        "+49",
        "0100,",
        "DE89",
        "2027",
        "März"
    };

    @Test
    void should_wrap_as_word_by_word_wrapping_does() {
        Random random = new Random(14);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String given = text.toString();

            assertThat(written(given)).as("%s", given).isEqualTo(expected(given) + "\n");
        }
    }

    @Test
    void should_wrap_a_known_text() {
        String given = "Der Auftragsverarbeiter  verarbeitet\tpersonenbezogene Daten ausschließlich auf "
                + "dokumentierte Weisung des Verantwortlichen.";

        assertThat(written(given))
                .isEqualTo("Der Auftragsverarbeiter verarbeitet personenbezogene Daten ausschließlich auf\n"
                        + "dokumentierte Weisung des Verantwortlichen.\n\n");
    }

    @Test
    void should_keep_a_phone_number_an_iban_and_a_date_whole_at_the_end_of_a_line() {
        // given: word by word, the lines would end in "+353 1", "DE89 3704 0044" and "1. Januar"
        String given = "Die Meldung geht an das Sicherheitsteam des Auftragsverarbeiters unter +353 1 555 0199 oder an"
                + " die Buchhaltung mit der Bankverbindung IBAN DE89 3704 0044 0532 0130 00 und gilt zwischen den"
                + " Parteien der Vereinbarung ab dem 1. Januar 2027 unverändert.";

        // then
        assertThat(written(given))
                .isEqualTo("Die Meldung geht an das Sicherheitsteam des Auftragsverarbeiters unter\n"
                        + "+353 1 555 0199 oder an die Buchhaltung mit der Bankverbindung IBAN\n"
                        + "DE89 3704 0044 0532 0130 00 und gilt zwischen den Parteien der Vereinbarung ab\n"
                        + "dem 1. Januar 2027 unverändert.\n\n");
    }

    private static String written(String text) {
        Document document = new Document(
                new DocumentMetadata(
                        "T",
                        Locale.GERMAN,
                        Optional.empty(),
                        "id",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                List.of(Paragraph.text(text)));
        return new TextWriter().write(document);
    }

    /**
     * Word-by-word wrapping, as the text writer did it before it appended lines in ranges, with the pairs of
     * this test's pieces that must stay on one line joined first.
     */
    private static String expected(String text) {
        List<String> words = new ArrayList<>();
        String[] parts = text.strip().split("(?<=[ \t])|(?=[ \t])");
        // parts alternate between words and single blanks; a word follows a lone space or starts the text
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals(" ") || part.equals("\t") || part.isEmpty()) {
                continue;
            }
            boolean oneSpaceAfterPrevious =
                    i >= 2 && parts[i - 1].equals(" ") && !parts[i - 2].equals(" ") && !parts[i - 2].equals("\t");
            if (oneSpaceAfterPrevious && !words.isEmpty() && binds(lastWord(words.get(words.size() - 1)), part)) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + part);
            } else {
                words.add(part);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int length = 0;
        for (String word : words) {
            int wordLength = word.codePointCount(0, word.length());
            if (length > 0 && length + 1 + wordLength > 78) {
                // a word is never split, but it may end with white space other than a space or tab (an em
                // space), which only the last line loses
                lines.add(line.toString());
                line.setLength(0);
                length = 0;
            }
            if (length > 0) {
                line.append(' ');
                length++;
            }
            line.append(word);
            length += wordLength;
        }
        lines.add(line.toString().stripTrailing());
        return String.join("\n", lines) + "\n";
    }

    private static String lastWord(String unit) {
        return unit.substring(unit.lastIndexOf(' ') + 1);
    }

    /**
     * The rule for this test's pieces, written out: "§", "§§" and "Art." bind a word that starts with a letter, digit
     * or parenthesis, "Annex" only a number ("5…", or "II" not followed by a letter); a month a year; a group of
     * digits and capitals with a digit (also after "+", or an IBAN's "DE89") the next such group, whose
     * punctuation after it is not part of it; a day of one or two digits its month.
     */
    private static boolean binds(String before, String after) {
        String word = before.replaceFirst("^[(\\[„“\"‘‚']+", "");
        int first = after.codePointAt(0);
        String group = "(?=.*[0-9])[0-9A-Z]{1,6}";
        String afterGroup = after.replaceFirst("[.,;:)\\]“”\"']+$", "");
        if ((word.matches("[0-9][0-9A-Z]{0,5}") && word.matches(group))
                || word.matches("\\+" + group)
                || word.matches("[A-Z]{2}[0-9]{2}")) {
            if (afterGroup.matches(group)) {
                return true;
            }
        }
        if (word.matches("[0-9]{1,2}\\.?") && after.matches("(März|Januar|Mai)\\P{L}*.*")) {
            return true;
        }
        if (word.equals("März")) {
            return afterGroup.matches("[0-9]{4}");
        }
        return switch (word) {
            case "§", "§§", "Art." -> Character.isLetterOrDigit(first) || first == '(';
            case "Annex" -> {
                String rest = after.replaceFirst("^I+", "");
                yield after.startsWith("5")
                        || (rest.length() < after.length()
                                && (rest.isEmpty() || !Character.isLetter(rest.codePointAt(0))));
            }
            default -> false;
        };
    }
}
