/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import dev.dpa4j.spring.internal.CompliantDpaProblemHandler;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the Spring MVC side of dpa4j: request and response bodies of type
 * {@code DataProcessingAgreement} are read and written by {@link DpaJsonHttpMessageConverter} (dpa4j's strict
 * JSON format), and a request whose {@code @Valid @CompliantDpa} agreement fails, or whose agreement cannot be
 * read, gets a 400 problem detail ({@code application/problem+json}) that lists the findings or the JSON
 * problems.
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@AutoConfiguration(after = Dpa4jAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
public class Dpa4jWebMvcAutoConfiguration {

    /** Creates the configuration; used by Spring. */
    public Dpa4jWebMvcAutoConfiguration() {}

    /**
     * The converter for agreements; Spring Boot adds every converter bean before its defaults.
     *
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "dpa4j.web", name = "json-converter", matchIfMissing = true)
    public DpaJsonHttpMessageConverter dpa4jJsonHttpMessageConverter() {
        return new DpaJsonHttpMessageConverter();
    }

    /**
     * The handler that turns failed {@code @CompliantDpa} validation and unreadable agreements into problem
     * details; it handles nothing else and runs after the application's own advice.
     *
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "dpa4j.web", name = "problem-details", matchIfMissing = true)
    CompliantDpaProblemHandler dpa4jCompliantDpaProblemHandler() { // package-private: the type is internal
        return new CompliantDpaProblemHandler();
    }
}
