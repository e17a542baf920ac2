/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ModelPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SubprocessorRules#notSearchedForNames} decides by the path's segments what the text of the path decided
 * before (issue #14): the path is one of the excluded paths or starts with one and a dot or a bracket.
 */
class NotSearchedForNamesTest {

    private static boolean byText(ModelPath path) {
        String text = path.toString();
        return List.of(
                        "controllers",
                        "processor",
                        "subprocessing.subprocessors",
                        "signatures",
                        "processing.dataSubjects")
                .stream()
                .anyMatch(p -> text.equals(p) || text.startsWith(p + ".") || text.startsWith(p + "["));
    }

    @Test
    void should_exclude_the_same_paths_as_their_text_when_segments_are_compared() {
        List<String> paths = List.of(
                "controllers",
                "controllers[0].name",
                "controllersNote",
                "processor",
                "processor.address.street",
                "processors",
                "processorNote.text",
                "subprocessing",
                "subprocessing.subprocessors",
                "subprocessing.subprocessors[3].services[0]",
                "subprocessing.subprocessorsNote",
                "subprocessing.additionalProvisions[0]",
                "subprocessing[subprocessors]",
                "signatures[1].function",
                "processing.dataSubjects[0]",
                "processing.dataSubjectsOther",
                "processing.description",
                "security.measures[2].description",
                "customClauses[0].heading");
        for (String text : paths) {
            ModelPath path = ModelPath.parse(text);
            assertThat(SubprocessorRules.notSearchedForNames(path)).as(text).isEqualTo(byText(path));
        }
        assertThat(SubprocessorRules.notSearchedForNames(ModelPath.parse("processor.name")))
                .isTrue();
        assertThat(SubprocessorRules.notSearchedForNames(ModelPath.parse("processing.description")))
                .isFalse();
    }
}
