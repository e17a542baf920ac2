/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element table and the completeness table of one import never contradict each other (#16, round 7): a
 * requirement the document states (found or weaker) has its element found, and a passage under a generic heading
 * ("2. Obligations", "§ 4 Pflichten des Auftragnehmers") whose own sentence states a duty is classified by it. The
 * snippets are written for this test.
 */
class ElementCompletenessAgreementTest {

    private static ImportResult read(String text) {
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "snippet.txt");
    }

    private static ElementResult element(ImportResult r, Element e) {
        return r.getElements().stream()
                .filter(x -> x.element() == e)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void should_find_the_element_of_every_requirement_stated_in_every_fixture() throws IOException {
        List<String> contradictions = new ArrayList<>();
        int checked = 0;
        for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/fixtures/unseen")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!Files.isRegularFile(f) || name.endsWith(".expected") || name.startsWith("not-a-dpa")) {
                        continue;
                    }
                    ImportResult r = TrainingCorpus.importFile(f);
                    for (RequirementResult q : r.getCompleteness()) {
                        if (q.status() == Status.NOT_FOUND
                                || q.requirement().element().isEmpty()) {
                            continue;
                        }
                        checked++;
                        ElementResult e = element(r, q.requirement().element().get());
                        if (!e.found()) {
                            contradictions.add(name + ": " + q.requirement() + " " + q.status() + " but element "
                                    + e.element() + " not found");
                        } else if (e.spans().isEmpty()) {
                            contradictions.add(name + ": element " + e.element() + " found without a passage");
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(contradictions).isEmpty();
    }

    private static final String GENERIC_EN = """
            DATA PROCESSING AGREEMENT

            This agreement is made between Example Client Ltd ("Customer") and Example Host Ltd ("Supplier"). The Customer is the controller and the Supplier is the processor of the personal data.

            1. Instructions
            1.1 The Supplier processes the personal data only on documented instructions from the Customer.

            2. Obligations
            2.1 The Supplier shall ensure that every person it allows to process the personal data is bound by a duty of confidentiality.
            2.2 The Supplier shall notify the Customer of any personal data breach without undue delay.

            3. Deletion
            3.1 At the end of the services the Supplier shall delete or return the personal data at the Customer's choice.
            """;

    @Test
    void should_classify_a_duty_stated_under_a_generic_heading_by_its_own_sentence() {
        ImportResult r = read(GENERIC_EN);
        ElementResult confidentiality = element(r, Element.CONFIDENTIALITY);
        assertThat(confidentiality.found()).isTrue();
        assertThat(confidentiality.classifier()).isEqualTo("dpa4j-rules");
        assertThat(confidentiality.spans().get(0).quote()).contains("duty of confidentiality");
        assertThat(element(r, Element.BREACH_NOTIFICATION).classifier()).isEqualTo("dpa4j-rules");
        assertThat(r.getRequirement(Requirement.CONFIDENTIALITY).status()).isEqualTo(Status.FOUND);
    }

    private static final String GENERIC_DE = """
            VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG

            zwischen der Beispiel Kunde GmbH (nachfolgend „Auftraggeber“) und der Beispiel Rechenzentrum GmbH (nachfolgend „Auftragnehmer“).

            § 1 Weisungen
            Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.

            § 4 Pflichten des Auftragnehmers
            Der Auftragnehmer verpflichtet sich, alle Beschäftigten, die Zugang zu den Daten haben, auf die Vertraulichkeit zu verpflichten.

            § 5 Löschung
            Nach Ende des Auftrags löscht der Auftragnehmer die Daten oder gibt sie nach Wahl des Auftraggebers zurück.
            """;

    @Test
    void should_classify_a_german_duty_under_a_generic_heading() {
        ImportResult r = read(GENERIC_DE);
        ElementResult confidentiality = element(r, Element.CONFIDENTIALITY);
        assertThat(confidentiality.found()).isTrue();
        assertThat(confidentiality.classifier()).isEqualTo("dpa4j-rules");
    }

    private static final String MENTION_ONLY = """
            DATA PROCESSING AGREEMENT

            This agreement is made between Example Client Ltd ("Customer") and Example Host Ltd ("Supplier"). The Customer is the controller and the Supplier is the processor of the personal data.

            1. Instructions
            1.1 The Supplier processes the personal data only on documented instructions from the Customer.

            2. General
            2.1 The headings of this agreement, such as the one on the duty of confidentiality, are for convenience only.

            3. Deletion
            3.1 At the end of the services the Supplier shall delete or return the personal data at the Customer's choice.

            4. Security
            4.1 The Supplier implements technical and organisational measures appropriate to the risk.
            """;

    @Test
    void should_not_classify_a_mere_mention_under_a_generic_heading() {
        // the cue "duty of confidentiality" in a sentence that states no duty scores 0.35, below the threshold
        ElementResult confidentiality = element(read(MENTION_ONLY), Element.CONFIDENTIALITY);
        assertThat(confidentiality.classifier()).isNotEqualTo("dpa4j-rules");
    }

    private static final String DUTY_UNDER_OTHER_HEADING = """
            DATA PROCESSING AGREEMENT

            This agreement is made between Example Client Ltd ("Customer") and Example Host Ltd ("Supplier"). The Customer is the controller and the Supplier is the processor of the personal data.

            1. Instructions
            1.1 The Supplier processes the personal data only on documented instructions from the Customer.
            1.2 The Supplier shall also assist the Customer with any data protection impact assessment.

            2. Deletion
            2.1 At the end of the services the Supplier shall delete or return the personal data at the Customer's choice.

            3. Security
            3.1 The Supplier implements technical and organisational measures appropriate to the risk.
            """;

    @Test
    void should_find_the_element_of_a_requirement_stated_under_a_heading_of_another_element() {
        // under "Instructions" the assistance sentence is no passage of the assistance element (the heading names
        // another), but the completeness table reads it: the element is found through it, never "not found" beside
        // "met"
        ImportResult r = read(DUTY_UNDER_OTHER_HEADING);
        assertThat(r.getRequirement(Requirement.ASSISTANCE).status()).isEqualTo(Status.FOUND);
        ElementResult assistance = element(r, Element.ASSISTANCE);
        assertThat(assistance.found()).isTrue();
        assertThat(assistance.classifier()).isEqualTo("dpa4j-completeness");
        assertThat(assistance.spans().get(0).quote()).contains("impact assessment");
    }
}
