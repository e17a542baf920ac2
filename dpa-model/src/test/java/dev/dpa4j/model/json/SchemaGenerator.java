/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of the dpa4j format from the model, at test time only.
 *
 * <p>victools builds the skeleton from the Immutables implementation classes (properties, types,
 * enums, formats, {@code $defs}); the rest is added here from the model's own type information and
 * Javadoc: required attributes, descriptions, {@code LocalizedText} and {@code CountryCode}, map keys,
 * set uniqueness, the {@code schemaVersion} constant and the invariants that the value types check
 * in {@code @Value.Check}.
 */
final class SchemaGenerator {

    /** Where the committed schema lives, relative to the module directory. */
    static final Path COMMITTED =
            Path.of("src", "main", "resources", "dev", "dpa4j", "model", "json", "dpa-agreement.schema.json");

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "dpa4j", "model");
    private static final String MODEL_PACKAGE = "dev.dpa4j.model";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** Keyword order in the output, for readability; other keywords follow alphabetically. */
    private static final List<String> KEYWORD_ORDER = List.of(
            "$schema",
            "$id",
            "title",
            "description",
            "$ref",
            "type",
            "const",
            "enum",
            "format",
            "pattern",
            "minimum",
            "maximum",
            "minProperties",
            "propertyNames",
            "required",
            "anyOf",
            "properties",
            "additionalProperties",
            "items",
            "uniqueItems",
            "$defs");

    private SchemaGenerator() {}

    /**
     * Returns the schema text exactly as it is committed: UTF-8 JSON written like {@link DpaJson}
     * writes agreements, ending with a line feed.
     */
    static String generate() {
        ObjectNode schema = new com.github.victools.jsonschema.generator.SchemaGenerator(victoolsConfig())
                .generateSchema(implementation(DataProcessingAgreement.class));
        postProcess(schema);
        return DpaJson.mapper().writeValueAsString(canonical(schema, false)) + "\n";
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig victoolsConfig() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .with(Option.PLAIN_DEFINITION_KEYS);
        // an abstract model type is described by its Immutables implementation, which has the fields
        config.forTypesInGeneral()
                .withSubtypeResolver((declared, context) -> isModelType(declared.getErasedType())
                        ? List.of(context.getTypeContext().resolve(implementation(declared.getErasedType())))
                        : null)
                .withDefinitionNamingStrategy(
                        (key, context) -> modelName(key.getType().getErasedType()))
                .withCustomDefinitionProvider((type, context) -> {
                    if (type.getErasedType() == LocalizedText.class) {
                        return new CustomDefinition(localizedText(), false);
                    }
                    if (type.getErasedType() == CountryCode.class) {
                        return new CustomDefinition(countryCode(), false);
                    }
                    return null;
                });
        config.forFields().withRequiredCheck(SchemaGenerator::isRequired);
        return config.build();
    }

    private static boolean isRequired(FieldScope field) {
        Class<?> model = field.getDeclaringType().getErasedType().getSuperclass();
        return attributes(model).stream().anyMatch(a -> a.name().equals(field.getSchemaPropertyName()) && a.required());
    }

    // ---------------------------------------------------------------------------------------------
    // post-processing driven by the model's type information

    private static void postProcess(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        for (Class<?> model : modelTypes()) {
            ObjectNode definition =
                    model == DataProcessingAgreement.class ? schema : (ObjectNode) defs.get(model.getSimpleName());
            if (definition == null) {
                throw new IllegalStateException("victools made no definition for " + model.getSimpleName());
            }
            javadoc(model, null).ifPresent(text -> definition.put("description", text));
            ObjectNode properties = (ObjectNode) definition.get("properties");
            List<Attribute> attributes = attributes(model);
            Set<String> expected = new TreeSet<>();
            attributes.forEach(a -> expected.add(a.name()));
            if (!expected.equals(new TreeSet<>(properties.propertyNames()))) {
                throw new IllegalStateException("Properties of " + model.getSimpleName()
                        + " differ from its attributes: " + properties.propertyNames() + " vs " + expected);
            }
            ArrayNode required = NODES.arrayNode();
            for (Attribute attribute : attributes) {
                ObjectNode property = (ObjectNode) properties.get(attribute.name());
                javadoc(model, attribute.getter()).ifPresent(text -> property.put("description", text));
                decorate(property, attribute.getter().getGenericReturnType());
                if (attribute.required()) {
                    required.add(attribute.name());
                }
            }
            definition.remove("required");
            if (!required.isEmpty()) {
                definition.set("required", required);
            }
        }
        for (Class<?> enumType : enumTypes()) {
            javadoc(enumType, null)
                    .ifPresent(text -> def(defs, enumType.getSimpleName()).put("description", text));
        }
        inlineAnonymousDefinitions(schema, defs);
        invariants(schema, defs);
        plainStrings(defs);
        nonEmptyTexts(schema);
        schema.put("$id", "https://dpa4j.dev/schema/dpa-agreement-" + DataProcessingAgreement.SCHEMA_VERSION + ".json");
        schema.put(
                "title", "dpa4j data processing agreement, format version " + DataProcessingAgreement.SCHEMA_VERSION);
    }

    /**
     * Requires every free text to be non-empty (D2 of issue #13): the writer leaves empty values
     * out, so an empty string could not survive a round trip. Strings with an enumeration, a
     * constant, a pattern or a format already exclude the empty string or are checked otherwise.
     */
    private static void nonEmptyTexts(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null
                    && type.isString()
                    && type.asString().equals("string")
                    && !object.has("enum")
                    && !object.has("const")
                    && !object.has("pattern")
                    && !object.has("format")
                    && !object.has("minLength")) {
                object.put("minLength", 1);
            }
        }
        for (JsonNode child : node) {
            nonEmptyTexts(child);
        }
    }

    /**
     * Inlines the definitions victools made for maps ("SortedMap-1"): they have no name of their own
     * in the model, and a reader is better served by seeing the map where it is used.
     */
    private static void inlineAnonymousDefinitions(ObjectNode schema, ObjectNode defs) {
        Set<String> anonymous = new TreeSet<>();
        for (String name : defs.propertyNames()) {
            if (!name.matches("[A-Z][A-Za-z0-9]*")) {
                anonymous.add(name);
            }
        }
        inline(schema, defs, anonymous);
        anonymous.forEach(defs::remove);
    }

    private static void inline(JsonNode node, ObjectNode defs, Set<String> anonymous) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> inline(element, defs, anonymous));
        } else if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#/$defs/")) {
                String name = ref.asString().substring("#/$defs/".length());
                if (anonymous.contains(name)) {
                    object.remove("$ref");
                    defs.get(name)
                            .properties()
                            .forEach(e -> object.set(e.getKey(), e.getValue().deepCopy()));
                }
            }
            for (String name : List.copyOf(object.propertyNames())) {
                inline(object.get(name), defs, anonymous);
            }
        }
    }

    /** Adds what victools does not know: uniqueness of sets, map keys, the range of int. */
    private static void decorate(ObjectNode property, Type type) {
        Type attributeType = unwrapOptional(type);
        if (attributeType instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Set.class.isAssignableFrom(raw)) {
                property.put("uniqueItems", true);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Type key = parameterized.getActualTypeArguments()[0];
                if (key instanceof Class<?> keyClass && keyClass.isEnum()) {
                    ArrayNode names = NODES.arrayNode();
                    for (Object constant : keyClass.getEnumConstants()) {
                        names.add(((Enum<?>) constant).name());
                    }
                    property.set("propertyNames", NODES.objectNode().set("enum", names));
                }
            }
        } else if (attributeType == int.class || attributeType == Integer.class) {
            property.put("maximum", Integer.MAX_VALUE);
            property.put("minimum", Integer.MIN_VALUE);
        }
    }

    /** The checks of the value types' {@code @Value.Check} methods that a schema can express. */
    private static void invariants(ObjectNode schema, ObjectNode defs) {
        property(schema, "schemaVersion")
                .put("const", DataProcessingAgreement.SCHEMA_VERSION)
                .put(
                        "description",
                        "The version of this format the document is written in; required, and \""
                                + DataProcessingAgreement.SCHEMA_VERSION + "\" is the only version there is.");
        addRequired(schema, "schemaVersion");
        property(schema, "id").put("pattern", "\\S");
        ((ObjectNode) property(schema, "languages").get("items")).put("pattern", LANGUAGE_TAG);
        property(def(defs, "Subprocessor"), "name").put("pattern", "\\S");
        property(def(defs, "MonetaryRate"), "currency").put("pattern", "^[A-Z]{3}$");
        property(def(defs, "MonetaryRate"), "amount").put("minimum", 0);
        property(def(defs, "TimePeriod"), "amount").put("minimum", 0);
        anyOfRequired(def(defs, "Location"), "country", "region", "description");
        anyOfRequired(def(defs, "TimeLimit"), "period", "wording");
    }

    private static ObjectNode def(ObjectNode defs, String name) {
        return (ObjectNode) Optional.ofNullable(defs.get(name))
                .orElseThrow(() -> new IllegalStateException("No definition " + name));
    }

    private static ObjectNode property(ObjectNode definition, String name) {
        return (ObjectNode) Optional.ofNullable(definition.get("properties").get(name))
                .orElseThrow(() -> new IllegalStateException("No property " + name));
    }

    private static void addRequired(ObjectNode definition, String name) {
        TreeSet<String> required = new TreeSet<>();
        JsonNode existing = definition.get("required");
        if (existing != null) {
            existing.forEach(n -> required.add(n.asString()));
        }
        required.add(name);
        ArrayNode array = NODES.arrayNode();
        required.forEach(array::add);
        definition.set("required", array);
    }

    private static void anyOfRequired(ObjectNode definition, String... names) {
        ArrayNode anyOf = NODES.arrayNode();
        for (String name : names) {
            anyOf.addObject().set("required", NODES.arrayNode().add(name));
        }
        definition.set("anyOf", anyOf);
    }

    /** The texts that also accept a plain string (FreeTexts.PLAIN_STRING_ACCEPTED) refer to PlainOrLocalizedText. */
    private static void plainStrings(ObjectNode defs) {
        ObjectNode either = NODES.objectNode();
        either.put("title", "text, plain or per language");
        either.put(
                "description",
                "A plain string, a text without a declared language that is printed as it is in every language, or an object from language tag to text.");
        ArrayNode anyOf = NODES.arrayNode();
        anyOf.addObject().put("type", "string").put("minLength", 1);
        anyOf.addObject().put("$ref", "#/$defs/LocalizedText");
        either.set("anyOf", anyOf);
        defs.set("PlainOrLocalizedText", either);
        for (String accepted : dev.dpa4j.model.FreeTexts.PLAIN_STRING_ACCEPTED) {
            String[] typeAndProperty = accepted.split("\\.", 2);
            ObjectNode property = property(def(defs, typeAndProperty[0]), typeAndProperty[1]);
            if (!property.path("$ref").asString("").equals("#/$defs/LocalizedText")) {
                throw new IllegalStateException(accepted + " is not a LocalizedText");
            }
            property.put("$ref", "#/$defs/PlainOrLocalizedText");
        }
    }

    private static ObjectNode localizedText() {
        ObjectNode node = NODES.objectNode();
        node.put("title", "localised text");
        node.put(
                "description",
                "A text in one or several languages: an object from IETF language tag in lower case (de, en, de-AT) to the text, which is not empty.");
        node.put("type", "object");
        node.put("minProperties", 1);
        node.set("propertyNames", NODES.objectNode().put("pattern", LANGUAGE_TAG));
        node.set(
                "additionalProperties", NODES.objectNode().put("type", "string").put("minLength", 1));
        return node;
    }

    private static ObjectNode countryCode() {
        ObjectNode node = NODES.objectNode();
        node.put("title", "ISO 3166-1 alpha-2 country code");
        node.put("description", "A country, by its officially assigned ISO 3166-1 alpha-2 code in capital letters.");
        node.put("type", "string");
        ArrayNode codes = node.putArray("enum");
        for (char first = 'A'; first <= 'Z'; first++) {
            for (char second = 'A'; second <= 'Z'; second++) {
                String code = "" + first + second;
                if (CountryCode.isValid(code)) {
                    codes.add(code);
                }
            }
        }
        return node;
    }

    /** Orders keywords for readability and property and definition names alphabetically. */
    private static JsonNode canonical(JsonNode node, boolean nameMap) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(element -> copy.add(canonical(element, false)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        List<String> names = new ArrayList<>(object.propertyNames());
        names.sort(nameMap ? Comparator.naturalOrder() : SchemaGenerator::compareKeywords);
        ObjectNode copy = NODES.objectNode();
        for (String name : names) {
            boolean childIsNameMap = !nameMap && (name.equals("properties") || name.equals("$defs"));
            copy.set(name, canonical(object.get(name), childIsNameMap));
        }
        return copy;
    }

    private static int compareKeywords(String a, String b) {
        int ia = KEYWORD_ORDER.indexOf(a);
        int ib = KEYWORD_ORDER.indexOf(b);
        if (ia >= 0 && ib >= 0) {
            return Integer.compare(ia, ib);
        }
        if (ia >= 0 || ib >= 0) {
            return ia >= 0 ? -1 : 1;
        }
        return a.compareTo(b);
    }

    // ---------------------------------------------------------------------------------------------
    // the model's type information

    record Attribute(String name, Method getter, boolean required) {}

    /** Every model value type reachable from the agreement, the agreement first. */
    static List<Class<?>> modelTypes() {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        collect(DataProcessingAgreement.class, found);
        return List.copyOf(found.values());
    }

    /** Every enum type used by the model, in name order. */
    static List<Class<?>> enumTypes() {
        Map<String, Class<?>> found = new TreeMap<>();
        for (Class<?> model : modelTypes()) {
            for (Attribute attribute : attributes(model)) {
                for (Class<?> type : mentionedTypes(attribute.getter().getGenericReturnType())) {
                    if (type.isEnum()) {
                        found.put(type.getName(), type);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void collect(Class<?> model, Map<String, Class<?>> found) {
        if (found.putIfAbsent(model.getName(), model) != null) {
            return;
        }
        for (Attribute attribute : attributes(model)) {
            for (Class<?> type : mentionedTypes(attribute.getter().getGenericReturnType())) {
                if (isModelType(type)) {
                    collect(type, found);
                }
            }
        }
    }

    private static List<Class<?>> mentionedTypes(Type type) {
        List<Class<?>> types = new ArrayList<>();
        if (type instanceof Class<?> cls) {
            types.add(cls);
        } else if (type instanceof ParameterizedType parameterized) {
            types.add((Class<?>) parameterized.getRawType());
            for (Type argument : parameterized.getActualTypeArguments()) {
                types.addAll(mentionedTypes(argument));
            }
        }
        return types;
    }

    /** The attributes of a model type in name order: public getters the builder has a setter for. */
    static List<Attribute> attributes(Class<?> model) {
        Class<?> builder;
        try {
            builder = model.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(model + " has no builder", e);
        }
        Map<String, Attribute> attributes = new TreeMap<>();
        for (Method getter : model.getMethods()) {
            String name = attributeName(getter);
            if (name == null || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            boolean hasSetter = java.util.Arrays.stream(builder.getMethods())
                    .anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 1);
            if (hasSetter) {
                Class<?> raw = getter.getReturnType();
                boolean container = raw == Optional.class
                        || Collection.class.isAssignableFrom(raw)
                        || Map.class.isAssignableFrom(raw);
                boolean required = Modifier.isAbstract(getter.getModifiers()) && !container;
                attributes.put(name, new Attribute(name, getter, required));
            }
        }
        return List.copyOf(attributes.values());
    }

    private static String attributeName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
            return null;
        }
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private static Type unwrapOptional(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    static boolean isModelType(Class<?> type) {
        return Modifier.isAbstract(type.getModifiers())
                && !type.isInterface()
                && type.getPackageName().equals(MODEL_PACKAGE)
                && java.util.Arrays.stream(type.getMethods())
                        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()));
    }

    private static Class<?> implementation(Class<?> model) {
        try {
            return Class.forName(MODEL_PACKAGE + ".Immutable" + model.getSimpleName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No Immutables implementation of " + model, e);
        }
    }

    private static String modelName(Class<?> type) {
        String name = type.getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    // ---------------------------------------------------------------------------------------------
    // descriptions from the Javadoc in the sources

    private static final Map<Class<?>, String> SOURCE_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern LINK = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
    private static final Pattern CODE = Pattern.compile("\\{@(?:code|literal)\\s+([^}]*)}");

    /** The first paragraph of the Javadoc of a type (getter null) or of one of its getters. */
    private static Optional<String> javadoc(Class<?> model, Method getter) {
        String source = SOURCE_CACHE.computeIfAbsent(model, SchemaGenerator::readSource);
        String declaration = getter == null
                ? "public\\s+(?:abstract\\s+|final\\s+)*(?:class|enum)\\s+" + model.getSimpleName() + "\\b"
                : "public\\s+(?:abstract\\s+|final\\s+)*[\\w<>, ?.]+\\s+" + getter.getName() + "\\(\\)";
        Matcher matcher = Pattern.compile(
                        "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*" + declaration,
                        Pattern.DOTALL)
                .matcher(source);
        if (!matcher.find()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (String line : matcher.group(1).split("\n")) {
            String stripped = line.strip();
            stripped = stripped.startsWith("*") ? stripped.substring(1).strip() : stripped;
            if (stripped.startsWith("@") || stripped.startsWith("<p>") || (stripped.isEmpty() && text.length() > 0)) {
                break;
            }
            text.append(' ').append(stripped);
        }
        String clean = text.toString().strip().replaceAll("\\s+", " ");
        clean = LINK.matcher(clean)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : linkLabel(m.group(1))));
        clean = CODE.matcher(clean).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        clean = clean.replaceAll("<[^>]+>", "");
        if (getter != null && clean.startsWith("Returns ")) {
            clean = clean.substring("Returns ".length());
            clean = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        }
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    private static String linkLabel(String target) {
        String member = target.contains("#") ? target.substring(target.indexOf('#') + 1) : target;
        member = member.replaceAll("\\(.*\\)", "");
        return member.contains(".") ? member.substring(member.lastIndexOf('.') + 1) : member;
    }

    private static String readSource(Class<?> model) {
        try {
            return Files.readString(SOURCES.resolve(model.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source of " + model.getSimpleName(), e);
        }
    }
}
