/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PatternCheck}, the {@code @Pattern} check of {@link StructuralValidation}'s factory (issue #14). That it
 * reports what Hibernate Validator's own validator reports, message included, on every kind of structural problem is
 * {@link StructuralValidationFactoryTest}'s comparison; here are its rules one by one.
 */
class PatternCheckTest {

    /** Fields that only carry the annotations under test. */
    @SuppressWarnings("unused")
    private static final class Annotated {
        @Pattern(regexp = "[0-9]+")
        String digits;

        @Pattern(regexp = "dpa", flags = Pattern.Flag.CASE_INSENSITIVE)
        String anyCase;

        @Pattern(regexp = "dpa")
        String exactCase;
    }

    private static PatternCheck check(String field) throws NoSuchFieldException {
        PatternCheck check = new PatternCheck();
        check.initialize(Annotated.class.getDeclaredField(field).getAnnotation(Pattern.class));
        return check;
    }

    @Test
    void theWholeValueMustMatch() throws Exception {
        PatternCheck digits = check("digits");
        assertThat(digits.isValid("2026", null)).isTrue();
        assertThat(digits.isValid("2026a", null)).isFalse();
        assertThat(digits.isValid("a2026", null)).isFalse();
        assertThat(digits.isValid("", null)).isFalse();
    }

    @Test
    void anAbsentValueIsValid() throws Exception {
        assertThat(check("digits").isValid(null, null)).isTrue();
    }

    @Test
    void theConstraintsFlagsApply() throws Exception {
        assertThat(check("anyCase").isValid("DPA", null)).isTrue();
        assertThat(check("exactCase").isValid("DPA", null)).isFalse();
        assertThat(check("exactCase").isValid("dpa", null)).isTrue();
    }

    @Test
    void theMessageParameterEscapesWhatTheInterpolatorWouldRead() {
        assertThat(PatternCheck.escape("[+0-9][0-9 ()/.\\-]{2,39}")).isEqualTo("[+0-9][0-9 ()/.\\\\-]\\{2,39\\}");
        assertThat(PatternCheck.escape("^a$")).isEqualTo("^a\\$");
        assertThat(PatternCheck.escape("(?s).*\\S.*")).isEqualTo("(?s).*\\\\S.*");
        assertThat(PatternCheck.escape("plain")).isEqualTo("plain");
    }

    @Test
    void theFactoryMakesPatternChecksAndLeavesOtherValidatorsToHibernateValidator() {
        List<Class<?>> asked = new ArrayList<>();
        List<Object> released = new ArrayList<>();
        ConstraintValidatorFactory fallback = new ConstraintValidatorFactory() {
            @Override
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                asked.add(key);
                return null;
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                released.add(instance);
            }
        };
        PatternCheck.Factory factory = new PatternCheck.Factory(fallback);

        ConstraintValidator<?, ?> made = factory.getInstance(PatternCheck.class);
        assertThat(made).isInstanceOf(PatternCheck.class);
        assertThat(factory.getInstance(PatternCheck.class)).isNotSameAs(made);
        assertThat(asked).isEmpty();

        factory.getInstance(OtherValidator.class);
        assertThat(asked).containsExactly(OtherValidator.class);

        factory.releaseInstance(made);
        assertThat(released).isEmpty();
        OtherValidator other = new OtherValidator();
        factory.releaseInstance(other);
        assertThat(released).containsExactly(other);
    }

    /** A validator that is not a pattern check. */
    static final class OtherValidator implements ConstraintValidator<Pattern, String> {
        @Override
        public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
            return true;
        }
    }

    @Test
    void theFactoryOfValidateUsesThePatternCheckAndTheReferenceDoesNot() {
        try (var lean = StructuralValidation.createFactory();
                var reference = StructuralValidation.generalFactory()) {
            assertThat(lean.getConstraintValidatorFactory()).isInstanceOf(PatternCheck.Factory.class);
            assertThat(reference.getConstraintValidatorFactory()).isNotInstanceOf(PatternCheck.Factory.class);
        }
    }
}
