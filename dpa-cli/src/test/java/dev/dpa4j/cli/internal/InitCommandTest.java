/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @Test
    void should_print_a_readable_starter_with_every_section_when_run_without_output_file() {
        // when
        CliRun run = CliRun.run("init");

        // then
        assertThat(run.exitCode()).isZero();
        DataProcessingAgreement starter = DpaJson.read(run.out());
        assertThat(starter.getLanguages()).containsExactly("en");
        assertThat(starter.getControllers())
                .singleElement()
                .satisfies(c -> assertThat(c.isPlaceholder()).isTrue());
        assertThat(starter.getProcessor()).isPresent();
        assertThat(starter.getProcessing()).isPresent();
        assertThat(starter.getControllerTerms()).isPresent();
        assertThat(starter.getInstructions()).isPresent();
        assertThat(starter.getConfidentiality()).isPresent();
        assertThat(starter.getSecurity()).isPresent();
        assertThat(starter.getSubprocessing()).isPresent();
        assertThat(starter.getTransfers()).isPresent();
        assertThat(starter.getAssistance()).isPresent();
        assertThat(starter.getBreachNotification()).isPresent();
        assertThat(starter.getEndOfProcessing()).isPresent();
        assertThat(starter.getAudits()).isPresent();
        assertThat(starter.getRecords()).isPresent();
        assertThat(starter.getOwnUse()).isPresent();
        assertThat(starter.getLiability()).isPresent();
        assertThat(starter.getTermination()).isPresent();
        assertThat(starter.getFinalProvisions()).isPresent();
        assertThat(starter.getSignatures()).hasSize(2);
        assertThat(starter.getPlaceholders()).containsKeys("CONTROLLER", "PROCESSOR", "SERVICE");
    }

    @Test
    void should_write_german_guidance_as_utf8_when_lang_is_de() {
        // when
        CliRun run = CliRun.run("init", "--lang", "de");

        // then: the platform charset of the test JVM is ISO-8859-1; the bytes must still be UTF-8
        assertThat(run.exitCode()).isZero();
        assertThat(new String(run.outBytes(), StandardCharsets.UTF_8)).contains("Maßnahmen", "„placeholders“");
        assertThat(DpaJson.read(run.out()).getTitle().orElseThrow().get("de"))
                .contains("Vereinbarung zur Auftragsverarbeitung");
    }

    @Test
    void should_give_identical_bytes_when_run_twice() {
        // when
        CliRun first = CliRun.run("init", "--lang", "de");
        CliRun second = CliRun.run("init", "--lang", "de");

        // then
        assertThat(first.outBytes()).isEqualTo(second.outBytes());
    }

    @Test
    void should_write_the_file_and_refuse_to_overwrite_it_when_output_is_given(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("my-dpa.json");

        // when
        CliRun created = CliRun.run("init", "-o", file.toString());
        CliRun again = CliRun.run("init", "-o", file.toString());

        // then
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).isEmpty();
        assertThat(DpaJson.read(Files.readString(file, StandardCharsets.UTF_8)).getId())
                .isEqualTo("my-dpa");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.errLines()).hasSize(2);
        assertThat(again.err()).contains(file.toString()).contains("already exists");
    }
}
