/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Writes {@code ModelBinder.java}, the binder of the strict reader, from the model's builders: for
 * each model type reachable from {@link DataProcessingAgreement}, the builder methods Jackson would
 * call (those Immutables marks with {@code @JsonProperty}) become one case of a switch over the
 * property names. The source is committed; {@code ModelBinderTest} fails when it is not what this
 * generator writes for the current model. After a change of the model, run {@link #main} with
 * {@code dpa-model} as the working directory (from the IDE, or with {@code java} on the module's
 * test class path), then {@code ./mvnw spotless:apply}.
 */
final class BinderGenerator {

    static final Path SOURCE = Path.of("src/main/java/dev/dpa4j/model/json/ModelBinder.java");

    private final StringBuilder out = new StringBuilder();
    private final Set<Class<?>> done = new LinkedHashSet<>();
    private final Deque<Class<?>> todo = new ArrayDeque<>();
    private final Set<String> helpers = new TreeSet<>();
    private final Set<String> imports = new TreeSet<>(Set.of("tools.jackson.core.JsonParser"));

    private BinderGenerator() {}

    /**
     * Writes the binder into {@code dpa-model/src/main/java} (run from the module's directory).
     *
     * @param args none
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(SOURCE, generate(), StandardCharsets.UTF_8);
    }

    /** The source of {@code ModelBinder} for the current model. */
    static String generate() {
        BinderGenerator generator = new BinderGenerator();
        generator.todo.add(DataProcessingAgreement.class);
        StringBuilder methods = new StringBuilder();
        while (!generator.todo.isEmpty()) {
            Class<?> type = generator.todo.removeFirst();
            if (generator.done.add(type)) {
                generator.out.setLength(0);
                generator.type(type);
                methods.append(generator.out);
            }
        }
        StringBuilder imports = new StringBuilder();
        for (String helper : generator.helpers) {
            imports.append("import static dev.dpa4j.model.json.Binding.")
                    .append(helper)
                    .append(";\n");
        }
        imports.append('\n');
        for (String type : generator.imports) {
            imports.append("import ").append(type).append(";\n");
        }
        return "/* SPDX-License-Identifier: Apache-2.0 */\npackage dev.dpa4j.model.json;\n\n"
                + imports
                + """

                /**
                 * Binds the tokens of an agreement straight into the model's builders, one method per model type,
                 * as Jackson's databind would but without building deserializers by reflection on first use.
                 * Written by {@code BinderGenerator} (tests of dpa-model) from the builders' {@code @JsonProperty}
                 * methods; do not edit by hand: {@code ModelBinderTest} fails when this file is not what the
                 * generator writes for the current model.
                 *
                 * <p>Each method starts at the value's first token and ends at its last. The tokens have passed
                 * the schema check on their way here, so a token of the wrong type only occurs in a document
                 * that already has a problem; it stops the binding with a {@link Binding.Failure}. A failure of
                 * the model (a builder's check) is a {@link Binding.Failure} with the path to the value.
                 */
                final class ModelBinder {

                    private ModelBinder() {}
                """
                + methods
                + "}\n";
    }

    private void type(Class<?> type) {
        Class<?> builder = type.getAnnotation(JsonDeserialize.class).builder();
        String name = type.getSimpleName();
        String builderName = name + ".Builder";
        out.append("\n    static ")
                .append(name)
                .append(' ')
                .append(method(type))
                .append("(JsonParser p) {\n");
        out.append("        ").append(helper("start")).append("(p);\n");
        use(type);
        out.append("        ").append(builderName).append(" b = ").append(name).append(".builder();\n");
        out.append("        String name;\n");
        out.append("        while ((name = p.nextName()) != null) {\n");
        out.append("            p.nextToken();\n");
        out.append("            try {\n");
        out.append("                switch (name) {\n");
        List<Method> setters = new ArrayList<>();
        for (Method m : builder.getMethods()) {
            if (m.isAnnotationPresent(JsonProperty.class) && m.getParameterCount() == 1) {
                setters.add(m);
            }
        }
        setters.sort(
                Comparator.comparing(m -> m.getAnnotation(JsonProperty.class).value()));
        for (Method setter : setters) {
            String property = setter.getAnnotation(JsonProperty.class).value();
            out.append("                    case \"").append(property).append("\": ");
            setter(setter.getName(), setter.getGenericParameterTypes()[0]);
            out.append("                        break;\n");
        }
        out.append("                    default:\n");
        out.append("                        throw ").append(helper("unknown")).append("(name);\n");
        out.append("                }\n");
        out.append("            } catch (RuntimeException e) {\n");
        out.append("                throw ").append(helper("failure")).append("(e, name);\n");
        out.append("            }\n");
        out.append("        }\n");
        out.append("        try {\n");
        out.append("            return b.build();\n");
        out.append("        } catch (RuntimeException e) {\n");
        out.append("            throw ").append(helper("built")).append("(e);\n");
        out.append("        }\n");
        out.append("    }\n");
    }

    private void setter(String setter, Type parameter) {
        if (parameter instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == Optional.class) {
                out.append("b.")
                        .append(setter)
                        .append("(" + use(Optional.class) + ".of(")
                        .append(value(bound(arguments[0])))
                        .append("));\n");
                return;
            }
            if (raw == Iterable.class) {
                Class<?> element = bound(arguments[0]);
                use(List.class);
                use(ArrayList.class);
                use(element);
                String list = "List<" + element.getSimpleName() + ">";
                out.append("{\n");
                out.append("                        ").append(list).append(" values = new ArrayList<>();\n");
                out.append("                        ").append(helper("array")).append("(p);\n");
                out.append("                        for (int i = 0; ")
                        .append(helper("element"))
                        .append("(p); i++) {\n");
                out.append("                            try {\n");
                out.append("                                values.add(")
                        .append(value(element))
                        .append(");\n");
                out.append("                            } catch (RuntimeException e) {\n");
                out.append("                                throw ")
                        .append(helper("failure"))
                        .append("(e, i);\n");
                out.append("                            }\n");
                out.append("                        }\n");
                out.append("                        b.").append(setter).append("(values);\n");
                out.append("                    }\n");
                return;
            }
            if (raw == Map.class) {
                Class<?> key = bound(arguments[0]);
                Class<?> entry = bound(arguments[1]);
                use(Map.class);
                use(LinkedHashMap.class);
                use(key);
                use(entry);
                String map = "Map<" + key.getSimpleName() + ", " + entry.getSimpleName() + ">";
                out.append("{\n");
                out.append("                        ").append(helper("start")).append("(p);\n");
                out.append("                        ").append(map).append(" values = new LinkedHashMap<>();\n");
                out.append("                        String key;\n");
                out.append("                        while ((key = p.nextName()) != null) {\n");
                out.append("                            p.nextToken();\n");
                out.append("                            try {\n");
                out.append("                                values.put(")
                        .append(key == String.class ? "key" : key.getSimpleName() + ".valueOf(key)")
                        .append(", ")
                        .append(value(entry))
                        .append(");\n");
                out.append("                            } catch (RuntimeException e) {\n");
                out.append("                                throw ")
                        .append(helper("failure"))
                        .append("(e, key);\n");
                out.append("                            }\n");
                out.append("                        }\n");
                out.append("                        b.").append(setter).append("(values);\n");
                out.append("                    }\n");
                return;
            }
            throw new IllegalStateException("No binding for " + parameter + " (" + setter + ")");
        }
        out.append("b.")
                .append(setter)
                .append('(')
                .append(value((Class<?>) parameter))
                .append(");\n");
    }

    private String helper(String name) {
        helpers.add(name);
        return name;
    }

    /** Imports a type, unless it needs none; returns its simple name. */
    private String use(Class<?> type) {
        if (!type.isPrimitive() && !type.getPackageName().equals("java.lang")) {
            imports.add(type.getName().replace('$', '.'));
        }
        return type.getSimpleName();
    }

    private static Class<?> bound(Type argument) {
        Type type = argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        if (type instanceof Class<?> cls) {
            return cls;
        }
        throw new IllegalStateException("No binding for " + argument);
    }

    /** The expression that reads a value of the type at the parser's current token. */
    private String value(Class<?> type) {
        if (type == String.class) {
            return helper("string") + "(p)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return helper("bool") + "(p)";
        }
        if (type == int.class || type == Integer.class) {
            return helper("integer") + "(p)";
        }
        if (type == BigDecimal.class) {
            return helper("decimal") + "(p)";
        }
        if (type == LocalDate.class) {
            return helper("date") + "(p)";
        }
        if (type == LocalizedText.class) {
            return helper("localizedText") + "(p)";
        }
        if (type == CountryCode.class) {
            return use(type) + ".of(" + helper("string") + "(p))";
        }
        if (type.isEnum()) {
            return use(type) + ".valueOf(" + helper("string") + "(p))";
        }
        if (type.isAnnotationPresent(JsonDeserialize.class)
                && type.getPackageName().equals(DataProcessingAgreement.class.getPackageName())) {
            if (!done.contains(type) && !todo.contains(type)) {
                todo.add(type);
            }
            use(type);
            return method(type) + "(p)";
        }
        throw new IllegalStateException("No binding for " + type);
    }

    private static String method(Class<?> type) {
        String name = type.getSimpleName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
