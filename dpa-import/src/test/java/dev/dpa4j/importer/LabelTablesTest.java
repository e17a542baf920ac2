/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Annexes whose first column is a label (#16): a description table ("Subject matter | …", "Purpose | …") is a record,
 * its labels are no purposes or categories; a table of measures whose first column names the category and whose
 * second lists the measures ("Zutrittskontrolle | ☒ … ☒ …", "Encryption | TLS …; AES …") gives the measures of the
 * second column with the category of the first; and so do the paragraphs of a measures annex that each name a topic
 * and list its measures ("Availability: …; …"). A table whose first column holds the items, and a note in a measures
 * annex, are read as before. Web pages and text of our own.
 */
class LabelTablesTest {

    private static ImportResult html(String annex) {
        StringBuilder doc = new StringBuilder("<html><body><h1>Data Processing Terms</h1>");
        CompletenessTest.strongEnglish().forEach((h, b) -> {
            if (!h.startsWith("3. ") && !h.startsWith("4. ") && !h.startsWith("5. ")) {
                doc.append("<h2>").append(h).append("</h2><p>").append(b).append("</p>");
            }
        });
        doc.append(annex).append("</body></html>");
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "terms.html");
    }

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<tr>");
        for (String c : cells) {
            r.append("<td>").append(c).append("</td>");
        }
        return r.append("</tr>").toString();
    }

    private static List<String> purposes(ImportResult r) {
        return r.getDraft().getProcessing().map(ProcessingDescription::getPurposes).orElse(List.of()).stream()
                .map(Purpose::getDescription)
                .map(t -> t.get("en").orElse(""))
                .toList();
    }

    private static List<String> categories(ImportResult r) {
        return r.getDraft().getProcessing().map(ProcessingDescription::getDataCategories).orElse(List.of()).stream()
                .map(DataCategory::getName)
                .map(t -> t.get("en").or(() -> t.get("de")).orElse(""))
                .toList();
    }

    private static Map<String, TomCategory> measures(ImportResult r, String lang) {
        Map<String, TomCategory> out = new java.util.LinkedHashMap<>();
        for (TechnicalOrganisationalMeasure m :
                r.getDraft().getSecurity().map(SecurityTerms::getMeasures).orElse(List.of())) {
            out.put(m.getDescription().get(lang).orElse(""), m.getCategory().orElse(TomCategory.OTHER));
        }
        return out;
    }

    @Test
    void should_not_read_the_labels_of_a_description_table_as_purposes() {
        ImportResult r = html("<h2>Annex 1 – Description of the processing</h2><table>"
                + row("Subject matter", "Hosting of the Customer's ticketing system.")
                + row("Duration", "The term of the main contract.")
                + row("Purpose", "Running and supporting the ticketing system.")
                + row("Data subjects", "Employees of the Customer; end users who open tickets")
                + row("Personal data", "Contact details (name, e-mail (work)); ticket contents")
                + row("Retention", "Thirty days after the end of the contract.")
                + "</table>");

        assertThat(purposes(r)).containsExactly("Running and supporting the ticketing system");
        assertThat(categories(r)).containsExactly("Contact details (name, e-mail (work))", "ticket contents");
    }

    @Test
    void should_read_a_row_with_an_empty_first_cell_as_continuing_the_label_above_it() {
        // a table converted from a word processor, whose merged label cell spans several rows; its duration names the
        // main contract by its short name ("Term of the Terms")
        ImportResult r = html("<h2>Annex 1 – Description of the processing</h2><table>"
                + row("Item", "Details")
                + row("Subject matter", "Sending the Customer's newsletters and measuring their effect.")
                + row("Duration", "Term of the Terms plus the deletion period in Section 11")
                + row("Purpose", "Letting the Customer send newsletters to its contacts")
                + row("Data subjects", "Subscribers of the Customer's newsletters")
                + row("", "Recipients of transactional e-mails")
                + row("", "Users of the Customer's account")
                + row("Types of personal data", "E-mail address, name, language")
                + "</table>");

        assertThat(purposes(r)).containsExactly("Letting the Customer send newsletters to its contacts");
        assertThat(r.getDraft().getProcessing().flatMap(ProcessingDescription::getDuration))
                .isPresent();
        assertThat(r.getDraft().getProcessing().map(ProcessingDescription::getDataSubjects).orElse(List.of()).stream()
                        .map(c -> c.getName().get("en").orElse(""))
                        .toList())
                .containsExactly(
                        "Subscribers of the Customer's newsletters",
                        "Recipients of transactional e-mails",
                        "Users of the Customer's account");
    }

    @Test
    void should_read_the_first_column_as_items_where_it_holds_them() {
        ImportResult r = html("<h2>Annex 1 – Categories of personal data</h2><table>"
                + row("Category of data", "Kept for")
                + row("Contact details", "three years")
                + row("Ticket contents", "one year")
                + "</table>");

        assertThat(categories(r)).contains("Contact details", "Ticket contents");
    }

    @Test
    void should_read_the_measures_of_a_checklist_whose_first_column_names_the_category() {
        ImportResult r = html("<h2>Annex 2 – Technical and organisational measures</h2><table>"
                + row("1. Zutrittskontrolle (Schutz der Räume)", "☒ Alarmanlage ☐ Pförtner ☒ Chipkarten an allen Türen")
                + row("2. Encryption", "TLS 1.2 or higher for all transfers; AES-256 for stored data")
                + "</table>");

        Map<String, TomCategory> m = measures(r, "en");
        assertThat(m)
                .containsEntry("Alarmanlage", TomCategory.PHYSICAL_ACCESS_CONTROL)
                .containsEntry("Chipkarten an allen Türen", TomCategory.PHYSICAL_ACCESS_CONTROL)
                .containsEntry("TLS 1.2 or higher for all transfers", TomCategory.ENCRYPTION)
                .containsEntry("AES-256 for stored data", TomCategory.ENCRYPTION)
                .doesNotContainKey("Pförtner")
                .doesNotContainKey("1. Zutrittskontrolle (Schutz der Räume)");
    }

    @Test
    void should_read_the_labelled_paragraphs_of_a_measures_annex() {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.put(
                "Annex 2 – Security measures",
                "Availability: daily backups kept for thirty days; a second data centre in another town.\n\n"
                        + "Staff: background checks before hiring; yearly privacy training.\n\n"
                        + "Note: the Processor reviews these measures every year.\n\n"
                        + "Data flow: the data goes from the Customer to the Processor. The Processor receives it in a"
                        + " third country; basis of the transfer: the standard contractual clauses.");
        ImportResult r = CompletenessTest.importText(s);

        Map<String, TomCategory> m = measures(r, "en");
        assertThat(m)
                .containsEntry("daily backups kept for thirty days", TomCategory.AVAILABILITY_CONTROL)
                .containsEntry("a second data centre in another town", TomCategory.AVAILABILITY_CONTROL)
                .containsEntry("background checks before hiring", TomCategory.OTHER)
                .containsEntry("yearly privacy training", TomCategory.OTHER);
        // a note, and prose of sentences after a label, are no measures
        assertThat(m.keySet()).noneMatch(k -> k.contains("reviews these measures") || k.contains("third country"));
    }

    @Test
    void should_read_the_list_of_an_annex_named_for_security_without_a_number() {
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.put("Pricing annex", "- Monthly fee per seat\n- One-time setup fee");
        s.put("Security annex", "- Encryption of stored data with AES-256\n- Badge readers at the office doors");
        StringBuilder doc = new StringBuilder("# Data Processing Terms\n\n");
        s.forEach((h, b) -> doc.append("## ").append(h).append("\n\n").append(b).append("\n\n"));
        ImportResult r = DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "terms.md");

        assertThat(measures(r, "en"))
                .containsKeys("Encryption of stored data with AES-256", "Badge readers at the office doors")
                .doesNotContainKeys("Monthly fee per seat", "One-time setup fee");
    }

    @Test
    void should_read_the_second_column_of_a_measures_table_in_a_clause_whose_head_names_it_so() {
        ImportResult r = html("<h2>19. Technical and organisational measures</h2><table>"
                + row("Area", "Measure")
                + row("Zutritt", "Badge readers at every door of the office")
                + row("Availability", "Nightly backups to a second site")
                + "</table><h2>20. Fees</h2><table>"
                + row("Service", "Price")
                + row("Extra audit day", "900 euros")
                + "</table>");

        assertThat(measures(r, "en"))
                .containsEntry("Badge readers at every door of the office", TomCategory.PHYSICAL_ACCESS_CONTROL)
                .containsEntry("Nightly backups to a second site", TomCategory.AVAILABILITY_CONTROL)
                .doesNotContainKeys("Zutritt", "Availability", "Area", "Measure", "Extra audit day", "900 euros");
    }
}
