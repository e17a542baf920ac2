/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate FILE...} without options runs without picocli (issue 14: cold start), and must give
 * what picocli's run of the same files gives: the same exit code and the same bytes on stdout and stderr.
 */
class PlainValidateTest {

    @TempDir
    Path dir;

    @Test
    void should_take_only_validate_followed_by_file_names() {
        // then
        assertThat(Cli.plainValidate("validate", "a.json")).containsExactly(Path.of("a.json"));
        assertThat(Cli.plainValidate("validate", "a.json", "dir", "validate"))
                .containsExactly(Path.of("a.json"), Path.of("dir"), Path.of("validate"));
        assertThat(Cli.plainValidate("validate")).as("no file").isNull();
        assertThat(Cli.plainValidate()).isNull();
        assertThat(Cli.plainValidate("render", "a.json")).isNull();
        assertThat(Cli.plainValidate("--verbose", "validate", "a.json")).isNull();
        assertThat(Cli.plainValidate("validate", "--lang", "de", "a.json")).isNull();
        assertThat(Cli.plainValidate("validate", "a.json", "--format=json")).isNull();
        assertThat(Cli.plainValidate("validate", "-")).as("standard input").isNull();
        assertThat(Cli.plainValidate("validate", "--", "a.json")).isNull();
        assertThat(Cli.plainValidate("validate", "@args.txt"))
                .as("picocli's argument file")
                .isNull();
        assertThat(Cli.plainValidate("validate", "")).isNull();
        assertThat(Cli.plainValidate("validate", "a\0.json")).as("not a path").isNull();
    }

    @Test
    void should_give_what_picocli_gives_for_the_same_files() throws Exception {
        // given: files with findings, without, unreadable, malformed, a directory, and several at once
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": ", StandardCharsets.UTF_8);
        Path unknown = Files.writeString(
                dir.resolve("unknown.json"), "{\"schemaVersion\": \"1\", \"surprise\": 1}", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(ValidateCommandTest.LARKSPUR, folder.resolve("larkspur.json"));
        Files.copy(ValidateCommandTest.JUST, folder.resolve("just.json"));
        List<List<String>> fileLists = List.of(
                List.of(ValidateCommandTest.JOMOCO.toString()),
                List.of(ValidateCommandTest.LARKSPUR.toString()),
                List.of(ValidateCommandTest.JUST.toString(), ValidateCommandTest.JOMOCO.toString()),
                List.of("missing.json"),
                List.of(broken.toString()),
                List.of(unknown.toString(), ValidateCommandTest.LARKSPUR.toString()),
                List.of(folder.toString()),
                List.of(dir.resolve("empty-folder-that-does-not-exist").toString(), folder.toString()));

        for (List<String> files : fileLists) {
            // when
            CliRun plain = CliRun.run(args(List.of(), files));
            CliRun picocli = CliRun.run(args(List.of("--"), files));
            CliRun defaults = CliRun.run(args(List.of("--format", "text", "--fail-on", "error"), files));

            // then
            for (CliRun other : List.of(picocli, defaults)) {
                assertThat(plain.exitCode()).as("exit code for %s", files).isEqualTo(other.exitCode());
                assertThat(plain.outBytes()).as("stdout for %s", files).isEqualTo(other.outBytes());
                assertThat(plain.err()).as("stderr for %s", files).isEqualTo(other.err());
            }
        }
    }

    @Test
    void should_leave_every_option_at_the_default_picocli_gives_it() {
        // given
        ValidateCommand parsed = new ValidateCommand();
        picocli.CommandLine cl = new picocli.CommandLine(parsed);

        // when
        cl.parseArgs("a.json");
        ValidateCommand plain = new ValidateCommand();

        // then
        assertThat(plain.format).isEqualTo(parsed.format);
        assertThat(plain.failOnOption.failOn).isEqualTo(parsed.failOnOption.failOn);
        assertThat(plain.langOption.lang).isEqualTo(parsed.langOption.lang);
        assertThat(plain.profileOption.profile).isEqualTo(parsed.profileOption.profile);
        assertThat(plain.asOfOption.asOf).isEqualTo(parsed.asOfOption.asOf);
        assertThat(parsed.files).containsExactly(Path.of("a.json"));
    }

    private static String[] args(List<String> options, List<String> files) {
        List<String> args = new ArrayList<>();
        args.add("validate");
        args.addAll(options);
        args.addAll(files);
        return args.toArray(String[]::new);
    }
}
