/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** What the document-writing commands share: the default language and where the bytes go. */
final class Documents {
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

    /**
     * Writes the document to the file (replacing it) and says so on stderr, or to standard output
     * when no file is given.
     */
    static void emit(Env env, @Nullable Path output, byte[] document, Messages messages) {
        if (output == null) {
            env.write(document);
            return;
        }
        try {
            Files.write(output, document);
        } catch (IOException e) {
            throw new CliException(
                    output + ": " + messages.get("output.unwritable", String.valueOf(e.getMessage())), e);
        }
        env.error(messages.get("output.written", output));
    }
}
