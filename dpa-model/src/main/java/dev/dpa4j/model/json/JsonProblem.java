/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.ModelPath;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a JSON document: where it is and what was expected there.
 *
 * <p>The place is given twice: as a JSON pointer (RFC 6901) into the document, such as
 * {@code /subprocessing/subprocessors/2/country}, which stays valid when the document is
 * reformatted, and as the line and column (both counted from 1) where the offending value, property
 * name or character begins. Where a value is missing, the place is the object that lacks it.
 *
 * <p>Each problem has a {@link Kind} and the {@linkplain #arguments() arguments} its wording is built
 * from, so that a program can tell problems apart without parsing the English text, and so that
 * {@link #message(Locale)} and {@link #expected(Locale)} can give the same problem in German.
 * {@link #message()} and {@link #expected()} are always English.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pointer the JSON pointer to the offending value; the empty string for the whole document
 * @param line the line where the offending token begins, from 1
 * @param column the column where the offending token begins, from 1, counted in characters
 * @param message what is wrong, as a sentence without the location
 * @param expected what the format expects at that place, for example {@code a string} or {@code one of TEMPLATE, DRAFT, EXECUTED}
 * @param kind what kind of problem this is; {@link Kind#OTHER} for a problem made without one
 * @param arguments the values the wording of the kind is built from, in the order its
 *     {@linkplain Kind documentation} lists them; empty for {@link Kind#OTHER}
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record JsonProblem(
        String pointer, int line, int column, String message, String expected, Kind kind, List<String> arguments) {

    /**
     * Creates a problem of a kind.
     *
     * @param pointer the JSON pointer, not null; empty for the whole document
     * @param line the line, from 1
     * @param column the column, from 1
     * @param message what is wrong, in English, not null
     * @param expected what was expected, in English, not null
     * @param kind the kind, not null
     * @param arguments the arguments of the kind's wording, not null, no null elements; copied
     * @throws IllegalArgumentException if line or column is less than 1
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public JsonProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, but were " + line + " and " + column);
        }
    }

    /**
     * Creates a problem of kind {@link Kind#OTHER}, without arguments: its message and expectation
     * read the same in every language.
     *
     * @param pointer the JSON pointer, not null; empty for the whole document
     * @param line the line, from 1
     * @param column the column, from 1
     * @param message what is wrong, not null
     * @param expected what was expected, not null
     * @throws IllegalArgumentException if line or column is less than 1
     */
    public JsonProblem(String pointer, int line, int column, String message, String expected) {
        this(pointer, line, column, message, expected, Kind.OTHER, List.of());
    }

    /**
     * Returns what is wrong in the language of a locale: German for every locale whose language is
     * {@code de}, English (the same text as {@link #message()}) for any other.
     *
     * <p>Values quoted from the document, property names and the schema's identifiers stay as they
     * are. The detail that the JSON parser or the model gives for {@link Kind#SYNTAX}, {@link
     * Kind#LIMIT} and {@link Kind#MODEL_RULE} is quoted in the language it was written in (English).
     * A problem of kind {@link Kind#OTHER} reads the same in every language.
     *
     * @param locale the locale, not null; only its language is used
     * @return the message, not null
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public String message(Locale locale) {
        return ProblemTexts.of(locale).message(this);
    }

    /**
     * Returns what the format expects at this place in the language of a locale, chosen as for
     * {@link #message(Locale)}.
     *
     * @param locale the locale, not null; only its language is used
     * @return the expectation, not null
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public String expected(Locale locale) {
        return ProblemTexts.of(locale).expected(this);
    }

    /**
     * Returns the place as a model path, in the form validation findings use: {@code ModelPath.fromJsonPointer(pointer())}.
     *
     * @return for example {@code subprocessing.subprocessors[2].country}; the root for the whole document
     * @throws IllegalArgumentException if the pointer is not a valid JSON pointer
     * @since 0.1
     */
    public ModelPath modelPath() {
        return ModelPath.fromJsonPointer(pointer);
    }

    /**
     * Returns the problem as one line of text: location, pointer, message and expectation.
     *
     * @return for example {@code line 4, column 16 at /processor/address/country: 'XX' is not an
     *     assigned country code; expected: an ISO 3166-1 alpha-2 country code}
     */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + " at " + (pointer.isEmpty() ? "(document)" : pointer) + ": "
                + message + "; expected: " + expected;
    }

    /**
     * What kind of problem a {@link JsonProblem} is. The arguments a problem of each kind carries are
     * listed with the kind, in order; a value from the document is given as shown in the message
     * (longer than 60 characters shortened, control characters written as a backslash, {@code u} and four hexadecimal digits). A
     * <em>value type</em> is one of {@code string}, {@code number}, {@code boolean}, {@code null},
     * {@code object} and {@code array}; the value of an object or array is the empty string. A
     * <em>schema location</em> is the JSON pointer, into the JSON Schema of the format, of the schema
     * the value did not match. Lists are joined with {@code ", "}.
     *
     * <p>Kinds may be added in a later version; code that switches over them should have a default.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** A problem made without a kind (by the five-argument constructor). No arguments. */
        OTHER,
        /** The document holds nothing but white space. No arguments. */
        EMPTY_DOCUMENT,
        /** The bytes are UTF-16 or UTF-32, not UTF-8. No arguments. */
        NOT_UTF8,
        /** The JSON is malformed. Arguments: the parser's description (English). */
        SYNTAX,
        /** The document exceeds a safety limit of the parser. Arguments: the parser's description (English). */
        LIMIT,
        /** The text handed over is longer than the document length limit. Arguments: its length, the limit. */
        DOCUMENT_TOO_LONG,
        /** Something other than white space follows the agreement object. No arguments. */
        TRAILING_CONTENT,
        /**
         * A property the format does not define. Arguments: the name, the closest defined name or the empty
         * string, the defined names.
         */
        UNKNOWN_PROPERTY,
        /** A property occurs twice in one object. Arguments: the name. */
        DUPLICATE_PROPERTY,
        /**
         * A key of a map that is not one of its keys. Arguments: the key, the allowed keys, the schema
         * location of the keys.
         */
        UNKNOWN_KEY,
        /** A key of a map that does not have the required form. Arguments: the key, the regular expression. */
        KEY_PATTERN,
        /** A value of the wrong JSON type. Arguments: the value type, the value, the schema location. */
        WRONG_TYPE,
        /** {@code null} where a value is needed. Arguments: the schema location. */
        NULL_VALUE,
        /**
         * A {@code schemaVersion} this version does not read. Arguments: the value type, the value, the version
         * read.
         */
        UNSUPPORTED_VERSION,
        /** Another value than the one constant allowed. Arguments: the value type, the value, the constant. */
        WRONG_CONSTANT,
        /**
         * A value that is not one of an enumeration. Arguments: the value type, the value, the allowed values,
         * the schema location.
         */
        UNKNOWN_VALUE,
        /** A value that occurs twice in a set. Arguments: the value type, the value. */
        DUPLICATE_VALUE,
        /** A text shorter than allowed. Arguments: its length in characters, the minimum length. */
        TOO_SHORT,
        /** A text that does not have the required form. Arguments: the text, the regular expression. */
        PATTERN_MISMATCH,
        /** A text that is not a calendar date in the form YYYY-MM-DD. Arguments: the text. */
        INVALID_DATE,
        /** A number below the minimum. Arguments: the number, the minimum. */
        TOO_SMALL,
        /** A number above the maximum. Arguments: the number, the maximum. */
        TOO_LARGE,
        /** A number no decimal can hold (its exponent is too large). Arguments: the number. */
        NUMBER_OUT_OF_RANGE,
        /** An object with fewer properties than required. Arguments: their number, the minimum. */
        TOO_FEW_PROPERTIES,
        /** A required property is missing. Arguments: its name. */
        MISSING_PROPERTY,
        /** None of several alternative properties is present. Arguments: their names. */
        MISSING_ONE_OF,
        /** The model refused a value the schema allows. Arguments: the model's reason (English). */
        MODEL_RULE,
        /** The document could not be bound to the model for no reason found. No arguments. */
        NOT_BOUND,
        /**
         * Stands last when more problems were found than are reported. Arguments: the number left out, the
         * most reported.
         */
        TOO_MANY_PROBLEMS
    }
}
