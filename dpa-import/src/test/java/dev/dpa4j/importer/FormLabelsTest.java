/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A form's party block (#16, round 12): "Name/Firma: X GmbH" names the party X GmbH; "Anschrift:" labels its
 * address and "vertreten durch:" is no line of it. Sentences of our own.
 */
class FormLabelsTest {

    /** The agreement after the party block: the sections of the plain German frame. */
    private static final String BODY = body();

    private static String body() {
        StringBuilder b = new StringBuilder();
        WordingFrames.plainGerman().forEach((h, t) -> {
            if (!h.startsWith("§ 1 ")) {
                b.append(h).append("\n\n").append(t).append("\n\n");
            }
        });
        return b.toString();
    }

    @Test
    void should_take_the_value_after_a_form_label_as_the_partys_name() {
        String doc = "Vertrag zur Auftragsverarbeitung\n\nzwischen\n\nName/Firma: Hobelwerk Schreinerei GmbH\n\n"
                + "Anschrift: Leimweg 3, 34117 Kassel\n\nvertreten durch: Frau Ada Span\n\n– nachfolgend „Auftraggeber“ –\n\nund\n\n"
                + "Name/Firma: Zahlenfuchs Lohnservice GmbH\n\nAnschrift: Rechenstraße 9, 34119 Kassel\n\n"
                + "– nachfolgend „Auftragnehmer“ –\n\n" + BODY;
        ImportResult r =
                DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");

        assertThat(r.getFacts("processor.name"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Zahlenfuchs Lohnservice GmbH"));
        assertThat(r.getFacts("controllers[0].name"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Hobelwerk Schreinerei GmbH"));
        assertThat(r.getFacts("controllers[0].address.postalCode"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("34117"));

        // a name that merely starts with the word is no label
        String unlabelled = doc.replace("Name/Firma: Zahlenfuchs", "Namenlos Zahlenfuchs");
        ImportResult u = DpaImporter.standard()
                .importBytes(unlabelled.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
        assertThat(u.getFacts("processor.name"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Namenlos Zahlenfuchs Lohnservice GmbH"));
    }
}
