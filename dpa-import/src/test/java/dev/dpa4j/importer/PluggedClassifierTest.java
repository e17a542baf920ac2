/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.spi.Classification;
import dev.dpa4j.importer.spi.Passage;
import dev.dpa4j.importer.spi.PassageClassifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The SPI {@code dev.dpa4j.importer.spi}: a classifier registered with {@link java.util.ServiceLoader} (this test's
 * {@code META-INF/services}) is found by {@link DpaImporter.Builder#discover(ClassLoader)} and decides an element
 * that the built-in rules do not find; without discovery it plays no part.
 */
class PluggedClassifierTest {

    /**
     * Reads a passage that holds the made-up word "Kestrelwatch" as the audit clause: no cue of the built-in rules
     * names it, so only this classifier can find it.
     */
    public static final class WatchwordClassifier implements PassageClassifier {

        /** Registered in {@code META-INF/services}; the ServiceLoader needs a public no-argument constructor. */
        public WatchwordClassifier() {}

        @Override
        public String id() {
            return "watchword";
        }

        @Override
        public List<Classification> classify(Passage passage) {
            return passage.text().toLowerCase(Locale.ROOT).contains("kestrelwatch")
                    ? List.of(new Classification(Element.AUDITS, 0.95, "kestrelwatch"))
                    : List.of();
        }
    }

    private static final String DOCUMENT = "Data Processing Agreement\n\n"
            + "1. Parties\n\nThis agreement is made between Harbour Analytics Ltd (the \"Controller\") and Fjordline "
            + "Cloud GmbH (the \"Processor\").\n\n"
            + "2. Instructions\n\nThe Processor processes personal data only on documented instructions of the "
            + "Controller.\n\n"
            + "3. Confidentiality\n\nPersons authorised to process the personal data are bound to confidentiality.\n\n"
            + "4. Security\n\nThe Processor takes the measures required by Article 32 GDPR.\n\n"
            + "5. Kestrelwatch\n\nOnce a year the Kestrelwatch team of the Controller may look at the Processor's "
            + "premises.\n";

    private static ImportResult importWith(DpaImporter importer) {
        return importer.importBytes(DOCUMENT.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    @Test
    void should_use_a_classifier_registered_with_the_service_loader() {
        DpaImporter importer = DpaImporter.builder()
                .discover(PluggedClassifierTest.class.getClassLoader())
                .build();
        ElementResult audits = importWith(importer).getElement(Element.AUDITS);
        assertThat(audits.found()).isTrue();
        assertThat(audits.classifier()).isEqualTo("watchword");
        assertThat(audits.spans()).anySatisfy(s -> assertThat(s.quote()).contains("Kestrelwatch"));
    }

    @Test
    void should_not_find_the_element_without_the_plugged_classifier() {
        ElementResult audits = importWith(DpaImporter.standard()).getElement(Element.AUDITS);
        assertThat(audits.found()).isFalse();
    }
}
