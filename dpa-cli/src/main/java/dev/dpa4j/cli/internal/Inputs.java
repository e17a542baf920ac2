/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import dev.dpa4j.model.json.JsonProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Reads agreement files and turns every way that can fail into one {@link InputException}. */
final class Inputs {
    private Inputs() {}

    /** A file read and parsed: its text (for locating findings) and the agreement. */
    record Loaded(Path file, String json, DataProcessingAgreement agreement) {}

    static Loaded load(Path file, Messages messages) {
        String json = readText(file, messages);
        try {
            return new Loaded(file, json, DpaJson.read(json));
        } catch (DpaJsonException e) {
            throw jsonError(file, e, messages);
        } catch (JacksonException e) {
            throw jsonError(file, e, messages);
        } catch (IllegalArgumentException e) {
            String problem = messages.get("input.invalid", Cli.oneLine(String.valueOf(e.getMessage())));
            throw new InputException(file, file + ": " + problem, problem, null, 0, 0, e);
        }
    }

    static String readText(Path file, Messages messages) {
        String problem;
        Throwable cause;
        try {
            if (Files.isDirectory(file)) {
                problem = messages.get("input.directory");
                cause = null;
            } else {
                byte[] bytes = Files.readAllBytes(file);
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            }
        } catch (NoSuchFileException e) {
            problem = messages.get("input.missing");
            cause = e;
        } catch (AccessDeniedException e) {
            problem = messages.get("input.denied");
            cause = e;
        } catch (CharacterCodingException e) {
            problem = messages.get("input.encoding");
            cause = e;
        } catch (IOException e) {
            problem = messages.get("input.unreadable", String.valueOf(e.getMessage()));
            cause = e;
        }
        throw new InputException(file, file + ": " + problem, problem, null, 0, 0, cause);
    }

    /** The first problem is the one line; the count of the others is appended to it. */
    private static InputException jsonError(Path file, DpaJsonException e, Messages messages) {
        JsonProblem first = e.getProblems().get(0);
        String detail = first.message() + "; " + messages.get("input.expected", first.expected());
        int more = e.getProblems().size() - 1;
        if (more > 0) {
            detail += " " + messages.get("input.more", more);
        }
        String problem = messages.get(
                "input.json", first.pointer().isEmpty() ? "/" : first.pointer(), first.line(), first.column(), detail);
        return new InputException(
                file, file + ": " + problem, detail, first.pointer(), first.line(), first.column(), e);
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
