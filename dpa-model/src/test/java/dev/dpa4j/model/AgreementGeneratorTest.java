/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.json.DpaJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InstancioExtension.class)
class AgreementGeneratorTest {

    private static final int SEEDS = 300;

    @RepeatedTest(20)
    void should_produce_equal_agreements_when_seed_is_the_same() {
        // given
        long seed = Instancio.create(Long.class);

        // when
        DataProcessingAgreement first = AgreementGenerator.agreement(seed);
        DataProcessingAgreement second = AgreementGenerator.agreement(seed);

        // then
        assertThat(second).as("seed %d", seed).isEqualTo(first);
        assertThat(DpaJson.write(second)).as("seed %d", seed).isEqualTo(DpaJson.write(first));
        assertThat(AgreementGenerator.adversarialAgreement(seed))
                .as("seed %d", seed)
                .isEqualTo(AgreementGenerator.adversarialAgreement(seed));
    }

    @Test
    void should_produce_different_agreements_when_seeds_differ() {
        // given
        Set<DataProcessingAgreement> agreements = new HashSet<>();

        // when
        LongStream.range(0, 50).forEach(seed -> agreements.add(AgreementGenerator.agreement(seed)));

        // then
        assertThat(agreements).hasSize(50);
    }

    @Test
    void should_cover_every_attribute_kind_when_many_seeds_are_drawn() {
        // given
        Coverage coverage = new Coverage();

        // when
        LongStream.range(0, SEEDS).forEach(seed -> coverage.visit(AgreementGenerator.agreement(seed), "", 0));

        // then
        assertThat(coverage.optionalAttributes)
                .as("optional attributes seen present")
                .isSubsetOf(coverage.present);
        assertThat(coverage.optionalAttributes)
                .as("optional attributes seen absent")
                .isSubsetOf(coverage.absent);
        assertThat(coverage.enumConstants).as("enum constants seen").containsAll(coverage.allEnumConstants);
        assertThat(coverage.languageSets).contains("[de]", "[en]", "[de, en]");
        assertThat(coverage.maxSubprocessorDepth)
                .as("deepest sub-processor chain")
                .isGreaterThanOrEqualTo(3);
        assertThat(coverage.decimalScales).contains(0, 1, 2);
    }

    @Test
    void should_inject_hostile_text_when_agreement_is_adversarial() {
        // given
        StringBuilder all = new StringBuilder();

        // when
        LongStream.range(0, 20)
                .forEach(seed ->
                        all.append(AgreementGenerator.adversarialAgreement(seed).toString()));

        // then
        assertThat(all)
                .contains("<script>")
                .contains("&amp;")
                .contains("\u202E")
                .contains("\u0000")
                .contains("\u05E9")
                .contains("x".repeat(10_000));
    }

    @Test
    void should_round_trip_through_json_when_agreement_is_adversarial() {
        for (long seed = 0; seed < 20; seed++) {
            // given
            DataProcessingAgreement agreement = AgreementGenerator.adversarialAgreement(seed);

            // when
            DataProcessingAgreement read = DpaJson.read(DpaJson.write(agreement));

            // then
            assertThat(read).as("seed %d", seed).isEqualTo(agreement);
        }
    }

    /** Records, over many agreements, which attributes were seen present and absent, and more. */
    private static final class Coverage {
        final Set<String> optionalAttributes = new TreeSet<>();
        final Set<String> present = new TreeSet<>();
        final Set<String> absent = new TreeSet<>();
        final Set<String> allEnumConstants = new TreeSet<>();
        final Set<String> enumConstants = new TreeSet<>();
        final Set<String> languageSets = new TreeSet<>();
        final Set<Integer> decimalScales = new TreeSet<>();
        int maxSubprocessorDepth;

        void visit(Object value, String path, int subprocessorDepth) {
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> visit(v, path, subprocessorDepth));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(v -> visit(v, path, subprocessorDepth));
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    visit(k, path, subprocessorDepth);
                    visit(v, path, subprocessorDepth);
                });
            } else if (value instanceof Enum<?> constant) {
                for (Object c : constant.getDeclaringClass().getEnumConstants()) {
                    allEnumConstants.add(constant.getDeclaringClass().getSimpleName() + "." + c);
                }
                enumConstants.add(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
            } else if (value instanceof LocalizedText text) {
                languageSets.add(text.getTranslations().keySet().toString());
            } else if (value instanceof BigDecimal decimal) {
                decimalScales.add(decimal.scale());
            } else if (value.getClass().getPackage() == DataProcessingAgreement.class.getPackage()
                    && !(value instanceof CountryCode)) {
                int depth = value instanceof Subprocessor ? subprocessorDepth + 1 : subprocessorDepth;
                maxSubprocessorDepth = Math.max(maxSubprocessorDepth, depth);
                visitAttributes(value, depth);
            }
        }

        private void visitAttributes(Object value, int subprocessorDepth) {
            String type = value.getClass().getSuperclass().getSimpleName();
            for (Method getter : value.getClass().getSuperclass().getMethods()) {
                if (Modifier.isStatic(getter.getModifiers())
                        || getter.getParameterCount() != 0
                        || !(getter.getName().startsWith("get")
                                || getter.getName().startsWith("is"))
                        || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object attribute = invoke(getter, value);
                String key = type + "." + getter.getName();
                boolean container = attribute instanceof Optional<?>
                        || attribute instanceof Collection<?>
                        || attribute instanceof Map<?, ?>;
                if (container) {
                    optionalAttributes.add(key);
                    (isEmpty(attribute) ? absent : present).add(key);
                }
                visit(attribute, key, subprocessorDepth);
            }
        }

        private static boolean isEmpty(Object attribute) {
            return attribute instanceof Optional<?> o
                    ? o.isEmpty()
                    : attribute instanceof Collection<?> c ? c.isEmpty() : ((Map<?, ?>) attribute).isEmpty();
        }

        private static Object invoke(Method getter, Object target) {
            try {
                return getter.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new LinkageError("Cannot read " + getter, e);
            }
        }
    }
}
