/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.DocumentRenderer;
import dev.dpa4j.render.RendererRegistry;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Validator;
import dev.dpa4j.validate.ValidatorBuilder;
import dev.dpa4j.validate.spi.RulePack;
import java.time.Clock;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configures a dpa4j {@link Validator} and a {@link RendererRegistry} from the {@code dpa4j.*}
 * properties ({@link Dpa4jProperties}). Each backs off when the application defines a bean of the same type.
 *
 * <p>The validator's as-of date is {@code dpa4j.validation.as-of} if set, otherwise the date of the
 * application's {@link Clock} bean when the validator is created (once: it is a singleton). Without either,
 * creating the validator fails with a message saying so: the wall clock is never used silently. The
 * validator is created lazily, so an application that never injects it needs neither. Every {@link RulePack}
 * bean is added as a rule pack; every {@link DocumentRenderer} bean is added to the registry. With a
 * {@link Clock} bean, Bean Validation's clock (which {@code @CompliantDpa} uses when it names no
 * {@code asOf}) is that clock.
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@AutoConfiguration
@EnableConfigurationProperties(Dpa4jProperties.class)
public class Dpa4jAutoConfiguration {

    /** Creates the configuration; used by Spring. */
    public Dpa4jAutoConfiguration() {}

    /**
     * The validator, configured from {@code dpa4j.validation.*} and the application's rule pack beans.
     *
     * @param properties the properties
     * @param clock the application's clock, if it defines exactly one
     * @param packs the rule pack beans
     * @return the validator
     * @throws DpaConfigurationException if neither an as-of date nor a clock is configured, or a rule id in the
     *     properties is unknown
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public Validator dpa4jValidator(
            Dpa4jProperties properties, ObjectProvider<Clock> clock, ObjectProvider<RulePack> packs) {
        Dpa4jProperties.Validation v = properties.getValidation();
        LocalDate asOf = v.getAsOf();
        if (asOf == null) {
            Clock c = clock.getIfUnique();
            if (c == null) {
                throw new DpaConfigurationException(
                        "dpa4j needs the date at which to judge adequacy decisions and transfer instruments: set"
                                + " dpa4j.validation.as-of (e.g. 2026-11-23) or define a java.time.Clock bean"
                                + " (e.g. Clock.systemUTC()); the wall clock is never used silently");
            }
            asOf = LocalDate.now(c);
        }
        ValidatorBuilder builder = Validator.builder().asOf(asOf).failOn(v.getFailOn());
        Profile profile = v.getProfile();
        if (profile != null) {
            builder.profile(profile);
        }
        v.getSeverity().forEach(builder::severity);
        v.getDisabledRules().forEach(builder::disable);
        packs.orderedStream().forEach(builder::addPack);
        if (v.isDiscoverPacks()) {
            builder.discoverPacks(Dpa4jAutoConfiguration.class.getClassLoader());
        }
        return builder.build();
    }

    /**
     * The renderer registry: the built-ins unless {@code dpa4j.render.built-ins=false}, the application's
     * renderer beans, and with {@code dpa4j.render.discover=true} those listed for {@code ServiceLoader}.
     *
     * @param properties the properties
     * @param renderers the renderer beans
     * @return the registry
     */
    @Bean
    @ConditionalOnMissingBean
    public RendererRegistry dpa4jRendererRegistry(
            Dpa4jProperties properties, ObjectProvider<DocumentRenderer> renderers) {
        RendererRegistry.Builder builder = RendererRegistry.builder();
        if (properties.getRender().isBuiltIns()) {
            builder.addBuiltIns();
        }
        renderers.orderedStream().forEach(builder::add);
        if (properties.getRender().isDiscover()) {
            builder.discover(Dpa4jAutoConfiguration.class.getClassLoader());
        }
        return builder.build();
    }

    /** Points Bean Validation's clock at the application's clock. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ValidationConfigurationCustomizer.class)
    @ConditionalOnBean(Clock.class)
    static class ClockConfiguration {

        @Bean
        ValidationConfigurationCustomizer dpa4jClockProvider(Clock clock) {
            return configuration -> configuration.clockProvider(() -> clock);
        }
    }
}
