/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import dev.dpa4j.model.json.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads agreement files (or standard input for {@code -}) and turns every way that can fail into one
 * {@link InputException}.
 *
 * <p>A file is read through a {@link LimitedInputStream} that stops at the library's documented
 * limit on the length of a document ({@link #MAX_BYTES}), so memory stays bounded whatever the
 * file: a larger one is refused after reading just past the limit, never loaded whole.
 */
final class Inputs {
    /**
     * The longest document the command reads: {@code DpaJson}'s documented limit on the length of
     * a document (10 MiB, counted in bytes for a stream). A longer one would be refused by the
     * library anyway; the command refuses it while reading.
     */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** At most this many JSON problems of one file are listed; the others are counted. */
    static final int MAX_PROBLEMS = 50;

    /** The file name that means standard input. */
    static final String STDIN = "-";

    private Inputs() {}

    /** A file read and parsed: its text (for locating findings) and the agreement. */
    record Loaded(Path file, String json, DataProcessingAgreement agreement) {}

    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    static Loaded load(Path file, Messages messages, Env env) {
        byte[] bytes = readBytes(file, messages, env);
        String json = decode(file, bytes, messages);
        try {
            // the stream form of the library's read, as for a file it reads itself
            return new Loaded(file, json, DpaJson.read(new ByteArrayInputStream(bytes)));
        } catch (DpaJsonException e) {
            throw jsonError(file, e, messages);
        } catch (JacksonException e) {
            throw jsonError(file, e, messages);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String problem = messages.get("input.invalid", Cli.oneLine(String.valueOf(e.getMessage())));
            throw new InputException(file, file + ": " + problem, problem, null, 0, 0, e);
        }
    }

    /** The file's bytes, at most {@link #MAX_BYTES} of them. */
    static byte[] readBytes(Path file, Messages messages, Env env) {
        String problem;
        Throwable cause;
        try {
            if (isStdin(file)) {
                return readBounded(env.stdin(messages));
            }
            if (Files.isDirectory(file)) {
                problem = messages.get("input.directory");
                cause = null;
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    return readBounded(in);
                }
            }
        } catch (LimitedInputStream.TooLargeException e) {
            problem = messages.get("input.tooLarge", MAX_BYTES);
            cause = e;
        } catch (NoSuchFileException e) {
            problem = messages.get("input.missing");
            cause = e;
        } catch (AccessDeniedException e) {
            problem = messages.get("input.denied");
            cause = e;
        } catch (IOException e) {
            problem = messages.get("input.unreadable", String.valueOf(e.getMessage()));
            cause = e;
        }
        throw new InputException(file, file + ": " + problem, problem, null, 0, 0, cause);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        return new LimitedInputStream(in, MAX_BYTES).readAllBytes();
    }

    /** The bytes as text; anything but UTF-8 is an error. A leading byte order mark is left out. */
    private static String decode(Path file, byte[] bytes, Messages messages) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String problem = messages.get("input.encoding");
            throw new InputException(file, file + ": " + problem, problem, null, 0, 0, e);
        }
    }

    /**
     * One problem is one line; several are a line that counts them and then one line each (at most
     * {@link #MAX_PROBLEMS}, the rest counted), each with pointer, line, column and what was expected,
     * worded in the language of the messages.
     */
    private static InputException jsonError(Path file, DpaJsonException e, Messages messages) {
        List<JsonProblem> problems = e.getProblems();
        JsonProblem first = problems.get(0);
        Locale locale = messages.lang().locale();
        String detail = first.message(locale) + "; " + messages.get("input.expected", first.expected(locale));
        String message;
        if (problems.size() == 1) {
            message = file + ": " + messages.get("input.json", pointer(first), first.line(), first.column(), detail);
        } else {
            StringBuilder text = new StringBuilder(file + ": " + messages.get("input.problems", problems.size()));
            for (JsonProblem p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
                text.append("\n  ")
                        .append(messages.get(
                                "input.problem",
                                pointer(p),
                                p.line(),
                                p.column(),
                                p.message(locale),
                                p.expected(locale)));
            }
            if (problems.size() > MAX_PROBLEMS) {
                text.append("\n  ").append(messages.get("input.more", problems.size() - MAX_PROBLEMS));
            }
            message = text.toString();
        }
        return new InputException(
                file, message, detail, first.pointer(), first.line(), first.column(), e, problems, MAX_PROBLEMS);
    }

    private static String pointer(JsonProblem problem) {
        return problem.pointer().isEmpty() ? "/" : problem.pointer();
    }

    private static InputException jsonError(Path file, JacksonException e, Messages messages) {
        String pointer = pointer(e.getPath());
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String detail = Cli.oneLine(String.valueOf(e.getOriginalMessage()));
        String problem = messages.get("input.json", pointer.isEmpty() ? "/" : pointer, line, column, detail);
        return new InputException(file, file + ": " + problem, detail, pointer, line, column, e);
    }

    /** The JSON pointer (RFC 6901) of Jackson's reference chain; empty for the document itself. */
    static String pointer(@Nullable List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        if (path != null) {
            for (JacksonException.Reference ref : path) {
                pointer.append('/');
                if (ref.getPropertyName() != null) {
                    pointer.append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
                } else if (ref.getIndex() >= 0) {
                    pointer.append(ref.getIndex());
                } else {
                    pointer.append('-');
                }
            }
        }
        return pointer.toString();
    }
}
