/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the tab-separated cue files of the importer ({@code element-cues.txt}, {@code fact-cues.txt}). */
final class Cues {

    /**
     * One line of a cue file.
     *
     * @param fields the fields before the pattern
     * @param pattern the compiled expression
     */
    record Line(List<String> fields, Pattern pattern) {}

    private Cues() {}

    static List<Line> load(String name, int fields) {
        List<Line> lines = new ArrayList<>();
        for (List<String> row : rows(name, fields + 1)) {
            lines.add(new Line(
                    row.subList(0, fields),
                    Pattern.compile(
                            AsciiGerman.widen(row.get(fields)),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
        }
        return List.copyOf(lines);
    }

    /**
     * Reads a tab-separated resource of this package: one row a line, blank lines and lines starting with "#" skipped.
     *
     * @param name the resource's name
     * @param fields how many fields each row has
     * @return the rows, each with exactly that many fields
     * @throws IllegalStateException if the resource is missing or a line has another number of fields
     */
    static List<List<String>> rows(String name, int fields) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Cues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Cue file " + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != fields) {
                    throw new IllegalStateException(name + " line " + number + ": expected " + fields
                            + " tab-separated fields, found " + parts.length);
                }
                rows.add(List.of(parts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
