/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The bundled fonts as PdfWriter uses them: parsed once, without the OpenType layout tables (issue #14). */
class FontProgramsTest {

    private static final byte[] REGULAR = PdfWriter.bytes("/dev/dpa4j/render/fonts/DejaVuSans.ttf");

    @Test
    void should_drop_the_layout_tables_and_keep_every_other_table_byte_for_byte() throws IOException {
        // given
        TrueTypeFont original = parse(REGULAR);

        // when
        TrueTypeFont stripped = parse(FontPrograms.withoutTables(REGULAR, Set.of("GSUB", "GPOS", "GDEF")));

        // then: the original has ligatures (GSUB), the stripped font has no layout table and so none
        assertThat(original.getTableMap()).containsKeys("GSUB", "GPOS", "GDEF");
        assertThat(original.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
        assertThat(stripped.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF");
        assertThat(stripped.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        assertThat(stripped.getTableMap().keySet())
                .hasSize(original.getTableMap().size() - 3)
                .allSatisfy(tag ->
                        assertThat(bytes(stripped, tag)).as("table %s", tag).isEqualTo(bytes(original, tag)));
        // and the font means the same: glyphs, character map and advance widths
        assertThat(stripped.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
        CmapLookup before = original.getUnicodeCmapLookup();
        CmapLookup after = stripped.getUnicodeCmapLookup();
        for (int c :
                "Auftragsverarbeitung öffentlich Œ ß € ‑ Ω Ж fi".codePoints().toArray()) {
            int glyph = before.getGlyphId(c);
            assertThat(glyph).as("glyph of U+%04X", c).isPositive();
            assertThat(after.getGlyphId(c)).isEqualTo(glyph);
            assertThat(stripped.getAdvanceWidth(glyph)).isEqualTo(original.getAdvanceWidth(glyph));
        }
    }

    @Test
    void should_leave_a_font_unchanged_when_none_of_its_tables_is_dropped() {
        // when
        byte[] same = FontPrograms.withoutTables(REGULAR, Set.of("ABSENT"));

        // then: only the padding of the last table to four bytes may be added
        assertThat(same.length - REGULAR.length).isBetween(0, 3);
        assertThat(java.util.Arrays.copyOf(same, REGULAR.length)).isEqualTo(REGULAR);
    }

    @Test
    void should_never_give_a_pair_in_use_to_a_second_rendering() {
        // when: three renderings hold a pair at once
        FontPrograms.Pair first = FontPrograms.take();
        FontPrograms.Pair second = FontPrograms.take();
        FontPrograms.Pair third = FontPrograms.take();
        FontPrograms.give(second);
        FontPrograms.Pair fourth = FontPrograms.take();
        FontPrograms.give(first);
        FontPrograms.give(third);
        FontPrograms.give(fourth);

        // then: the pairs held at the same time are distinct
        assertThat(java.util.List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(fourth).isNotSameAs(first).isNotSameAs(third);
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] bytes(TrueTypeFont font, String tag) {
        try {
            TTFTable table = font.getTableMap().get(tag);
            return font.getTableBytes(table);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
