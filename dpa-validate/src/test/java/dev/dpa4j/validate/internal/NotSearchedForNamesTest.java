/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                "customClauses[0].heading",
                "",
                "[0]",
                "[\"processor\"]",
                "[\"processor\"].name",
                "processor[\"subprocessors\"]",
                "subprocessing[\"subprocessors\"][0]",
                "subprocessing[0].subprocessors",
                "processing.dataSubjects.x.y.z",
                "processing.x.dataSubjects",
                "signatures.a[0][1].b",
                "a.controllers");
        for (String text : paths) {
            ModelPath path = ModelPath.parse(text);
            assertThat(SubprocessorRules.notSearchedForNames(path)).as(text).isEqualTo(byText(path));
        }
        assertThat(SubprocessorRules.notSearchedForNames(ModelPath.parse("processor.name")))
                .isTrue();
        assertThat(SubprocessorRules.notSearchedForNames(ModelPath.parse("processing.description")))
                .isFalse();
    }

    @Test
    void should_exclude_the_same_paths_as_their_text_for_every_text_of_the_examples_and_generated_agreements() {
        List<ModelPath> paths = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            FreeTexts.operative(
                    DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")),
                    (path, text) -> paths.add(path));
        }
        for (long seed = 0; seed < 100; seed++) {
            FreeTexts.operative(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed),
                    (path, text) -> paths.add(path));
        }
        assertThat(paths).hasSizeGreaterThan(5_000);
        int excluded = 0;
        for (ModelPath path : paths) {
            boolean expected = byText(path);
            assertThat(SubprocessorRules.notSearchedForNames(path))
                    .as(path.toString())
                    .isEqualTo(expected);
            excluded += expected ? 1 : 0;
        }
        // both answers occur, so the comparison is not of a constant
        assertThat(excluded).isPositive().isLessThan(paths.size());
    }

    @Test
    void should_decide_in_the_run_once_per_ancestor_what_each_path_decides_by_its_text() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 100; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        int searched = 0;
        int all = 0;
        for (DataProcessingAgreement agreement : agreements) {
            DefaultRuleContext context = new DefaultRuleContext(
                    agreement, LocalDate.of(2026, 11, 23), Profile.EXECUTED, ValidationThresholds.DEFAULTS, null);
            List<Map.Entry<ModelPath, LocalizedText>> texts = DocumentRules.texts(context);
            boolean[] answers = RunMemo.of(context).searchedForNames(texts);
            assertThat(answers).hasSameSizeAs(texts);
            for (int i = 0; i < texts.size(); i++) {
                ModelPath path = texts.get(i).getKey();
                assertThat(answers[i]).as(path.toString()).isEqualTo(!byText(path));
                searched += answers[i] ? 1 : 0;
                all++;
            }
        }
        // both answers occur, and runs of texts below one ancestor alternate with others
        assertThat(searched).isPositive().isLessThan(all);
    }
}
