/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the data-flow diagram fits a name into the width of its box. */
class DataFlowDiagramWrapTest {

    @Test
    void should_wrap_at_spaces_and_cut_only_what_exceeds_three_lines() {
        assertThat(DataFlowDiagram.wrap("JoMoCo UG (haftungsbeschränkt) – Digitalagentur"))
                .containsExactly("JoMoCo UG (haftungsbeschränkt)", "– Digitalagentur");
        assertThat(DataFlowDiagram.wrap("Kurz GmbH")).containsExactly("Kurz GmbH");
        assertThat(DataFlowDiagram.wrap("Eins Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf"
                        + " Dreizehn Vierzehn Fünfzehn Sechzehn Siebzehn Achtzehn Neunzehn"))
                .hasSize(3)
                .last()
                .asString()
                .endsWith("…");
        assertThat(DataFlowDiagram.wrap("Donaudampfschifffahrtselektrizitätenhauptbetriebswerk AG"))
                .first()
                .asString()
                .hasSize(30)
                .endsWith("…");
    }
}
