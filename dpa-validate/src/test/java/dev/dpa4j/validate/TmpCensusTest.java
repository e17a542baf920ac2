/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.internal.BuiltInPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TmpCensusTest {
    @Test
    void census() throws Exception {
        StringBuilder out = new StringBuilder();
        int rules = BuiltInPacks.all().stream().mapToInt(p -> p.rules().size()).sum();
        out.append("rules ").append(rules).append('\n');
        for (String n : new String[] {"jomoco-avv-de", "just-avv-de", "larkspur-dpa-en"}) {
            ValidationReport r = Fixtures.validator().validate(DpaJson.read(Path.of("..", "examples", n + ".json")));
            Map<String, Integer> sev = new TreeMap<>();
            for (Finding f : r.getFindings()) {
                sev.merge(f.getSeverity().name(), 1, Integer::sum);
                out.append(n)
                        .append(' ')
                        .append(f.getSeverity())
                        .append(' ')
                        .append(f.getRuleId())
                        .append(' ')
                        .append(f.getPath())
                        .append('\n');
            }
            out.append("SUMMARY ").append(n).append(' ').append(sev).append('\n');
        }
        Files.writeString(
                Path.of(System.getProperty("census.out", "/tmp/census.txt")), out.toString(), StandardCharsets.UTF_8);
    }
}
