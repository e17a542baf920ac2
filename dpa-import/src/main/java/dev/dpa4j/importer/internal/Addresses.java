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
            Pattern.compile("^(?:([A-Z]{1,2})-)?(\\d{4,5})\\s+" + TOWN + "$", Pattern.UNICODE_CASE);
    /** Dutch: "1012 AB Amsterdam". */
    private static final Pattern DUTCH = Pattern.compile("^(?:NL-)?(\\d{4}\\s?[A-Z]{2})\\s+" + TOWN + "$");
    /** US state and ZIP code: "TX 78701", "CA 94105-1234". */
    private static final Pattern STATE_ZIP = Pattern.compile("^([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
    /** The same on one line with the town: "Austin TX 78701" (after a comma split it is two parts). */
    private static final Pattern TOWN_STATE_ZIP =
            Pattern.compile("^" + TOWN + "\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
    /** A UK postcode: "EC1A 1BB", "LS1 6AB", "M1 1AE". */
    private static final String UK = "([A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})";
    /** An Irish Eircode: a routing key and a unique identifier, "D02 X285", "D6W 1234", "T12 AB34". */
    private static final String EIRCODE = "((?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4})";

    private static final Pattern TOWN_UK = Pattern.compile("^" + TOWN + "\\s+" + UK + "$");
    private static final Pattern POSTCODE_ONLY = Pattern.compile("^(?:" + UK + "|" + EIRCODE + ")$");
    private static final Pattern TOWN_EIRCODE = Pattern.compile("^" + TOWN + "(?:\\s+\\d{1,2}W?)?\\s+" + EIRCODE + "$");
    /** A Dublin postal district, part of the town's name: "Dublin 2", "Dublin 6W". */
    private static final Pattern DUBLIN_DISTRICT = Pattern.compile("^Dublin\\s+\\d{1,2}W?$");
    /** A town alone, before a part that holds its postal code: "Austin", "Dublin 2". */
    private static final Pattern TOWN_ONLY = Pattern.compile("^" + TOWN + "(?:\\s+\\d{1,2}W?)?$");

    /**
     * A line that labels a number (a register, tax, customer or phone number), not an address, whatever its shape:
     * "Customer ID AB12 3CD", "VAT No. GB 123 4567 89", "HRB 12345 Hamburg", "Tel. 0161 496 0000".
     */
    /**
     * The words that lead into an address inside a sentence ("whose registered office is at 9 Mill Lane", "mit Sitz
     * in 10115 Berlin"): removed before the part is read, so that "registered" is not taken for the label of a
     * number and the street is kept.
     */
    private static final Pattern ADDRESS_LEAD = Pattern.compile(
            "(?iu)^(?:(?:whose|with (?:its|a)|having (?:its|a)) (?:registered )?(?:office|address|principal place of"
                    + " business|seat|head office)(?: is)? (?:at|in|located at)|(?:mit )?(?:sitz|geschäftssitz|"
                    + "anschrift|geschäftsanschrift)(?: in| an der| unter)?:?)\\s+");

    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?iu)\\b(?:id|no|nr|number|nummer|vat|ust|tax|steuer\\w*|ref|reference|account|konto|customer|kunden\\w*"
                    + "|tel|telefon|phone|fax|company|registration|register\\w*|hrb|hra|fn|iban|bic)\\b\\.?");

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
        for (int i = 0; i < parts.size(); i++) {
            String s = ADDRESS_LEAD.matcher(parts.get(i)).replaceFirst("");
            if (NUMBER_LABEL.matcher(s).find()) {
                continue;
            }
            String next = i + 1 < parts.size() ? parts.get(i + 1) : "";
            boolean townAlone = town.isEmpty() && TOWN_ONLY.matcher(s).matches();
            Matcher stateZip = STATE_ZIP.matcher(next);
            Matcher nextCode = POSTCODE_ONLY.matcher(next);
            Matcher dutch = DUTCH.matcher(s);
            Matcher codeTown = CODE_TOWN.matcher(s);
            Matcher townStateZip = TOWN_STATE_ZIP.matcher(s);
            Matcher townUk = TOWN_UK.matcher(s);
            Matcher townEircode = TOWN_EIRCODE.matcher(s);
            Matcher codeOnly = POSTCODE_ONLY.matcher(s);
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
        return new Address(List.copyOf(street), code, town, region, country, inferred);
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
