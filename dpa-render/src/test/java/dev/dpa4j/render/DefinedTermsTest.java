/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MainContractReference;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A term the clauses use as defined ("the Main Contract", „Hauptvertrag“) is defined in the document, whether or
 * not the agreement identifies the contract it stands for (drafting checklist: every defined term is defined once).
 */
class DefinedTermsTest {

    @Test
    void should_define_the_main_contract_when_the_agreement_does_not_identify_it() {
        // given: an agreement whose clauses refer to the main contract but which does not name it
        DataProcessingAgreement full = TestAgreements.full();
        DataProcessingAgreement agreement =
                full.toBuilder().mainContract(Optional.empty()).build();

        // when
        String en = SendReadyTest.text(MarkdownRenderer.create(), agreement, RenderOptions.of(Locale.ENGLISH));
        String de = SendReadyTest.text(MarkdownRenderer.create(), agreement, RenderOptions.of(Locale.GERMAN));

        // then: the term is used and defined, as the parties' service contract
        assertThat(en)
                .contains("the Main Contract")
                .contains("in performing the service contract concluded between them (the “Main Contract”).");
        assertThat(de)
                .contains("Hauptvertrag")
                .contains("des zwischen ihnen geschlossenen Leistungsvertrags (im Folgenden „Hauptvertrag“).");
    }

    @Test
    void should_define_the_main_contract_by_its_title_when_the_agreement_names_it() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .mainContract(MainContractReference.builder()
                        .title(LocalizedText.de("Rahmenvertrag").with("en", "Framework Agreement"))
                        .build())
                .build();

        // when
        String en = SendReadyTest.text(MarkdownRenderer.create(), agreement, RenderOptions.of(Locale.ENGLISH));

        // then
        assertThat(agreement.getMainContract()).isPresent();
        assertThat(en)
                .contains("(the “Main Contract”): ")
                .doesNotContain("concluded between them (the “Main Contract”)");
    }
}
