/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.catalog.LegalForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalises company names for matching: case, accents, punctuation and trailing legal-form designations are
 * ignored, so that {@code "Amazon Web Services EMEA SARL"} and {@code "amazon web services emea s.a.r.l."} compare
 * equal.
 */
final class Names {

    /**
     * The legal forms ({@link LegalForms#all()}) as token sequences, normalised as names are. Only stripped at the
     * end of a name and never down to nothing.
     */
    private static final Set<List<String>> LEGAL_FORMS =
            LegalForms.all().stream().map(Names::tokens).collect(Collectors.toUnmodifiableSet());

    private static final int LONGEST_FORM =
            LEGAL_FORMS.stream().mapToInt(List::size).max().orElse(0);

    private Names() {}

    static String normalise(String name) {
        List<String> tokens = new ArrayList<>(tokens(name));
        // a company in formation ("i. G.", "in Gründung") is the same entity once it is registered
        String spaced = String.join(" ", tokens).replaceAll("(?<=.) (?:i g|ig|in grundung)$", "");
        tokens = new ArrayList<>(Arrays.asList(spaced.split(" ")));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (int k = Math.min(LONGEST_FORM, tokens.size() - 1); k >= 1; k--) {
                List<String> tail = tokens.subList(tokens.size() - k, tokens.size());
                if (LEGAL_FORMS.contains(tail)) {
                    tail.clear();
                    stripped = true;
                    break;
                }
            }
        }
        return String.join(" ", tokens);
    }

    /** Accents and case removed, dots and apostrophes dropped, split at everything that is no letter or digit. */
    private static List<String> tokens(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String lower = decomposed.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "");
        String spaced = lower.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return List.of(spaced.split(" "));
    }
}
