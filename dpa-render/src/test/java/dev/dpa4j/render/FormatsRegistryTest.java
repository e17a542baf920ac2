/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsRegistryTest {

    @Test
    void should_find_pdf_and_docx_when_using_built_ins() {
        // given
        RendererRegistry registry = RendererRegistry.builtIns();

        // when
        DocumentRenderer pdf = registry.require(OutputFormat.PDF, Locale.GERMAN);
        DocumentRenderer docx = registry.require(OutputFormat.DOCX, Locale.ENGLISH);

        // then
        assertThat(pdf.id()).isEqualTo("dpa-pdf");
        assertThat(docx.id()).isEqualTo("dpa-docx");
        assertThat(pdf.supportedLocales()).contains(Locale.GERMAN, Locale.ENGLISH);
    }

    @Test
    void should_discover_pdf_and_docx_when_using_service_loader() {
        // given
        RendererRegistry.Builder builder = RendererRegistry.builder();

        // when
        RendererRegistry registry =
                builder.discover(FormatsRegistryTest.class.getClassLoader()).build();

        // then
        assertThat(registry.find("dpa-pdf")).get().isInstanceOf(PdfRenderer.class);
        assertThat(registry.find("dpa-docx")).get().isInstanceOf(DocxRenderer.class);
    }
}
