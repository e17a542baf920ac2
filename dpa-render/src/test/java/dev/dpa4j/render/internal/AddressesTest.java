/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.PostalAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addresses are printed in the order the post of their country expects. */
class AddressesTest {

    private static PostalAddress address(String street, String code, String town, String region, String country) {
        PostalAddress.Builder b = PostalAddress.builder().addStreetLines(street);
        if (!code.isEmpty()) {
            b.postalCode(code);
        }
        if (!town.isEmpty()) {
            b.locality(town);
        }
        if (!region.isEmpty()) {
            b.region(region);
        }
        if (!country.isEmpty()) {
            b.country(CountryCode.of(country));
        }
        return b.build();
    }

    @Test
    void should_put_the_postal_code_before_the_town_in_germany_and_by_default() {
        assertThat(Addresses.lines(address("Hauptstraße 1", "10115", "Berlin", "", "DE"), Optional.of("Deutschland")))
                .containsExactly("Hauptstraße 1", "10115 Berlin", "Deutschland");
        assertThat(Addresses.lines(address("Damrak 1", "1012 AB", "Amsterdam", "", "NL"), Optional.of("Netherlands")))
                .containsExactly("Damrak 1", "1012 AB Amsterdam", "Netherlands");
        assertThat(Addresses.lines(address("Via Roma 1", "20121", "Milano", "MI", "IT"), Optional.of("Italy")))
                .containsExactly("Via Roma 1", "20121 Milano", "MI", "Italy");
    }

    @Test
    void should_write_town_region_and_zip_code_on_one_line_in_the_united_states() {
        assertThat(Addresses.lines(address("1 Main Street", "97204", "Portland", "OR", "US"), Optional.of("USA")))
                .containsExactly("1 Main Street", "Portland, OR 97204", "USA");
        assertThat(Addresses.lines(address("1 Main Street", "97204", "Portland", "", "US"), Optional.empty()))
                .containsExactly("1 Main Street", "Portland 97204");
        assertThat(Addresses.lines(address("1 George St", "2000", "Sydney", "NSW", "AU"), Optional.empty()))
                .containsExactly("1 George St", "Sydney NSW 2000");
    }

    @Test
    void should_put_the_postcode_below_the_town_in_the_united_kingdom_and_ireland() {
        assertThat(Addresses.lines(address("1 King Street", "EC2V 8AU", "London", "", "GB"), Optional.of("UK")))
                .containsExactly("1 King Street", "London", "EC2V 8AU", "UK");
        assertThat(Addresses.lines(address("1 Grand Canal Sq", "D02 X285", "Dublin 2", "", "IE"), Optional.empty()))
                .containsExactly("1 Grand Canal Sq", "Dublin 2", "D02 X285");
    }

    @Test
    void should_put_the_postal_code_after_the_town_in_india_and_where_the_post_reads_it_there() {
        assertThat(Addresses.lines(
                        address("7 Example Road, Viman Nagar", "411014", "Pune", "Maharashtra", "IN"),
                        Optional.of("India")))
                .containsExactly("7 Example Road, Viman Nagar", "Pune 411014", "Maharashtra", "India");
        assertThat(Addresses.lines(address("1 Example Quay", "018956", "Singapore", "", "SG"), Optional.empty()))
                .containsExactly("1 Example Quay", "Singapore 018956");
        assertThat(Addresses.lines(address("1 Example Street", "6011", "Wellington", "", "NZ"), Optional.empty()))
                .containsExactly("1 Example Street", "Wellington 6011");
        assertThat(Addresses.lines(address("1 Example Road", "8001", "Cape Town", "", "ZA"), Optional.empty()))
                .containsExactly("1 Example Road", "Cape Town 8001");
    }

    @Test
    void should_keep_the_postal_code_before_the_town_in_switzerland_and_austria() {
        // the rule for India must not reach the continental order
        assertThat(Addresses.lines(address("Bahnhofstrasse 1", "8001", "Zürich", "", "CH"), Optional.of("Schweiz")))
                .containsExactly("Bahnhofstrasse 1", "8001 Zürich", "Schweiz");
        assertThat(Addresses.lines(address("Praterstraße 48", "1020", "Wien", "", "AT"), Optional.of("Österreich")))
                .containsExactly("Praterstraße 48", "1020 Wien", "Österreich");
        assertThat(Addresses.lines(address("Hauptstraße 1", "411014", "Pune", "", ""), Optional.empty()))
                .containsExactly("Hauptstraße 1", "411014 Pune");
    }

    @Test
    void should_leave_out_what_the_address_does_not_state() {
        assertThat(Addresses.lines(address("Hauptstraße 1", "", "Berlin", "", ""), Optional.empty()))
                .containsExactly("Hauptstraße 1", "Berlin");
        assertThat(Addresses.lines(address("1 Main Street", "", "", "OR", "US"), Optional.empty()))
                .containsExactly("1 Main Street", "OR");
        assertThat(Addresses.lines(address("1 King Street", "", "London", "", "GB"), Optional.empty()))
                .containsExactly("1 King Street", "London");
    }
}
