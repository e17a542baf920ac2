/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the findings while validation is made faster (issue #14): the whole report (every finding in order, with
 * path, parameters, message and remediation) of each example in {@code examples/} and of the Jomoco example scaled
 * to 200 sub-processors is compared with a golden file. An optimisation must leave every one of them unchanged.
 *
 * <p>A deliberate change of a rule changes these files as well: run with {@code -Ddpa.findings.update=true} to
 * rewrite them, then read the diff before committing it.
 */
class ExampleFindingsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "dpa4j", "validate", "findings");

    static Stream<Arguments> agreements() {
        return Stream.of(
                Arguments.of("jomoco-avv-de", example("jomoco-avv-de")),
                Arguments.of("just-avv-de", example("just-avv-de")),
                Arguments.of("larkspur-dpa-en", example("larkspur-dpa-en")),
                Arguments.of("quillfeather-dpa-en-de", example("quillfeather-dpa-en-de")),
                Arguments.of(
                        "jomoco-200-subprocessors",
                        ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 200)));
    }

    private static String example(String name) {
        return ScaledAgreements.example("examples/" + name + ".json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void should_report_the_same_findings_as_the_golden_file_when_validating_an_example(String name, String json)
            throws IOException {
        // given
        Path golden = GOLDEN.resolve(name + ".json");

        // when
        String report = Fixtures.validator().validate(DpaJson.read(json)).toJson(Locale.ENGLISH);

        // then
        if (Boolean.getBoolean("dpa.findings.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertThat(report)
                .as(
                        "findings of %s differ from %s; if intended, rerun with -Ddpa.findings.update=true and read the"
                                + " diff",
                        name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
