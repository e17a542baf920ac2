/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The scalar values and the failures of {@link ModelBinder}: each reader takes the parser's current
 * token, which the schema check has already seen, and refuses a token of another type with a
 * {@link Failure} (that only happens in a document the check has already found a problem in).
 */
final class Binding {

    private Binding() {}

    /** Requires the current token to open an object. */
    static void start(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw unexpected(p, "an object");
        }
    }

    /** Requires the current token to open an array. */
    static void array(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw unexpected(p, "an array");
        }
    }

    /**
     * Moves to the next element of an array whose current token is its start or the end of its previous
     * element; false at the end of the array.
     */
    static boolean element(JsonParser p) {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new Failure("the document ended inside an array", null);
        }
        return token != JsonToken.END_ARRAY;
    }

    static String string(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw unexpected(p, "a string");
        }
        return p.getString();
    }

    static boolean bool(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw unexpected(p, "true or false");
    }

    static int integer(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            // the schema counts 1.0 as an integer; the model, like databind before, takes none with a point
            throw new Failure(
                    "the number " + p.getString() + " is written with a decimal point or an exponent, but this"
                            + " value is a whole number written without one, such as 1",
                    null);
        }
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw unexpected(p, "an integer");
        }
        return p.getIntValue();
    }

    static BigDecimal decimal(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw unexpected(p, "a number");
        }
        return p.getDecimalValue();
    }

    static LocalDate date(JsonParser p) {
        return LocalDate.parse(string(p));
    }

    /** A text as a plain string (no language) or as an object of texts by language tag. */
    static LocalizedText localizedText(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return LocalizedText.plain(p.getString());
        }
        start(p);
        Map<String, String> texts = new LinkedHashMap<>();
        String language;
        while ((language = p.nextName()) != null) {
            p.nextToken();
            try {
                texts.put(language, string(p));
            } catch (RuntimeException e) {
                throw failure(e, language);
            }
        }
        return LocalizedText.of(texts);
    }

    /** A property the model does not have (the schema check has reported it already). */
    static Failure unknown(String name) {
        return new Failure("the model has no property '" + name + "'", null);
    }

    /** A builder refused its values: a rule of the model. */
    static Failure built(RuntimeException e) {
        return e instanceof Failure failure ? failure : new Failure(String.valueOf(e.getMessage()), e);
    }

    /**
     * A failure inside the value of a property, with the property added to its path; the parser's own
     * failures (malformed input, limits, input errors) pass unchanged.
     */
    static RuntimeException failure(RuntimeException e, String property) {
        if (e instanceof JacksonException) {
            return e;
        }
        Failure failure = e instanceof Failure f ? f : new Failure(String.valueOf(e.getMessage()), e);
        failure.path.add(property);
        return failure;
    }

    /** A failure inside an element of an array, with its index added to its path. */
    static RuntimeException failure(RuntimeException e, int index) {
        if (e instanceof JacksonException) {
            return e;
        }
        Failure failure = e instanceof Failure f ? f : new Failure(String.valueOf(e.getMessage()), e);
        failure.path.add(index);
        return failure;
    }

    private static Failure unexpected(JsonParser p, String expected) {
        return new Failure("expected " + expected + " but found " + p.currentToken(), null);
    }

    /**
     * The binding stopped: the model refused a value (the cause says why) or a token was not what the
     * model needs. Knows the path from the document's root to the value.
     */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Innermost first: property names and array indexes. */
        private final transient List<Object> path = new ArrayList<>();

        Failure(String message, @Nullable Throwable cause) {
            super(message, cause, false, false);
        }

        /** The JSON pointer of the value that failed. */
        String pointer() {
            String pointer = "";
            for (int i = path.size() - 1; i >= 0; i--) {
                Object step = path.get(i);
                pointer = step instanceof Integer index
                        ? Problems.child(pointer, index)
                        : Problems.child(pointer, (String) step);
            }
            return pointer;
        }
    }
}
