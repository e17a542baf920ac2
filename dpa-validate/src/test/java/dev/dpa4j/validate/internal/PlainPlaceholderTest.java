/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentRules#placeholderInString} tests a printed string only for the marks whose characters its one pass
 * found; it answers as the searches it replaced, which test every string for every mark (issue #14).
 */
class PlainPlaceholderTest {

    private static final List<String> TOKENS = List.of(
            "[",
            "]",
            "[[",
            "]]",
            "<",
            ">",
            "{",
            "}",
            "{{",
            "}}",
            "…",
            ".",
            "..",
            "...",
            "T",
            "TODO",
            "TBD",
            "TBA",
            "Todo",
            "todo",
            "tbd",
            "X",
            "XX",
            "XXX",
            "XXXX",
            "x",
            "xxx",
            "xXx",
            "n/a",
            "-",
            "?",
            "@",
            "Name",
            "GmbH",
            "info",
            "example.com",
            " ",
            "  ",
            "\t",
            "\u00A0",
            "\u2003",
            "1",
            "ä",
            "Σ",
            "\uD835\uDC00",
            "_");

    /** What placeholderInString did before the pass: every test on every string. */
    private static @Nullable String searched(String value) {
        if (value.contains("[[")) {
            Matcher m = DocumentRules.PLACEHOLDER.matcher(value);
            if (m.find()) {
                return m.group();
            }
        }
        if (value.indexOf('[') >= 0 || value.indexOf('<') >= 0 || value.contains("{{")) {
            Matcher mark = DocumentRules.MARK.matcher(value);
            if (mark.find()) {
                return mark.group();
            }
        }
        if (value.contains("…")) {
            return "…";
        }
        if (value.contains("...")) {
            return "...";
        }
        if (DocumentRules.hasMarkWord(value)) {
            Matcher word = DocumentRules.MARK_WORD.matcher(value);
            if (word.find()) {
                return word.group();
            }
        }
        if (value.indexOf('x') >= 0 || value.indexOf('X') >= 0) {
            Matcher x = DocumentRules.MARK_X.matcher(value);
            if (x.find()) {
                return x.group();
            }
        }
        String stripped = value.strip();
        return DocumentRules.isMarkText(stripped) ? stripped : null;
    }

    @Test
    void should_find_the_placeholder_the_searches_of_every_mark_found_when_tested_after_one_pass() {
        Random random = new Random(14);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int t = 0; t < length; t++) {
                value.append(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            String expected = searched(value.toString());
            assertThat(DocumentRules.placeholderInString(value.toString()))
                    .as(value.toString())
                    .isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).isGreaterThan(10_000).isLessThan(45_000);
    }
}
