/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A free text that names the defined "Main Contract" in lower case is printed with the defined term. */
class DefinedTermCaseTest {

    @Test
    void should_write_the_defined_term_where_a_text_says_the_main_contract() {
        assertThat(References.definedTerm("For the term of the main contract; deleted after it ends", "Main Contract"))
                .isEqualTo("For the term of the Main Contract; deleted after it ends");
        assertThat(References.definedTerm("The main contract's fees apply.", "Main Contract"))
                .isEqualTo("The Main Contract's fees apply.");
    }

    @Test
    void should_leave_other_contracts_and_other_words_as_written() {
        // an indefinite or plural contract is not the defined one; a longer word is not the term
        assertThat(References.definedTerm("Each sub-processor has a main contract of its own.", "Main Contract"))
                .isEqualTo("Each sub-processor has a main contract of its own.");
        assertThat(References.definedTerm("the main contracts of the sub-processors", "Main Contract"))
                .isEqualTo("the main contracts of the sub-processors");
        assertThat(References.definedTerm("the main contract-like terms", "Main Contract"))
                .isEqualTo("the main contract-like terms");
        assertThat(References.definedTerm("Laufzeit des Hauptvertrags", "Hauptvertrag"))
                .isEqualTo("Laufzeit des Hauptvertrags");
        assertThat(References.definedTerm("For the term of the main contract", null))
                .isEqualTo("For the term of the main contract");
    }
}
