/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON tree against the dpa4j JSON Schema and records every problem.
 *
 * <p>This is a deliberately small evaluator of the draft 2020-12 keywords that the generated schema
 * uses: {@code $ref} to {@code $defs}, {@code type}, {@code const}, {@code enum}, {@code pattern},
 * {@code format: date}, {@code minimum}, {@code maximum}, {@code minProperties},
 * {@code propertyNames}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code anyOf}, {@code items} and {@code uniqueItems}; annotations are ignored. A schema with any
 * other keyword is rejected when it is loaded, so the evaluator can never silently skip a rule. It
 * exists instead of a general validator because it reports in the library's terms (pointer, line,
 * column, what was expected) and needs no dependency besides Jackson. Tests check it against an
 * independent validator.
 */
final class SchemaCheck {

    private static final Set<String> ASSERTIONS = Set.of(
            "$ref",
            "type",
            "const",
            "enum",
            "pattern",
            "minLength",
            "format",
            "minimum",
            "maximum",
            "minProperties",
            "propertyNames",
            "properties",
            "required",
            "additionalProperties",
            "anyOf",
            "items",
            "uniqueItems");
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");

    /** Readable wording for the patterns the schema uses. */
    private static final Map<String, String> PATTERN_WORDING = Map.of(
            "\\S", "a text that is not blank",
            "^[A-Z]{3}$", "an ISO 4217 currency code of three capital letters, such as EUR",
            "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "an IETF language tag in lower case, such as de, en or de-AT");

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final int LONG_ENUM = 12;

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /**
     * Creates a check for a schema.
     *
     * @throws IllegalStateException if the schema uses a keyword this evaluator does not implement
     */
    SchemaCheck(JsonNode schema) {
        this.root = schema;
        verifyKeywords(schema, "");
    }

    /** Checks a document and records its problems. */
    void check(JsonNode document, LocatedProblems problems) {
        check(document, root, "", problems);
    }

    private void check(JsonNode value, JsonNode schema, String pointer, LocatedProblems problems) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            check(value, resolve(ref.asString()), pointer, problems);
        }
        JsonNode type = schema.get("type");
        if (type != null && !hasType(value, type.asString())) {
            String message = value.isNull()
                    ? "The value null is not allowed here; leave an optional property out instead"
                    : capitalised(describe(value)) + " is not allowed here";
            problems.atValue(pointer, message, expectedType(type.asString(), schema));
            return;
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !constant.equals(value)) {
            if (pointer.equals("/schemaVersion")) {
                problems.atValue(
                        pointer,
                        "The format version " + describe(value) + " is not supported; this version of dpa4j reads "
                                + constant + " only",
                        constant.toString());
            } else {
                problems.atValue(pointer, capitalised(describe(value)) + " is not allowed here", constant.toString());
            }
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, value)) {
            problems.atValue(
                    pointer,
                    capitalised(describe(value)) + " is not a known value here",
                    expectedEnum(allowed, schema));
        }
        if (value.isString()) {
            checkString(value.asString(), schema, pointer, problems, false);
        }
        if (value.isNumber()) {
            checkNumber(value.decimalValue(), schema, pointer, problems);
        }
        if (value.isObject()) {
            checkObject(value, schema, pointer, problems);
        }
        if (value.isArray()) {
            checkArray(value, schema, pointer, problems);
        }
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null) {
            checkAnyOf(value, anyOf, pointer, problems);
        }
    }

    private void checkString(String text, JsonNode schema, String pointer, LocatedProblems problems, boolean name) {
        JsonNode minLength = schema.get("minLength");
        if (!name && minLength != null && text.codePointCount(0, text.length()) < minLength.asInt()) {
            int length = text.codePointCount(0, text.length());
            problems.atValue(
                    pointer,
                    length == 0 ? "The text is empty" : "The text has only " + length + " characters",
                    minLength.asInt() == 1
                            ? "a text that is not empty"
                            : "a text of at least " + minLength.asInt() + " characters");
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && !compiled(pattern.asString()).matcher(text).find()) {
            String wording = PATTERN_WORDING.getOrDefault(
                    pattern.asString(), "a text matching the pattern " + pattern.asString());
            String message = (name ? "The property name '" : "The value '") + abbreviate(text) + "' is not "
                    + withArticle(wording);
            if (name) {
                problems.atName(pointer, message, wording);
            } else {
                problems.atValue(pointer, message, wording);
            }
        }
        JsonNode format = schema.get("format");
        if (format != null && format.asString().equals("date")) {
            try {
                LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                problems.atValue(
                        pointer,
                        "The date '" + abbreviate(text) + "' is not a valid calendar date",
                        "a date written as YYYY-MM-DD, for example 2025-05-01");
            }
        }
    }

    private static void checkNumber(BigDecimal number, JsonNode schema, String pointer, LocatedProblems problems) {
        JsonNode minimum = schema.get("minimum");
        if (minimum != null && number.compareTo(minimum.decimalValue()) < 0) {
            problems.atValue(
                    pointer,
                    "The number " + number.toPlainString() + " is too small",
                    "a number of at least " + minimum);
        }
        JsonNode maximum = schema.get("maximum");
        if (maximum != null && number.compareTo(maximum.decimalValue()) > 0) {
            problems.atValue(
                    pointer,
                    "The number " + abbreviate(number.toString()) + " is too large",
                    "a number of at most " + maximum);
        }
    }

    private void checkObject(JsonNode object, JsonNode schema, String pointer, LocatedProblems problems) {
        JsonNode minProperties = schema.get("minProperties");
        if (minProperties != null && object.size() < minProperties.asInt()) {
            problems.atValue(
                    pointer,
                    "The object has " + object.size() + " properties",
                    "at least " + minProperties.asInt() + (minProperties.asInt() == 1 ? " property" : " properties"));
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        JsonNode propertyNames = schema.get("propertyNames");
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            String child = Problems.child(pointer, name);
            if (propertyNames != null) {
                checkName(name, propertyNames, child, problems);
            }
            JsonNode declared = properties == null ? null : properties.get(name);
            if (declared != null) {
                check(property.getValue(), declared, child, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.atName(
                        child,
                        "Unknown property '" + abbreviate(name) + "'" + suggestion(name, properties),
                        known(properties));
            } else if (additional != null && additional.isObject()) {
                check(property.getValue(), additional, child, problems);
            }
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                if (!object.has(name.asString())) {
                    problems.atValue(
                            pointer,
                            "The required property '" + name.asString() + "' is missing",
                            "a value for '" + name.asString() + "'");
                }
            }
        }
    }

    private void checkName(String name, JsonNode schema, String pointer, LocatedProblems problems) {
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, tools.jackson.databind.node.StringNode.valueOf(name))) {
            problems.atName(
                    pointer,
                    "The property name '" + abbreviate(name) + "' is not a known key here",
                    expectedEnum(allowed, schema));
        }
        checkString(name, schema, pointer, problems, true);
    }

    private void checkArray(JsonNode array, JsonNode schema, String pointer, LocatedProblems problems) {
        JsonNode items = schema.get("items");
        JsonNode unique = schema.get("uniqueItems");
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String child = Problems.child(pointer, i);
            if (items != null) {
                check(element, items, child, problems);
            }
            if (unique != null && unique.asBoolean() && !seen.add(element)) {
                problems.atValue(
                        child,
                        capitalised(describe(element)) + " occurs more than once in this list",
                        "each value at most once");
            }
        }
    }

    private void checkAnyOf(JsonNode value, JsonNode alternatives, String pointer, LocatedProblems problems) {
        List<String> requiredNames = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            LocatedProblems trial = new LocatedProblems();
            check(value, alternative, pointer, trial);
            if (trial.isEmpty()) {
                return;
            }
            JsonNode required = alternative.get("required");
            if (alternative.size() == 1 && required != null && required.size() == 1) {
                requiredNames.add("'" + required.get(0).asString() + "'");
            }
        }
        if (requiredNames.size() == alternatives.size()) {
            problems.atValue(
                    pointer,
                    "The object needs at least one of " + String.join(", ", requiredNames) + ", but has none",
                    "at least one of " + String.join(", ", requiredNames));
        } else {
            problems.atValue(
                    pointer,
                    describe(value) + " matches none of the allowed forms",
                    "one of the forms the schema allows");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalStateException("Unsupported $ref " + ref);
        }
        JsonNode target = root.path("$defs").get(ref.substring("#/$defs/".length()));
        if (target == null) {
            throw new IllegalStateException("Unresolvable $ref " + ref);
        }
        return target;
    }

    private void verifyKeywords(JsonNode schema, String path) {
        if (!schema.isObject()) {
            throw new IllegalStateException("Schema at '" + path + "' is not an object");
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String at = path + "/" + keyword;
            if (!ASSERTIONS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw new IllegalStateException("The schema uses the keyword '" + keyword + "' at '" + path
                        + "', which dpa4j's structural check does not implement");
            }
            switch (keyword) {
                case "$ref" -> resolve(value.asString());
                case "format" -> {
                    if (!value.asString().equals("date")) {
                        throw new IllegalStateException("Unsupported format '" + value.asString() + "' at " + at);
                    }
                }
                case "pattern" -> compiled(value.asString());
                case "propertyNames", "items" -> verifyKeywords(value, at);
                case "additionalProperties" -> {
                    if (value.isObject()) {
                        verifyKeywords(value, at);
                    }
                }
                case "properties", "$defs" ->
                    value.properties().forEach(e -> verifyKeywords(e.getValue(), at + "/" + e.getKey()));
                case "anyOf" -> {
                    for (int i = 0; i < value.size(); i++) {
                        verifyKeywords(value.get(i), at + "/" + i);
                    }
                }
                default -> {
                    // a leaf keyword
                }
            }
        }
    }

    private Pattern compiled(String regex) {
        return patterns.computeIfAbsent(regex, Pattern::compile);
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "number" -> value.isNumber();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> throw new IllegalStateException("Unsupported type " + type);
        };
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String expectedType(String type, JsonNode schema) {
        String title = schema.path("title").asString("");
        String noun = switch (type) {
            case "object" -> title.isEmpty() ? "an object" : "an object (" + title + ")";
            case "array" -> "an array";
            case "string" -> title.isEmpty() ? "a string" : "a string (" + title + ")";
            case "boolean" -> "true or false";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            default -> type;
        };
        return noun;
    }

    private static String expectedEnum(JsonNode allowed, JsonNode schema) {
        String title = schema.path("title").asString("");
        if (allowed.size() > LONG_ENUM && !title.isEmpty()) {
            return withArticle(title) + " (one of " + allowed.size() + " values listed in the schema)";
        }
        List<String> values = new ArrayList<>();
        allowed.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
        return "one of " + String.join(", ", values);
    }

    private static String known(JsonNode properties) {
        if (properties == null || properties.isEmpty()) {
            return "no properties here";
        }
        return "one of the properties " + String.join(", ", properties.propertyNames());
    }

    /** Suggests the closest known property name for a likely typo. */
    private static String suggestion(String name, JsonNode properties) {
        if (properties == null) {
            return "";
        }
        return suggestion(name, properties.propertyNames());
    }

    /**
     * The suggestion this independent check computes the plain way (every candidate, the full table); also the
     * reference for the reader's bounded search in {@code TokenCheckSuggestionTest}.
     */
    static String suggestion(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 4) ? "; did you mean '" + best + "'?" : "";
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and transpositions. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The text with a capital first letter, as the reader begins every message. */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "the value null";
        }
        if (value.isString()) {
            return "the string '" + abbreviate(value.asString()) + "'";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isBoolean()) {
            return "the value " + value.asBoolean();
        }
        return "the number " + abbreviate(value.toString());
    }

    private static String withArticle(String noun) {
        return noun.startsWith("a ") || noun.startsWith("an ")
                ? noun
                : (startsWithVowelSound(noun) ? "an " : "a ") + noun;
    }

    private static boolean startsWithVowelSound(String noun) {
        return !noun.isEmpty() && "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0;
    }

    /** Shortens hostile values so that a message stays readable; control characters are made visible. */
    static String abbreviate(String text) {
        String shown = text.codePointCount(0, text.length()) > 60
                ? text.substring(0, text.offsetByCodePoints(0, 57)) + "..."
                : text;
        return shown.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? String.format(Locale.ROOT, "\\u%04X", c)
                        : Character.toString(c))
                .collect(Collectors.joining());
    }
}
