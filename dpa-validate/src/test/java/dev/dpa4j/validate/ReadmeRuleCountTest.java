/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The number of rules the README states is the number of rules the validator has. */
class ReadmeRuleCountTest {

    private static final Path README = Path.of("..", "README.md");

    private static final Pattern COUNT = Pattern.compile("(\\d+) rules with legal references");

    @Test
    void should_state_the_number_of_built_in_rules_when_the_readme_lists_the_modules() throws IOException {
        // given
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int rules = Validator.builder()
                .asOf(LocalDate.of(2026, 12, 5))
                .build()
                .rules()
                .size();

        // when
        List<Integer> stated = counts(readme);

        // then
        assertThat(stated).as("rule counts stated in README.md").containsExactly(rules);
    }

    @Test
    void should_find_a_count_that_differs_when_the_readme_is_stale() {
        // when
        List<Integer> stated = counts("| `dpa-validate` | ... 151 rules with legal references |");

        // then
        assertThat(stated).containsExactly(151).doesNotContain(152);
    }

    private static List<Integer> counts(String text) {
        List<Integer> counts = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }
}
