/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are exactly the code that the consumer smoke test runs: every {@code ```java} block
 * of README.md, in order, equals the region between {@code // README: NAME begins} and {@code // README: NAME
 * ends} of ReadmeExamples.java (indentation removed). Change both together.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLES =
            Path.of("src/it/readme-examples/src/main/java/dev/dpa4j/smoke/ReadmeExamples.java");

    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern REGION =
            Pattern.compile("(?m)^[ \\t]*// README: (\\w+) begins\\n(.*?)^[ \\t]*// README: \\1 ends$", Pattern.DOTALL);

    @Test
    void should_run_every_readme_example_verbatim_when_the_smoke_test_runs() throws IOException {
        // given
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String examples = Files.readString(EXAMPLES, StandardCharsets.UTF_8);

        // when
        List<String> blocks = javaBlocks(readme);
        List<String> regions = regions(examples);

        // then
        assertThat(blocks).as("```java blocks of README.md").hasSizeGreaterThanOrEqualTo(4);
        assertThat(regions).as("README regions of ReadmeExamples.java").containsExactlyElementsOf(blocks);
    }

    @Test
    void should_notice_a_difference_when_one_line_of_the_readme_changes() {
        // given
        String readme = "text\n```java\nint a = 1;\nint b = a + 1;\n```\nmore\n";
        String examples = "class X {\n    void m() {\n        // README: one begins\n        int a = 1;\n"
                + "        int b = a + 2;\n        // README: one ends\n    }\n}\n";

        // when
        List<String> blocks = javaBlocks(readme);
        List<String> regions = regions(examples);

        // then
        assertThat(blocks).containsExactly("int a = 1;\nint b = a + 1;\n");
        assertThat(regions).containsExactly("int a = 1;\nint b = a + 2;\n");
    }

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    static List<String> regions(String java) {
        List<String> regions = new ArrayList<>();
        Matcher m = REGION.matcher(java);
        while (m.find()) {
            regions.add(dedent(m.group(2)));
        }
        return regions;
    }

    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
