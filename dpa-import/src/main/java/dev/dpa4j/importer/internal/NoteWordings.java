/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The notes of the completeness check in the reader's language. The check writes its notes in English (they are
 * part of the JSON and SARIF output, which tools read); {@code note-wordings-de.txt} gives each its German wording.
 */
public final class NoteWordings {

    /** The note Completeness writes for a requirement weakened by a reference to another part of the document. */
    static final String QUALIFIED = "qualified by a reference to ";

    static final String WHICH = ", which is weaker: ";

    private static final Map<String, String> GERMAN = load();

    private NoteWordings() {}

    /**
     * Returns a note in the reader's language.
     *
     * @param note the note as the check wrote it, in English; may be empty
     * @param locale German for the German wording, any other language for the note as it is
     * @return the note in that language; the English note where no German wording is known
     */
    public static String in(String note, Locale locale) {
        if (note.isEmpty() || !locale.getLanguage().equals("de")) {
            return note;
        }
        return german(note).orElse(note);
    }

    /** The German wording of a note, or empty where none is known. */
    static Optional<String> german(String note) {
        String plain = GERMAN.get(note);
        if (plain != null) {
            return Optional.of(plain);
        }
        int which = note.indexOf(WHICH);
        if (note.startsWith(QUALIFIED) && which > QUALIFIED.length()) {
            String reference = note.substring(QUALIFIED.length(), which);
            return german(note.substring(which + WHICH.length()))
                    .map(why -> "eingeschränkt durch den Verweis auf " + reference + ", der schwächer ist: " + why);
        }
        return Optional.empty();
    }

    private static Map<String, String> load() {
        String name = "note-wordings-de.txt";
        Map<String, String> wordings = new HashMap<>();
        try (InputStream in = NoteWordings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from dpa-import");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException(
                            name + " line " + number + ": expected an English and a German note");
                }
                wordings.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(wordings);
    }
}
