/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The list of decisions in {@code docs/rules.md} prints every note whole: notes cite provisions ("Art. 28(2)") and
 * abbreviate ("e.g."), so neither a full stop nor a length may end them.
 */
class RulesDocumentDecisionTest {

    private static final String NOTE = "Art. 28(2) lets the processor engage only authorised sub-processors, e.g. those"
            + " named in Annex 3. A list that is only exemplary (\"including\", \"such as\") escapes the"
            + " authorisation; the controller cannot object to what it does not know, cf. Art. 28(4) and recital 81"
            + " of Reg. (EU) 2016/679. Mandatory content contradicted: an error.";

    private static RuleDescriptor rule(String note) {
        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"X_NOTE.summary", "s"}, {"X_NOTE.remediation", "r"}, {"X_NOTE.v", "v"}};
            }
        };
        return RuleDescriptor.builder("X_NOTE")
                .messageKeys("X_NOTE.v")
                .note(note)
                .bundles(locale -> bundle)
                .build();
    }

    @Test
    void should_print_a_note_whole_when_it_holds_abbreviations() {
        // when
        String entry = RulesDocument.decision(rule(NOTE));

        // then
        assertThat(entry).isEqualTo("- **`X_NOTE`**: " + NOTE + "\n");
    }

    @Test
    void should_keep_a_note_on_one_list_item_when_it_breaks_lines() {
        // when
        String entry = RulesDocument.decision(rule("Art. 28(2) first.\n\nThen e.g. a second paragraph."));

        // then
        assertThat(entry).isEqualTo("- **`X_NOTE`**: Art. 28(2) first. Then e.g. a second paragraph.\n");
    }

    @Test
    void should_print_every_built_in_note_whole_when_the_document_is_rendered() {
        // given
        String document = RulesDocument.render();

        // then
        for (var pack : BuiltInPacks.all()) {
            for (var rule : pack.rules()) {
                String note = rule.descriptor().getNote();
                if (!note.isEmpty()) {
                    assertThat(document)
                            .as(rule.descriptor().getId())
                            .contains("- **`" + rule.descriptor().getId() + "`**: " + note + "\n");
                }
            }
        }
    }
}
