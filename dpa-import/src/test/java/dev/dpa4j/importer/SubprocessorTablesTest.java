/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.Subprocessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sub-processor lists as agreements lay them out (own words, Markdown tables): a chain of sub-processors named in
 * the name column ("X (via Y)"), and a second table after the list with other columns, which must not be read as
 * more sub-processors.
 */
class SubprocessorTablesTest {

    private static final String HEAD = String.join(
            "\n",
            "# Data Processing Terms",
            "",
            "These terms are agreed between Marlow Dental Ltd (the \"Customer\") and Thistle Booking GmbH (the "
                    + "\"Processor\"). The Processor processes personal data on behalf of the Customer under Art. 28 "
                    + "GDPR, only on documented instructions.",
            "",
            "## 1. Security",
            "",
            "The Processor implements technical and organisational measures under Art. 32 GDPR.",
            "",
            "## 2. Audits",
            "",
            "The Processor allows for and contributes to audits, including inspections, by the Customer.",
            "",
            "## Annex 2 - Sub-processors",
            "",
            "The Customer authorises the following sub-processors:",
            "");

    private static ImportResult read(String table) {
        return DpaImporter.standard()
                .importBytes((HEAD + table).getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "terms.md");
    }

    private static List<Subprocessor> top(ImportResult r) {
        return r.getDraft().getSubprocessing().orElseThrow().getSubprocessors();
    }

    @Test
    void should_nest_a_sub_processor_the_list_says_another_one_engages() {
        ImportResult r = read(String.join(
                "\n",
                "| Sub-processor | Service | Country |",
                "|---|---|---|",
                "| Quayside Hosting Ltd | Hosting | Ireland |",
                "| Larchmont Mail Inc. (via Quayside Hosting Ltd) | Booking e-mails | United States |",
                "| Osprey Support SRL (Calendar sync) (engaged by Larchmont Mail Inc.) | Support | Romania |",
                "| Fenwick Analytics GmbH (via a partner not listed here) | Statistics | Germany |",
                ""));
        assertThat(top(r))
                .extracting(Subprocessor::getName)
                .containsExactly("Quayside Hosting Ltd", "Fenwick Analytics GmbH");
        Subprocessor hosting = top(r).get(0);
        assertThat(hosting.getSubprocessors()).extracting(Subprocessor::getName).containsExactly("Larchmont Mail Inc.");
        Subprocessor mail = hosting.getSubprocessors().get(0);
        assertThat(mail.getSubprocessors()).extracting(Subprocessor::getName).containsExactly("Osprey Support SRL");
        assertThat(mail.getSubprocessors().get(0).getProduct()).contains("Calendar sync");
        // an engager that the list does not name is no chain: the remark stays as the product
        assertThat(top(r).get(1).getProduct()).contains("via a partner not listed here");
        // the facts follow the entries to their new places
        assertThat(r.getFacts("subprocessing.subprocessors[0].subprocessors[0].subprocessors[0].name"))
                .extracting(Fact::value)
                .containsExactly("Osprey Support SRL");
        assertThat(r.getFacts("subprocessing.subprocessors[1].name"))
                .extracting(Fact::value)
                .containsExactly("Fenwick Analytics GmbH");
    }

    @Test
    void should_split_the_product_off_an_entry_whose_engager_the_list_does_not_name() {
        ImportResult r = read(String.join(
                "\n",
                "| Sub-processor | Service | Country |",
                "|---|---|---|",
                "| Quayside Hosting Ltd | Hosting | Ireland |",
                "| Osprey Support SRL (Calendar sync) (engaged by Brackwater Telecom plc) | Support | Romania |",
                "| Tern Mail Oy (Newsletter) | E-mail | Finland |",
                ""));
        // no chain (Brackwater is not listed), so it stays at the top level, but its name is the company's
        assertThat(top(r))
                .extracting(Subprocessor::getName)
                .containsExactly("Quayside Hosting Ltd", "Osprey Support SRL", "Tern Mail Oy");
        assertThat(top(r).get(1).getProduct())
                .hasValueSatisfying(
                        p -> assertThat(p).startsWith("Calendar sync").contains("Brackwater Telecom plc"));
        // an entry with a product and no engager is read as before
        assertThat(top(r).get(2).getProduct()).contains("Newsletter");
    }

    @Test
    void should_not_read_a_following_table_with_other_columns_as_sub_processors() {
        ImportResult r = read(String.join(
                "\n",
                "| Sub-processor | Service | Country |",
                "|---|---|---|",
                "| Quayside Hosting Ltd | Hosting | Ireland |",
                "",
                "Transfer modules chosen:",
                "",
                "| Module | Docking clause | Option | Period |",
                "|---|---|---|---|",
                "| Module Two | yes | general | 30 days |",
                "| Module Three | yes | general | 30 days |",
                ""));
        assertThat(top(r)).extracting(Subprocessor::getName).containsExactly("Quayside Hosting Ltd");
    }

    @Test
    void should_still_read_a_table_broken_by_a_paragraph_when_its_columns_go_on() {
        ImportResult r = read(String.join(
                "\n",
                "| Sub-processor | Service | Country |",
                "|---|---|---|",
                "| Quayside Hosting Ltd | Hosting | Ireland |",
                "",
                "(continued)",
                "",
                "| Larchmont Mail Inc. | Booking e-mails | United States |",
                ""));
        assertThat(top(r))
                .extracting(Subprocessor::getName)
                .containsExactly("Quayside Hosting Ltd", "Larchmont Mail Inc.");
    }

    @Test
    void should_read_each_location_of_a_sub_processor_with_its_kind() {
        ImportResult r = read(String.join(
                "\n",
                "| Sub-processor | Service | Country | Locations |",
                "|---|---|---|---|",
                "| Quayside Hosting Ltd | Hosting | Ireland | Storage: Ireland; Remote access: India (in individual cases only) |",
                "| Fenwick Analytics GmbH | Statistics | Germany | Germany |",
                "| Osprey Support SRL | Support | Romania | Head office (to be confirmed) |",
                ""));
        List<dev.dpa4j.model.Location> hosting = top(r).get(0).getLocations();
        assertThat(hosting).hasSize(2);
        assertThat(hosting.get(0).getKind()).isEqualTo(dev.dpa4j.model.LocationKind.STORAGE);
        assertThat(hosting.get(0).getCountry().map(c -> c.getCode())).contains("IE");
        assertThat(hosting.get(0).isConditional()).isFalse();
        assertThat(hosting.get(1).getKind()).isEqualTo(dev.dpa4j.model.LocationKind.REMOTE_ACCESS);
        assertThat(hosting.get(1).getCountry().map(c -> c.getCode())).contains("IN");
        assertThat(hosting.get(1).isConditional()).isTrue();
        // a location without a label is where the processing takes place; one without a country is left out
        assertThat(top(r).get(1).getLocations())
                .singleElement()
                .satisfies(l -> assertThat(l.getKind()).isEqualTo(dev.dpa4j.model.LocationKind.PROCESSING));
        assertThat(top(r).get(2).getLocations()).isEmpty();
    }
}
