/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The two seed agreements (real German DPAs, kept outside the repository in {@code ../shared/seeds}) imported and
 * compared with the examples modelled from them, field by field. Skipped where the seeds are absent, as in CI,
 * which runs a clean clone: the assertions CI must run rest on the fixtures and the round trip.
 */
class SeedTest {

    static @Nullable Path seeds() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Facts.Score score(Map<String, String> pairs) {
        Path seeds = seeds();
        Facts.Score score = new Facts.Score();
        if (seeds == null) {
            return score;
        }
        for (Map.Entry<String, String> p : pairs.entrySet()) {
            ImportResult r = DpaImporter.standard().importFile(seeds.resolve(p.getKey()));
            DataProcessingAgreement expected = DpaJson.read(Path.of("..", "examples", p.getValue()));
            Map<String, Set<String>> e = Facts.of(expected, "de");
            Map<String, Set<String>> a = Facts.of(r.getDraft(), "de");
            score.add(e, a);
        }
        return score;
    }

    static final Map<String, String> PAIRS = Map.of(
            "000_97cd93b8886de9ab.txt", "jomoco-avv-de.json",
            "002_03bb50f36483dc0b.txt", "just-avv-de.json");

    @Test
    void should_import_the_seed_agreements_with_their_sub_processors() {
        assumeTrue(seeds() != null, "../shared/seeds is not present (as in CI): the seed comparison is skipped");
        Facts.Score score = score(PAIRS);
        if (Boolean.getBoolean("dpa.import.report")) {
            System.out.println("Seeds:\n\n" + score.table());
        }
        // floors: the figures measured on 2026-12-03 (docs/import.md), rounded down
        assertThat(score.recall("subprocessors.name")).isGreaterThanOrEqualTo(0.8);
        assertThat(score.recall("breach.deadline")).isGreaterThanOrEqualTo(0.5);
        assertThat(score.recall("measures.description")).isGreaterThanOrEqualTo(0.5);
    }
}
