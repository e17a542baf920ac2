/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.constraints;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Validator;
import dev.dpa4j.validate.ValidatorBuilder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apiguardian.api.API;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validator behind {@link CompliantDpa}. Instances are created and initialised by the Bean Validation
 * provider; after {@link #initialize(CompliantDpa)} an instance is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CompliantDpaValidator implements ConstraintValidator<CompliantDpa, DataProcessingAgreement> {

    private @Nullable CompliantDpa annotation;
    private @Nullable Validator fixed;

    /** Creates an uninitialised validator; used by the Bean Validation provider. */
    public CompliantDpaValidator() {}

    @Override
    public void initialize(CompliantDpa constraint) {
        this.annotation = constraint;
        if (!constraint.asOf().isEmpty()) {
            try {
                this.fixed = configure(constraint)
                        .asOf(LocalDate.parse(constraint.asOf()))
                        .build();
            } catch (DateTimeParseException e) {
                throw new ValidationException(
                        "@CompliantDpa(asOf = \"" + constraint.asOf() + "\") is not an ISO date such as 2026-11-23", e);
            }
        }
    }

    private static ValidatorBuilder configure(CompliantDpa constraint) {
        ValidatorBuilder builder = Validator.builder().failOn(constraint.failOn());
        if (constraint.profile().length > 1) {
            throw new ValidationException("@CompliantDpa(profile = ...) takes at most one profile, but got "
                    + java.util.Arrays.toString(constraint.profile()));
        }
        if (constraint.profile().length == 1) {
            builder.profile(constraint.profile()[0]); // else the builder's default: by the agreement's status
        }
        for (String id : constraint.disabledRules()) {
            builder.disable(id);
        }
        return builder;
    }

    @Override
    public boolean isValid(@Nullable DataProcessingAgreement value, ConstraintValidatorContext context) {
        if (value == null || annotation == null) {
            return true;
        }
        Validator validator = fixed;
        if (validator == null) {
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            validator = configure(annotation).asOf(today).build();
        }
        var failing = validator.validate(value).getFindingsAtOrAbove(annotation.failOn());
        if (failing.isEmpty()) {
            return true;
        }
        Locale locale = Locale.forLanguageTag(annotation.language());
        context.disableDefaultConstraintViolation();
        for (Finding finding : failing) {
            String text = "[" + finding.getRuleId() + "] "
                    + (finding.getPath().isEmpty() ? "" : finding.getPath() + ": ") + finding.message(locale) + " ("
                    + String.join("; ", finding.formatLegalReferences(locale)) + ")";
            ConstraintValidatorContext ctx = context;
            if (context instanceof HibernateConstraintValidatorContext hibernate) {
                ctx = hibernate.withDynamicPayload(finding);
            }
            ctx.buildConstraintViolationWithTemplate(escape(text)).addConstraintViolation();
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
