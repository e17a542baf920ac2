/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.Country;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds countries named in text, by the German and English labels of the model's country catalogue plus the
 * short forms agreements use ("USA", "UK", "U.S."). Regions ("EU", "EWR", "EEA") are found separately.
 */
final class Countries {

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Set<String> CODES = new HashSet<>();
    /** A code in capitals in parentheses or after a comma, at the end or before the next place: "Frankfurt (DE)". */
    private static final Pattern CODE = Pattern.compile("(?:\\(\\s*|,\\s*)(\\p{Lu}{2})(?=\\s*\\)|\\s*,|\\s*$)");

    private static final Pattern PATTERN;
    private static final Pattern REGION = Pattern.compile(
            "\\b(EU|EWR|EEA|EU/EWR|EU/EEA|Europäische[nr]? Union|European Union)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("deutsch", "DE"),
            Map.entry("german", "DE"),
            Map.entry("österreichisch", "AT"),
            Map.entry("austrian", "AT"),
            Map.entry("schweizerisch", "CH"),
            Map.entry("swiss", "CH"),
            Map.entry("english", "GB"),
            Map.entry("englisch", "GB"),
            Map.entry("irish", "IE"),
            Map.entry("irisch", "IE"),
            Map.entry("french", "FR"),
            Map.entry("französisch", "FR"),
            Map.entry("dutch", "NL"),
            Map.entry("niederländisch", "NL"),
            Map.entry("luxembourg", "LU"),
            Map.entry("luxemburgisch", "LU"),
            Map.entry("luxembourgish", "LU"),
            Map.entry("dänisch", "DK"),
            Map.entry("danish", "DK"),
            Map.entry("belgisch", "BE"),
            Map.entry("belgian", "BE"),
            Map.entry("italienisch", "IT"),
            Map.entry("italian", "IT"),
            Map.entry("spanisch", "ES"),
            Map.entry("spanish", "ES"),
            Map.entry("portugiesisch", "PT"),
            Map.entry("portuguese", "PT"),
            Map.entry("polnisch", "PL"),
            Map.entry("polish", "PL"),
            Map.entry("schwedisch", "SE"),
            Map.entry("swedish", "SE"),
            Map.entry("finnisch", "FI"),
            Map.entry("finnish", "FI"),
            Map.entry("tschechisch", "CZ"),
            Map.entry("czech", "CZ"),
            Map.entry("norwegisch", "NO"),
            Map.entry("norwegian", "NO"),
            Map.entry("liechtensteinisch", "LI"));

    static {
        for (Country c : Catalogs.standard().countries().all()) {
            CODES.add(c.code().getCode());
            for (String label : c.labels().getTranslations().values()) {
                NAMES.put(label.toLowerCase(Locale.ROOT), c.code().getCode());
            }
        }
        String[][] aliases = {
            {"usa", "US"},
            {"u.s.a.", "US"},
            {"u.s.", "US"},
            {"us", "US"},
            {"united states of america", "US"},
            {"vereinigte staaten von amerika", "US"},
            {"uk", "GB"},
            {"großbritannien", "GB"},
            {"great britain", "GB"},
            {"england", "GB"},
            {"england and wales", "GB"},
            {"schweiz", "CH"},
            {"niederlande", "NL"},
            {"the netherlands", "NL"},
            {"republic of ireland", "IE"},
            {"bundesrepublik deutschland", "DE"}
        };
        for (String[] a : aliases) {
            NAMES.put(a[0], a[1]);
        }
        List<String> names = new ArrayList<>(NAMES.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String n : names) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(n));
        }
        PATTERN = Pattern.compile(
                "(?<![\\p{L}])(" + alternation + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private Countries() {}

    /** A country found at a position. */
    record Hit(String code, int start, int end) {}

    /** The first country named in the text; "US" only in capitals, so that the English word "us" is no hit. */
    static Optional<Hit> first(String text) {
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            String found = m.group(1);
            String key = found.toLowerCase(Locale.ROOT);
            if ((key.equals("us") || key.equals("uk")) && !found.equals(found.toUpperCase(Locale.ROOT))) {
                continue;
            }
            String code = NAMES.get(key);
            if (code != null) {
                return Optional.of(new Hit(code, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first country given by its two-letter code after a place, in parentheses or after a comma ("Frankfurt (DE)",
     * "Kassel, DE", "Manchester (UK)"), as lists of sub-processors give the location of processing (Art. 28(2), (4)
     * GDPR). Only in capitals and only a code of the catalogue (or "UK"), so that a word is no hit.
     */
    static Optional<Hit> firstCode(String text) {
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String code = m.group(1);
            if (code.equals("UK")) {
                return Optional.of(new Hit("GB", m.start(1), m.end(1)));
            }
            if (CODES.contains(code)) {
                return Optional.of(new Hit(code, m.start(1), m.end(1)));
            }
        }
        return Optional.empty();
    }

    /** A region named in the text: EU or EEA. */
    static Optional<String> region(String text) {
        Matcher m = REGION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String r = m.group(1).toUpperCase(Locale.ROOT);
        return Optional.of(r.contains("EWR") || r.contains("EEA") ? "EEA" : "EU");
    }

    /** The country of a law named by adjective ("deutsches Recht", "English law"). */
    static Optional<String> ofAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : ADJECTIVES.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
