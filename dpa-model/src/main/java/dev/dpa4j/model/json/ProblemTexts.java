/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.json.CompiledSchema.Node;
import dev.dpa4j.model.json.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The wordings of {@link JsonProblem}s in English and German, read as UTF-8 from {@code
 * problems_en.properties} and {@code problems_de.properties} beside this class: the one place where a
 * problem's text is written. The reader builds every English message and expectation here; {@link
 * JsonProblem#message(java.util.Locale)} builds the German ones from the same kind and arguments.
 *
 * <p>Deliberately not a {@link java.util.ResourceBundle}, which falls back to the default locale: the
 * language depends on the locale asked for and nothing else. The patterns are written as for {@link
 * java.text.MessageFormat}, but only its two devices are used, {@code {0}} for an argument and {@code ''}
 * for a quote; they are split once when loaded, so that a problem costs a concatenation and not the
 * parse of a pattern (a hostile document raises 200 of them). Arguments are strings, so that no number
 * is grouped or localised. Immutable and thread-safe.
 */
final class ProblemTexts {

    static final ProblemTexts ENGLISH = load("en");
    static final ProblemTexts GERMAN = load("de");

    private final boolean english;
    private final Properties texts;

    /** Each pattern split into literal strings and argument indexes ({@link Integer}). */
    private final Map<String, Object[]> patterns = new HashMap<>();

    private ProblemTexts(boolean english, Properties texts) {
        this.english = english;
        this.texts = texts;
        for (String key : texts.stringPropertyNames()) {
            patterns.put(key, split(key, texts.getProperty(key)));
        }
    }

    /**
     * Splits a pattern into literal strings and argument indexes.
     *
     * @throws IllegalStateException for a single quote or a brace that is not an argument, which the
     *     tests catch
     */
    static Object[] split(String key, String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                literal.append('\'');
                i++;
            } else if (c == '{'
                    && i + 2 < pattern.length()
                    && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 2) == '}') {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(pattern.charAt(i + 1) - '0');
                i += 2;
            } else if (c == '\'' || c == '{' || c == '}') {
                throw new IllegalStateException("The wording '" + key + "' has a lone " + c + ": " + pattern);
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    /** German for a locale whose language is {@code de}, English for any other. */
    static ProblemTexts of(Locale locale) {
        return locale.getLanguage().equals("de") ? GERMAN : ENGLISH;
    }

    private static ProblemTexts load(String language) {
        String name = "problems_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = Objects.requireNonNull(ProblemTexts.class.getResourceAsStream(name), name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + name, e);
        }
        return new ProblemTexts(language.equals("en"), texts);
    }

    /** The keys of this language's wordings, for the tests. */
    java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    /**
     * Formats the wording with the given key.
     *
     * @throws IllegalStateException if the key is missing, which is a bug the tests catch
     */
    String get(String key, String... args) {
        Object[] parts = patterns.get(key);
        if (parts == null) {
            throw new IllegalStateException("No wording for '" + key + "'");
        }
        if (parts.length == 1 && parts[0] instanceof String literal) {
            return literal;
        }
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Integer index) {
                text.append(args[index]);
            } else {
                text.append((String) part);
            }
        }
        return text.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // a problem in this language

    /** The message of a problem in this language; English is the problem's own message. */
    String message(JsonProblem problem) {
        if (english || problem.kind() == Kind.OTHER) {
            return problem.message();
        }
        try {
            return message(problem.kind(), problem.arguments());
        } catch (IndexOutOfBoundsException e) {
            // made by a caller with too few arguments: the English text is all there is
            return problem.message();
        }
    }

    /** The expectation of a problem in this language; English is the problem's own expectation. */
    String expected(JsonProblem problem) {
        if (english || problem.kind() == Kind.OTHER) {
            return problem.expected();
        }
        try {
            List<String> args = problem.arguments();
            Node node = null;
            int location = schemaLocation(problem.kind());
            if (location >= 0) {
                node = DpaJson.schemaNode(args.get(location));
                if (node == null) {
                    // a schema location this version does not know
                    return problem.expected();
                }
            }
            return expected(problem.kind(), args, node);
        } catch (IndexOutOfBoundsException e) {
            return problem.expected();
        }
    }

    /** The index of the schema location among the arguments of a kind, or -1 if it has none. */
    static int schemaLocation(Kind kind) {
        return switch (kind) {
            case NULL_VALUE -> 0;
            case WRONG_TYPE, UNKNOWN_KEY -> 2;
            case UNKNOWN_VALUE -> 3;
            default -> -1;
        };
    }

    /**
     * The message of a kind of problem with its arguments: one sentence that begins with a capital letter, also
     * where it begins with a value ("The string 'FOO' is not a known value here"), and ends without a full stop,
     * since the reader's lines go on with "; expected: …".
     */
    String message(Kind kind, List<String> a) {
        return capitalised(wording(kind, a));
    }

    /** The text with its first letter in upper case (Unicode's rule, no locale). */
    private static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length())
                .appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length())
                .toString();
    }

    private String wording(Kind kind, List<String> a) {
        String key = kind.name() + ".message";
        return switch (kind) {
            case OTHER -> get(key, a.get(0), a.get(1));
            case EMPTY_DOCUMENT, NOT_UTF8, TRAILING_CONTENT, NOT_BOUND, NULL_VALUE -> get(key);
            case SYNTAX,
                    LIMIT,
                    MODEL_RULE,
                    DUPLICATE_PROPERTY,
                    UNKNOWN_KEY,
                    INVALID_DATE,
                    TOO_SMALL,
                    TOO_LARGE,
                    NUMBER_OUT_OF_RANGE,
                    TOO_FEW_PROPERTIES,
                    MISSING_PROPERTY,
                    TOO_MANY_PROBLEMS -> get(key, a.get(0));
            case DOCUMENT_TOO_LONG -> get(key, a.get(0), a.get(1));
            case UNKNOWN_PROPERTY ->
                a.get(1).isEmpty() ? get(key, a.get(0)) : get(key + ".suggestion", a.get(0), a.get(1));
            case KEY_PATTERN, PATTERN_MISMATCH -> get(key, a.get(0), withArticle(pattern(a.get(1))));
            case WRONG_TYPE, WRONG_CONSTANT, UNKNOWN_VALUE, DUPLICATE_VALUE -> get(key, value(a.get(0), a.get(1)));
            case UNSUPPORTED_VERSION -> get(key, value(a.get(0), a.get(1)), a.get(2));
            case TOO_SHORT -> a.get(0).equals("0") ? get(key + ".empty") : get(key, a.get(0));
            case MISSING_ONE_OF -> get(key, quoted(a.get(0)));
        };
    }

    /**
     * The expectation of a kind of problem with its arguments; {@code node} is the schema at the
     * problem's schema location, needed for the kinds that have one.
     */
    String expected(Kind kind, List<String> a, @Nullable Node node) {
        String key = kind.name() + ".expected";
        return switch (kind) {
            case OTHER -> get(key, a.get(0), a.get(1));
            case EMPTY_DOCUMENT,
                    NOT_UTF8,
                    TRAILING_CONTENT,
                    NOT_BOUND,
                    SYNTAX,
                    MODEL_RULE,
                    DUPLICATE_PROPERTY,
                    DUPLICATE_VALUE,
                    INVALID_DATE,
                    NUMBER_OUT_OF_RANGE -> get(key);
            case LIMIT, DOCUMENT_TOO_LONG ->
                get(
                        key,
                        String.valueOf(DpaJson.MAX_NESTING_DEPTH),
                        String.valueOf(DpaJson.MAX_DOCUMENT_LENGTH),
                        String.valueOf(DpaJson.MAX_TOKEN_COUNT),
                        String.valueOf(DpaJson.MAX_STRING_LENGTH),
                        String.valueOf(DpaJson.MAX_NAME_LENGTH),
                        String.valueOf(DpaJson.MAX_NUMBER_LENGTH));
            case UNKNOWN_PROPERTY -> a.get(2).isEmpty() ? get(key + ".none") : get(key, a.get(2));
            case UNKNOWN_KEY, UNKNOWN_VALUE -> get(key, expectedEnum(Objects.requireNonNull(node, "node")));
            case WRONG_TYPE, NULL_VALUE -> get(key, expectedType(Objects.requireNonNull(node, "node")));
            case KEY_PATTERN, PATTERN_MISMATCH -> get(key, pattern(a.get(1)));
            case UNSUPPORTED_VERSION, WRONG_CONSTANT -> get(key, a.get(2));
            case TOO_SHORT -> a.get(1).equals("1") ? get(key + ".one") : get(key, a.get(1));
            case TOO_SMALL, TOO_LARGE, TOO_MANY_PROBLEMS -> get(key, a.get(1));
            case TOO_FEW_PROPERTIES -> a.get(1).equals("1") ? get(key + ".one") : get(key, a.get(1));
            case MISSING_PROPERTY -> get(key, a.get(0));
            case MISSING_ONE_OF -> get(key, quoted(a.get(0)));
        };
    }

    // ---------------------------------------------------------------------------------------------
    // parts

    /** A JSON value named in a sentence: "the string 'FOO'", "an object". */
    String value(String type, String text) {
        return get("value." + type, text);
    }

    /** How a text matching a regular expression of the schema is described. */
    String pattern(String regex) {
        String key = CompiledSchema.PATTERN_WORDING.get(regex);
        return key != null ? get("pattern." + key) : get("pattern.other", regex);
    }

    /** A noun with the indefinite article English needs; the German wordings carry their own. */
    String withArticle(String noun) {
        return english ? CompiledSchema.withArticle(noun) : noun;
    }

    /** A title of the schema in this language; a title without a wording as it is. */
    String title(String title) {
        return texts.getProperty("title." + title.replaceAll("[^A-Za-z0-9]+", "_"), title);
    }

    /** What a value of a schema must be: the precomputed English text, or the same built in this language. */
    String expectedType(Node node) {
        return english ? node.expectedType : CompiledSchema.expectedType(node, this);
    }

    /** What an enumeration allows: the precomputed English text, or the same built in this language. */
    String expectedEnum(Node node) {
        return english ? node.expectedEnum : CompiledSchema.expectedEnum(node.enumList, node.titleText(), this);
    }

    /** Names quoted and joined: "'a', 'b'". */
    private static String quoted(String names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names.split(", ", -1)) {
            quoted.add("'" + name + "'");
        }
        return String.join(", ", quoted);
    }
}
