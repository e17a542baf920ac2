/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.model.DpaException;
import dev.dpa4j.validate.spi.FindingSink;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleContext;
import dev.dpa4j.validate.spi.RuleDescriptor;
import dev.dpa4j.validate.spi.RulePack;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorBuilderTest {

    static final class Texts extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"acme:ALWAYS.summary", "Always fires"},
                {"acme:ALWAYS.remediation", "Nothing to do."},
                {"acme:ALWAYS.message", "Fired on {id}."}
            };
        }
    }

    static Rule rule(String id, boolean throwing) {
        RuleDescriptor d = RuleDescriptor.builder(id)
                .defaultSeverity(Severity.WARNING)
                .messageKeys(id + ".message")
                .bundles(locale -> new Texts())
                .build();
        return new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return d;
            }

            @Override
            public void check(RuleContext context, FindingSink sink) {
                if (throwing) {
                    throw new IllegalStateException("boom");
                }
                sink.report(
                        "", id + ".message", Map.of("id", context.agreement().getId()));
            }
        };
    }

    static RulePack pack(String id, Rule... rules) {
        return new RulePack() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public List<Rule> rules() {
                return List.of(rules);
            }
        };
    }

    @Test
    void should_require_as_of_date_when_building() {
        assertThatThrownBy(() -> Validator.builder().build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void should_reject_unknown_rule_ids_when_disabling_or_overriding() {
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .disable("NO_SUCH_RULE")
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("'NO_SUCH_RULE'");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .severity("ART33_2_DEADLINE_TYPO", Severity.INFO)
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("'ART33_2_DEADLINE_TYPO'");
    }

    @Test
    void should_reject_duplicate_reserved_and_unqualified_ids_when_registering_packs() {
        Rule always = rule("acme:ALWAYS", false);
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("acme", always))
                        .addPack(pack("acme", always))
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("registered twice");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("acme", always, always))
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("rule ids must be unique");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("gdpr", always))
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("dpa-extra", always))
                        .build())
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("Acme", always))
                        .build())
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("other", always))
                        .build())
                .hasMessageContaining("must be qualified with the pack id");
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .addPack(pack("acme", rule("ART33_2_DEADLINE", false)))
                        .build())
                .isInstanceOf(DpaConfigurationException.class);
        assertThatThrownBy(() -> Validator.builder()
                        .asOf(Fixtures.AS_OF)
                        .breachNoticeHours(96)
                        .build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("breachNoticeHours");
    }

    @Test
    void should_apply_override_disable_and_threshold_when_configured() {
        // given
        DataProcessingAgreement vague =
                Fixtures.breach(Fixtures.complete(), b -> b.deadline(Fixtures.wording("zeitnah")));

        // when
        ValidationReport defaults = Fixtures.validator().validate(vague);
        ValidationReport raised = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .severity("ART33_2_DEADLINE", Severity.ERROR)
                .build()
                .validate(vague);
        ValidationReport disabled = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .disable("ART33_2_DEADLINE")
                .build()
                .validate(vague);
        ValidationReport strict = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .failOn(Severity.WARNING)
                .build()
                .validate(vague);

        // then
        assertThat(defaults.getFindings("ART33_2_DEADLINE"))
                .singleElement()
                .extracting(Finding::getSeverity)
                .isEqualTo(Severity.WARNING);
        assertThat(defaults.isAcceptable()).isTrue();
        assertThat(raised.getFindings("ART33_2_DEADLINE"))
                .singleElement()
                .extracting(Finding::getSeverity)
                .isEqualTo(Severity.ERROR);
        assertThat(raised.isAcceptable()).isFalse();
        assertThat(disabled.getFindings()).isEmpty();
        assertThat(strict.isAcceptable()).isFalse();
    }

    @Test
    void should_apply_thresholds_when_configured() {
        // given
        DataProcessingAgreement fortyEight = Fixtures.breach(
                Fixtures.complete(), b -> b.deadline(Fixtures.hours(48)).subprocessorDeadline(Fixtures.hours(12)));

        // when
        ValidationReport defaults = Fixtures.validator().validate(fortyEight);
        ValidationReport strict = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .breachNoticeHours(24)
                .build()
                .validate(fortyEight);
        ValidationReport longNotice = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .minimumNoticeDays(45)
                .build()
                .validate(Fixtures.complete());

        // then
        assertThat(defaults.getFindings("ART33_2_DEADLINE")).isEmpty();
        assertThat(strict.getFindings("ART33_2_DEADLINE"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.getParams()).containsEntry("hours", "48").containsEntry("maximum", "24"));
        assertThat(longNotice.getFindings("X_GENERAL_AUTH_BUNDLE"))
                .singleElement()
                .extracting(Finding::getMessageKey)
                .isEqualTo("X_GENERAL_AUTH_BUNDLE.noticeTooShort");
    }

    @Test
    void should_derive_profile_from_status_when_not_configured() {
        // given
        DataProcessingAgreement template = Fixtures.controller(
                Fixtures.complete().toBuilder()
                        .status(dev.dpa4j.model.AgreementStatus.TEMPLATE)
                        .build(),
                p -> p.placeholder(true));

        // when
        ValidationReport derived = Fixtures.validator().validate(template);
        ValidationReport executed = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .profile(Profile.EXECUTED)
                .build()
                .validate(template);

        // then
        assertThat(derived.getProfile()).isEqualTo(Profile.TEMPLATE);
        assertThat(derived.getFindings("PARTY_CONTROLLER_ID")).isEmpty();
        assertThat(executed.getFindings("PARTY_CONTROLLER_ID"))
                .singleElement()
                .extracting(Finding::getMessageKey)
                .isEqualTo("PARTY_CONTROLLER_ID.placeholder");
    }

    @Test
    void should_run_explicit_pack_and_wrap_failures_when_custom_rule_throws() {
        // given
        Validator validator = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .addPack(pack("acme", rule("acme:ALWAYS", false)))
                .build();
        Validator broken = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .addPack(pack("acme", rule("acme:ALWAYS", true)))
                .build();

        // when
        ValidationReport report = validator.validate(Fixtures.complete());

        // then
        assertThat(validator.packs()).containsEntry("acme", "1.0.0").containsKeys("gdpr", "de", "structure");
        assertThat(report.getPacks()).containsEntry("acme", "1.0.0");
        assertThat(report.getFindings("acme:ALWAYS"))
                .singleElement()
                .satisfies(f -> assertThat(f.message(java.util.Locale.ENGLISH)).isEqualTo("Fired on complete."));
        assertThatThrownBy(() -> broken.validate(Fixtures.complete()))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("acme:ALWAYS")
                .hasMessageContaining("'complete'");
    }
}
