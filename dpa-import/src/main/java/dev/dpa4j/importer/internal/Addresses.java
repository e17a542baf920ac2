/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a postal address from the lines of a party block (or the comma-separated parts after a party's name) in
 * the forms agreements use across Europe and the US:
 *
 * <ul>
 *   <li>postal code before the town: "10115 Berlin", "D-10115 Berlin", "1010 Wien", Swiss "8001 Zürich" and
 *       "CH-8001 Zürich", Dutch "1012 AB Amsterdam";
 *   <li>US: town, state and ZIP code, "Austin, TX 78701" (the state is kept as the region);
 *   <li>UK: the postcode after the town, "London EC1A 1BB", or on a line of its own;
 *   <li>Ireland: the Eircode after the town, "Dublin 2, D02 X285"; a Dublin postal district ("Dublin 2") is part of
 *       the town's name;
 *   <li>a line that names only a country gives the country; other short lines with a digit are street lines.
 * </ul>
 *
 * A line that is none of these (a sentence, a name, "represented by …") gives nothing; the country is set only where
 * a line names it. One inference is offered beside it ({@link Address#inferredCountry()}): in a German-language
 * agreement, a street with a five-digit postcode and a town ("Hafenstraße 3, 24103 Kiel", also "D-24103 Kiel") is an
 * address in Germany, the only German-speaking country with five-digit postcodes; the caller marks the fact as
 * inferred.
 */
final class Addresses {

    private Addresses() {}

    /**
     * The address read; empty strings for what the lines do not state. {@code inferredCountry} is the country a German
     * address implies where no line names one (see the class comment), else null.
     */
    record Address(
            List<String> street,
            String postalCode,
            String locality,
            String region,
            @Nullable String country,
            @Nullable String inferredCountry) {
        boolean isEmpty() {
            return locality.isEmpty() && country == null && postalCode.isEmpty();
        }
    }

    // a town with the river or region that tells it apart in parentheses: "Lingen (Ems)", "Frankfurt (Oder)"
    private static final String TOWN =
            "(\\p{Lu}[\\p{L}'’.\\-]*(?:[ \\-/](?:\\p{L}[\\p{L}'’.\\-]*))*(?: \\(\\p{Lu}[\\p{L}.\\- ]{0,30}\\))?)";
    /** "10115 Berlin", "D-10115 Berlin", "CH-8001 Zürich", "1010 Wien". */
    private static final Pattern CODE_TOWN =
            AsciiGerman.compile("^(?:([A-Z]{1,2})-)?(\\d{4,5})\\s+" + TOWN + "$", Pattern.UNICODE_CASE);
    /** Dutch: "1012 AB Amsterdam". */
    private static final Pattern DUTCH = AsciiGerman.compile("^(?:NL-)?(\\d{4}\\s?[A-Z]{2})\\s+" + TOWN + "$");
    /** US state and ZIP code: "TX 78701", "CA 94105-1234". */
    private static final Pattern STATE_ZIP = AsciiGerman.compile("^([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
    /** The same on one line with the town: "Austin TX 78701" (after a comma split it is two parts). */
    private static final Pattern TOWN_STATE_ZIP =
            AsciiGerman.compile("^" + TOWN + "\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
    /** A UK postcode: "EC1A 1BB", "LS1 6AB", "M1 1AE". */
    private static final String UK = "([A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})";
    /** An Irish Eircode: a routing key and a unique identifier, "D02 X285", "D6W 1234", "T12 AB34". */
    private static final String EIRCODE = "((?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4})";

    private static final Pattern TOWN_UK = AsciiGerman.compile("^" + TOWN + "\\s+" + UK + "$");
    private static final Pattern POSTCODE_ONLY = AsciiGerman.compile("^(?:" + UK + "|" + EIRCODE + ")$");
    private static final Pattern TOWN_EIRCODE =
            AsciiGerman.compile("^" + TOWN + "(?:\\s+\\d{1,2}W?)?\\s+" + EIRCODE + "$");
    /** A Dublin postal district, part of the town's name: "Dublin 2", "Dublin 6W". */
    private static final Pattern DUBLIN_DISTRICT = AsciiGerman.compile("^Dublin\\s+\\d{1,2}W?$");
    /** A town alone, before a part that holds its postal code: "Austin", "Dublin 2". */
    private static final Pattern TOWN_ONLY = AsciiGerman.compile("^" + TOWN + "(?:\\s+\\d{1,2}W?)?$");

    /**
     * A line that labels a number (a register, tax, customer or phone number), not an address, whatever its shape:
     * "Customer ID AB12 3CD", "VAT No. GB 123 4567 89", "HRB 12345 Hamburg", "Tel. 0161 496 0000".
     */
    /**
     * The words that lead into an address inside a sentence ("whose registered office is at 9 Mill Lane", "mit Sitz
     * in 10115 Berlin"): removed before the part is read, so that "registered" is not taken for the label of a
     * number and the street is kept.
     */
    private static final Pattern ADDRESS_LEAD = AsciiGerman.compile(
            "(?iu)^(?:(?:whose|with (?:its|a)|having (?:its|a)) (?:registered )?(?:office|address|principal place of"
                    + " business|seat|head office)(?: is)? (?:at|in|located at)|(?:mit )?(?:sitz|geschäftssitz|"
                    + "anschrift|geschäftsanschrift)(?: in| an der| unter)?:?)\\s+");

    /**
     * (party31) The same lead inside a part, after the company's description ("a company registered in England and
     * Wales (no. 11840277) with its registered office at 4 Jutland Street", „eine GmbH mit Sitz in der Hafenstraße 3“):
     * the address starts after it.
     */
    private static final Pattern ADDRESS_LEAD_INSIDE = AsciiGerman.compile(
            "(?iu)\\b(?:(?:whose|with (?:its|a|their)|having (?:its|a)) (?:registered )?(?:office|address|principal"
                    + " place of business|seat|head office)(?: is)?(?: situated| located)? (?:at|in)|(?:registered|head)"
                    + " office(?: is)? (?:at|in)|mit (?:dem )?(?:sitz|geschäftssitz|geschäftsanschrift|anschrift)"
                    + " (?:in(?: der)?|an der|unter)|(?:ansässig|geschäftsansässig) in(?: der)?)\\s+");

    /**
     * (party31) A closing parenthesis that holds a number ("Norway (organisation no. 924 518 307)", "Ireland (company
     * no. 701552"): a register's details after the address, no part of it. Also where a comma split it.
     */
    private static final Pattern NUMBER_PARENTHESIS = AsciiGerman.compile("\\s*\\([^()]*\\d[^()]*(?:\\)\\s*)?$");

    /** (party31) A year alone ("incorporated under the Companies Act, 2013"): no street. */
    private static final Pattern YEAR = AsciiGerman.compile("(?:19|20)\\d{2}");

    /** (party31) An Indian PIN code after the town: "Pune 411057". */
    private static final Pattern TOWN_PIN = AsciiGerman.compile("^" + TOWN + "\\s+(\\d{6})$");

    /** (party31) A street line without a number: two to five capitalised words, "Dock Road", "The Granary". */
    private static final Pattern STREET_WORDS =
            AsciiGerman.compile("\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|of|the|de|la)){1,4}");

    /** (party31) A postal code alone on a part whose town a layout wrapped onto the next: "Am Busbahnhof 2, 29553". */
    private static final Pattern CODE_ALONE = AsciiGerman.compile("^(?:([A-Z]{1,2})-)?(\\d{4,5})$");

    /**
     * (party31) The country a postal code's own shape tells where no line names it: the prefix of the European postal
     * convention ("L-1234 Luxembourg", "CH-8001 Zürich", "A-1010 Wien"), a UK postcode, an Irish Eircode, a Dutch
     * code with its two letters, a US state with its ZIP code. Offered as an inference, as the German one is.
     */
    private static final java.util.Map<String, String> PREFIXES = java.util.Map.ofEntries(
            java.util.Map.entry("D", "DE"),
            java.util.Map.entry("DE", "DE"),
            java.util.Map.entry("A", "AT"),
            java.util.Map.entry("AT", "AT"),
            java.util.Map.entry("CH", "CH"),
            java.util.Map.entry("L", "LU"),
            java.util.Map.entry("LU", "LU"),
            java.util.Map.entry("FL", "LI"),
            java.util.Map.entry("B", "BE"),
            java.util.Map.entry("F", "FR"),
            java.util.Map.entry("I", "IT"),
            java.util.Map.entry("NL", "NL"),
            java.util.Map.entry("DK", "DK"));

    private static final Pattern NUMBER_LABEL = AsciiGerman.compile(
            "(?iu)\\b(?:id|no|nr|number|nummer|vat|ust|tax|steuer\\w*|ref|reference|account|konto|customer|kunden\\w*"
                    + "|tel|telefon|phone|fax|company|registration|register\\w*|hrb|hra|fn|iban|bic"
                    // party31: the registers' own abbreviations (Dutch, Belgian, Danish, Swiss, French, Indian)
                    + "|kvk|kbo|cvr|uid|che|rcs|siren|siret|cin|crn)\\b\\.?");

    /**
     * Reads the address of the given lines.
     *
     * @param lines the lines of the block after the name, or the parts of an inline address
     * @return the address, empty where no line is a postal code, a town with its code or a country
     */
    static Address read(List<String> lines) {
        return read(lines, false);
    }

    /**
     * Reads the address of the given lines.
     *
     * @param lines the lines of the block after the name, or the parts of an inline address
     * @param german whether the agreement is written in German (for {@link Address#inferredCountry()})
     * @return the address, empty where no line is a postal code, a town with its code or a country
     */
    static Address read(List<String> lines, boolean german) {
        return read(lines, german, false);
    }

    /**
     * Reads the address of the given lines.
     *
     * @param lines the lines of the block after the name, or the parts of an inline address
     * @param german whether the agreement is written in German (for {@link Address#inferredCountry()})
     * @param byCode whether the country a postal code's shape tells is offered where no line names one (a party's
     *     address; party31)
     * @return the address, empty where no line is a postal code, a town with its code or a country
     */
    static Address read(List<String> lines, boolean german, boolean byCode) {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            // "Austin, TX 78701" and "Dublin 2, D02 X285" on one line are two parts, as they are inline
            for (String p : line.split(",")) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
        }
        List<String> street = new ArrayList<>();
        String code = "";
        String town = "";
        String region = "";
        String country = null;
        String prefix = null;
        String codeBeforeTown = null;
        int townAt = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (townAt < 0 && !town.isEmpty()) {
                townAt = i - 1;
            }
            String s = ADDRESS_LEAD.matcher(parts.get(i)).replaceFirst("");
            Matcher inside = ADDRESS_LEAD_INSIDE.matcher(s);
            if (inside.find()) {
                s = s.substring(inside.end());
            }
            s = NUMBER_PARENTHESIS.matcher(s).replaceFirst("").strip();
            if (s.isEmpty() || NUMBER_LABEL.matcher(s).find() || YEAR.matcher(s).matches()) {
                continue;
            }
            String next = i + 1 < parts.size() ? parts.get(i + 1) : "";
            Matcher alone = CODE_ALONE.matcher(s);
            if (town.isEmpty()
                    && alone.matches()
                    && !next.isEmpty()
                    && TOWN_ONLY
                            .matcher(NUMBER_PARENTHESIS
                                    .matcher(next)
                                    .replaceFirst("")
                                    .strip())
                            .matches()
                    && !NUMBER_LABEL.matcher(next).find()) {
                // "…, 29553" / "Bienenbüttel-Ost, …": the code and its town on two lines
                prefix = alone.group(1);
                code = alone.group(2);
                codeBeforeTown = code;
                town = NUMBER_PARENTHESIS.matcher(next).replaceFirst("").strip();
                i++;
                continue;
            }
            boolean townAlone = town.isEmpty() && TOWN_ONLY.matcher(s).matches();
            Matcher stateZip = STATE_ZIP.matcher(next);
            Matcher nextCode = POSTCODE_ONLY.matcher(next);
            Matcher dutch = DUTCH.matcher(s);
            Matcher codeTown = CODE_TOWN.matcher(s);
            Matcher townStateZip = TOWN_STATE_ZIP.matcher(s);
            Matcher townUk = TOWN_UK.matcher(s);
            Matcher townEircode = TOWN_EIRCODE.matcher(s);
            Matcher codeOnly = POSTCODE_ONLY.matcher(s);
            Matcher townPin = TOWN_PIN.matcher(s);
            if (townAlone && stateZip.matches()) {
                town = s;
                region = stateZip.group(1);
                code = stateZip.group(2);
                i++;
            } else if (townAlone && nextCode.matches()) {
                town = s;
                code = either(nextCode);
                i++;
            } else if (dutch.matches()) {
                code = dutch.group(1);
                town = dutch.group(2).strip();
            } else if (codeTown.matches()) {
                prefix = codeTown.group(1);
                code = codeTown.group(2);
                codeBeforeTown = code;
                town = codeTown.group(3).strip();
            } else if (townStateZip.matches()) {
                town = townStateZip.group(1);
                region = townStateZip.group(2);
                code = townStateZip.group(3);
            } else if (townUk.matches()) {
                code = townUk.group(2);
                town = s.substring(0, s.length() - code.length()).strip();
            } else if (townEircode.matches()) {
                code = townEircode.group(2);
                town = s.substring(0, s.length() - code.length()).strip();
            } else if (townPin.matches()) {
                code = townPin.group(2);
                town = townPin.group(1).strip();
            } else if (codeOnly.matches()) {
                code = either(codeOnly);
            } else if (town.isEmpty() && DUBLIN_DISTRICT.matcher(s).matches()) {
                town = s;
            } else if (isCountry(s)) {
                country = Countries.first(s).orElseThrow().code();
            } else if (s.matches(".*\\d.*")
                    && s.length() < 80
                    && !s.toLowerCase(Locale.ROOT).startsWith("vertreten")
                    && !s.toLowerCase(Locale.ROOT).startsWith("represented")) {
                street.add(s);
            }
        }
        String inferred = german
                        && country == null
                        && !street.isEmpty()
                        && code.length() == 5
                        && code.equals(codeBeforeTown)
                        && region.isEmpty()
                        && (prefix == null || prefix.equals("D") || prefix.equals("DE"))
                ? "DE"
                : null;
        if (byCode && street.isEmpty() && !town.isEmpty()) {
            // party31: a street without a number ("The Granary, Dock Road, Limerick V94 R2K8"): the one or two parts
            // right before the town's, where they are words of a place, not a sentence, a label or a name's remainder
            int end = townAt < 0 ? parts.size() - 1 : townAt;
            while (end > 0 && !parts.get(end).contains(town)) {
                end--;
            }
            List<String> before = new ArrayList<>();
            for (int k = end - 1; k >= 0 && k >= end - 2; k--) {
                String p = parts.get(k).strip();
                if (!STREET_WORDS.matcher(p).matches()
                        || NUMBER_LABEL.matcher(p).find()
                        || isCountry(p)) {
                    break;
                }
                before.add(0, p);
            }
            street.addAll(before);
        }
        if (byCode && inferred == null && country == null && !street.isEmpty() && !town.isEmpty()) {
            inferred = byCode(code, prefix, region);
        }
        return new Address(List.copyOf(street), code, town, region, country, inferred);
    }

    /**
     * (party31) The country the postal code's shape gives (see {@link #PREFIXES}), or null: a prefix of the European
     * convention, a UK postcode, an Eircode, a Dutch code, a US state with a ZIP code.
     */
    private static @Nullable String byCode(String code, @Nullable String prefix, String region) {
        if (code.isEmpty()) {
            return null;
        }
        if (prefix != null) {
            return PREFIXES.get(prefix);
        }
        if (!region.isEmpty() && code.matches("\\d{5}(?:-\\d{4})?")) {
            return "US";
        }
        if (code.matches("\\d{4}\\s?[A-Z]{2}")) {
            return "NL";
        }
        if (code.matches(UK)) {
            return "GB";
        }
        if (code.matches(EIRCODE)) {
            return "IE";
        }
        return null;
    }

    /** (party31) Whether a part leads into an address after other words: "… with its registered office at 4 Mill Lane". */
    static boolean leadsIntoAddress(String part) {
        Matcher m = ADDRESS_LEAD_INSIDE.matcher(part);
        return m.find() && part.substring(m.end()).chars().anyMatch(Character::isDigit);
    }

    /** The UK postcode or the Eircode a {@link #POSTCODE_ONLY} match holds. */
    private static String either(Matcher m) {
        String uk = m.group(1);
        return uk != null ? uk : m.group(2);
    }

    private static boolean isCountry(String s) {
        Optional<Countries.Hit> hit = Countries.first(s);
        return hit.isPresent() && hit.get().end() - hit.get().start() >= s.length() - 1;
    }
}
