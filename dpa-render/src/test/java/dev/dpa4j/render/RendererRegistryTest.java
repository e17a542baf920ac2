/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RendererRegistryTest {

    /** A third-party renderer: lists the section headings, built on the public document tree. */
    static final class OutlineRenderer implements DocumentRenderer {
        static final OutputFormat OUTLINE = OutputFormat.of("outline", "text/plain; charset=UTF-8", "outline.txt");

        @Override
        public String id() {
            return "acme-outline";
        }

        @Override
        public OutputFormat format() {
            return OUTLINE;
        }

        @Override
        public Set<Locale> supportedLocales() {
            return Set.of(Locale.GERMAN, Locale.ENGLISH);
        }

        @Override
        public void render(DataProcessingAgreement agreement, RenderOptions options, OutputStream out)
                throws IOException {
            Document document = DocumentComposer.create().compose(agreement, options);
            StringBuilder text = new StringBuilder();
            document.blocks().stream()
                    .filter(Section.class::isInstance)
                    .map(Section.class::cast)
                    .forEach(s -> text.append(s.number().orElse(""))
                            .append(' ')
                            .append(s.heading())
                            .append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void should_find_third_party_renderer_when_registered_next_to_built_ins() throws IOException {
        // given
        RendererRegistry registry = RendererRegistry.builder()
                .addBuiltIns()
                .add(new OutlineRenderer())
                .build();

        // when
        DocumentRenderer renderer = registry.require(OutlineRenderer.OUTLINE, Locale.GERMAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(TestAgreements.full(), RenderOptions.of(Locale.GERMAN), out);

        // then
        assertThat(renderer.id()).isEqualTo("acme-outline");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("§ 2 Gegenstand und Anwendungsbereich");
        assertThat(registry.require(OutputFormat.HTML, Locale.ENGLISH)).isInstanceOf(HtmlRenderer.class);
        assertThat(registry.find("dpa-markdown")).containsInstanceOf(MarkdownRenderer.class);
    }

    @Test
    void should_reject_registry_when_two_renderers_share_an_id() {
        // given
        RendererRegistry.Builder builder =
                RendererRegistry.builder().add(new OutlineRenderer()).add(new OutlineRenderer());

        // when / then
        assertThatThrownBy(builder::build)
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("'acme-outline'");
    }

    @Test
    void should_reject_third_party_renderer_when_it_uses_reserved_prefix() {
        // given
        // a class outside dev.dpa4j: a proxy that claims a dpa- id
        DocumentRenderer outline = new OutlineRenderer();
        DocumentRenderer impostor = (DocumentRenderer) Proxy.newProxyInstance(
                RendererRegistryTest.class.getClassLoader(),
                new Class<?>[] {DocumentRenderer.class},
                (proxy, method, args) -> method.getName().equals("id") ? "dpa-outline" : method.invoke(outline, args));

        // when / then
        assertThatThrownBy(() -> RendererRegistry.builder().add(impostor).build())
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void should_list_registered_renderers_when_nothing_matches() {
        // given
        RendererRegistry registry = RendererRegistry.builtIns();

        // when / then
        assertThatThrownBy(() -> registry.require(OutputFormat.of("asciidoc", "text/asciidoc", "adoc"), Locale.GERMAN))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("dpa-html");
        assertThat(registry.find("acme-outline")).isEmpty();
    }

    @Test
    void should_register_only_listed_renderers_when_discovering() {
        // given / when
        RendererRegistry registry = RendererRegistry.builder()
                .discover(RendererRegistryTest.class.getClassLoader())
                .build();

        // then
        // dpa-render itself lists only PDF and DOCX (the others are registered explicitly)
        assertThat(registry.renderers()).extracting(DocumentRenderer::id).containsExactly("dpa-docx", "dpa-pdf");
    }

    @Test
    void should_name_renderer_when_language_is_unsupported() {
        // given
        DocumentRenderer renderer = MarkdownRenderer.create();

        // when / then
        assertThatThrownBy(() -> renderer.render(
                        TestAgreements.full(), RenderOptions.of(Locale.FRENCH), new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("dpa-markdown")
                .hasMessageContaining("'fr'");
    }
}
