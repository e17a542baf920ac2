/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats message templates with named parameters; see {@code RuleDescriptor} for the syntax. */
public final class Messages {

    /** A placeholder: {@code {name}}, {@code {name,terms}} or {@code {name,country}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?:,(terms|country|period))?}");

    /** The base name of the bundle of the built-in rules. */
    public static final String BUILT_IN_BUNDLE = "dev.dpa4j.validate.internal.messages";

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private Messages() {}

    /**
     * Maps a requested locale to the locale a bundle is looked up with: German, or the root (English)
     * for every other language. Looking up the root avoids the JDK's fallback to the default locale.
     *
     * @param locale the requested locale
     * @return {@link Locale#GERMAN} or {@link Locale#ROOT}
     */
    public static Locale bundleLocale(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
    }

    /**
     * Returns the bundle of the built-in rules.
     *
     * @param locale {@link Locale#GERMAN} or {@link Locale#ROOT}
     * @return the bundle
     */
    public static ResourceBundle builtIn(Locale locale) {
        return ResourceBundle.getBundle(BUILT_IN_BUNDLE, bundleLocale(locale));
    }

    /**
     * Formats a template from a bundle.
     *
     * @param bundle the bundle
     * @param key the key of the template
     * @param params the parameters
     * @param locale the language, for country names
     * @return the text
     * @throws MissingResourceException if a key is missing
     */
    public static String format(ResourceBundle bundle, String key, Map<String, String> params, Locale locale) {
        String template = bundle.getString(key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.get(name);
            String replacement;
            if (value == null) {
                replacement = "{" + name + "}";
            } else if (value.equals("-") && m.group(2) == null && bundle.containsKey("term." + name + ".unnamed")) {
                // a party without a name ("-") is named by its role in words, never by the dash
                replacement = bundle.getString("term." + name + ".unnamed");
                if (m.start() == 0) {
                    replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                }
            } else if ("terms".equals(m.group(2))) {
                List<String> terms = new ArrayList<>();
                for (String term : value.split(",")) {
                    String id = term.trim();
                    if (!id.isEmpty()) {
                        terms.add(bundle.containsKey("term." + id) ? bundle.getString("term." + id) : id);
                    }
                }
                replacement = String.join(", ", terms);
            } else if ("country".equals(m.group(2))) {
                replacement = countryName(value, locale);
            } else if ("period".equals(m.group(2))) {
                replacement = period(bundle, value);
            } else {
                replacement = value;
            }
            if (replacement.endsWith(".") && template.startsWith(".", m.end())) {
                replacement = replacement.substring(0, replacement.length() - 1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PERIOD = Pattern.compile("(\\d+) ([a-z ]+)");

    /**
     * A period as {@code Text.period} writes it ("12 months", "30 calendar days") in the bundle's language: the unit
     * looked up as {@code term.unit.<unit>} (plural) or {@code term.unit.<unit>.one} (an amount of 1); as it is if unknown.
     */
    static String period(ResourceBundle bundle, String value) {
        Matcher p = PERIOD.matcher(value);
        if (!p.matches()) {
            return value;
        }
        String unit = "term.unit." + p.group(2).replace(' ', '_');
        String one = unit + ".one";
        if (p.group(1).equals("1") && bundle.containsKey(one)) {
            return "1 " + bundle.getString(one);
        }
        return bundle.containsKey(unit) ? p.group(1) + " " + bundle.getString(unit) : value;
    }

    static String countryName(String code, Locale locale) {
        if (!COUNTRY_CODE.matcher(code).matches()) {
            return code;
        }
        Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
