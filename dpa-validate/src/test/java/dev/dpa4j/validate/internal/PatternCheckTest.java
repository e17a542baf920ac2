/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

        @Pattern(regexp = StructuralValidation.NON_BLANK)
        String nonBlank;

        @Pattern(regexp = StructuralValidation.NON_BLANK, flags = Pattern.Flag.CASE_INSENSITIVE)
        String nonBlankWithFlag;
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

    /** The expression itself, as the check ran it before the loop replaced it. */
    private static final java.util.regex.Pattern NON_BLANK =
            java.util.regex.Pattern.compile(StructuralValidation.NON_BLANK);

    @Test
    void theNonBlankCheckAnswersWhatItsExpressionAnswers() throws Exception {
        PatternCheck nonBlank = check("nonBlank");
        PatternCheck withFlag = check("nonBlankWithFlag");
        // blank: only the six characters of \s, which the loop must not mistake for text
        for (String blank : List.of("", " ", "\t", "\n \r\n", "\u000b\f", "   \t  ")) {
            assertThat(nonBlank.isValid(blank, null)).as("[%s]", blank).isFalse();
            assertThat(NON_BLANK.matcher(blank).matches()).isFalse();
        }
        // text: a letter anywhere, and the characters next to \s's range or outside it that \S matches without
        // UNICODE_CHARACTER_CLASS (a no-break space, an em space, a file separator, a line separator)
        for (String text : List.of(
                "a", " a", "a ", "\ta\n", "\u00a0", "\u2003", "\u001c", "\u2028", "\u0008", "\u000e", "\ud83d\ude00")) {
            assertThat(nonBlank.isValid(text, null)).as("[%s]", text).isTrue();
            assertThat(NON_BLANK.matcher(text).matches()).isTrue();
        }
        Random random = new Random(27);
        char[] alphabet = {' ', '\t', '\n', '\u000b', '\f', '\r', '\u0008', '\u000e', '\u00a0', '\u2028', 'x', '\ud83d'
        };
        for (int round = 0; round < 40_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(4) == 0
                                ? alphabet[random.nextInt(alphabet.length)]
                                : alphabet[random.nextInt(6)]);
            }
            String value = text.toString();
            boolean expected = NON_BLANK.matcher(value).matches();
            assertThat(nonBlank.isValid(value, null)).as("[%s]", value).isEqualTo(expected);
            assertThat(PatternCheck.hasNonSpace(value)).as("[%s]", value).isEqualTo(expected);
            // with a flag the constraint is another expression and keeps its matcher
            assertThat(withFlag.isValid(value, null)).as("[%s]", value).isEqualTo(expected);
        }
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
