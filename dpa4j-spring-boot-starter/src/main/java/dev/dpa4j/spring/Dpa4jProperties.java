/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dpa4j.*} properties of the Spring Boot starter, for {@code application.properties} or YAML.
 *
 * <pre>{@code
 * dpa4j.validation.as-of=2026-11-23
 * dpa4j.validation.fail-on=warning
 * dpa4j.validation.severity.ART33_2_DEADLINE=error
 * dpa4j.validation.disabled-rules=SIGNATURES_PRESENT
 * dpa4j.render.discover=true
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@ConfigurationProperties("dpa4j")
public class Dpa4jProperties {

    private final Validation validation = new Validation();
    private final Render render = new Render();
    private final Web web = new Web();

    /** Creates the properties with their defaults; Spring binds the configured values. */
    public Dpa4jProperties() {}

    /**
     * Returns the properties of the validator.
     *
     * @return the validation properties
     */
    public Validation getValidation() {
        return validation;
    }

    /**
     * Returns the properties of the renderer registry.
     *
     * @return the render properties
     */
    public Render getRender() {
        return render;
    }

    /**
     * Returns the properties of the Spring MVC integration.
     *
     * @return the web properties
     */
    public Web getWeb() {
        return web;
    }

    /** {@code dpa4j.validation.*}: how the auto-configured {@code Validator} is built. */
    public static class Validation {

        /**
         * The date at which adequacy decisions and transfer instruments are judged. Without it, the date of a
         * java.time.Clock bean when the validator is created; without either, startup fails: the wall clock is
         * never used silently.
         */
        private @Nullable LocalDate asOf;

        /** The profile; empty: by the agreement's status (TEMPLATE judged as a template, else as executed). */
        private @Nullable Profile profile;

        /** The lowest severity that makes a report unacceptable. */
        private Severity failOn = Severity.ERROR;

        /** Severity per rule id, replacing the rule's default, e.g. dpa4j.validation.severity.ART33_2_DEADLINE=error. */
        private Map<String, Severity> severity = new LinkedHashMap<>();

        /** Rule ids to switch off. */
        private List<String> disabledRules = new ArrayList<>();

        /** Whether to load rule packs listed for java.util.ServiceLoader as well (RulePack beans are always added). */
        private boolean discoverPacks;

        /** Creates the defaults. */
        public Validation() {}

        /**
         * Returns the as-of date.
         *
         * @return the date, or null if not set
         */
        public @Nullable LocalDate getAsOf() {
            return asOf;
        }

        /**
         * Sets the as-of date.
         *
         * @param asOf the date, or null
         */
        public void setAsOf(@Nullable LocalDate asOf) {
            this.asOf = asOf;
        }

        /**
         * Returns the profile.
         *
         * @return the profile, or null to follow the agreement's status
         */
        public @Nullable Profile getProfile() {
            return profile;
        }

        /**
         * Sets the profile.
         *
         * @param profile the profile, or null
         */
        public void setProfile(@Nullable Profile profile) {
            this.profile = profile;
        }

        /**
         * Returns the fail threshold.
         *
         * @return the severity
         */
        public Severity getFailOn() {
            return failOn;
        }

        /**
         * Sets the fail threshold.
         *
         * @param failOn the severity
         */
        public void setFailOn(Severity failOn) {
            this.failOn = failOn;
        }

        /**
         * Returns the severity overrides by rule id.
         *
         * @return the overrides
         */
        public Map<String, Severity> getSeverity() {
            return severity;
        }

        /**
         * Sets the severity overrides.
         *
         * @param severity the overrides by rule id
         */
        public void setSeverity(Map<String, Severity> severity) {
            this.severity = severity;
        }

        /**
         * Returns the disabled rule ids.
         *
         * @return the ids
         */
        public List<String> getDisabledRules() {
            return disabledRules;
        }

        /**
         * Sets the disabled rule ids.
         *
         * @param disabledRules the ids
         */
        public void setDisabledRules(List<String> disabledRules) {
            this.disabledRules = disabledRules;
        }

        /**
         * Returns whether rule packs are discovered through ServiceLoader.
         *
         * @return true to discover
         */
        public boolean isDiscoverPacks() {
            return discoverPacks;
        }

        /**
         * Sets whether rule packs are discovered through ServiceLoader.
         *
         * @param discoverPacks true to discover
         */
        public void setDiscoverPacks(boolean discoverPacks) {
            this.discoverPacks = discoverPacks;
        }
    }

    /** {@code dpa4j.render.*}: how the auto-configured {@code RendererRegistry} is built. */
    public static class Render {

        /** Whether to register the built-in renderers (Markdown, HTML, text, DOCX, and PDF when its libraries are present). */
        private boolean builtIns = true;

        /** Whether to load renderers listed for java.util.ServiceLoader as well (DocumentRenderer beans are always added). */
        private boolean discover;

        /** Creates the defaults. */
        public Render() {}

        /**
         * Returns whether the built-in renderers are registered.
         *
         * @return true to register them
         */
        public boolean isBuiltIns() {
            return builtIns;
        }

        /**
         * Sets whether the built-in renderers are registered.
         *
         * @param builtIns true to register them
         */
        public void setBuiltIns(boolean builtIns) {
            this.builtIns = builtIns;
        }

        /**
         * Returns whether renderers are discovered through ServiceLoader.
         *
         * @return true to discover
         */
        public boolean isDiscover() {
            return discover;
        }

        /**
         * Sets whether renderers are discovered through ServiceLoader.
         *
         * @param discover true to discover
         */
        public void setDiscover(boolean discover) {
            this.discover = discover;
        }
    }

    /** {@code dpa4j.web.*}: the Spring MVC integration. */
    public static class Web {

        /** Whether agreements in request and response bodies are read and written with dpa4j's strict JSON format. */
        private boolean jsonConverter = true;

        /** Whether a failed @CompliantDpa or an unreadable agreement gives a 400 problem detail listing the findings. */
        private boolean problemDetails = true;

        /** Creates the defaults. */
        public Web() {}

        /**
         * Returns whether the JSON converter is registered.
         *
         * @return true to register it
         */
        public boolean isJsonConverter() {
            return jsonConverter;
        }

        /**
         * Sets whether the JSON converter is registered.
         *
         * @param jsonConverter true to register it
         */
        public void setJsonConverter(boolean jsonConverter) {
            this.jsonConverter = jsonConverter;
        }

        /**
         * Returns whether findings are returned as problem details.
         *
         * @return true to return them
         */
        public boolean isProblemDetails() {
            return problemDetails;
        }

        /**
         * Sets whether findings are returned as problem details.
         *
         * @param problemDetails true to return them
         */
        public void setProblemDetails(boolean problemDetails) {
            this.problemDetails = problemDetails;
        }
    }
}
