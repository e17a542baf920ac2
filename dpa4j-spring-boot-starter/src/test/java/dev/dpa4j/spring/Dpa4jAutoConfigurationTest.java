/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.DocumentRenderer;
import dev.dpa4j.render.MarkdownRenderer;
import dev.dpa4j.render.RendererRegistry;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import dev.dpa4j.validate.spi.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The auto-configuration with Spring Boot's context runner: conditions, properties, beans and back-off. */
class Dpa4jAutoConfigurationTest {

    private static final DataProcessingAgreement EMPTY =
            DataProcessingAgreement.builder().id("empty").build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Dpa4jAutoConfiguration.class, Dpa4jWebMvcAutoConfiguration.class));

    @Test
    void should_judge_at_the_configured_date_when_as_of_is_set() {
        runner.withPropertyValues("dpa4j.validation.as-of=2026-11-23").run(context -> {
            assertThat(context).hasSingleBean(Validator.class).hasSingleBean(RendererRegistry.class);
            assertThat(context.getBean(Validator.class).asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
    }

    @Test
    void should_take_the_date_of_the_clock_bean_when_no_as_of_is_set() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-03T10:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> clock)
                .run(context ->
                        assertThat(context.getBean(Validator.class).asOf()).isEqualTo(LocalDate.of(2027, 2, 3)));
    }

    @Test
    void should_prefer_the_property_over_the_clock_when_both_are_given() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-03T10:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> clock)
                .withPropertyValues("dpa4j.validation.as-of=2026-11-23")
                .run(context ->
                        assertThat(context.getBean(Validator.class).asOf()).isEqualTo(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void should_give_bean_validation_the_clock_bean_so_that_compliant_dpa_uses_it() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-03T10:00:00Z"), ZoneOffset.UTC);
        ApplicationContextRunner withValidation = runner.withConfiguration(AutoConfigurations.of(
                org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class));
        withValidation
                .withBean(Clock.class, () -> clock)
                .run(context -> assertThat(context.getBean(jakarta.validation.ValidatorFactory.class)
                                .getClockProvider()
                                .getClock())
                        .isSameAs(clock));
        withValidation.run(context -> assertThat(context).doesNotHaveBean("dpa4jClockProvider"));
    }

    @Test
    void should_refuse_to_guess_the_date_when_neither_as_of_nor_a_clock_is_given() {
        runner.run(context -> {
            // the validator is lazy: the context starts, and asking for it names what is missing
            assertThat(context).hasNotFailed();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(Validator.class)))
                    .rootCause()
                    .isInstanceOf(DpaConfigurationException.class)
                    .hasMessageContaining("dpa4j.validation.as-of")
                    .hasMessageContaining("java.time.Clock bean");
        });
    }

    @Test
    void should_apply_severity_overrides_and_disabled_rules_from_the_properties() {
        // given a rule that fires on an empty agreement, at its default severity
        Validator plain = Validator.builder().asOf(LocalDate.of(2026, 11, 23)).build();
        Finding first = plain.validate(EMPTY).getFindings().get(0);
        Finding second = plain.validate(EMPTY).getFindings().stream()
                .filter(f -> !f.getRuleId().equals(first.getRuleId()))
                .findFirst()
                .orElseThrow();
        Severity other = first.getSeverity() == Severity.INFO ? Severity.ERROR : Severity.INFO;
        // when
        runner.withPropertyValues(
                        "dpa4j.validation.as-of=2026-11-23",
                        "dpa4j.validation.severity[" + first.getRuleId() + "]="
                                + other.name().toLowerCase(java.util.Locale.ROOT),
                        "dpa4j.validation.disabled-rules=" + second.getRuleId())
                .run(context -> {
                    var report = context.getBean(Validator.class).validate(EMPTY);
                    // then
                    assertThat(report.getFindings())
                            .filteredOn(f -> f.getRuleId().equals(first.getRuleId()))
                            .isNotEmpty()
                            .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(other));
                    assertThat(report.getFindings())
                            .noneMatch(f -> f.getRuleId().equals(second.getRuleId()));
                });
    }

    @Test
    void should_fail_on_a_rule_id_the_validator_does_not_know() {
        runner.withPropertyValues("dpa4j.validation.as-of=2026-11-23", "dpa4j.validation.severity[NO_SUCH_RULE]=error")
                .run(context -> assertThat(
                                org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(Validator.class)))
                        .rootCause()
                        .isInstanceOf(DpaConfigurationException.class)
                        .hasMessageContaining("NO_SUCH_RULE"));
    }

    @Test
    void should_add_rule_pack_beans_to_the_validator() {
        runner.withPropertyValues("dpa4j.validation.as-of=2026-11-23")
                .withBean(RulePack.class, TestPolicy::new)
                .run(context -> {
                    Validator validator = context.getBean(Validator.class);
                    assertThat(validator.packs()).containsKey("acme-policy");
                    assertThat(validator.validate(EMPTY).getFindings())
                            .anyMatch(f -> f.getRuleId().equals("acme-policy:ALWAYS"));
                });
    }

    @Test
    void should_back_off_when_the_application_defines_its_own_beans() {
        Validator own = Validator.builder().asOf(LocalDate.of(2020, 1, 1)).build();
        RendererRegistry registry =
                RendererRegistry.builder().add(MarkdownRenderer.create()).build();
        runner.withBean(Validator.class, () -> own)
                .withBean(RendererRegistry.class, () -> registry)
                .run(context -> {
                    assertThat(context).hasSingleBean(Validator.class).hasSingleBean(RendererRegistry.class);
                    assertThat(context.getBean(Validator.class)).isSameAs(own);
                    assertThat(context.getBean(RendererRegistry.class)).isSameAs(registry);
                });
    }

    @Test
    void should_register_the_built_in_renderers_and_renderer_beans() {
        runner.run(context -> assertThat(context.getBean(RendererRegistry.class).renderers())
                .extracting(DocumentRenderer::id)
                .contains(MarkdownRenderer.create().id(), "dpa-html"));
        runner.withPropertyValues("dpa4j.render.built-ins=false")
                .withBean(DocumentRenderer.class, MarkdownRenderer::create)
                .run(context -> assertThat(
                                context.getBean(RendererRegistry.class).renderers())
                        .extracting(DocumentRenderer::id)
                        .containsExactly(MarkdownRenderer.create().id()));
    }

    @Test
    void should_configure_the_web_parts_only_in_a_servlet_application() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DpaJsonHttpMessageConverter.class));
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(Dpa4jAutoConfiguration.class, Dpa4jWebMvcAutoConfiguration.class));
        web.run(context -> assertThat(context).hasSingleBean(DpaJsonHttpMessageConverter.class));
        web.withPropertyValues("dpa4j.web.json-converter=false")
                .run(context -> assertThat(context).doesNotHaveBean(DpaJsonHttpMessageConverter.class));
    }

    @Test
    void should_describe_every_property_in_the_configuration_metadata() throws IOException {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in)
                    .as("generated by spring-boot-configuration-processor")
                    .isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(metadata);
        java.util.Map<String, String> described = new java.util.TreeMap<>();
        tree.get("properties")
                .forEach(p -> described.put(
                        p.get("name").asString(),
                        p.has("description") ? p.get("description").asString() : ""));
        assertThat(described)
                .containsOnlyKeys(
                        "dpa4j.validation.as-of",
                        "dpa4j.validation.profile",
                        "dpa4j.validation.fail-on",
                        "dpa4j.validation.severity",
                        "dpa4j.validation.disabled-rules",
                        "dpa4j.validation.discover-packs",
                        "dpa4j.render.built-ins",
                        "dpa4j.render.discover",
                        "dpa4j.web.json-converter",
                        "dpa4j.web.problem-details")
                .allSatisfy(
                        (name, description) -> assertThat(description).as(name).isNotBlank());
    }
}
