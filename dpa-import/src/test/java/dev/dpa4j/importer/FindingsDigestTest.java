/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The findings of a fixed, deterministic corpus, as one count and one MD5: the check that a change meant only to make
 * validation faster changes no finding (issue #14). Skipped unless the system property {@code dpa.findingsDigest} is
 * set; run it before and after a change and compare the two lines it prints (and the per-agreement listing it writes
 * to {@code target/findings-digest.txt}, for a diff):
 *
 * <pre>{@code
 * ./mvnw -B -o -pl dpa-import -am test -Dtest=FindingsDigestTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddpa.findingsDigest=true
 * }</pre>
 *
 * <p>The corpus: the JSON examples, every document of this module's fixtures as imported (real clause wording in
 * German and English, the input of the clause-wording rules), the Jomoco example scaled to 100 sub-processors, and
 * 150 generated and 50 adversarial agreements of fixed seeds. Each is validated twice: with the profile its status
 * implies (as-of 23 November 2026, the benchmark's validator) and as a template (as-of 3 December 2026, the import
 * tests' validator). Each finding is one line of rule id, severity, path, and the message in German and English.
 */
@EnabledIfSystemProperty(named = "dpa.findingsDigest", matches = ".*")
class FindingsDigestTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final List<String> EXAMPLES = List.of(
            "examples/jomoco-avv-de.json",
            "examples/just-avv-de.json",
            "examples/larkspur-dpa-en.json",
            "examples/quillfeather-dpa-en-de.json");
    private static final List<Validator> VALIDATORS = List.of(
            Validator.builder().asOf(LocalDate.of(2026, 11, 23)).build(),
            Validator.builder()
                    .profile(Profile.TEMPLATE)
                    .asOf(LocalDate.of(2026, 12, 3))
                    .build());

    @Test
    void should_print_the_count_and_digest_of_all_findings() throws IOException, NoSuchAlgorithmException {
        Map<String, DataProcessingAgreement> corpus = corpus();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        StringBuilder listing = new StringBuilder();
        long count = 0;
        for (Map.Entry<String, DataProcessingAgreement> e : corpus.entrySet()) {
            for (int v = 0; v < VALIDATORS.size(); v++) {
                ValidationReport report = VALIDATORS.get(v).validate(e.getValue());
                StringBuilder block = new StringBuilder();
                block.append("== ").append(e.getKey()).append(" #").append(v).append('\n');
                for (Finding f : report.getFindings()) {
                    block.append(f.getRuleId())
                            .append('\t')
                            .append(f.getSeverity())
                            .append('\t')
                            .append(f.getPath())
                            .append('\t')
                            .append(f.message(Locale.GERMAN))
                            .append('\t')
                            .append(f.message(Locale.ENGLISH))
                            .append('\n');
                    count++;
                }
                md5.update(block.toString().getBytes(StandardCharsets.UTF_8));
                listing.append(block);
            }
        }
        String digest = HexFormat.of().formatHex(md5.digest());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "findings-digest.txt"), listing, StandardCharsets.UTF_8);
        System.out.println("FINDINGS-DIGEST agreements=" + corpus.size() + " findings=" + count + " md5=" + digest);
        assertThat(count).isPositive();
    }

    private static Map<String, DataProcessingAgreement> corpus() throws IOException {
        Map<String, DataProcessingAgreement> corpus = new LinkedHashMap<>();
        for (String example : EXAMPLES) {
            corpus.put(example, DpaJson.read(ScaledAgreements.example(example)));
        }
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            files.filter(p -> p.getFileName().toString().matches(".*\\.(docx|html|md|pdf|txt)"))
                    .filter(FindingsDigestTest::isAgreement)
                    .sorted()
                    .forEach(documents::add);
        }
        for (Path document : documents) {
            String name = FIXTURES.relativize(document).toString().replace('\\', '/');
            try {
                corpus.put(name, DpaImporter.standard().importFile(document).getDraft());
            } catch (RuntimeException e) {
                corpus.put(name + " (not imported: " + e.getClass().getSimpleName() + ")", null);
            }
        }
        corpus.values().removeIf(a -> a == null);
        corpus.put(
                "jomoco x100",
                DpaJson.read(
                        ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 100)));
        for (long seed = 1; seed <= 150; seed++) {
            corpus.put("generated " + seed, AgreementGenerator.agreement(seed));
        }
        for (long seed = 1; seed <= 50; seed++) {
            corpus.put("adversarial " + seed, AgreementGenerator.adversarialAgreement(seed));
        }
        return corpus;
    }

    /**
     * An agreement of the training fixtures: not a held-out set's document (those are measured once, by the lead, and
     * no other run may read them), not a README or a second reader's report.
     */
    private static boolean isAgreement(Path document) {
        for (Path part : FIXTURES.relativize(document)) {
            String name = part.toString();
            if (name.startsWith("heldout") || name.startsWith("second-reader")) {
                return false;
            }
        }
        return !document.getFileName().toString().equals("README.md");
    }
}
