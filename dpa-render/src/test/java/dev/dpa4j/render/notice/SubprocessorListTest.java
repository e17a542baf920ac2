/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

class SubprocessorListTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    /** Version 1.2 of 1 June 2026: only the breach deadline changes, the list of sub-processors stays. */
    private static DataProcessingAgreement v3() {
        return Fixtures.v2().toBuilder()
                .version("1.2")
                .versionDate(LocalDate.of(2026, 6, 1))
                .breachNotification(Fixtures.v1().getBreachNotification().orElseThrow())
                .build();
    }

    @Test
    void should_write_a_valid_atom_feed_with_one_entry_per_changed_list_when_given_versions() throws Exception {
        // given versions in any order
        List<DataProcessingAgreement> versions = List.of(v3(), Fixtures.v1(), Fixtures.v2());

        // when
        String xml = SubprocessorList.atom(versions, Locale.ENGLISH);
        Document feed = parseXml(xml);

        // then
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        assertThat(texts(root, "id"))
                .containsExactly(
                        "urn:dpa4j:subprocessors:jomoco-avv",
                        "urn:dpa4j:subprocessors:jomoco-avv:2026-03-01:1.1",
                        "urn:dpa4j:subprocessors:jomoco-avv:2026-01-15:1.0");
        assertThat(texts(root, "updated"))
                .containsExactly("2026-06-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-01-15T00:00:00Z");
        assertThat(texts(root, "name")).containsExactly("JoMoCo UG (haftungsbeschränkt) i. G.");
        Element newest = (Element) entries.item(0);
        assertThat(texts(newest, "title")).containsExactly("Changes of the list: Version 1.1 of 1 March 2026");
        Element content =
                (Element) newest.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent())
                .startsWith("<ul>")
                .contains("<strong>New: </strong>Instantly Inc.")
                .contains("Pipedrive OÜ will no longer be engaged")
                .doesNotContain("breaches");
        assertThat(SubprocessorList.atom(List.of(Fixtures.v2(), v3(), Fixtures.v1()), Locale.ENGLISH))
                .isEqualTo(xml);
    }

    @Test
    void should_reject_versions_without_a_date_when_writing_the_feed() {
        // given
        DataProcessingAgreement undated = Fixtures.v1().toBuilder()
                .versionDate(java.util.Optional.empty())
                .build();

        // when / then
        assertThatThrownBy(() -> SubprocessorList.atom(List.of(Fixtures.v2(), undated), Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Version 2")
                .hasMessageContaining("versionDate");
        assertThatThrownBy(() -> SubprocessorList.atom(List.of(Fixtures.v2(), Fixtures.v2()), Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-01");
    }

    @Test
    void should_list_every_sub_processor_in_a_table_when_writing_the_html_page() {
        // given
        DataProcessingAgreement current = Fixtures.v2();

        // when
        String html = SubprocessorList.html(current, Locale.GERMAN);

        // then
        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
                .contains("<title>Unterauftragsverarbeiter von JoMoCo UG (haftungsbeschränkt) i. G.</title>")
                .contains("<p>Stand: Fassung 1.1 vom 1. März 2026</p>")
                .contains("<tr><td>HubSpot Inc.</td><td>CRM-System für Marketing, Vertrieb und Service</td>"
                        + "<td>Vereinigte Staaten</td><td>Vereinigte Staaten (Speicherung); Vereinigte Staaten (Support)"
                        + "</td><td>EU-US Data Privacy Framework (Art. 45 DSGVO), zertifiziert</td></tr>");
        assertThat(html.split("<tr><td>", -1)).hasSize(5);
    }

    @Test
    void should_write_the_sub_processors_in_the_model_format_when_writing_json() {
        // given
        DataProcessingAgreement current = Fixtures.v2();

        // when
        String json = SubprocessorList.json(current);
        JsonNode tree = DpaJson.mapper().readTree(json);

        // then
        assertThat(tree.get("agreementId").asString()).isEqualTo("jomoco-avv");
        assertThat(tree.get("versionDate").asString()).isEqualTo("2026-03-01");
        assertThat(tree.get("subprocessors")).hasSize(4);
        assertThat(tree.get("subprocessors").get(0).get("id").asString()).isEqualTo("instantly");
        assertThat(tree.get("subprocessors")
                        .get(0)
                        .get("transfer")
                        .get("sccModule")
                        .asString())
                .isEqualTo("MODULE_3");
        assertThat(json).isEqualTo(SubprocessorList.json(Fixtures.v2())).endsWith("}\n");
    }
}
