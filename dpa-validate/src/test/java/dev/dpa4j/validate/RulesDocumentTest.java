/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.validate.internal.RulesDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} must be what {@link RulesDocument} generates from the rule metadata. Run with
 * {@code -Ddpa.docs.update=true} to rewrite it, then read the diff.
 */
class RulesDocumentTest {

    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void should_match_committed_file_when_rules_are_generated() throws IOException {
        // given
        String generated = RulesDocument.render();
        if (Boolean.getBoolean("dpa.docs.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }

        // when
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";

        // then
        assertThat(committed)
                .as("docs/rules.md is stale; regenerate with -Ddpa.docs.update=true and review the diff")
                .isEqualTo(generated);
        assertThat(generated).contains("`ART33_2_DEADLINE`", "Art. 33(2) GDPR", "Art. 33 Abs. 2 DSGVO");
    }
}
