/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Wording a page strikes through ({@code <del>}, {@code <s>}, {@code <strike>}) states nothing, as a tracked deletion
 * in a DOCX states nothing; the wording inserted beside it ({@code <ins>}) is the agreement's (#16, session 30). The
 * plain German agreement of {@link WordingFrames#plainGerman()} as a page of headings and paragraphs.
 */
class HtmlStruckTextTest {

    private static final String BREACH = "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
            + "personenbezogener Daten unverzüglich.";

    private static Status breach(String body) {
        StringBuilder page = new StringBuilder("<html><body><h1>Vereinbarung zur Auftragsverarbeitung</h1>");
        WordingFrames.plainGerman()
                .forEach((h, b) -> page.append("<h2>")
                        .append(h)
                        .append("</h2><p>")
                        .append(h.startsWith("§ 8 ") ? body : b)
                        .append("</p>"));
        page.append("</body></html>");
        return DpaImporter.standard()
                .importBytes(page.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "avv.html")
                .getRequirement(Requirement.BREACH_NOTIFICATION)
                .status();
    }

    @Test
    void should_not_read_struck_wording_as_stated() {
        assertThat(breach(BREACH)).isEqualTo(Status.FOUND);
        assertThat(breach("<del>" + BREACH + "</del>")).isEqualTo(Status.NOT_FOUND);
        assertThat(breach("<s>" + BREACH + "</s>")).isEqualTo(Status.NOT_FOUND);
        assertThat(breach("<strike>" + BREACH + "</strike>")).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_inserted_wording_beside_the_struck_one() {
        String weak = "Der Auftragnehmer meldet Verletzungen, wenn er es für angemessen hält.";
        assertThat(breach("<del>" + weak + "</del> <ins>" + BREACH + "</ins>")).isEqualTo(Status.FOUND);
        assertThat(breach("<ins>" + BREACH + "</ins>")).isEqualTo(Status.FOUND);
    }
}
