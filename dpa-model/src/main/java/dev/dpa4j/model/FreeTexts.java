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
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The free texts of an agreement with their model paths, for checks that concern every text, such as
 * whether each one exists in a language.
 *
 * <p>A path is a {@link ModelPath}, as in validation findings: properties by their JSON name, list elements by
 * index, and map entries as the JSON has them, a member named after the enum constant that keys it, for example
 * {@code customClauses[0].heading} or {@code security.categoryObjectives.ACCESS_CONTROL}. Texts are visited in a fixed order (properties
 * sorted by name), so the result is deterministic. A path costs one small object per step and no text until
 * it is printed.
 *
 * <p>Some texts are <em>metadata</em>: they record how the data were obtained or interpreted and are
 * never part of the contract text ({@link #METADATA}). {@link #operative} leaves them out.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class FreeTexts {

    /**
     * The properties, as {@code Type.property}, whose texts are metadata and never rendered: the note
     * on the conclusion ({@code conclusion.note}) and the note on a sub-processor
     * ({@code subprocessors[n].note}).
     */
    public static final Set<String> METADATA = Set.of("ConclusionEvidence.note", "Subprocessor.note");

    /**
     * The properties, as {@code Type.property}, that hold a short designation rather than a sentence and accept
     * a plain JSON string besides the object per language ({@link LocalizedText#plain(String)}): a person's or a
     * signatory's function, a contact's name and function, and the SCC's competent supervisory authority and
     * dispute resolution body.
     */
    public static final Set<String> PLAIN_STRING_ACCEPTED = Set.of(
            "ContactPoint.function",
            "ContactPoint.name",
            "Person.function",
            "SccTerms.competentAuthority",
            "SccTerms.redressBody",
            "Signature.function");

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

    private FreeTexts() {}

    /**
     * Visits every operative free text of the agreement (every {@link LocalizedText} except metadata).
     *
     * @param agreement the agreement, not null
     * @param action receives the model path and the text
     */
    public static void operative(DataProcessingAgreement agreement, BiConsumer<ModelPath, LocalizedText> action) {
        walk(agreement, ModelPath.root(), action);
    }

    private static void walk(Object value, ModelPath path, BiConsumer<ModelPath, LocalizedText> action) {
        if (value instanceof LocalizedText text) {
            action.accept(path, text);
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
                    walk(child, path.append(property.segment()), action);
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
        return type.getPackage() == FreeTexts.class.getPackage() && !type.isEnum();
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
            if (!METADATA.contains(type.getSimpleName() + "." + name)) {
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
        getters.sort(Comparator.comparing(FreeTexts::property));
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
