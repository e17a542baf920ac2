/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The format's JSON Schema compiled once into a graph of {@link Node}s that a {@link TokenCheck}
 * follows token by token: every keyword is looked up when the schema is loaded, not for each value.
 *
 * <p>It understands the draft 2020-12 keywords the generated schema uses: {@code $ref} to
 * {@code $defs}, {@code type}, a string {@code const}, a string {@code enum}, {@code pattern},
 * {@code minLength}, {@code format: date}, {@code minimum}, {@code maximum}, {@code minProperties},
 * {@code propertyNames}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code anyOf} of single {@code required} alternatives, {@code items} and {@code uniqueItems};
 * annotations are ignored. Any other keyword or form fails the compilation with an
 * {@link IllegalStateException}, so that a rule can never be skipped silently when the generated
 * schema grows. A property the model gains reaches the reader through the regenerated schema alone.
 */
final class CompiledSchema {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");

    /** The wordings ({@code pattern.KEY} in {@link ProblemTexts}) of the patterns the schema uses. */
    static final Map<String, String> PATTERN_WORDING = Map.of(
            "\\S", "notBlank",
            "^[A-Z]{3}$", "currency",
            "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "language");

    /** Enumerations longer than this are named by their title instead of listed. */
    static final int LONG_ENUM = 12;

    /** The JSON types of the schema's {@code type} keyword. */
    enum Type {
        OBJECT,
        ARRAY,
        STRING,
        BOOLEAN,
        NUMBER,
        INTEGER
    }

    /** One schema, with its keywords resolved. Immutable after compilation. */
    static final class Node {
        /** The JSON pointer of this schema in the schema document; a {@code $defs} entry for a definition. */
        String location = "";

        /** The {@code $defs} name this schema was defined under, or null for an inline schema. */
        @Nullable
        String typeName;

        @Nullable
        String title;

        @Nullable
        Type type;

        /** The title, or the empty string. */
        String titleText() {
            return title == null ? "" : title;
        }

        /** The expected text of a type mismatch, derived once. */
        String expectedType = "";

        @Nullable
        String constant;

        @Nullable
        Set<String> enumValues;

        /** The enumeration's values in the schema's order; empty without one. */
        List<String> enumList = List.of();

        /** The expected text of an unknown enumeration constant. */
        String expectedEnum = "";

        @Nullable
        Pattern pattern;

        /** How a text matching {@link #pattern} is described to a user. */
        String patternWording = "";

        /** The regular expression of {@link #pattern}; empty without one. */
        String patternSource = "";

        /** The pattern is {@code \\S}: a loop instead of a regular expression. */
        boolean notBlank;

        /** Texts that matched {@link #pattern} (language tags repeat in every localised text). */
        final Set<String> matched = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** Whether a text matches the pattern; remembers up to 256 short texts that did. */
        boolean matches(String text) {
            Pattern compiled = pattern;
            if (compiled == null) {
                return true;
            }
            if (notBlank) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                        return true;
                    }
                }
                return false;
            }
            if (matched.contains(text)) {
                return true;
            }
            boolean matches = compiled.matcher(text).find();
            if (matches && text.length() <= 16 && matched.size() < 256) {
                matched.add(text);
            }
            return matches;
        }

        int minLength;
        boolean date;

        @Nullable
        BigDecimal minimum;

        @Nullable
        BigDecimal maximum;

        long minimumLong = Long.MIN_VALUE;
        long maximumLong = Long.MAX_VALUE;

        int minProperties;

        /** Declared properties in schema order, each with its index into {@link #propertyList}. */
        Map<String, Integer> propertyIndex = Map.of();

        List<Node> propertyList = List.of();

        /** The names of {@link #propertyList}, for messages. */
        List<String> propertyNames = List.of();

        /** {@link #propertyNames} in lower case, for the suggestions on a misspelt name. */
        List<String> lowerPropertyNames = List.of();

        boolean additionalForbidden;

        @Nullable
        Node additional;

        @Nullable
        Node names;

        /** Indexes into {@link #propertyList} of the required properties. */
        int[] required = new int[0];

        /** anyOf of single required properties: at least one of these must be present, as indexes. */
        int[] anyOfRequired = new int[0];

        @Nullable
        Node items;

        boolean uniqueItems;

        /**
         * For {@code anyOf} of a string schema and a {@code $ref}: the schema a string value is checked against;
         * any other value is checked against {@link #objectForm}.
         */
        @Nullable
        Node stringForm;

        /** For {@code anyOf} of a string schema and a {@code $ref}: the schema of the non-string form. */
        @Nullable
        Node objectForm;

        boolean isObjectSchema() {
            return !propertyIndex.isEmpty()
                    || additionalForbidden
                    || additional != null
                    || names != null
                    || minProperties > 0
                    || required.length > 0
                    || anyOfRequired.length > 0;
        }

        /** Whether an object checked against this node needs its start location (for a problem at its end). */
        boolean needsObjectStart() {
            return minProperties > 0 || required.length > 0 || anyOfRequired.length > 0;
        }
    }

    private final JsonNode schema;
    private final Map<String, Node> definitions = new HashMap<>();

    /** Every schema by its location, for {@link JsonProblem#expected(java.util.Locale)}. */
    private final Map<String, Node> byLocation = new HashMap<>();

    private final Node root;

    /**
     * Compiles a schema.
     *
     * @throws IllegalStateException if the schema uses a keyword or form this compiler does not implement
     */
    CompiledSchema(JsonNode schema) {
        this.schema = schema;
        this.root = compile(schema, "", null);
        root.typeName = "DataProcessingAgreement";
        root.expectedType = expectedType(root, ProblemTexts.ENGLISH);
    }

    Node root() {
        return root;
    }

    /** The schema at a location ({@link Node#location}), or null if there is none. */
    @Nullable
    Node node(String location) {
        return byLocation.get(location);
    }

    private void locate(Node node, String location) {
        node.location = location;
        if (byLocation.putIfAbsent(location, node) != null) {
            throw new IllegalStateException("Two schemas at " + location);
        }
    }

    private Node compile(JsonNode node, String path, @Nullable String typeName) {
        if (!node.isObject()) {
            throw new IllegalStateException("Schema at '" + path + "' is not an object");
        }
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            for (String keyword : node.propertyNames()) {
                if (!keyword.equals("$ref") && !ANNOTATIONS.contains(keyword)) {
                    throw new IllegalStateException("The schema combines $ref with '" + keyword + "' at '" + path
                            + "', which dpa4j's reader does not implement");
                }
            }
            return definition(ref.asString());
        }
        Node compiled = new Node();
        compiled.typeName = typeName;
        locate(compiled, path);
        fill(compiled, node, path);
        return compiled;
    }

    private Node definition(String ref) {
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalStateException("Unsupported $ref " + ref);
        }
        String name = ref.substring("#/$defs/".length());
        Node existing = definitions.get(name);
        if (existing != null) {
            return existing;
        }
        JsonNode target = schema.path("$defs").get(name);
        if (target == null) {
            throw new IllegalStateException("Unresolvable $ref " + ref);
        }
        if (target.has("$ref")) {
            throw new IllegalStateException("A definition that is only a $ref is not supported: " + ref);
        }
        Node compiled = new Node();
        compiled.typeName = name;
        locate(compiled, "/$defs/" + name);
        definitions.put(name, compiled); // before filling: definitions may refer to each other
        fill(compiled, target, "/$defs/" + name);
        return compiled;
    }

    private void fill(Node compiled, JsonNode node, String path) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String at = path + "/" + keyword;
            switch (keyword) {
                case "$schema", "$id", "$defs", "description" -> {
                    // annotations
                }
                case "title" -> compiled.title = value.asString();
                case "type" -> compiled.type = type(value.asString(), at);
                case "const" -> {
                    if (!value.isString()) {
                        throw new IllegalStateException("Only string constants are supported, at " + at);
                    }
                    compiled.constant = value.asString();
                }
                case "enum" -> {
                    Set<String> values = new HashSet<>();
                    List<String> listed = new ArrayList<>();
                    for (JsonNode constant : value) {
                        if (!constant.isString()) {
                            throw new IllegalStateException("Only string enumerations are supported, at " + at);
                        }
                        values.add(constant.asString());
                        listed.add(constant.asString());
                    }
                    compiled.enumValues = Set.copyOf(values);
                    compiled.enumList = List.copyOf(listed);
                    compiled.expectedEnum =
                            expectedEnum(listed, node.path("title").asString(""), ProblemTexts.ENGLISH);
                }
                case "pattern" -> {
                    compiled.pattern = Pattern.compile(value.asString());
                    compiled.notBlank = value.asString().equals("\\S");
                    compiled.patternSource = value.asString();
                    compiled.patternWording = ProblemTexts.ENGLISH.pattern(value.asString());
                }
                case "minLength" -> compiled.minLength = value.asInt();
                case "format" -> {
                    if (!value.asString().equals("date")) {
                        throw new IllegalStateException("Unsupported format '" + value.asString() + "' at " + at);
                    }
                    compiled.date = true;
                }
                case "minimum" -> {
                    compiled.minimum = value.decimalValue();
                    compiled.minimumLong = value.canConvertToExactIntegral() ? value.longValue() : Long.MIN_VALUE;
                }
                case "maximum" -> {
                    compiled.maximum = value.decimalValue();
                    compiled.maximumLong = value.canConvertToExactIntegral() ? value.longValue() : Long.MAX_VALUE;
                }
                case "minProperties" -> compiled.minProperties = value.asInt();
                case "propertyNames" -> {
                    for (String nameKeyword : value.propertyNames()) {
                        if (!nameKeyword.equals("enum") && !nameKeyword.equals("pattern")) {
                            throw new IllegalStateException(
                                    "Unsupported keyword '" + nameKeyword + "' in propertyNames at " + at);
                        }
                    }
                    compiled.names = compile(value, at, null);
                }
                case "properties" -> {
                    Map<String, Integer> index = new LinkedHashMap<>();
                    List<Node> list = new ArrayList<>();
                    for (Map.Entry<String, JsonNode> property : value.properties()) {
                        index.put(property.getKey(), list.size());
                        list.add(compile(property.getValue(), at + "/" + property.getKey(), null));
                    }
                    compiled.propertyIndex = Map.copyOf(index);
                    compiled.propertyList = List.copyOf(list);
                    compiled.propertyNames = List.copyOf(index.keySet());
                    compiled.lowerPropertyNames = compiled.propertyNames.stream()
                            .map(n -> n.toLowerCase(Locale.ROOT))
                            .toList();
                }
                case "additionalProperties" -> {
                    if (value.isBoolean()) {
                        compiled.additionalForbidden = !value.asBoolean();
                    } else {
                        compiled.additional = compile(value, at, null);
                    }
                }
                case "required", "anyOf", "items", "uniqueItems" -> {
                    // resolved below, once the properties are known
                }
                default ->
                    throw new IllegalStateException("The schema uses the keyword '" + keyword + "' at '" + path
                            + "', which dpa4j's reader does not implement");
            }
        }
        JsonNode required = node.get("required");
        if (required != null) {
            compiled.required = declared(compiled, required, path + "/required");
        }
        JsonNode anyOf = node.get("anyOf");
        if (anyOf != null && isStringOrRef(anyOf)) {
            // a text given as a plain string or in its full form (LocalizedText)
            JsonNode first = anyOf.get(0);
            int stringIndex = first.has("$ref") ? 1 : 0;
            compiled.stringForm = compile(anyOf.get(stringIndex), path + "/anyOf/" + stringIndex, null);
            Node objectForm = compile(anyOf.get(1 - stringIndex), path + "/anyOf/" + (1 - stringIndex), null);
            compiled.objectForm = objectForm;
            compiled.expectedType = expectedType(compiled, ProblemTexts.ENGLISH);
        } else if (anyOf != null) {
            List<JsonNode> names = new ArrayList<>();
            for (JsonNode alternative : anyOf) {
                JsonNode alternativeRequired = alternative.get("required");
                if (alternative.size() != 1 || alternativeRequired == null || alternativeRequired.size() != 1) {
                    throw new IllegalStateException(
                            "Only anyOf of single 'required' alternatives is supported, at " + path + "/anyOf");
                }
                names.add(alternativeRequired.get(0));
            }
            compiled.anyOfRequired = declared(compiled, names, path + "/anyOf");
        }
        JsonNode items = node.get("items");
        if (items != null) {
            compiled.items = compile(items, path + "/items", null);
        }
        JsonNode unique = node.get("uniqueItems");
        compiled.uniqueItems = unique != null && unique.asBoolean();
        if (compiled.type != null && compiled.expectedType.isEmpty()) {
            compiled.expectedType = expectedType(compiled, ProblemTexts.ENGLISH);
        }
    }

    /** Whether an {@code anyOf} has exactly two alternatives: a string schema and a {@code $ref}. */
    private static boolean isStringOrRef(JsonNode anyOf) {
        if (anyOf.size() != 2) {
            return false;
        }
        JsonNode a = anyOf.get(0);
        JsonNode b = anyOf.get(1);
        return (a.has("$ref") && a.size() == 1 && b.path("type").asString("").equals("string"))
                || (b.has("$ref")
                        && b.size() == 1
                        && a.path("type").asString("").equals("string"));
    }

    /** The indexes of required property names, which must all be declared in {@code properties}. */
    private static int[] declared(Node compiled, Iterable<JsonNode> names, String at) {
        List<Integer> indexes = new ArrayList<>();
        for (JsonNode name : names) {
            Integer index = compiled.propertyIndex.get(name.asString());
            if (index == null) {
                throw new IllegalStateException(
                        "The required property '" + name.asString() + "' is not declared, at " + at);
            }
            indexes.add(index);
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Type type(String name, String at) {
        return switch (name) {
            case "object" -> Type.OBJECT;
            case "array" -> Type.ARRAY;
            case "string" -> Type.STRING;
            case "boolean" -> Type.BOOLEAN;
            case "number" -> Type.NUMBER;
            case "integer" -> Type.INTEGER;
            default -> throw new IllegalStateException("Unsupported type '" + name + "' at " + at);
        };
    }

    /**
     * Names what a value of a schema must be, as a user reads it: the type, the model's name for it
     * and, for objects, the fields it may have; a text that may also be given in full form names both.
     */
    static String expectedType(Node node, ProblemTexts t) {
        Node objectForm = node.objectForm;
        if (objectForm != null) {
            return t.get("type.text", expectedType(objectForm, t));
        }
        Type type = node.type;
        if (type == null) {
            return t.get("type.value");
        }
        return switch (type) {
            case OBJECT -> {
                StringBuilder text = new StringBuilder(t.get("type.object"));
                if (node.typeName != null) {
                    text.append(t.get("type.object.ofType", node.typeName));
                }
                if (node.title != null && node.typeName != null && !node.title.contains("agreement")) {
                    text.append(t.get("type.object.title", t.title(node.title)));
                } else if (node.title != null && node.typeName == null) {
                    text.append(t.get("type.object.title", t.title(node.title)));
                }
                if (!node.propertyNames.isEmpty()) {
                    text.append(t.get("type.object.fields", String.join(", ", node.propertyNames)));
                    List<String> required = new ArrayList<>();
                    for (int index : node.required) {
                        required.add(node.propertyNames.get(index));
                    }
                    if (!required.isEmpty()) {
                        text.append(t.get("type.object.required", String.join(", ", required)));
                    }
                }
                yield text.toString();
            }
            case ARRAY -> {
                Node items = node.items;
                yield items == null ? t.get("type.array") : t.get("type.array.of", plural(items, t));
            }
            case STRING -> {
                if (node.title != null) {
                    yield t.get("type.string.title", t.title(node.title));
                }
                if (node.enumValues != null) {
                    yield t.get("type.string.enum", t.expectedEnum(node));
                }
                yield t.get("type.string");
            }
            case BOOLEAN -> t.get("type.boolean");
            case NUMBER -> t.get("type.number");
            case INTEGER -> t.get("type.integer");
        };
    }

    /** What an enumeration allows: its values, or for a long one with a title, the title and their number. */
    static String expectedEnum(List<String> listed, String title, ProblemTexts t) {
        return listed.size() > LONG_ENUM && !title.isEmpty()
                ? t.get("enum.long", t.withArticle(t.title(title)), String.valueOf(listed.size()))
                : t.get("enum.list", String.join(", ", listed));
    }

    /** What an array holds, in the plural: "Subprocessor objects", "strings", "ProtectionGoal values". */
    private static String plural(Node items, ProblemTexts t) {
        if (items.type == null) {
            return t.get("plural.values");
        }
        return switch (items.type) {
            case OBJECT ->
                items.typeName != null ? t.get("plural.typedObjects", items.typeName) : t.get("plural.objects");
            case ARRAY -> t.get("plural.arrays");
            case STRING ->
                items.typeName != null && (items.enumValues != null || items.title != null)
                        ? t.get("plural.typedValues", items.typeName)
                        : t.get("plural.strings");
            case BOOLEAN -> t.get("plural.booleans");
            case NUMBER -> t.get("plural.numbers");
            case INTEGER -> t.get("plural.integers");
        };
    }

    static String withArticle(String noun) {
        return noun.startsWith("a ") || noun.startsWith("an ")
                ? noun
                : (!noun.isEmpty() && "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
