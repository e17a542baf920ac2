/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Declares that a {@code DataProcessingAgreement} must pass dpa4j's validation, for applications that
 * already validate with Bean Validation (Spring, Jakarta EE):
 *
 * <pre>{@code
 * record OfferRequest(@CompliantDpa(asOf = "2026-11-23") DataProcessingAgreement dpa) {}
 * }</pre>
 *
 * <p>Every finding at or above {@link #failOn()} becomes one constraint violation whose message is
 * {@code [RULE_ID] path: message (citations)} in the language of {@link #language()}. With Hibernate
 * Validator the {@code Finding} itself is attached as dynamic payload. A {@code null} agreement is valid,
 * as Bean Validation recommends; combine with {@code @NotNull}.
 *
 * <p>The as-of date is {@link #asOf()} if given, otherwise today in the clock of the validation
 * context's {@code ClockProvider}, so applications control it through their Bean Validation
 * configuration. Without {@link #profile()}, an agreement whose status is {@code TEMPLATE} is judged
 * as a template and every other as executed, as {@code Validator.builder()} and {@code dpa validate}
 * do.
 *
 * <p>The constraint needs no Expression Language: its messages are plain text (escaped for the
 * interpolator). Hibernate Validator's <em>default</em> message interpolator does need an EL
 * implementation on the class path and fails with HV000183 without one; an application without EL
 * builds its factory with {@code ParameterMessageInterpolator}, as dpa4j does itself:
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
 *         .configure()
 *         .messageInterpolator(new ParameterMessageInterpolator())
 *         .buildValidatorFactory();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Documented
@Constraint(validatedBy = CompliantDpaValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CompliantDpa {

    /**
     * Returns the message used when no finding-specific message applies.
     *
     * @return the message template
     */
    String message() default "The data processing agreement does not comply with Art. 28 GDPR";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns the lowest severity that is a violation.
     *
     * @return the threshold; {@link Severity#ERROR} by default
     */
    Severity failOn() default Severity.ERROR;

    /**
     * Returns the profile: at most one; none (the default) chooses it by the agreement's status,
     * {@link Profile#TEMPLATE} for a {@code TEMPLATE} and {@link Profile#EXECUTED} for every other.
     * Written as {@code profile = Profile.TEMPLATE}.
     *
     * @return the profile, or no element to follow the agreement's status
     */
    Profile[] profile() default {};

    /**
     * Returns the as-of date as ISO text ({@code 2026-11-23}), or empty text for today in the clock of the
     * context's {@code ClockProvider}.
     *
     * @return the date or empty text
     */
    String asOf() default "";

    /**
     * Returns the language of the violation messages.
     *
     * @return {@code de} or {@code en}; {@code en} by default
     */
    String language() default "en";

    /**
     * Returns the rule ids to disable.
     *
     * @return the ids
     */
    String[] disabledRules() default {};
}
