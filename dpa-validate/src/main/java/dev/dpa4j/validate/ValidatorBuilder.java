/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.validate.internal.ValidationEngine;
import dev.dpa4j.validate.spi.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link Validator}. Obtain one with {@link Validator#builder()}.
 *
 * <p>The only required setting is {@link #asOf(LocalDate)}: adequacy decisions and transfer instruments
 * change over time, so a report is only reproducible if the date is explicit. The built-in packs
 * {@code structure}, {@code gdpr} and {@code de} are always registered; the rules of {@code de} fire
 * only when the agreement says that German specifics apply.
 *
 * <p>A builder is mutable and not thread-safe; the validator it builds is immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ValidatorBuilder {

    private @Nullable LocalDate asOf;
    private @Nullable Profile profile;
    private Severity failOn = Severity.ERROR;
    private int breachNoticeHours = ValidationThresholds.DEFAULTS.breachNoticeHours();
    private int minimumNoticeDays = ValidationThresholds.DEFAULTS.minimumNoticeDays();
    private int minimumObjectionDays = ValidationThresholds.DEFAULTS.minimumObjectionDays();
    private int maximumAuditNoticeDays = ValidationThresholds.DEFAULTS.maximumAuditNoticeDays();
    private final List<RulePack> packs = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> overrides = new HashMap<>();

    ValidatorBuilder() {}

    /**
     * Sets the date at which EU/EEA membership, adequacy decisions and the validity of transfer
     * instruments are judged. Required.
     *
     * @param asOf the date, not null
     * @return this builder
     */
    public ValidatorBuilder asOf(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        return this;
    }

    /**
     * Sets the profile for every agreement. Unless set, an agreement whose status is
     * {@code TEMPLATE} is validated as {@link Profile#TEMPLATE} and every other as {@link Profile#EXECUTED}.
     *
     * @param profile the profile, not null
     * @return this builder
     */
    public ValidatorBuilder profile(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        return this;
    }

    /**
     * Sets the lowest severity that makes an agreement unacceptable; {@link Severity#ERROR} unless set.
     *
     * @param threshold the severity, not null
     * @return this builder
     */
    public ValidatorBuilder failOn(Severity threshold) {
        this.failOn = Objects.requireNonNull(threshold, "threshold");
        return this;
    }

    /**
     * Sets the longest breach notice period of the processor, in hours, that draws no warning; 48 unless
     * set. Periods above 72 hours are always errors.
     *
     * @param hours between 1 and 72
     * @return this builder
     */
    public ValidatorBuilder breachNoticeHours(int hours) {
        this.breachNoticeHours = hours;
        return this;
    }

    /**
     * Sets the shortest advance notice of a new sub-processor, in days, that draws no warning; 14 unless set.
     *
     * @param days not negative
     * @return this builder
     */
    public ValidatorBuilder minimumNoticeDays(int days) {
        this.minimumNoticeDays = days;
        return this;
    }

    /**
     * Sets the shortest objection period for a new sub-processor, in days, that draws no warning; 14 unless
     * set.
     *
     * @param days not negative
     * @return this builder
     */
    public ValidatorBuilder minimumObjectionDays(int days) {
        this.minimumObjectionDays = days;
        return this;
    }

    /**
     * Sets the longest notice before an audit, in days, that draws no warning; 30 unless set.
     *
     * @param days not negative
     * @return this builder
     */
    public ValidatorBuilder maximumAuditNoticeDays(int days) {
        this.maximumAuditNoticeDays = days;
        return this;
    }

    /**
     * Switches a rule off. The id is checked by {@link #build()}.
     *
     * @param ruleId the rule id, not null
     * @return this builder
     */
    public ValidatorBuilder disable(String ruleId) {
        disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
        return this;
    }

    /**
     * Gives every finding of a rule the given severity. The id is checked by {@link #build()}.
     *
     * @param ruleId the rule id, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public ValidatorBuilder severity(String ruleId, Severity severity) {
        overrides.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
        return this;
    }

    /**
     * Registers a rule pack.
     *
     * @param pack the pack, not null
     * @return this builder
     */
    public ValidatorBuilder addPack(RulePack pack) {
        packs.add(Objects.requireNonNull(pack, "pack"));
        return this;
    }

    /**
     * Registers every rule pack that {@link ServiceLoader} finds with the given class loader. Opt-in:
     * nothing is discovered unless this is called. The discovered packs are listed by
     * {@link Validator#packs()} and in every report.
     *
     * @param classLoader the class loader to search, not null
     * @return this builder
     */
    public ValidatorBuilder discoverPacks(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        for (RulePack pack : ServiceLoader.load(RulePack.class, classLoader)) {
            packs.add(pack);
        }
        return this;
    }

    /**
     * Builds the validator. Hibernate Validator is not bootstrapped here but on the first validation.
     *
     * @return an immutable, thread-safe validator
     * @throws DpaConfigurationException if the as-of date is missing; a pack id is malformed, reserved or
     *     registered twice; a rule id is duplicated or not qualified with its pack id; or a disabled or
     *     overridden rule id is unknown
     */
    public Validator build() {
        if (asOf == null) {
            throw new DpaConfigurationException(
                    "The as-of date is required: call asOf(LocalDate) so that adequacy and transfer instruments are"
                            + " judged at a fixed date and reports are reproducible");
        }
        ValidationThresholds thresholds;
        try {
            thresholds = new ValidationThresholds(
                    breachNoticeHours, minimumNoticeDays, minimumObjectionDays, maximumAuditNoticeDays);
        } catch (IllegalArgumentException e) {
            throw new DpaConfigurationException(String.valueOf(e.getMessage()));
        }
        ValidationEngine engine = new ValidationEngine(
                List.copyOf(packs), Set.copyOf(disabled), Map.copyOf(overrides), asOf, profile, failOn, thresholds);
        return new Validator(engine, asOf, failOn, thresholds);
    }
}
