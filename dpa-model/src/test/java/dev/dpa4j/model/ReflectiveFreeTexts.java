/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The free-text walk as {@link FreeTexts} did it up to issue #14, by reflection over the model's getters, kept as
 * the reference that {@code FreeTextsWalkTest} compares the written-out walk with: it finds every text-holding
 * property of every model type by itself, so a property that the model gains later is visited here without a change.
 */
final class ReflectiveFreeTexts {

    /**
     * Per class: its text-holding properties, metadata left out, sorted by name; empty for a class that is
     * not a model type. A {@link ClassValue} rather than a map: it is looked up for every value walked, and a
     * class value is a field read once computed (issue #14).
     */
    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return textProperties(type);
        }
    };

    /**
     * A text-holding property: its path segment and its getter. (A method handle instead of the reflective call
     * measured slower on JDK 17, where a handle that is not a constant is not inlined.)
     */
    private record Property(ModelPath.Property segment, Method getter) {}

    private ReflectiveFreeTexts() {}

    /**
     * Visits every operative free text of the agreement (every {@link LocalizedText} except metadata).
     *
     * @param agreement the agreement, not null
     * @param action receives the model path and the text
     */
    static void operative(DataProcessingAgreement agreement, BiConsumer<ModelPath, LocalizedText> action) {
        walk(agreement, ModelPath.root(), new Walk(action, null));
    }

    /**
     * Walks like {@link #operative} and notes each property, as {@code Type.property}, below which the walk found
     * at least one text.
     *
     * @param agreement the agreement
     * @param action receives the model path and the text
     * @param reached receives the properties
     */
    static void operative(
            DataProcessingAgreement agreement, BiConsumer<ModelPath, LocalizedText> action, Set<String> reached) {
        walk(agreement, ModelPath.root(), new Walk(action, reached));
    }

    /** The action and what the walk notes on its way. */
    private static final class Walk {
        final BiConsumer<ModelPath, LocalizedText> action;
        final @Nullable Set<String> reached;
        int texts;

        Walk(BiConsumer<ModelPath, LocalizedText> action, @Nullable Set<String> reached) {
            this.action = action;
            this.reached = reached;
        }
    }

    /**
     * The text-holding properties of a model type as {@code Type.property}, metadata left out.
     *
     * @param type a model type or its implementation
     * @return the properties in the walk's order; empty for a type that is not a model type
     */
    static List<String> propertyNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Property property : properties(type)) {
            names.add(modelType(type).getSimpleName() + "." + property.segment().name());
        }
        return names;
    }

    /**
     * The declared model types that a getter's declared type holds, directly or as the elements of an optional, a
     * list or a map.
     *
     * @param type a model type or its implementation
     * @return per text-holding property ({@link #propertyNames}), the model types it may hold
     */
    static Map<String, List<Class<?>>> heldTypes(Class<?> type) {
        Map<String, List<Class<?>>> held = new TreeMap<>();
        for (Property property : properties(type)) {
            List<Class<?>> types = new ArrayList<>();
            collect(property.getter().getGenericReturnType(), types);
            held.put(modelType(type).getSimpleName() + "." + property.segment().name(), types);
        }
        return held;
    }

    private static void collect(Type type, List<Class<?>> types) {
        if (type instanceof Class<?> c && isModelType(c)) {
            types.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, types);
            }
        }
    }

    private static void walk(Object value, ModelPath path, Walk action) {
        if (value instanceof LocalizedText text) {
            action.texts++;
            action.action.accept(path, text);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, path, action));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (mayHoldText(element)) {
                    walk(element, path.index(i), action);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            toStringKeys(map).forEach((name, entry) -> {
                Object v = entry.getValue();
                if (mayHoldText(v)) {
                    // an enum key is a member name in the JSON, like a property; any other key stays a key
                    walk(v, entry.getKey() instanceof Enum<?> ? path.property(name) : path.key(name), action);
                }
            });
        } else {
            for (Property property : properties(value.getClass())) {
                Object child = invoke(property, value);
                if (mayHoldText(child)) {
                    int before = action.texts;
                    walk(child, path.append(property.segment()), action);
                    if (action.reached != null && action.texts > before) {
                        action.reached.add(modelType(value.getClass()).getSimpleName() + "."
                                + property.segment().name());
                    }
                }
            }
        }
    }

    /**
     * Whether walking the value can reach a text. Values that cannot (absent, empty, strings, numbers,
     * enums, model types without text-holding properties) are skipped before their path is built: most
     * values of an agreement are such, and building their paths was most of a walk's cost (issue #14).
     */
    private static boolean mayHoldText(@Nullable Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && mayHoldText(optional.get());
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value instanceof LocalizedText || !properties(value.getClass()).isEmpty();
    }

    /** The entries by the text of their key, in the order of that text. */
    private static Map<String, Map.Entry<?, ?>> toStringKeys(Map<?, ?> map) {
        Map<String, Map.Entry<?, ?>> keys = new TreeMap<>();
        map.entrySet()
                .forEach(e -> keys.put(e.getKey() instanceof Enum<?> c ? c.name() : String.valueOf(e.getKey()), e));
        return keys;
    }

    private static boolean isModelType(Class<?> type) {
        return type.getPackage() == ReflectiveFreeTexts.class.getPackage() && !type.isEnum();
    }

    /** The public abstract class the Immutables implementation extends. */
    private static Class<?> modelType(Class<?> type) {
        @Nullable Class<?> c = type;
        while (c != null && !Modifier.isPublic(c.getModifiers())) {
            c = c.getSuperclass();
        }
        return c == null ? type : c;
    }

    /** The text-holding properties of a model type; none for every other type (cached as well). */
    private static List<Property> properties(Class<?> implementation) {
        return PROPERTIES.get(implementation);
    }

    private static List<Property> textProperties(Class<?> implementation) {
        if (!isModelType(implementation)) {
            return List.of();
        }
        Class<?> type = modelType(implementation);
        List<Property> properties = new ArrayList<>();
        for (Method getter : getters(type)) {
            String name = property(getter);
            if (!FreeTexts.METADATA.contains(type.getSimpleName() + "." + name)) {
                properties.add(new Property(new ModelPath.Property(name), getter));
            }
        }
        return List.copyOf(properties);
    }

    private static List<Method> getters(Class<?> t) {
        List<Method> getters = new ArrayList<>();
        for (Method m : t.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (Modifier.isPublic(mod)
                    && !Modifier.isStatic(mod)
                    && m.getParameterCount() == 0
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && mayHoldText(m.getReturnType())
                    && elementsMayHoldText(m.getGenericReturnType())) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(ReflectiveFreeTexts::property));
        return getters;
    }

    private static boolean mayHoldText(Class<?> type) {
        return type == LocalizedText.class
                || type == Optional.class
                || List.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || (isModelType(type) && type != CountryCode.class);
    }

    /**
     * For an {@code Optional}, a list or a map whose declared element (or value) type cannot hold a text, such as
     * {@code Optional<String>}, {@code List<DataCategory>} of an enum or {@code Map<String, Integer>}: false, so that
     * the walk does not call the getter at all (issue #14). Every other type: true. A map's keys are never walked.
     */
    private static boolean elementsMayHoldText(Type type) {
        if (!(type instanceof ParameterizedType p) || !(p.getRawType() instanceof Class<?> raw)) {
            return true;
        }
        Type[] arguments = p.getActualTypeArguments();
        if ((raw == Optional.class || List.class.isAssignableFrom(raw)) && arguments.length == 1) {
            return valueMayHoldText(arguments[0]);
        }
        if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
            return valueMayHoldText(arguments[1]);
        }
        return true;
    }

    /**
     * Whether a value of a declared type argument may hold a text: false only for a type whose values are all of
     * that very class (final, an enum or a primitive) and that is neither a text, a container nor a model type
     * ({@link #mayHoldText(Class)}), and for containers of such types.
     */
    private static boolean valueMayHoldText(Type type) {
        if (type instanceof Class<?> c) {
            return mayHoldText(c) || !(Modifier.isFinal(c.getModifiers()) || c.isEnum() || c.isPrimitive());
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            return mayHoldText(raw) ? elementsMayHoldText(p) : valueMayHoldText(raw);
        }
        return true;
    }

    private static String property(Method getter) {
        String name = getter.getName();
        String bare = name.startsWith("is") ? name.substring(2) : name.substring(3);
        return bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1);
    }

    private static Object invoke(Property property, Object target) {
        try {
            return property.getter().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + property.getter() + " of the model", e);
        }
    }
}
