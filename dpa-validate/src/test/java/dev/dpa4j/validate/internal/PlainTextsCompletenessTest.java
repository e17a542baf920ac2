/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every string property of the model that an agreement can hold is either read by {@link PlainTexts} or named as
 * not printed: a property that the model gains later fails this test until it is placed in one of the two (#12).
 */
class PlainTextsCompletenessTest {

    @Test
    void should_place_every_string_property_of_the_model_in_walked_or_not_printed() {
        // when
        Set<String> properties = stringProperties();

        // then
        assertThat(properties).hasSizeGreaterThan(40);
        Set<String> placed = new TreeSet<>(PlainTexts.WALKED);
        placed.addAll(PlainTexts.NOT_PRINTED);
        assertThat(placed).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(PlainTexts.WALKED).doesNotContainAnyElementsOf(PlainTexts.NOT_PRINTED);
    }

    /** Every property, as {@code Type.property}, of a model type reachable from the agreement whose value holds strings. */
    private static Set<String> stringProperties() {
        Set<String> result = new TreeSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(Set.of(DataProcessingAgreement.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            if (!seen.add(type) || type == LocalizedText.class) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (!m.getDeclaringClass().getPackageName().equals(type.getPackageName())
                        || Modifier.isStatic(m.getModifiers())
                        || m.getParameterCount() != 0
                        || !m.getName().startsWith("get")
                        || m.getName().equals("getClass")) {
                    continue;
                }
                String property = Character.toLowerCase(m.getName().charAt(3))
                        + m.getName().substring(4);
                Set<Class<?>> held = new HashSet<>();
                collect(m.getGenericReturnType(), held);
                for (Class<?> c : held) {
                    if (c == String.class) {
                        result.add(type.getSimpleName() + "." + property);
                    } else if (c.getPackageName().equals(DataProcessingAgreement.class.getPackageName())
                            && !c.isEnum()) {
                        queue.add(c);
                    }
                }
            }
        }
        return result;
    }

    private static void collect(Type type, Set<Class<?>> held) {
        if (type instanceof Class<?> c) {
            held.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, held);
            }
        }
    }
}
