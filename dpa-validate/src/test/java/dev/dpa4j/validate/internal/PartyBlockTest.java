/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.ModelPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentRules#inPartyBlock} answers from a path's first segment what {@code DOC_PARTY_NAME} asked of the
 * path's whole text, written out for each of the agreement's texts (issue #14): whether it begins with "controllers"
 * or "processor".
 */
class PartyBlockTest {

    private static boolean byText(ModelPath path) {
        String text = path.toString();
        return text.startsWith("controllers") || text.startsWith("processor");
    }

    @Test
    void should_answer_as_the_paths_text_when_asked_of_named_paths() {
        // given: the party block, names that begin or end like it, and paths where the word is not the first segment
        List<String> paths = List.of(
                "",
                "controllers",
                "controllers[0].designations[1]",
                "controllersNote",
                "controller",
                "processor",
                "processor.functions[0]",
                "processors[2]",
                "processorTerms.text",
                "proc",
                "subprocessing.subprocessors[3].processor",
                "transfers.processorTransfer",
                "a[processor]",
                "customClauses[0].text");
        int inBlock = 0;

        // when / then
        for (String text : paths) {
            ModelPath path = ModelPath.parse(text);
            assertThat(DocumentRules.inPartyBlock(path)).as(text).isEqualTo(byText(path));
            inBlock += byText(path) ? 1 : 0;
        }
        assertThat(inBlock).isEqualTo(7);
    }

    @Test
    void should_answer_as_the_paths_text_when_asked_of_every_operative_text() {
        // given: every operative text of the four examples and 200 generated agreements
        List<ModelPath> paths = new ArrayList<>();
        for (DataProcessingAgreement a : SampleTexts.agreements()) {
            FreeTexts.operative(a, (path, text) -> paths.add(path));
        }
        int inBlock = 0;

        // when / then
        for (ModelPath path : paths) {
            assertThat(DocumentRules.inPartyBlock(path)).as(path.toString()).isEqualTo(byText(path));
            inBlock += byText(path) ? 1 : 0;
        }
        assertThat(inBlock).isGreaterThan(100);
        assertThat(paths.size() - inBlock).isGreaterThan(1_000);
    }
}
