/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The review rounds' harness (#16, review21 to review23): one JVM over the training documents of {@code
 * fixtures/unseen}, validated as {@code dpa review} validates them (TEMPLATE profile, {@code DOC_REFERENCE} off, as
 * of 6 December 2026 so that no finding depends on the clock), every ERROR and WARNING written with its quotation.
 * Runs only with {@code -Ddpa.review.dump=DIR}; writes into DIR one file per document ({@code <name>.txt}: one line
 * per finding, severity, rule, message key, path, message and the quoted passage), {@code counts.tsv} (per severity
 * and per rule, INFO not counted), {@code findings.tsv} (every finding of every document on one line, for {@code
 * diff} between two runs) and {@code verdicts.tsv} (the completeness table's verdict per document and requirement,
 * to see that a change of the review moved no verdict), {@code weaker.tsv} (each verdict WEAKER with its note and the
 * first passage it quotes, to read a finding beside the table's reason) and, in {@code counts.tsv}, the number of INFO
 * findings on a line of its own. Run it with
 * {@code ./mvnw -B -o -pl dpa-import -am test -Dtest=ReviewDumpTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddpa.review.dump=/tmp/review}.
 */
@EnabledIfSystemProperty(named = "dpa.review.dump", matches = ".+")
class ReviewDumpTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fixtures", "unseen");

    @Test
    void dump() throws IOException {
        Path out = Path.of(System.getProperty("dpa.review.dump"));
        Files.createDirectories(out);
        Validator validator = Validator.builder()
                .profile(Profile.TEMPLATE)
                .asOf(LocalDate.of(2026, 12, 6))
                .failOn(Severity.INFO)
                .disable("DOC_REFERENCE")
                .build();
        List<Path> docs;
        try (Stream<Path> files = Files.list(DIR)) {
            docs = files.filter(p -> Files.exists(Path.of(p + ".expected")))
                    .sorted()
                    .toList();
        }
        Map<String, int[]> perRule = new TreeMap<>();
        int[] total = new int[2];
        int infos = 0;
        StringBuilder all = new StringBuilder();
        StringBuilder verdicts = new StringBuilder();
        StringBuilder weaker = new StringBuilder();
        for (Path doc : docs) {
            String name = doc.getFileName().toString();
            ImportResult result = TrainingCorpus.importFile(doc);
            Review review = Review.of(result, validator);
            Locale locale = result.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
            StringBuilder one = new StringBuilder();
            for (Review.Item item : review.getItems()) {
                Finding f = item.finding();
                if (f.getSeverity() == Severity.INFO) {
                    infos++;
                    continue;
                }
                int column = f.getSeverity() == Severity.ERROR ? 0 : 1;
                total[column]++;
                perRule.computeIfAbsent(f.getRuleId(), k -> new int[2])[column]++;
                String quote = item.span()
                        .map(s -> (s.section().isEmpty() ? "" : s.section() + ": ") + "«" + s.quote() + "»")
                        .orElse("(not found in the document)");
                String line = String.join(
                        "\t",
                        f.getSeverity().name(),
                        f.getRuleId(),
                        f.getMessageKey(),
                        f.getPath(),
                        oneLine(f.message(locale)),
                        oneLine(quote));
                one.append(line).append('\n');
                all.append(name).append('\t').append(line).append('\n');
            }
            Files.writeString(out.resolve(name + ".txt"), one.toString(), StandardCharsets.UTF_8);
            for (RequirementResult r : result.getCompleteness()) {
                verdicts.append(name)
                        .append('\t')
                        .append(r.requirement().name())
                        .append('\t')
                        .append(r.status().name())
                        .append('\n');
                if (r.status() == RequirementResult.Status.WEAKER) {
                    SourceSpan e = r.evidence().get(0);
                    weaker.append(String.join(
                                    "\t",
                                    name,
                                    r.requirement().name(),
                                    r.note(),
                                    oneLine((e.section().isEmpty() ? "" : e.section() + ": ") + "«" + e.quote() + "»")))
                            .append('\n');
                }
            }
        }
        StringBuilder counts = new StringBuilder();
        counts.append("documents\t").append(docs.size()).append('\n');
        counts.append("all\t").append(total[0]).append('\t').append(total[1]).append('\n');
        counts.append("info\t").append(infos).append('\n');
        perRule.forEach((rule, n) -> counts.append(rule)
                .append('\t')
                .append(n[0])
                .append('\t')
                .append(n[1])
                .append('\n'));
        Files.writeString(out.resolve("counts.tsv"), counts.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("findings.tsv"), all.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("verdicts.tsv"), verdicts.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("weaker.tsv"), weaker.toString(), StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}
