/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sample of {@code dpa validate --format json} in docs/cli.md is what the command prints: the command named
 * above the sample is run, and its output, cut to the findings the sample shows, must equal the sample (#12).
 */
class CliDocSampleTest {

    private static final Path CLI_MD = Path.of("..", "docs", "cli.md");
    private static final Pattern SAMPLE = Pattern.compile(
            "## The JSON output of `validate`.*?`(dpa validate [^`]+)`.*?```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void should_print_what_the_json_sample_of_validate_shows() throws IOException {
        // given: the command and the sample as the documentation states them
        Matcher m = SAMPLE.matcher(Files.readString(CLI_MD, StandardCharsets.UTF_8));
        assertThat(m.find())
                .as("docs/cli.md has a JSON sample of validate below its command")
                .isTrue();
        String[] words = m.group(1).replaceAll("\\s+", " ").strip().split(" ");
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode sample = mapper.readTree(m.group(2));

        // when: run from the module, with the example's path as the documentation writes it from the root
        String[] args = new String[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            args[i - 1] = words[i].startsWith("examples/") ? "../" + words[i] : words[i];
        }
        CliRun run = CliRun.run(args);
        ObjectNode actual = (ObjectNode) mapper.readTree(run.out());

        // then: the same object, the path as written in the documentation and the findings cut to the sample's
        ObjectNode result = (ObjectNode) actual.get("results").get(0);
        result.put("file", result.get("file").asString().replaceFirst("^\\.\\./", ""));
        ArrayNode findings = (ArrayNode) result.get("findings");
        int shown = sample.get("results").get(0).get("findings").size();
        while (findings.size() > shown) {
            findings.remove(findings.size() - 1);
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(actual).isEqualTo(sample);
    }
}
