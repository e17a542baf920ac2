/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one way an address is printed, in every document and notice: in the order the post of the address's
 * country expects, so that a reader (and a mail room) recognises it.
 *
 * <ul>
 *   <li>Most of Europe and the default: postal code before the town ("10115 Berlin", "1012 AB Amsterdam"),
 *       a region on a line of its own.
 *   <li>United States and Canada: town, region and postal code on one line ("Portland, OR 97204").
 *   <li>Australia: town, state and postcode without a comma ("Sydney NSW 2000").
 *   <li>United Kingdom and Ireland: the town (with a region if stated), and the postcode or Eircode on the
 *       line below ("London" / "EC1A 1BB"; "Dublin 8" / "D08 K2X9").
 *   <li>India, Singapore, New Zealand and South Africa: the town, then the postal code on the same line, a
 *       region (the Indian state) on the line below ("Pune 411014" / "Maharashtra"; "Singapore 018956";
 *       "Wellington 6011"; "Cape Town 8001"). The Indian post reads the PIN after the town, never before it.
 * </ul>
 *
 * The country's name, in the document's language, is the last line. A part the address does not state is
 * left out, never printed as an empty line.
 */
public final class Addresses {

    private Addresses() {}

    private static final Set<String> TOWN_REGION_CODE = Set.of("US", "CA");
    private static final Set<String> TOWN_REGION_CODE_NO_COMMA = Set.of("AU");
    private static final Set<String> CODE_BELOW_TOWN = Set.of("GB", "IE");
    private static final Set<String> TOWN_CODE = Set.of("IN", "SG", "NZ", "ZA");

    /**
     * The lines of an address.
     *
     * @param address the address
     * @param countryName the country's name in the document's language, if the address states a country
     * @return the street lines, the town line(s) and the country, in the country's order
     */
    public static List<String> lines(PostalAddress address, Optional<String> countryName) {
        List<String> lines = new ArrayList<>(address.getStreetLines());
        String code = address.getPostalCode().map(String::strip).orElse("");
        String town = address.getLocality().map(String::strip).orElse("");
        String region = address.getRegion().map(String::strip).orElse("");
        String country = address.getCountry().map(CountryCode::getCode).orElse("");
        if (TOWN_REGION_CODE.contains(country) || TOWN_REGION_CODE_NO_COMMA.contains(country)) {
            // the comma stands between the town and the state ("Portland, OR 97204"), not before a bare code
            String separator = TOWN_REGION_CODE.contains(country) && !region.isEmpty() ? ", " : " ";
            String regionAndCode = join(" ", region, code);
            add(
                    lines,
                    town.isEmpty() || regionAndCode.isEmpty()
                            ? town + regionAndCode
                            : town + separator + regionAndCode);
        } else if (CODE_BELOW_TOWN.contains(country)) {
            add(lines, town);
            add(lines, region);
            add(lines, code);
        } else if (TOWN_CODE.contains(country)) {
            add(lines, join(" ", town, code));
            add(lines, region);
        } else {
            add(lines, join(" ", code, town));
            add(lines, region);
        }
        countryName.ifPresent(name -> add(lines, name));
        return lines;
    }

    private static String join(String separator, String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }

    private static void add(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }
}
