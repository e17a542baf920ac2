/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.jspecify.annotations.Nullable;

/**
 * The check of {@code @Pattern} in {@link StructuralValidation}'s factory: a value is valid if it is absent or the
 * whole of it matches the regular expression compiled with the constraint's flags, and a violation's message
 * parameter {@code regexp} is the expression with {@code \ { } $} escaped, as with Hibernate Validator's own
 * validator. It exists for start-up time only (issue #14): Hibernate Validator's validator caches compiled patterns
 * under a record key, and a record's first {@code equals} and {@code hashCode} are linked through method handles
 * that JDK 17 generates classes for on every start. Thread-safe after {@link #initialize(Pattern)}.
 */
final class PatternCheck implements ConstraintValidator<Pattern, CharSequence> {

    private java.util.regex.@Nullable Pattern pattern;
    private String escapedRegexp = "";
    /**
     * Whether the constraint is {@link StructuralValidation#NON_BLANK} without flags, which is checked by
     * {@link #hasNonSpace} instead of the expression (issue #14).
     */
    private boolean nonBlank;

    @Override
    public void initialize(Pattern constraint) {
        int flags = 0;
        for (Pattern.Flag flag : constraint.flags()) {
            flags |= flag.getValue();
        }
        pattern = java.util.regex.Pattern.compile(constraint.regexp(), flags);
        escapedRegexp = escape(constraint.regexp());
        nonBlank = flags == 0 && StructuralValidation.NON_BLANK.equals(constraint.regexp());
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        java.util.regex.Pattern compiled = pattern;
        if (compiled == null) {
            throw new IllegalStateException("pattern check used before initialize");
        }
        boolean valid = nonBlank ? hasNonSpace(value) : compiled.matcher(value).matches();
        // the parameter is read only by the message of a violation, so it is added only for one (issue #14)
        if (!valid && context instanceof HibernateConstraintValidatorContext) {
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("regexp", escapedRegexp, MessageParameterEscaping.NONE);
        }
        return valid;
    }

    /**
     * Whether {@code (?s).*\S.*} matches the whole value: whether a character of it is not one of {@code \s}'s
     * six ({@code [ \t\n\x0B\f\r]} without {@code UNICODE_CHARACTER_CLASS}). A loop from the end instead of the
     * expression.
     */
    static boolean hasNonSpace(CharSequence value) {
        for (int i = value.length() - 1; i >= 0; i--) {
            char c = value.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                return true;
            }
        }
        return false;
    }

    /** The expression as a message parameter: a backslash before each backslash, brace and dollar sign. */
    static String escape(String regexp) {
        StringBuilder out = new StringBuilder(regexp.length() + 8);
        for (int i = 0; i < regexp.length(); i++) {
            char c = regexp.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Creates {@link PatternCheck} instances itself and leaves every other validator to Hibernate Validator. */
    static final class Factory implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory fallback;

        Factory(ConstraintValidatorFactory fallback) {
            this.fallback = fallback;
        }

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == PatternCheck.class) {
                return key.cast(new PatternCheck());
            }
            return fallback.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            if (!(instance instanceof PatternCheck)) {
                fallback.releaseInstance(instance);
            }
        }
    }
}
