/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PostalAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parties' postal addresses in the forms agreements use (#16, round 7): the postal code before the town
 * (German, Austrian, Swiss with and without "CH-", Dutch with its two letters), the US town, state and ZIP code (the
 * state kept as the region), the UK postcode after the town and the Irish Eircode after the town with its Dublin
 * postal district. All addresses are invented for this test.
 */
class AddressFormsTest {

    private static final String BODY = "1. Subject matter\n\nThe Processor processes personal data on behalf of the "
            + "Controller for a booking service.\n\n2. Instructions\n\nThe Processor processes personal data only on "
            + "documented instructions of the Controller.\n\n3. Confidentiality\n\nPersons authorised to process the "
            + "data are bound to confidentiality.\n";

    /** A block with the given processor lines after a controller without an address. */
    private static PostalAddress processorAddress(String... lines) {
        String doc = "Data Processing Agreement\n\nbetween\n\nHarbour Lantern Labs\n(the “Controller”)\n\nand\n\n"
                + "Quayside Hosting\n" + String.join("\n", lines) + "\n(the “Processor”)\n\n" + BODY;
        DataProcessingAgreement a = DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt")
                .getDraft();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Quayside Hosting");
        return a.getProcessor()
                .flatMap(Party::getAddress)
                .orElse(PostalAddress.builder().build());
    }

    @Test
    void should_read_a_us_town_state_and_zip_code() {
        PostalAddress a = processorAddress("500 Congress Avenue, Suite 210", "Austin, TX 78701", "USA");
        assertThat(a.getLocality()).contains("Austin");
        assertThat(a.getRegion()).contains("TX");
        assertThat(a.getPostalCode()).contains("78701");
        assertThat(a.getCountry()).contains(CountryCode.of("US"));
        assertThat(a.getStreetLines()).containsExactly("500 Congress Avenue", "Suite 210");
    }

    @Test
    void should_read_a_uk_postcode_after_the_town() {
        PostalAddress a = processorAddress("12 Fenwick Row", "London EC1A 1BB", "United Kingdom");
        assertThat(a.getLocality()).contains("London");
        assertThat(a.getPostalCode()).contains("EC1A 1BB");
        assertThat(a.getRegion()).isEmpty();
        assertThat(a.getStreetLines()).containsExactly("12 Fenwick Row");
    }

    @Test
    void should_read_an_irish_eircode_and_the_dublin_district() {
        PostalAddress a = processorAddress("4 Quay Street", "Dublin 2, D02 X285", "Ireland");
        assertThat(a.getLocality()).contains("Dublin 2");
        assertThat(a.getPostalCode()).contains("D02 X285");
        assertThat(a.getCountry()).contains(CountryCode.of("IE"));
        assertThat(a.getStreetLines()).containsExactly("4 Quay Street");
    }

    @Test
    void should_read_a_dublin_district_without_an_eircode_as_the_town() {
        PostalAddress a = processorAddress("4 Quay Street", "Dublin 2", "Ireland");
        assertThat(a.getLocality()).contains("Dublin 2");
        assertThat(a.getStreetLines()).containsExactly("4 Quay Street");
    }

    @Test
    void should_read_a_dutch_postcode_with_its_letters() {
        PostalAddress a = processorAddress("Keizersgracht 100", "1012 AB Amsterdam", "Netherlands");
        assertThat(a.getPostalCode()).contains("1012 AB");
        assertThat(a.getLocality()).contains("Amsterdam");
    }

    @Test
    void should_read_a_swiss_postcode_with_and_without_the_country_prefix() {
        PostalAddress prefixed = processorAddress("Bahnhofstrasse 7", "CH-8001 Zürich");
        assertThat(prefixed.getPostalCode()).contains("8001");
        assertThat(prefixed.getLocality()).contains("Zürich");
        PostalAddress plain = processorAddress("Bahnhofstrasse 7", "8001 Zürich", "Switzerland");
        assertThat(plain.getPostalCode()).contains("8001");
        assertThat(plain.getLocality()).contains("Zürich");
        assertThat(plain.getCountry()).contains(CountryCode.of("CH"));
    }

    @Test
    void should_still_read_a_german_postcode_before_the_town_and_split_a_line_at_its_comma() {
        PostalAddress a = processorAddress("Kaistraße 5, 24114 Kiel");
        assertThat(a.getPostalCode()).contains("24114");
        assertThat(a.getLocality()).contains("Kiel");
        assertThat(a.getStreetLines()).containsExactly("Kaistraße 5");
    }

    @Test
    void should_read_the_address_of_a_party_named_inline_in_the_opening_sentence() {
        String doc = "DATA PROCESSING ADDENDUM\n\nThis Addendum forms part of the Subscription Agreement between "
                + "Quayside Hosting Ltd, 4 Quay Street, Dublin 2, D02 X285, Ireland (\"Quayside\") and the customer "
                + "named in the Order Form (\"Customer\"). Customer is the controller and Quayside is the processor.\n\n"
                + BODY;
        Optional<PostalAddress> a = DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt")
                .getDraft()
                .getProcessor()
                .flatMap(Party::getAddress);
        assertThat(a.flatMap(PostalAddress::getLocality)).contains("Dublin 2");
        assertThat(a.flatMap(PostalAddress::getPostalCode)).contains("D02 X285");
        assertThat(a.map(PostalAddress::getStreetLines)).contains(List.of("4 Quay Street"));
    }

    @Test
    void should_not_read_a_number_line_as_an_address() {
        // shaped like a UK postcode after a word, a postal code before a word, and a German register entry
        PostalAddress a = processorAddress("Customer ID AB12 3CD", "HRB 12345 Hamburg", "VAT No. 1234 Accounts");
        assertThat(a.getLocality()).isEmpty();
        assertThat(a.getPostalCode()).isEmpty();
        assertThat(a.getStreetLines()).isEmpty();
    }
}
