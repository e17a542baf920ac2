/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.Subprocessor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An agreement (written for this test) that reproduces the annexes of the 2021/914 clauses: Annex I.A (list of
 * parties), I.B (description of the transfer) and III (list of sub-processors), with the field labels of those
 * annexes and values of our own.
 */
class SccAnnexTest {

    static final String AGREEMENT = String.join(
            "\n\n",
            "Data Processing Addendum",
            "1. Scope",
            "This addendum applies where the provider processes personal data on behalf of its customer under "
                    + "Article 28 GDPR. The standard contractual clauses (Module Two and Module Three) apply to "
                    + "transfers to third countries.",
            "For these transfers the parties select Module Two and Module Three of the standard contractual "
                    + "clauses. Clause 7 (docking clause) shall not apply. Under Clause 9(a) the parties select "
                    + "Option 2, with thirty days' notice. Under Clause 17 the parties select Option 1, and the "
                    + "clauses are governed by the law of Ireland. Under Clause 18(b) disputes are resolved by the "
                    + "courts of Ireland.",
            "2. Instructions",
            "The provider processes personal data only on documented instructions of the customer.",
            "3. Security",
            "The provider maintains the technical and organisational measures required by Article 32 GDPR.",
            "4. Sub-processors",
            "The customer gives its general written authorisation for the sub-processors in Annex III.",
            "5. Personal data breaches",
            "The provider notifies the customer of a personal data breach without undue delay.",
            "Annex I.A – List of parties",
            "Data exporter(s):",
            "Name: Birchwood Clinics B.V.",
            "Address: Keizersgracht 1, 1015 CJ Amsterdam, Netherlands",
            "Contact person's name, position and contact details: Privacy desk, privacy@birchwood.example",
            "Role (controller/processor): controller",
            "Data importer(s):",
            "Name: Orbitly Systems Inc.",
            "Address: 9 Harbor Road, Seattle, WA 98101, United States",
            "Contact person's name, position and contact details: Legal team, legal@orbitly.example",
            "Role (controller/processor): processor",
            "Annex I.B – Description of the transfer",
            "Categories of data subjects whose personal data is transferred: patients; clinic staff",
            "Categories of personal data transferred: appointment records; contact details; billing data",
            "Sensitive data transferred: health data in appointment notes, access limited to support staff",
            "The frequency of the transfer: continuous",
            "Annex III – List of sub-processors",
            "1. Name: Stratus Hosting GmbH",
            "Address: Mainzer Landstraße 5, 60329 Frankfurt am Main, Germany",
            "Description of processing: hosting of the production database",
            "2. Name: Relay Mail LLC",
            "Address: 1 Market Street, San Francisco, CA 94105, USA",
            "Description of processing: sending appointment reminders",
            "");

    private static ImportResult load() {
        return DpaImporter.standard()
                .importBytes(AGREEMENT.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "addendum.txt");
    }

    @Test
    void should_take_the_parties_from_annex_i_a_when_the_agreement_does_not_name_them() {
        ImportResult r = load();
        assertThat(r.getDraft().getProcessor().orElseThrow().getName()).contains("Orbitly Systems Inc.");
        assertThat(r.getDraft().getControllers())
                .singleElement()
                .satisfies(c -> assertThat(c.getName()).contains("Birchwood Clinics B.V."));
        assertThat(r.getFacts("processor.name").get(0).span().quote()).isEqualTo("Name: Orbitly Systems Inc.");
    }

    @Test
    void should_read_the_categories_of_annex_i_b() {
        ImportResult r = load();
        var processing = r.getDraft().getProcessing().orElseThrow();
        assertThat(processing.getDataSubjects())
                .extracting(DataSubjectCategory::getName)
                .extracting(t -> t.get("en").orElseThrow())
                .containsExactly("patients", "clinic staff");
        assertThat(processing.getDataCategories())
                .extracting(DataCategory::getName)
                .extracting(t -> t.get("en").orElseThrow())
                .containsExactly("appointment records", "contact details", "billing data");
    }

    @Test
    void should_read_the_modules_and_options_chosen_for_the_2021_914_clauses() {
        ImportResult r = load();
        var scc = r.getDraft().getTransfers().orElseThrow().getScc().orElseThrow();
        assertThat(scc.getModules()).extracting(Enum::name).containsExactly("MODULE_2", "MODULE_3");
        assertThat(scc.getDockingClause()).contains(false);
        assertThat(scc.getClause9Option())
                .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("GENERAL"));
        assertThat(scc.getClause17Option())
                .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("OPTION_1"));
        assertThat(scc.getGoverningLaw())
                .hasValueSatisfying(c -> assertThat(c.getCode()).isEqualTo("IE"));
        assertThat(scc.getForum())
                .hasValueSatisfying(c -> assertThat(c.getCode()).isEqualTo("IE"));
        assertThat(r.getFacts("transfers.scc.dockingClause").get(0).span().quote())
                .contains("docking clause");
    }

    @Test
    void should_read_a_docking_clause_that_applies_in_german() {
        String doc =
                AGREEMENT.replace("Clause 7 (docking clause) shall not apply.", "Klausel 7 (Kopplungsklausel) gilt.");
        ImportResult r = DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "addendum.txt");
        assertThat(r.getDraft()
                        .getTransfers()
                        .orElseThrow()
                        .getScc()
                        .orElseThrow()
                        .getDockingClause())
                .contains(true);
    }

    @Test
    void should_read_annex_iii_as_sub_processors_and_annex_i_a_not() {
        ImportResult r = load();
        var subs = r.getDraft().getSubprocessing().orElseThrow().getSubprocessors();
        assertThat(subs).extracting(Subprocessor::getName).containsExactly("Stratus Hosting GmbH", "Relay Mail LLC");
        assertThat(subs.get(0).getCountry().orElseThrow().getCode()).isEqualTo("DE");
        assertThat(subs.get(1).getCountry().orElseThrow().getCode()).isEqualTo("US");
    }
}
