/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.address;
import static dev.dpa4j.validate.Fixtures.complete;
import static dev.dpa4j.validate.Fixtures.controller;
import static dev.dpa4j.validate.Fixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.Party;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * GOVERNING_LAW_EU (issue #10): an agreement under the law of a state outside the EEA is a warning, not an error, since
 * whether "under Union or Member State law" in Art. 28(3) GDPR reaches the contract's governing law is disputed; where
 * controllers established in the EEA are parties, the message names them and states the reason.
 */
class GoverningLawRuleTest {

    private static final CountryCode CH = CountryCode.of("CH");

    private static DataProcessingAgreement law(DataProcessingAgreement a, String country) {
        return a.toBuilder()
                .finalProvisions(a
                        .getFinalProvisions()
                        .orElseGet(() -> FinalProvisions.builder().build())
                        .toBuilder()
                        .governingLaw(CountryCode.of(country))
                        .build())
                .build();
    }

    private static List<Finding> findings(DataProcessingAgreement a) {
        return validator().validate(a).getFindings("GOVERNING_LAW_EU");
    }

    @Test
    void should_warn_and_name_the_controllers_in_the_union_when_swiss_law_governs() {
        // given: the complete agreement's controller sits in Berlin; a Swiss affiliate is a second controller
        DataProcessingAgreement base = complete();
        Party swiss = Party.builder()
                .id("swiss")
                .name("Beispiel Holding AG")
                .address(address("Bahnhofstrasse 1", "8001", "Zürich", CH))
                .build();
        DataProcessingAgreement a = law(base.toBuilder().addControllers(swiss).build(), "CH");

        // when
        List<Finding> findings = findings(a);

        // then
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.getMessageKey()).endsWith("nonEuUnionControllers");
        assertThat(f.message(Locale.ENGLISH))
                .contains("Beispiel Handels GmbH (DE)")
                .doesNotContain("Beispiel Holding AG")
                .contains("\"under Union or Member State law\"")
                .contains("disputed");
        assertThat(f.message(Locale.GERMAN))
                .contains("Beispiel Handels GmbH (DE)")
                .contains("„nach dem Unionsrecht oder dem Recht der Mitgliedstaaten“");
    }

    @Test
    void should_warn_without_naming_controllers_when_none_is_established_in_the_eea() {
        // given: the only controller is in Switzerland
        DataProcessingAgreement a =
                law(controller(complete(), c -> c.address(address("Bahnhofstrasse 1", "8001", "Zürich", CH))), "CH");

        // when
        List<Finding> findings = findings(a);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).getMessageKey()).endsWith("nonEu");
        assertThat(findings.get(0).message(Locale.ENGLISH)).contains("disputed");
    }

    @Test
    void should_stay_silent_under_the_law_of_a_member_state_or_an_eea_state_or_when_no_law_is_stated() {
        DataProcessingAgreement base = complete();
        DataProcessingAgreement none = base.toBuilder()
                .finalProvisions(
                        base
                                .getFinalProvisions()
                                .orElseGet(() -> FinalProvisions.builder().build())
                                .toBuilder()
                                .governingLaw(java.util.Optional.empty())
                                .build())
                .build();

        assertThat(findings(law(base, "AT"))).isEmpty();
        assertThat(findings(law(base, "NO"))).isEmpty();
        assertThat(findings(none)).isEmpty();
    }
}
