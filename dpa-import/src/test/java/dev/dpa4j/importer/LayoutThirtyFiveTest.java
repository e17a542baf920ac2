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
 * first sentence and 28(9) GDPR: only what the parties agreed in writing binds the processor). A section whose opening
 * passage declares it not part of the agreement (an FAQ or explanatory notes below the terms) states no duty, even
 * where its heading does not say so; an HTML comment in a Markdown file is not shown and states nothing. Each family
 * member takes the breach notice out of its section and states it only in such a part; the close sentences keep it
 * in agreed text and must still find it.
 */
class LayoutThirtyFiveTest {

    private static final String BREACH_EN = "The Processor shall notify the Customer of any personal data breach "
            + "without undue delay after becoming aware of it.";

    private static final String BREACH_DE =
            "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten unverzüglich.";

    /** The plain English agreement without its section 12 on breaches, and a last section of the heading and body. */
    private static Status en(String heading, String body) {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.keySet().removeIf(k -> k.startsWith("12. "));
        s.put(heading, body);
        return CompletenessTest.importText(s)
                .getRequirement(Requirement.BREACH_NOTIFICATION)
                .status();
    }

    /** The plain German agreement without its § 8 on breaches, and a last section of the heading and body. */
    private static Status de(String heading, String body) {
        Map<String, String> s = WordingFrames.plainGerman();
        s.keySet().removeIf(k -> k.startsWith("§ 8 "));
        s.put(heading, body);
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(Requirement.BREACH_NOTIFICATION)
                .status();
    }

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

    private static Case faqEn(String heading, String opening, Status expected) {
        return new Case(opening, en(heading, opening + "\n\n" + BREACH_EN), expected);
    }

    private static Case faqDe(String heading, String opening, Status expected) {
        return new Case(opening, de(heading, opening + "\n\n" + BREACH_DE), expected);
    }

    @Test
    void should_not_read_a_section_whose_opening_declares_it_not_part_of_the_agreement_as_agreed() {
        List<String> apart = family(
                "a section declared not part of the agreement by its opening",
                List.of(
                        faqEn(
                                "20. Frequently asked questions",
                                "The answers below explain how we usually work. They are not part of this agreement.",
                                Status.NOT_FOUND),
                        faqEn(
                                "20. Questions and answers",
                                "The following answers are provided for information only and do not change the terms.",
                                Status.NOT_FOUND),
                        faqEn(
                                "20. Explanatory notes",
                                "These notes are non-binding and do not form part of the Data Processing Agreement.",
                                Status.NOT_FOUND),
                        faqEn(
                                "20. How we work",
                                "This section describes our usual practice; it is not binding on either party.",
                                Status.NOT_FOUND),
                        faqEn(
                                "20. Guidance for customers",
                                "The guidance in this section does not form part of the terms above.",
                                Status.NOT_FOUND),
                        faqDe(
                                "§ 12 Häufige Fragen",
                                "Die nachstehenden Antworten erläutern unsere übliche Praxis und sind nicht "
                                        + "Vertragsbestandteil.",
                                Status.NOT_FOUND),
                        faqDe(
                                "§ 12 Erläuterungen",
                                "Diese Erläuterungen sind unverbindlich und ändern den Vertrag nicht.",
                                Status.NOT_FOUND),
                        faqDe(
                                "§ 12 Hinweise zur Praxis",
                                "Die folgenden Hinweise dienen nur zur Information und sind nicht Teil dieser "
                                        + "Vereinbarung.",
                                Status.NOT_FOUND)));
        List<String> close = family(
                "a section declared not part of the agreement, close",
                List.of(
                        faqEn(
                                "20. Frequently asked questions",
                                "The answers below explain how we usually work and form part of this agreement.",
                                Status.FOUND),
                        faqEn(
                                "20. Further obligations",
                                "The following obligations apply in addition to the terms above.",
                                Status.FOUND),
                        faqEn(
                                "20. Anonymised data",
                                "Anonymised data is not part of the personal data processed under this agreement.",
                                Status.FOUND),
                        faqDe(
                                "§ 12 Weitere Pflichten",
                                "Die nachstehenden Pflichten gelten zusätzlich zu den übrigen Regelungen.",
                                Status.FOUND)));
        List<String> wrong = new ArrayList<>(apart);
        wrong.addAll(close);
        assertThat(wrong).isEmpty();
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
