/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Amazon Web Services EMEA SARL | amazon web services emea",
                "Amazon Web Services EMEA S.à r.l. | amazon web services emea",
                "CleverReach GmbH & Co. KG | cleverreach",
                "Mailgun Technologies, Inc. | mailgun technologies",
                "JoMoCo UG (haftungsbeschränkt) | jomoco",
                "JoMoCo UG (haftungsbeschränkt) i. G. | jomoco",
                "Neue Firma GmbH in Gründung | neue firma",
                "Zig | zig",
                "Pipedrive OÜ | pipedrive ou",
                "GmbH | gmbh",
                "Société Générale S.A. | societe generale"
            })
    void should_ignore_case_accents_punctuation_and_legal_forms_when_normalising(String name, String expected) {
        // given the name

        // when
        String normalised = Names.normalise(name);

        // then
        assertThat(normalised).isEqualTo(expected);
    }
}
