/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.DataProcessingAgreement;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Strict reading in one pass over the tokens: {@link ModelBinder} binds the agreement from a parser
 * that shows every token to a {@link TokenCheck} before the binding sees it. The document is never
 * held as a tree; the binding builds the model and the check keeps only the stack of open objects.
 *
 * <p>The binding stops at the first value it cannot take; the check goes on to the end of the
 * document so that every problem is reported. A problem of the check always wins over the binding's
 * own failure (the check saw the offending token first); a binding failure on a document without
 * schema problems is a rule of the model (for example unique identifiers) and is reported at the
 * value it names.
 */
final class StrictReader {

    private final CompiledSchema schema;

    StrictReader(CompiledSchema schema) {
        this.schema = schema;
    }

    /**
     * Reads one agreement from a parser positioned before the document.
     *
     * @throws DpaJsonException listing every problem
     * @throws JacksonIOException if the underlying input fails
     */
    DataProcessingAgreement read(JsonParser raw) {
        Problems problems = new Problems();
        TokenCheck check = new TokenCheck(raw, problems, schema.root());
        CheckingParser parser = new CheckingParser(raw, check);
        DataProcessingAgreement agreement = null;
        RuntimeException bindingFailure = null;
        try {
            if (parser.nextToken() == null) {
                problems.at("", 1, 1, JsonProblem.Kind.EMPTY_DOCUMENT, null);
                throw new DpaJsonException(problems.list());
            }
            try {
                agreement = ModelBinder.dataProcessingAgreement(parser);
            } catch (JacksonIOException e) {
                throw e;
            } catch (RuntimeException e) {
                JacksonException syntax = syntaxFailure(parser, e);
                if (syntax != null) {
                    throw syntax;
                }
                bindingFailure = e;
                if (problems.isEmpty()) {
                    // nothing in the schema explains it: a rule of the model
                    String pointer = pointer(e);
                    check.atBinding(pointer, JsonProblem.Kind.MODEL_RULE, bindingReason(e));
                }
            }
            // the binding may have stopped early: check the rest of the document
            while (!check.rootClosed() && parser.nextToken() != null) {
                // each token is checked as it passes
            }
            trailingContent(raw, problems);
        } catch (StreamConstraintsException e) {
            // nothing after this point can be trusted, and what came before is noise beside it
            problems = new Problems();
            TokenStreamLocation location = raw.currentLocation();
            problems.at(
                    raw.streamReadContext().pathAsPointer().toString(),
                    location.getLineNr(),
                    location.getColumnNr(),
                    JsonProblem.Kind.LIMIT,
                    null,
                    withoutSourceReference(e.getOriginalMessage()));
        } catch (JacksonIOException e) {
            throw e;
        } catch (StreamReadException e) {
            problems = new Problems();
            TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : raw.currentLocation();
            problems.at(
                    raw.streamReadContext().pathAsPointer().toString(),
                    location.getLineNr(),
                    location.getColumnNr(),
                    JsonProblem.Kind.SYNTAX,
                    null,
                    withoutSourceReference(e.getOriginalMessage()));
        }
        if (!problems.isEmpty() || agreement == null) {
            if (problems.isEmpty()) {
                // cannot happen: a binding failure is always recorded; keep the contract all the same
                problems.at("", 1, 1, JsonProblem.Kind.NOT_BOUND, null);
            }
            throw new DpaJsonException(problems.list(), bindingFailure);
        }
        return agreement;
    }

    /**
     * The parser's own failure behind a failed binding, if any: malformed input (such as invalid
     * UTF-8, found only when a string is decoded) or a limit, rather than a value the model refuses.
     */
    private static @Nullable JacksonException syntaxFailure(CheckingParser parser, RuntimeException e) {
        if (parser.syntaxFailure != null) {
            return parser.syntaxFailure;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
                return (JacksonException) cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static void trailingContent(JsonParser raw, Problems problems) {
        TokenStreamLocation location = raw.currentLocation();
        try {
            if (raw.nextToken() == null) {
                return;
            }
            location = raw.currentTokenLocation();
        } catch (StreamConstraintsException | JacksonIOException e) {
            throw e;
        } catch (StreamReadException e) {
            if (e.getLocation() != null) {
                location = e.getLocation();
            }
        }
        problems.at("", location.getLineNr(), location.getColumnNr(), JsonProblem.Kind.TRAILING_CONTENT, null);
    }

    private static String pointer(RuntimeException e) {
        if (e instanceof Binding.Failure failure) {
            return failure.pointer();
        }
        if (!(e instanceof JacksonException jackson)) {
            return "";
        }
        String pointer = "";
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer = Problems.child(pointer, reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                pointer = Problems.child(pointer, reference.getIndex());
            }
        }
        return pointer;
    }

    /** Why the model refused a value, in the model's words. */
    private static String bindingReason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
            return String.valueOf(cause.getMessage());
        }
        if (e instanceof Binding.Failure) {
            return String.valueOf(e.getMessage());
        }
        if (e instanceof JacksonException jackson) {
            return withoutSourceReference(jackson.getOriginalMessage());
        }
        return String.valueOf(e);
    }

    /**
     * Removes Jackson's "[Source: REDACTED ...]" references: they never name a real source here
     * (the input is not echoed on purpose), and line and column are reported separately.
     */
    static String withoutSourceReference(@Nullable String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*?\\]", "")
                .strip();
    }

    /**
     * A parser that shows each token to the check as it is read. Every method that moves the parser
     * goes through {@link #nextToken()}, so that no token can pass unchecked; a syntax error is kept
     * so that the reader can tell it from a binding failure that Jackson wraps.
     */
    static final class CheckingParser extends JsonParserDelegate {
        private final TokenCheck check;

        @Nullable
        JacksonException syntaxFailure;

        CheckingParser(JsonParser delegate, TokenCheck check) {
            super(delegate);
            this.check = check;
        }

        @Override
        public @Nullable JsonToken nextToken() {
            JsonToken token;
            try {
                token = delegate.nextToken();
                check.token(token);
            } catch (StreamReadException | StreamConstraintsException e) {
                syntaxFailure = e;
                throw e;
            }
            return token;
        }

        @Override
        public @Nullable JsonToken nextValue() {
            JsonToken token = nextToken();
            if (token == JsonToken.PROPERTY_NAME) {
                token = nextToken();
            }
            return token;
        }

        @Override
        public @Nullable String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            JsonToken token = nextToken();
            if (token == JsonToken.PROPERTY_NAME) {
                return matcher.matchName(currentName());
            }
            return token == JsonToken.END_OBJECT
                    ? PropertyNameMatcher.MATCH_END_OBJECT
                    : PropertyNameMatcher.MATCH_ODD_TOKEN;
        }

        @Override
        public JsonParser skipChildren() {
            JsonToken current = currentToken();
            if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open--;
                }
            }
            return this;
        }
    }
}
