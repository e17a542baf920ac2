/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.HashMap;
import java.util.List;
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

    /** The note Completeness writes for a requirement left to a provision of another document not in the text. */
    static final String REFERS = "refers to ";

    static final String NOT_INCLUDED = ", which is not part of this document: its terms cannot be read here";

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
        if (note.startsWith(ClauseReferences.LIMITED)) {
            return Optional.of("eingeschränkt durch eine Abweichung an anderer Stelle der Vereinbarung von "
                    + note.substring(ClauseReferences.LIMITED.length()));
        }
        if (note.startsWith(ClauseReferences.PREVAILING)) {
            return Optional.of(
                    "eingeschränkt in einer Anlage, die bei Widersprüchen den Klauseln des Vertrags vorgeht: "
                            + note.substring(ClauseReferences.PREVAILING.length()));
        }
        if (note.startsWith(ClauseReferences.SUBORDINATE)) {
            return Optional.of(
                    "eingeschränkt in einer Anlage, ein zu klärender Widerspruch, auch wenn die Klauseln des "
                            + "Vertrags ihr vorgehen: " + note.substring(ClauseReferences.SUBORDINATE.length()));
        }
        if (note.startsWith(NarrowingDefinitions.NARROWED)) {
            return Optional.of("eingeschränkt durch die Begriffsbestimmung des Vertrags für einen Begriff, den die "
                    + "Pflicht verwendet: " + note.substring(NarrowingDefinitions.NARROWED.length()));
        }
        if (note.startsWith(REFERS) && note.endsWith(NOT_INCLUDED)) {
            String reference = note.substring(REFERS.length(), note.length() - NOT_INCLUDED.length());
            return Optional.of("verweist auf " + reference
                    + ", die nicht Teil dieses Dokuments ist: ihr Inhalt kann hier nicht gelesen werden");
        }
        return Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> wordings = new HashMap<>();
        for (List<String> row : Cues.rows("note-wordings-de.txt", 2)) {
            wordings.put(row.get(0), row.get(1));
        }
        return Map.copyOf(wordings);
    }
}
