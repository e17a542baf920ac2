/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word lists of the heuristic rules, read from {@code lexicon/<name>.txt}: one lower-case entry per line,
 * {@code #} starts a comment line. Kept as data so that a reviewer can extend a list without reading Java.
 */
final class Lexicon {

    private Lexicon() {}

    /**
     * Reads a lexicon.
     *
     * @param name the file name without {@code .txt}
     * @return the entries in file order
     * @throws IllegalStateException if the file is missing or an entry is not lower case
     */
    static List<String> load(String name) {
        String resource = "lexicon/" + name + ".txt";
        List<String> entries = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException("Lexicon " + resource + ": entry not in lower case: " + entry);
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
