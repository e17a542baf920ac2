/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two OCR confusions {@link OcrWords} mends from a document's own words (round 18, #16). */
class OcrWordsTest {

    private static final String BODY = "The data are hosted in the EU. Personal data of drivers and data of vehicles. "
            + "The data importer keeps the data safe. Backup data are encrypted. The clause applies. The clause ends. "
            + "The clause is clear.";

    @Test
    void should_read_a_d_misread_as_cl_where_the_document_uses_the_word_often() {
        OcrWords ocr = new OcrWords(List.of(BODY, "Categories of clata subjects: drivers"));
        assertThat(ocr.repair("Categories of clata subjects: drivers"))
                .isEqualTo("Categories of data subjects: drivers");
    }

    @Test
    void should_leave_real_words_with_cl_alone() {
        OcrWords ocr = new OcrWords(List.of(BODY, "The clause applies to data."));
        // "clause" recurs and has no twin; "clear" has no twin "dear" in the document
        assertThat(ocr.repair("The clause is clear.")).isEqualTo("The clause is clear.");
        // a twin seldom used is no evidence
        OcrWords few = new OcrWords(List.of("The dose is set. A close look.", "close"));
        assertThat(few.repair("A close look.")).isEqualTo("A close look.");
    }

    @Test
    void should_drop_a_speck_read_as_a_middle_dot_after_a_word_but_keep_separators() {
        OcrWords ocr = new OcrWords(List.of(BODY));
        assertThat(ocr.repair("Art der· Daten: Stammdaten")).isEqualTo("Art der Daten: Stammdaten");
        assertThat(ocr.repair("Version 3.2 · Effective 1 May")).isEqualTo("Version 3.2 · Effective 1 May");
        assertThat(ocr.repair("Bürger·innen und Kund·innen")).isEqualTo("Bürger·innen und Kund·innen");
    }
}
