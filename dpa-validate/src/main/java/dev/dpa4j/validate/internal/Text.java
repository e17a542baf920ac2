/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Predicates on free text: presence, placeholders, catch-all wording and the vague-time lexicon. */
final class Text {

    /** Vague time expressions (rule catalogue §3.8), lower case. */
    static final List<String> VAGUE_TIME = List.of(
            "unverzüglich",
            "umgehend",
            "sofort",
            "zeitnah",
            "schnellstmöglich",
            "baldmöglichst",
            "rechtzeitig",
            "angemessene frist",
            "angemessener frist",
            "in angemessener zeit",
            "bei gelegenheit",
            "without undue delay",
            "promptly",
            "immediately",
            "as soon as practicable",
            "as soon as reasonably possible",
            "in due time",
            "timely",
            "within a reasonable period");

    /** Vague time words that are the statutory standard ("without undue delay") or stricter. */
    static final Set<String> STATUTORY_PROMPTNESS =
            Set.of("unverzüglich", "umgehend", "sofort", "without undue delay", "promptly", "immediately");

    /** Quality words that say nothing on their own (rule catalogue §3.8). */
    static final List<String> VAGUE_QUALITY = List.of(
            "stand der technik",
            "branchenüblich",
            "marktüblich",
            "angemessen",
            "geeignete maßnahmen",
            "industry standard",
            "industry-standard",
            "commercially reasonable",
            "appropriate measures",
            "state of the art");

    /** Catch-all descriptions that identify nothing specific when they are the whole text. */
    static final Set<String> CATCH_ALL = Set.of(
            "alle personenbezogenen daten",
            "sämtliche daten",
            "sämtliche personenbezogenen daten",
            "personenbezogene daten",
            "kundendaten",
            "daten",
            "any personal data",
            "all personal data",
            "personal data",
            "customer data",
            "data",
            "betroffene",
            "betroffene personen",
            "personen",
            "nutzer",
            "data subjects",
            "users",
            "persons",
            "individuals",
            "verarbeitung",
            "datenverarbeitung",
            "processing",
            "data processing",
            "business purposes",
            "geschäftszwecke");

    /** Phrases that only restate the law or point elsewhere. */
    static final List<String> STATUTE_PHRASES = List.of(
            "gemäß art. 28 dsgvo",
            "nach art. 28 dsgvo",
            "as required by gdpr",
            "as required by the gdpr",
            "in accordance with art. 28 gdpr",
            "im rahmen des hauptvertrag",
            "as described in the main agreement",
            "as set out in the agreement",
            "siehe hauptvertrag");

    private static final Pattern PLACEHOLDER = Pattern.compile("(?s).*(\\[\\[.*]]|\\[[^\\]]*]|\\{\\{.*}}|<[^>]+>|…).*");
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("tbd", "tba", "xxx", "n/a", "na", "todo", "-", "?");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "\\d+\\s*(h\\b|std|stunde|hour|tag|day|werktag|business day|woche|week|monat|month|kalendertag)");

    private Text() {}

    static boolean isPlaceholder(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return PLACEHOLDER_WORDS.contains(t) || PLACEHOLDER.matcher(t).matches();
    }

    /** Non-blank and not a placeholder. */
    static boolean present(String text) {
        return !text.isBlank() && !isPlaceholder(text);
    }

    static boolean present(Optional<String> text) {
        return text.isPresent() && present(text.get());
    }

    static boolean presentText(Optional<LocalizedText> text) {
        return text.isPresent() && present(text.get());
    }

    static boolean present(LocalizedText text) {
        return text.getTranslations().values().stream().anyMatch(Text::present);
    }

    /** All translations joined, in lower case, for lexicon searches. */
    static String lower(LocalizedText text) {
        return String.join("\n", text.getTranslations().values()).toLowerCase(Locale.ROOT);
    }

    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return t.replaceAll("[\\s\\u00a0]+", " ").replaceAll("^[\\s.,;:()\"'-]+|[\\s.,;:()\"'-]+$", "");
    }

    /**
     * Whether a text is catch-all or statute wording only. With {@code minWords}, texts with fewer
     * meaningful words (longer than two letters) count as generic too.
     */
    static boolean generic(LocalizedText text, int minWords) {
        for (String value : text.getTranslations().values()) {
            if (!genericValue(value, minWords)) {
                return false;
            }
        }
        return true;
    }

    private static boolean genericValue(String value, int minWords) {
        String t = normalise(value);
        if (t.isEmpty() || CATCH_ALL.contains(t)) {
            return true;
        }
        long words = Pattern.compile("[\\s/]+")
                .splitAsStream(t)
                .filter(w -> w.length() > 2)
                .count();
        for (String phrase : STATUTE_PHRASES) {
            if (t.contains(phrase) && words < 8) {
                return true;
            }
        }
        return minWords > 0 && words < minWords;
    }

    /** The first vague-time term in the text, if the text holds no number with a unit. */
    static Optional<String> vagueTime(LocalizedText text) {
        String t = lower(text);
        if (NUMBER_WITH_UNIT.matcher(t).find()) {
            return Optional.empty();
        }
        return VAGUE_TIME.stream().filter(t::contains).findFirst();
    }

    /** Whether a term of the vague-time lexicon is the statutory standard or stricter. */
    static boolean isStatutoryPromptness(String term) {
        return STATUTORY_PROMPTNESS.contains(term);
    }

    /** The first vague quality term in the text. */
    static Optional<String> vagueQuality(LocalizedText text) {
        String t = lower(text);
        return VAGUE_QUALITY.stream().filter(t::contains).findFirst();
    }

    static boolean containsAny(LocalizedText text, List<String> stems) {
        String t = lower(text);
        return stems.stream().anyMatch(t::contains);
    }

    /** The wording of a time limit, for messages: the first translation, or the period. */
    static String wording(TimeLimit limit) {
        if (limit.getWording().isPresent()) {
            LocalizedText w = limit.getWording().get();
            return w.getTranslations().values().iterator().next().strip();
        }
        return limit.getPeriod().map(Text::period).orElse("");
    }

    static String period(TimePeriod period) {
        return period.getAmount() + " "
                + period.getUnit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Upper bound of a period in hours: business days count with weekends, months as 31 days. */
    static long maxHours(TimePeriod period) {
        long a = period.getAmount();
        return switch (period.getUnit()) {
            case HOURS -> a;
            case CALENDAR_DAYS -> a * 24;
            case BUSINESS_DAYS -> (a + 2 * ((a + 4) / 5)) * 24;
            case WEEKS -> a * 7 * 24;
            case MONTHS -> a * 31 * 24;
        };
    }

    /** Lower bound of a period in whole days: hours round down, months count as 28 days. */
    static long minDays(TimePeriod period) {
        long a = period.getAmount();
        return switch (period.getUnit()) {
            case HOURS -> a / 24;
            case CALENDAR_DAYS, BUSINESS_DAYS -> a;
            case WEEKS -> a * 7;
            case MONTHS -> a * 28;
        };
    }

    /** Upper bound of a period in whole days. */
    static long maxDays(TimePeriod period) {
        return (maxHours(period) + 23) / 24;
    }
}
