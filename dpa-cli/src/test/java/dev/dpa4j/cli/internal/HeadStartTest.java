/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.cli.internal.StartupIsolationTest.RecordingLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator's head start (issue 14: cold start): begun only by the process entry point, only for
 * a command line that will validate, and invisible in the results.
 */
class HeadStartTest {

    @Test
    void should_name_the_class_that_bootstraps_hibernate_validator() throws Exception {
        // when: the structure thread starts Hibernate Validator through it, by name
        Class<?> holder = Class.forName(HeadStart.STRUCTURE_FACTORY, false, HeadStart.class.getClassLoader());

        // then: a rename in dpa-validate fails here instead of quietly costing the cold start
        assertThat(holder.getDeclaredField("VALIDATOR").getType().getName()).isEqualTo("jakarta.validation.Validator");
    }

    @Test
    void should_be_worth_it_only_when_the_command_line_will_validate() {
        // then
        assertThat(HeadStart.worthIt("validate", "a.json")).isTrue();
        assertThat(HeadStart.worthIt("--verbose", "validate", "--format", "json", "a.json"))
                .isTrue();
        assertThat(HeadStart.worthIt("validate", "--", "--help"))
                .as("a file named --help")
                .isTrue();
        assertThat(HeadStart.worthIt("validate", "--help")).isFalse();
        assertThat(HeadStart.worthIt("validate", "-h", "a.json")).isFalse();
        assertThat(HeadStart.worthIt("--version")).isFalse();
        assertThat(HeadStart.worthIt("-V", "validate", "a.json")).isFalse();
        assertThat(HeadStart.worthIt("render", "a.json")).isFalse();
        assertThat(HeadStart.worthIt("report", "a.json")).isFalse();
        assertThat(HeadStart.worthIt()).isFalse();
    }

    @Test
    void should_start_nothing_for_a_command_line_that_will_not_validate() {
        // then
        assertThat(HeadStart.forCommandLine("--version")).isNull();
        assertThat(HeadStart.forCommandLine("validate", "--help")).isNull();
        assertThat(HeadStart.forCommandLine("render", "--format", "md", "a.json"))
                .isNull();
    }

    @Test
    void should_load_hibernate_validator_before_the_command_validates_when_run_as_the_process() throws Exception {
        // when: a file that cannot be read, so that the command itself never creates a validator
        RecordingLoader loader = runAsProcess("validate", "no-such-file.json");

        // then: the head start did, on its own threads (the structure rules, which bootstrap it, on one)
        assertThat(loader.loadedAny("dev.dpa4j.cli.internal.HeadStart")).isTrue();
        assertThat(loader.loadedAny("org.hibernate.validator")).isTrue();
        assertThat(loader.loadedAny("dev.dpa4j.validate.internal.StructuralValidation"))
                .isTrue();
    }

    @Test
    void should_read_the_catalogues_of_the_transfer_rules_before_the_command_validates_when_run_as_the_process()
            throws Exception {
        // when: a file that cannot be read, so that the command itself never validates
        RecordingLoader loader = runAsProcess("validate", "no-such-file.json");

        // then: the entries of the countries and adequacy decisions were bound, which the starter alone does not reach
        assertThat(loader.requested)
                .contains("dev.dpa4j.model.catalog.Country", "dev.dpa4j.model.catalog.AdequacyDecision");
    }

    @Test
    void should_start_no_thread_and_no_validator_for_the_version_when_run_as_the_process() throws Exception {
        // when
        RecordingLoader loader = runAsProcess("--version");

        // then
        assertThat(loader.loadedAny("dev.dpa4j.validate.Validator")).isFalse();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
    }

    @Test
    void should_not_start_when_run_in_process() throws Exception {
        // when
        RecordingLoader loader = StartupIsolationTest.runIsolated("validate", "no-such-file.json");

        // then
        assertThat(loader.loadedAny("dev.dpa4j.cli.internal.HeadStart")).isFalse();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
    }

    @Test
    void should_print_byte_for_byte_what_the_in_process_run_prints() {
        // given
        String[] args = {"validate", "--as-of", "2026-03-01", ValidateCommandTest.JOMOCO.toString()};
        CliRun inProcess = CliRun.run(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // when
        int code = Cli.executeAsProcess(CliRun.CLOCK, InputStream.nullInputStream(), out, err, args);

        // then
        assertThat(code).isEqualTo(inProcess.exitCode()).isEqualTo(1);
        assertThat(out.toByteArray()).isEqualTo(inProcess.outBytes());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * Runs {@code Cli.executeAsProcess} in a fresh class loader, waits for a head start to end, and
     * returns the loader with the names of the classes asked for.
     */
    private static RecordingLoader runAsProcess(String... args) throws Exception {
        RecordingLoader loader = StartupIsolationTest.newLoader();
        Class<?> cli = loader.loadClass("dev.dpa4j.cli.internal.Cli");
        Method execute = cli.getMethod(
                "executeAsProcess",
                Clock.class,
                InputStream.class,
                OutputStream.class,
                OutputStream.class,
                String[].class);
        OutputStream sink = new ByteArrayOutputStream();
        Object code = execute.invoke(null, CliRun.CLOCK, InputStream.nullInputStream(), sink, sink, args);
        assertThat(code).as("exit code of %s", List.of(args)).isIn(0, 1, 2);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("dpa-head-start")) {
                thread.join();
            }
        }
        loader.close();
        return loader;
    }
}
