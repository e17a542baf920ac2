/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** What the document-writing commands share: the default language and where the bytes go. */
final class Documents {
    /** The output file name that means standard output. */
    static final String STDOUT = "-";

    private Documents() {}

    /** The agreement's first language if the command speaks it, else English. */
    static Lang defaultLang(DataProcessingAgreement agreement) {
        for (String language : agreement.getLanguages()) {
            for (Lang lang : Lang.values()) {
                if (lang.tag().equals(language)) {
                    return lang;
                }
            }
        }
        return Lang.en;
    }

    /** Whether the output goes to standard output: no {@code -o}, or {@code -o -}. */
    static boolean isStdout(@Nullable Path output) {
        return output == null || output.toString().equals(STDOUT);
    }

    /**
     * Writes the document to the file and says so on stderr, or to standard output when no file (or
     * {@code -}) is given. The file is replaced atomically ({@link AtomicFile}): if the write fails,
     * an existing file keeps its old content.
     */
    static void emit(Env env, @Nullable Path output, byte[] document, Messages messages) {
        if (output == null || isStdout(output)) {
            env.write(document);
            return;
        }
        write(output, out -> out.write(document), true, messages);
        env.error(messages.get("output.written", output));
    }

    /**
     * Writes a file, turning every failure into one line that says why.
     *
     * @throws CliException naming the file and the reason: an existing file (if not {@code
     *     replace}), a missing directory, a denied permission, a full disk
     */
    static void write(Path output, AtomicFile.Content content, boolean replace, Messages messages) {
        try {
            AtomicFile.write(output, content, replace);
        } catch (IOException e) {
            throw new CliException(output + ": " + reason(output, e, messages), e);
        }
    }

    private static String reason(Path output, IOException e, Messages messages) {
        Path parent = output.toAbsolutePath().getParent();
        String directory = output.getParent() == null ? "." : String.valueOf(output.getParent());
        if (e instanceof FileAlreadyExistsException) {
            return messages.get("output.exists");
        }
        if (parent != null && !Files.exists(parent)) {
            return messages.get("output.noDirectory", directory);
        }
        if (parent != null && !Files.isDirectory(parent)) {
            return messages.get("output.notDirectory", directory);
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("output.denied", directory);
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("output.noDirectory", directory);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return messages.get("output.unwritable", fse.getReason());
        }
        return messages.get("output.unwritable", String.valueOf(e.getMessage()));
    }
}
