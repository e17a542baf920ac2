/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Subprocessor;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agreement on an older web page whose whole content is set in the cells of a layout table ({@code <table>},
 * {@code <td>}, {@code <font>}, paragraphs separated by {@code <br><br>}), with its sub-processors in a table nested in
 * the content cell (#16, session 30): read as the same agreement in plain text is read, not as one table row whose
 * cell holds the agreement. The agreement is {@link WordingFrames#plainWir}, our own words in „wir“ and „Sie“.
 */
class HtmlLayoutTableTest {

    private static final String SUBPROCESSORS = "<table border=\"1\" cellpadding=\"3\">"
            + "<tr><td><b>Unternehmen</b></td><td><b>Leistung</b></td><td><b>Ort</b></td></tr>"
            + "<tr><td>Serverhaus Nordhessen GmbH, Kassel</td><td>Rechenzentrum</td><td>Deutschland</td></tr>"
            + "<tr><td>Briefdienst Weser GmbH, Minden</td><td>Versand von Erinnerungen</td><td>Deutschland</td></tr>"
            + "</table>";

    private static Map<String, String> agreement() {
        return WordingFrames.plainWir(WordingFrames.WIR_PROCESSOR_OPENING);
    }

    private static String text() {
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        agreement().forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return doc.toString();
    }

    /** The agreement as an older page lays it out: a navigation cell beside a content cell. */
    private static String layoutPage(boolean withSubprocessors) {
        StringBuilder cell = new StringBuilder(
                "<font face=\"Verdana\" size=\"3\"><b>Vereinbarung zur Auftragsverarbeitung</b></font><br><br>");
        cell.append("<font face=\"Verdana\" size=\"2\">");
        agreement().forEach((h, b) -> {
            cell.append("<b>").append(h).append("</b><br>").append(b).append("<br><br>");
            if (withSubprocessors && h.startsWith("8.")) {
                cell.append(SUBPROCESSORS).append("<br>");
            }
        });
        cell.append("</font>");
        return "<html><head><title>Lindwurm - AVV</title></head><body bgcolor=\"#ffffff\">"
                + "<table width=\"760\" border=\"0\" cellspacing=\"0\"><tr>"
                + "<td width=\"150\" valign=\"top\" bgcolor=\"#e0e8f0\"><font size=\"1\">"
                + "<a href=\"index.html\">Startseite</a><br><a href=\"preise.html\">Preise</a><br>"
                + "<a href=\"avv.html\">AVV</a><br><a href=\"impressum.html\">Impressum</a></font></td>"
                + "<td valign=\"top\">" + cell + "</td></tr>"
                + "<tr><td colspan=\"2\"><font size=\"1\">&copy; 2026 Lindwurm GmbH</font></td></tr></table>"
                + "</body></html>";
    }

    private static ImportResult html(String page) {
        return DpaImporter.standard().importBytes(page.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "avv.html");
    }

    private static Map<Requirement, Status> statuses(ImportResult r) {
        Map<Requirement, Status> out = new EnumMap<>(Requirement.class);
        for (Requirement q : Requirement.values()) {
            out.put(q, r.getRequirement(q).status());
        }
        return out;
    }

    @Test
    void should_read_an_agreement_set_in_a_layout_table_as_its_text_is_read() {
        ImportResult plain = DpaImporter.standard()
                .importBytes(text().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
        ImportResult page = html(layoutPage(false));
        assertThat(statuses(page)).isEqualTo(statuses(plain));
        assertThat(statuses(page).values().stream().filter(s -> s == Status.FOUND))
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void should_read_the_sub_processors_of_a_table_nested_in_a_layout_cell_as_rows() {
        DataProcessingAgreement d = html(layoutPage(true)).getDraft();
        assertThat(d.getSubprocessing().orElseThrow().getSubprocessors())
                .extracting(Subprocessor::getName)
                .anySatisfy(n -> assertThat(n).contains("Serverhaus Nordhessen GmbH"))
                .anySatisfy(n -> assertThat(n).contains("Briefdienst Weser GmbH"));
    }

    @Test
    void should_keep_reading_a_data_table_of_short_cells_as_rows() {
        // the same sub-processors on a page of headings and paragraphs: a data table, whose cells are no layout
        StringBuilder page = new StringBuilder("<html><body><h1>Vereinbarung zur Auftragsverarbeitung</h1>");
        agreement().forEach((h, b) -> {
            page.append("<h2>").append(h).append("</h2><p>").append(b).append("</p>");
            if (h.startsWith("8.")) {
                page.append(SUBPROCESSORS);
            }
        });
        page.append("</body></html>");
        List<Subprocessor> listed = html(page.toString())
                .getDraft()
                .getSubprocessing()
                .orElseThrow()
                .getSubprocessors();
        assertThat(listed)
                .extracting(Subprocessor::getName)
                .anySatisfy(n -> assertThat(n).contains("Serverhaus Nordhessen GmbH"))
                .noneSatisfy(n -> assertThat(n).contains("Briefdienst").contains("Serverhaus"));
    }
}
