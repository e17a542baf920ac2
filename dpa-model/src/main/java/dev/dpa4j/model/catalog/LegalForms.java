/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The legal forms of companies that dpa4j recognises after a company's name ({@code GmbH}, {@code Ltd.},
 * {@code S.à r.l.}, ...), as written: one list, read from {@code legal-forms.txt}, behind the matching of renamed
 * sub-processors in a diff, the recognition of party names when importing and the validator's check of parties known
 * only by a trade name.
 *
 * <p>Immutable and thread-safe; the list is read once.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LegalForms {

    private static final String WORD = " [word]";

    private static final List<List<String>> FORMS = read();

    private LegalForms() {}

    /**
     * Returns every legal form, as written after a company's name.
     *
     * @return an unmodifiable list in the order of the data file, for example {@code GmbH}, {@code UG
     *     (haftungsbeschränkt)}, {@code Co.}
     */
    public static List<String> all() {
        return FORMS.get(0);
    }

    /**
     * Returns the legal forms that are not also ordinary words or usual defined terms: those that alone mark a text
     * as a company's name ({@code Company} and {@code Co.} do not).
     *
     * @return an unmodifiable list in the order of the data file
     */
    public static List<String> distinctive() {
        return FORMS.get(1);
    }

    private static List<List<String>> read() {
        String resource = "legal-forms.txt";
        List<String> all = new ArrayList<>();
        List<String> distinctive = new ArrayList<>();
        try (InputStream in = LegalForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The data file " + resource + " is missing from dpa-model");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.endsWith(WORD)) {
                    all.add(entry.substring(0, entry.length() - WORD.length()).strip());
                } else {
                    all.add(entry);
                    distinctive.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(List.copyOf(all), List.copyOf(distinctive));
    }
}
