/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import org.junit.jupiter.api.Test;

class DpaJsonSmokeTest {

    @Test
    void should_round_trip_when_agreement_has_nested_terms() {
        // given
        DataProcessingAgreement agreement = DataProcessingAgreement.builder()
                .id("acme-dpa")
                .title(LocalizedText.de("Vereinbarung zur Auftragsverarbeitung")
                        .with("en", "Data processing agreement"))
                .processor(Party.builder()
                        .name("Acme GmbH")
                        .address(PostalAddress.builder()
                                .addStreetLines("Hauptstraße 1")
                                .postalCode("10115")
                                .locality("Berlin")
                                .country(CountryCode.of("DE"))
                                .build())
                        .build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .wording(LocalizedText.de("umgehend"))
                                .build())
                        .build())
                .subprocessing(SubprocessingTerms.builder()
                        .authorisation(AuthorisationType.GENERAL)
                        .addSubprocessors(Subprocessor.builder()
                                .name("Hetzner Online GmbH")
                                .country(CountryCode.of("DE"))
                                .addLocations(Location.builder()
                                        .country(CountryCode.of("DE"))
                                        .build())
                                .build())
                        .build())
                .build();

        // when
        String json = DpaJson.write(agreement);

        // then
        assertThat(DpaJson.read(json)).isEqualTo(agreement);
        assertThat(DpaJson.write(DpaJson.read(json))).isEqualTo(json);
        assertThat(json)
                .contains("\"schemaVersion\": \"1.0\"")
                .contains("\"umgehend\"")
                .doesNotContain("\r");
    }
}
