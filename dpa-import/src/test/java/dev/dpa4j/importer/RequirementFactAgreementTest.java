/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A review must not say a requirement is met and, in the same breath, that its duty is "not stipulated" (#16, round
 * 6): over every fixture and every example rendered to text in both languages, a passage that meets a requirement
 * of the completeness table without weakening also sets the yes/no fact(s) the validator checks for it. The pairs
 * are written here from the validator's rules (Art. 28(3)(a) instructions → documentedInstructionsOnly, ...), not
 * read from the importer, so that the test states the expectation on its own.
 */
class RequirementFactAgreementTest {

    private static final Map<Requirement, String> FACT = Map.ofEntries(
            Map.entry(Requirement.INSTRUCTIONS, "instructions.documentedInstructionsOnly"),
            Map.entry(Requirement.INFRINGING_INSTRUCTION, "instructions.infringementNotice"),
            Map.entry(Requirement.CONFIDENTIALITY, "confidentiality.personnelCommitted"),
            Map.entry(Requirement.SUBPROCESSOR_OBLIGATIONS, "subprocessing.flowDown"),
            Map.entry(Requirement.SUBPROCESSOR_LIABILITY, "subprocessing.fullLiability"),
            Map.entry(Requirement.DATA_SUBJECT_RIGHTS, "assistance.dataSubjectRights"),
            Map.entry(Requirement.BREACH_NOTIFICATION, "breachNotification.notifyController"),
            Map.entry(Requirement.AUDIT_INFORMATION, "audits.informationProvision"),
            Map.entry(Requirement.AUDIT_INSPECTIONS, "audits.inspections"),
            Map.entry(Requirement.INACCURATE_DATA, "assistance.inaccurateDataNotice"),
            Map.entry(Requirement.SUBPROCESSOR_CONTRACT_COPY, "subprocessing.contractCopyOnRequest"),
            Map.entry(Requirement.DELETION_CERTIFIED, "endOfProcessing.deletionConfirmation"));

    @Test
    void should_set_the_fact_of_every_requirement_a_passage_meets() throws IOException {
        List<ImportResult> results = new ArrayList<>();
        DpaImporter importer = DpaImporter.standard();
        for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/fixtures/unseen")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (Files.isRegularFile(f) && !name.endsWith(".expected") && !name.startsWith("not-a-dpa")) {
                        results.add(TrainingCorpus.importFile(f));
                    }
                }
            }
        }
        for (Path file : RoundTripTest.examples()) {
            DataProcessingAgreement a = DpaJson.read(file);
            for (String lang : a.getLanguages()) {
                String language = lang.substring(0, 2);
                if (language.equals("de") || language.equals("en")) {
                    byte[] bytes = RoundTripTest.render(a, OutputFormat.TEXT, Locale.forLanguageTag(language));
                    results.add(importer.importBytes(bytes, SourceFormat.TEXT, file.getFileName() + "." + language));
                }
            }
        }
        List<String> contradictions = new ArrayList<>();
        for (ImportResult r : results) {
            for (RequirementResult req : r.getCompleteness()) {
                String fact = FACT.get(req.requirement());
                if (fact != null
                        && req.status() == RequirementResult.Status.FOUND
                        && r.getFacts(fact).isEmpty()) {
                    contradictions.add(r.getSourceName() + ": " + req.requirement() + " met, " + fact + " not set");
                }
            }
        }
        assertThat(results).hasSizeGreaterThan(20);
        assertThat(contradictions).isEmpty();
    }
}
