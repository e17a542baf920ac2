/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.RunStyle;
import dev.dpa4j.render.internal.TextTable.Template;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The texts of one language, with parameter filling and formatting of dates, periods and amounts. */
final class Texts {

    private final Locale locale;
    private final TextTable table;
    private final LanguageCheck languages;
    private final Map<String, List<@Nullable String>> numbers = new HashMap<>();
    private final Map<CountryCode, String> countryNames = new HashMap<>();
    private boolean businessDays;

    Texts(Locale locale, ClauseLibrary library, LanguageCheck languages) {
        this.locale = locale;
        // the clause library first, then the built-in wording outside the clauses (one mechanism for both),
        // each text looked up and parsed once per library and language
        this.table = TextTable.of(library, locale);
        this.languages = languages;
        if (!table.inLibrary("document.title")) {
            throw new DpaConfigurationException("The clause library has no texts for language '" + locale.getLanguage()
                    + "'; supply them with ClauseLibrary.builder().language(..)");
        }
    }

    Locale locale() {
        return locale;
    }

    Optional<String> opt(String key) {
        return Optional.ofNullable(table.template(key).text());
    }

    /** The variants of the clause text under the key (see {@link TextTable#clause}). */
    TextTable.ClauseTexts clause(String key) {
        return table.clause(key);
    }

    boolean has(String key) {
        return table.template(key).text() != null;
    }

    String get(String key) {
        String text = table.template(key).text();
        if (text == null) {
            throw missing(key);
        }
        return text;
    }

    /** The text under the key, parsed; a text the library lacks is a configuration error. */
    private Template template(String key) {
        Template template = table.template(key);
        if (template.text() == null) {
            throw missing(key);
        }
        return template;
    }

    private DpaConfigurationException missing(String key) {
        return new DpaConfigurationException(
                "The clause library has no text '" + key + "' in language '" + locale.getLanguage() + "'");
    }

    /**
     * The agreement's text in this language. A text the language lacks is recorded by the
     * {@link LanguageCheck} (which makes rendering fail unless fallback is allowed).
     */
    String resolve(LocalizedText text) {
        return languages.resolve(text, locale);
    }

    String label(Enum<?> value) {
        String text = table.label(value).text();
        if (text == null) {
            throw missing(TextTable.labelKey(value));
        }
        return text;
    }

    String labels(Collection<? extends Enum<?>> values) {
        List<String> labels = new ArrayList<>();
        values.forEach(v -> labels.add(label(v)));
        return join(labels);
    }

    /** The labels joined as alternatives ("per E-Mail oder über ein Kundenportal"). */
    String labelsOr(Collection<? extends Enum<?>> values) {
        List<String> labels = new ArrayList<>();
        values.forEach(v -> labels.add(label(v)));
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1))
                + get("format.or")
                + labels.get(labels.size() - 1);
    }

    String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + get("format.and") + items.get(items.size() - 1);
    }

    /**
     * The country's name: a {@code country.XX} text of the clause library if a user supplied one, else
     * the label of the reference catalogue ({@link Catalogs#standard()}), else the ISO code.
     */
    String country(CountryCode country) {
        // remembered per composition: a table of many sub-processors names the same few countries again and again
        String name = countryNames.get(country);
        if (name == null) {
            name = opt("country." + country.getCode()).orElseGet(() -> Countries.name(country, locale));
            countryNames.put(country, name);
        }
        return name;
    }

    /**
     * The provisions a heading of the measures annex rests on, cited under the heading: a
     * {@code cite.TomCategory.X} text of the clause library if a user supplied one, else the citation of the
     * reference catalogue ({@link Catalogs#standard()}) in this language, else none (the category
     * {@code OTHER}, or a language the catalogue does not cite in).
     */
    Optional<String> citation(TomCategory category) {
        return opt("cite.TomCategory." + category.name())
                .or(() -> Catalogs.standard()
                        .tomCategories()
                        .find(category)
                        .flatMap(c -> c.legalReferences())
                        .flatMap(r -> r.get(locale.getLanguage())));
    }

    /** The months' numbers in two digits ({@code String.format} here was 2 % of an HTML rendering, issue #14). */
    private static final String[] MONTH_NUMBERS = {
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"
    };

    String date(LocalDate date) {
        return plain(
                "format.date",
                Map.of(
                        "day", Integer.toString(date.getDayOfMonth()),
                        "month", get("format.month." + date.getMonthValue()),
                        "monthNumber", MONTH_NUMBERS[date.getMonthValue() - 1],
                        "year", Integer.toString(date.getYear())));
    }

    /** The period in the nominative/accusative, for example "30 Tage". */
    String period(TimePeriod period) {
        return periodForm(period, "");
    }

    /** The period in the dative, for example "30 Tagen" (same as nominative in English). */
    String periodDative(TimePeriod period) {
        return periodForm(period, ".dative");
    }

    /** Whether a period in business days has been printed; the definitions then say what one is. */
    boolean printedBusinessDays() {
        return businessDays;
    }

    private String periodForm(TimePeriod period, String form) {
        if (period.getUnit() == PeriodUnit.BUSINESS_DAYS) {
            businessDays = true;
        }
        String number = period.getAmount() == 1 ? "one" : "other";
        String key = "format.period." + period.getUnit().name() + form + "." + number;
        return plain(key, Map.of("n", Integer.toString(period.getAmount())));
    }

    String money(MonetaryRate rate) {
        BigDecimal amount = rate.getAmount().setScale(2, RoundingMode.HALF_EVEN);
        String digits = amount.toPlainString().replace(".", get("format.decimalSeparator"));
        String text = plain(
                "format.money." + rate.getUnit().name(), Map.of("amount", digits, "currency", rate.getCurrency()));
        return rate.isNet() ? text + get("format.money.net") : text;
    }

    /** Fills a text without parameters of run type. */
    String plain(String key, Map<String, String> parameters) {
        // as fill(..) with every value one plain run, whose texts it would join into one
        Template template = template(key);
        StringBuilder text = new StringBuilder();
        boolean valueEndsSentence = false;
        for (int p = 0; p < template.size(); p++) {
            String part = template.part(p);
            if (template.isParameter(p)) {
                String value = parameters.get(part);
                if (value == null) {
                    throw unknownParameter(key, part, parameters.keySet());
                }
                text.append(value);
                valueEndsSentence = endsSentence(value);
            } else {
                text.append(part, valueEndsSentence && part.charAt(0) == '.' ? 1 : 0, part.length());
                valueEndsSentence = false;
            }
        }
        if (template.unclosedAt() >= 0) {
            throw unclosed(key, template.unclosedAt());
        }
        return text.toString();
    }

    /**
     * The text under {@code key} with its only parameter {@code {n}} set to the number, remembered per key
     * and number: clause, section and reference numbers are asked for again and again.
     */
    String numbered(String key, int n) {
        List<String> known = numbers.computeIfAbsent(key, k -> new ArrayList<>());
        while (known.size() <= n) {
            known.add(null);
        }
        String text = known.get(n);
        if (text == null) {
            text = plain(key, Map.of("n", Integer.toString(n)));
            known.set(n, text);
        }
        return text;
    }

    /**
     * Fills the text under {@code key} as a sentence: like {@link #fill}, and when the text ends with a
     * parameter whose value (wording from the agreement) has no closing punctuation, a full stop is
     * added, so that a clause never ends in mid-air. A value that already ends with {@code . ! ? …} or
     * with {@code : ; ,} (the author's own punctuation) is left as it is.
     */
    List<Run> sentence(String key, Map<String, List<Run>> parameters) {
        Template template = template(key);
        List<Run> runs = fill(key, template, parameters);
        if (template.endsWithParameter() && !runs.isEmpty()) {
            String text = withoutEndMarkers(lastText(runs));
            int end = lastVisible(text);
            if (end >= 0 && !endsSentence(runs) && ":;,".indexOf(text.charAt(end)) < 0) {
                runs = new ArrayList<>(runs);
                Run last = runs.get(runs.size() - 1);
                if (last.style() == RunStyle.PLAIN) {
                    runs.set(runs.size() - 1, Run.text(last.text().stripTrailing() + "."));
                } else {
                    runs.add(Run.text("."));
                }
            }
        }
        return runs;
    }

    /**
     * Fills the text under {@code key}: {@code {name}} is replaced by the runs of that parameter,
     * <code>{{</code> and <code>}}</code> are literal braces. A full stop of the text right after a parameter is
     * left out when the value already ends the sentence ({@code . ! ?} or {@code …}, also before a
     * closing quotation mark), so "Ltd." or a wording ending with its own full stop never gets a
     * second one.
     */
    List<Run> fill(String key, Map<String, List<Run>> parameters) {
        return fill(key, template(key), parameters);
    }

    private List<Run> fill(String key, Template template, Map<String, List<Run>> parameters) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        boolean valueEndsSentence = false;
        for (int p = 0; p < template.size(); p++) {
            String part = template.part(p);
            if (!template.isParameter(p)) {
                // a full stop right after a value that ends the sentence is left out
                plain.append(part, valueEndsSentence && part.charAt(0) == '.' ? 1 : 0, part.length());
                valueEndsSentence = false;
                continue;
            }
            List<Run> value = parameters.get(part);
            if (value == null) {
                throw unknownParameter(key, part, parameters.keySet());
            }
            for (Run run : value) {
                if (run.style() == RunStyle.PLAIN) {
                    plain.append(run.text());
                } else {
                    flush(plain, runs);
                    runs.add(run);
                }
            }
            valueEndsSentence = endsSentence(value);
        }
        if (template.unclosedAt() >= 0) {
            throw unclosed(key, template.unclosedAt());
        }
        flush(plain, runs);
        return runs;
    }

    private DpaConfigurationException unclosed(String key, int position) {
        return new DpaConfigurationException("The text '" + key + "' in language '" + locale.getLanguage()
                + "' has an unclosed '{' at position " + position + "; write '{{' for a literal brace");
    }

    private DpaConfigurationException unknownParameter(String key, String name, Collection<String> names) {
        return new DpaConfigurationException("The text '" + key + "' in language '" + locale.getLanguage()
                + "' uses the parameter {" + name + "}, but this clause offers only " + names);
    }

    /** Closing quotation marks, which may follow the full stop of a quoted sentence. */
    private static final String CLOSING_QUOTES = "\u201C\u201D\u2019\u00BB\u00AB\u203A\u2039\"'";

    /** Whether the value, ignoring closing quotation marks and trailing spaces, ends with . ! ? or …. */
    private static boolean endsSentence(List<Run> value) {
        if (value.size() == 1) {
            return endsSentence(value.get(0).text());
        }
        StringBuilder text = new StringBuilder();
        value.forEach(run -> text.append(run.text()));
        return endsSentence(text.toString());
    }

    /** Whether the text, ignoring closing quotation marks and trailing spaces, ends with . ! ? or …. */
    private static boolean endsSentence(String value) {
        String s = withoutEndMarkers(value);
        int end = lastVisible(s);
        while (end >= 0 && CLOSING_QUOTES.indexOf(s.charAt(end)) >= 0) {
            end = lastVisible(s.substring(0, end));
        }
        return end >= 0 && ".!?\u2026".indexOf(s.charAt(end)) >= 0;
    }

    /** The text without the end markers of fallback passages, which are not punctuation. */
    private static String withoutEndMarkers(String text) {
        return text.indexOf(LanguageCheck.END) < 0 ? text : text.replace(String.valueOf(LanguageCheck.END), "");
    }

    /** The index of the last character that is not white space, or -1. */
    private static int lastVisible(String text) {
        int end = text.length() - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return end;
    }

    /** The text of the runs from the last non-blank one on. */
    private static String lastText(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (int i = runs.size() - 1; i >= 0; i--) {
            text.insert(0, runs.get(i).text());
            if (!runs.get(i).text().isBlank()) {
                break;
            }
        }
        return text.toString();
    }

    private static void flush(StringBuilder plain, List<Run> runs) {
        if (plain.length() > 0) {
            runs.add(Run.text(plain.toString()));
            plain.setLength(0);
        }
    }
}
