/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company introduced by its legal form in words after its name, as agreements in many countries open: "ACME, a
 * société par actions simplifiée with a share capital of …", "Acme, a company incorporated under the laws of …",
 * "Acme, eine Gesellschaft mit beschränkter Haftung nach schweizerischem Recht". The abbreviated forms after a name
 * ("Acme GmbH", "Acme B.V.") are the model's list ({@code LegalForms}); this is the lexicon of the forms written out,
 * each with its usual abbreviation, and of the generic descriptions of a company, so that the name before the comma is
 * read as the party's name. Written from the company laws' own names of the forms, not from any agreement's text.
 */
final class LegalFormPhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Forms written out, with the abbreviation a name carries (in the order of the pattern's alternatives). */
    private static final Map<String, String> SPELLED = Map.ofEntries(
            Map.entry("société par actions simplifiée unipersonnelle", "SASU"),
            Map.entry("société par actions simplifiée", "SAS"),
            Map.entry("société à responsabilité limitée", "SARL"),
            Map.entry("société anonyme", "SA"),
            Map.entry("gesellschaft mit beschränkter haftung", "GmbH"),
            Map.entry("aktiengesellschaft", "AG"),
            Map.entry("kommanditgesellschaft", "KG"),
            Map.entry("besloten vennootschap", "B.V."),
            Map.entry("naamloze vennootschap", "N.V."),
            Map.entry("società a responsabilità limitata", "S.r.l."),
            Map.entry("società per azioni", "S.p.A."),
            Map.entry("sociedad limitada", "S.L."),
            Map.entry("sociedad de responsabilidad limitada", "S.L."),
            Map.entry("sociedad anónima", "S.A."),
            Map.entry("spółka z ograniczoną odpowiedzialnością", "Sp. z o.o."),
            Map.entry("private limited company", "Ltd"),
            Map.entry("public limited company", "plc"),
            Map.entry("limited liability company", "LLC"),
            Map.entry("limited liability partnership", "LLP"),
            Map.entry("aktiebolag", "AB"),
            Map.entry("osakeyhtiö", "Oy"),
            Map.entry("anpartsselskab", "ApS"),
            Map.entry("aksjeselskap", "AS"));

    /**
     * After the name's comma: an article, then a form written out or a generic description of a company ("a company
     * incorporated in", "a corporation organised under", "eine Gesellschaft nach … Recht").
     */
    private static final Pattern APPOSITIVE = AsciiGerman.compile(
            "^\\s*(?:a|an|une?|eine?|the)\\s+(?:(?:\\p{L}+\\s+){0,2}?(?<form>"
                    + String.join(
                            "|",
                            SPELLED.keySet().stream()
                                    .sorted((x, y) -> y.length() - x.length())
                                    .map(Pattern::quote)
                                    .toList())
                    + ")\\b|(?:(?:private|public|limited|registered|stock|joint[- ]stock|\\p{L}+)\\s+){0,2}"
                    + "(?:company|corporation|gesellschaft|entity)\\s+(?:incorporated|registered|organi[sz]ed|existing|formed"
                    + "|established|duly|with|having|under|nach|mit|gegründet|eingetragen))",
            FLAGS);

    private LegalFormPhrases() {}

    /**
     * Whether the text after a name's comma describes the name as a company, and with which abbreviated form.
     *
     * @param rest the text after the comma ("a société par actions simplifiée with …")
     * @return empty where it does not; the abbreviation, or "" for a company without a form written out
     */
    static Optional<String> appositive(String rest) {
        Matcher m = APPOSITIVE.matcher(rest);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String form = m.group("form");
        return Optional.of(form == null ? "" : SPELLED.getOrDefault(form.toLowerCase(java.util.Locale.ROOT), ""));
    }
}
