/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Markdown file converted by Pandoc escapes ASCII punctuation that CommonMark allows to be escaped (apostrophes,
 * quotation marks, "@", "$"); the reader removes every such backslash, so that quotations read as the document does
 * (#16). The document is written for this test.
 */
class MarkdownEscapesTest {

    @Test
    void should_read_a_backslash_before_any_ascii_punctuation_as_an_escape() {
        Map<String, String> sections = CompletenessTest.strongEnglish();
        StringBuilder md = new StringBuilder("# Data Processing Addendum\n\n");
        sections.forEach(
                (h, b) -> md.append("## ").append(h).append("\n\n").append(b).append("\n\n"));
        md.append(
                "## Contact\n\nQuestions on the Customer\\'s data go to privacy\\@example.com; the words \\\"include\\\""
                        + " and \\\"including\\\" are not limiting; fees are stated in US\\$ and 100\\% of them are due.\n\n"
                        + "A backslash that escapes a letter stays: C:\\Temp.\n");
        ImportResult r = DpaImporter.standard()
                .importBytes(md.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "dpa.md");
        assertThat(r.getText())
                .contains("the Customer's data go to privacy@example.com")
                .contains("the words \"include\" and \"including\"")
                .contains("US$ and 100% of them")
                .contains("C:\\Temp");
    }
}
