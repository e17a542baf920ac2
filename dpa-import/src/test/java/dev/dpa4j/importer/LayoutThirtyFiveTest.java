/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text that is not agreement text, read as if it were (#16, layout35; stage L of round 35, derived from Art. 28(3)
 * first sentence and 28(9) GDPR: only what the parties agreed in writing binds the processor): an HTML comment in a
 * Markdown file is not shown and states nothing. Each family member states the breach notice only inside such a
 * comment; the close sentences keep it beside a comment in the text and must still find it.
 */
class LayoutThirtyFiveTest {

    private static final String BREACH_EN = "The Processor shall notify the Customer of any personal data breach "
            + "without undue delay after becoming aware of it.";

    /** The plain English agreement as Markdown, its section 12 on breaches replaced by the body given. */
    private static Status markdown(String body) {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put("12. Personal data breaches", body);
        StringBuilder doc = new StringBuilder("# Data Processing Terms\n\n");
        s.forEach((h, b) -> doc.append("## ").append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "terms.md")
                .getRequirement(Requirement.BREACH_NOTIFICATION)
                .status();
    }

    private record Case(String name, Status got, Status expected) {}

    private static List<String> family(String name, List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            if (c.got() != c.expected()) {
                wrong.add(c.expected() + " but " + c.got() + ": " + c.name());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    @Test
    void should_not_read_an_html_comment_in_markdown_as_agreement_text() {
        List<String> comments = family(
                "an HTML comment in Markdown",
                List.of(
                        new Case("own line", markdown("<!-- intern: " + BREACH_EN + " -->"), Status.NOT_FOUND),
                        new Case(
                                "over three lines",
                                markdown("<!--\ninternal note: " + BREACH_EN + "\n-->"),
                                Status.NOT_FOUND),
                        new Case(
                                "after a sentence",
                                markdown("The parties cooperate in good faith. <!-- " + BREACH_EN + " -->"),
                                Status.NOT_FOUND),
                        new Case(
                                "opened after a sentence, closed later",
                                markdown("The parties cooperate in good faith. <!-- draft:\n" + BREACH_EN + "\n-->"),
                                Status.NOT_FOUND),
                        new Case("no space", markdown("<!--" + BREACH_EN + "-->"), Status.NOT_FOUND),
                        new Case(
                                "German remark",
                                markdown("<!-- intern: Meldung binnen 24 Stunden war in v3 enthalten; " + BREACH_EN
                                        + " -->"),
                                Status.NOT_FOUND),
                        new Case("two comments", markdown("<!-- a -->\n<!-- " + BREACH_EN + " -->"), Status.NOT_FOUND),
                        new Case("indented", markdown("   <!-- TODO: " + BREACH_EN + " -->"), Status.NOT_FOUND)));
        List<String> close = family(
                "an HTML comment in Markdown, close",
                List.of(
                        new Case("after a comment", markdown("<!-- reviewed -->\n" + BREACH_EN), Status.FOUND),
                        new Case("before a comment", markdown(BREACH_EN + " <!-- reviewed -->"), Status.FOUND),
                        new Case(
                                "after a comment of three lines",
                                markdown("<!--\nreviewed\n-->\n\n" + BREACH_EN),
                                Status.FOUND),
                        new Case(
                                "between comments",
                                markdown("<!-- a --> " + BREACH_EN + " <!-- b -->"),
                                Status.FOUND)));
        List<String> wrong = new ArrayList<>(comments);
        wrong.addAll(close);
        assertThat(wrong).isEmpty();
    }
}
