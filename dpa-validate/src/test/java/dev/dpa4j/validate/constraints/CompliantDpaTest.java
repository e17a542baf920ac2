/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Declarative validation of an application's object that holds an agreement. */
class CompliantDpaTest {

    record Offer(
            @CompliantDpa(asOf = "2026-11-23", profile = dev.dpa4j.validate.Profile.TEMPLATE)
            DataProcessingAgreement agreement) {}

    record StrictOffer(
            @CompliantDpa(failOn = Severity.WARNING, language = "de")
            DataProcessingAgreement agreement) {}

    record ByStatus(@CompliantDpa(asOf = "2026-11-23") DataProcessingAgreement agreement) {}

    record Executed(
            @CompliantDpa(asOf = "2026-11-23", profile = dev.dpa4j.validate.Profile.EXECUTED)
            DataProcessingAgreement agreement) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static DataProcessingAgreement jomoco() {
        return DpaJson.read(Path.of("../examples/jomoco-avv-de.json"));
    }

    @Test
    void should_report_one_violation_per_error_when_agreement_is_not_compliant() {
        // when
        Set<ConstraintViolation<Offer>> violations = validator.validate(new Offer(jomoco()));

        // then
        assertThat(violations)
                .filteredOn(v -> v.getMessage().startsWith("[TRANSFER_MECHANISM] subprocessing.subprocessors["))
                .hasSize(30); // 16 US recipients, 14 in "third countries" or "worldwide"
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getPropertyPath()).hasToString("agreement");
            @SuppressWarnings("unchecked")
            HibernateConstraintViolation<Offer> hv = v.unwrap(HibernateConstraintViolation.class);
            Finding finding = hv.getDynamicPayload(Finding.class);
            assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
        });
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .contains("[TRANSFER_MECHANISM] subprocessing.subprocessors[36].transfer: No transfer mechanism is"
                        + " stated for X Corp., although it processes in a third country (country: United States (US)). (Art. 44 GDPR; Art. 45 GDPR; Art. 46 GDPR;"
                        + " Art. 28(3)(a) GDPR)");
    }

    @Test
    void should_accept_null_and_use_the_clock_provider_when_no_date_is_given() {
        // when
        Set<ConstraintViolation<StrictOffer>> none = validator.validate(new StrictOffer(null));
        Set<ConstraintViolation<StrictOffer>> strict = validator.validate(new StrictOffer(jomoco()));

        // then
        assertThat(none).isEmpty();
        assertThat(strict)
                .extracting(ConstraintViolation::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("[BREACH_CONTACT] breachNotification.contact: "))
                .noneSatisfy(m -> assertThat(m).startsWith("[ART33_2_DEADLINE]"));
    }

    @Test
    void should_follow_the_agreements_status_when_no_profile_is_given() {
        // when: Jomoco's status is TEMPLATE and its controller is "the respective customer"
        Set<ConstraintViolation<ByStatus>> byStatus = validator.validate(new ByStatus(jomoco()));
        Set<ConstraintViolation<Executed>> executed = validator.validate(new Executed(jomoco()));

        // then: as Validator.builder() and dpa validate judge it
        assertThat(byStatus)
                .extracting(ConstraintViolation::getMessage)
                .noneMatch(m -> m.contains("PARTY_CONTROLLER_ID"));
        assertThat(executed)
                .extracting(ConstraintViolation::getMessage)
                .anyMatch(m -> m.contains("PARTY_CONTROLLER_ID"));
    }

    @Test
    void should_work_in_a_plain_jvm_without_an_expression_language() throws Exception {
        // given: this test's class path has no EL implementation, like a plain Java application
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        // ... which is why Hibernate Validator's default interpolator cannot start here
        assertThatThrownBy(Validation::buildDefaultValidatorFactory).hasMessageContaining("HV000183");
        String json = Files.readString(Path.of("../examples/jomoco-avv-de.json"), StandardCharsets.UTF_8)
                .replace("\"X Corp.\"", "\"X ${1+1} {min} \\\\ Corp.\"");

        // when: the factory as the constraint's documentation builds it
        Set<ConstraintViolation<Offer>> violations;
        try (ValidatorFactory plain = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            violations = plain.getValidator().validate(new Offer(DpaJson.read(json)));
        }

        // then: user text is neither evaluated nor interpolated
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .anyMatch(m -> m.contains("X ${1+1} {min} \\ Corp., although"));
    }
}
