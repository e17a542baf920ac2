/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises company names for matching: case, accents, punctuation and trailing legal-form designations are
 * ignored, so that {@code "Amazon Web Services EMEA SARL"} and {@code "amazon web services emea s.a.r.l."} compare
 * equal.
 */
final class Names {

    /**
     * Legal-form tokens, after dots have been removed and the text lower-cased. Only stripped at the end of a name
     * and never down to nothing.
     */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "gmbh",
            "mbh",
            "ag",
            "kg",
            "kgaa",
            "ohg",
            "gbr",
            "ug",
            "haftungsbeschrankt",
            "ek",
            "ev",
            "se",
            "co",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "company",
            "llc",
            "llp",
            "lp",
            "ltd",
            "limited",
            "plc",
            "pty",
            "sa",
            "sarl",
            "sas",
            "sasu",
            "sl",
            "sau",
            "srl",
            "spa",
            "bv",
            "nv",
            "ab",
            "as",
            "aps",
            "asa",
            "oy",
            "oyj",
            "kk",
            "gk",
            "sro",
            "zoo",
            "spzoo",
            "kft",
            "doo",
            "rl");

    private Names() {}

    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String lower = decomposed.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "");
        String spaced = lower.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        // a company in formation ("i. G.", "in Gründung") is the same entity once it is registered
        spaced = spaced.replaceAll("(?<=.) (?:i g|ig|in grundung)$", "");
        List<String> tokens = new ArrayList<>(Arrays.asList(spaced.split(" ")));
        while (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }
}
