/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An immutable set of {@link DocumentRenderer}s, found by id or by format and language.
 *
 * <pre>{@code
 * RendererRegistry registry = RendererRegistry.builder()
 *         .addBuiltIns()
 *         .add(new MyAsciiDocRenderer())
 *         .build();
 * DocumentRenderer html = registry.require(OutputFormat.HTML, Locale.GERMAN);
 * }</pre>
 *
 * <p>Renderers are registered explicitly; {@link Builder#discover(ClassLoader)} additionally loads
 * those listed for {@link java.util.ServiceLoader}, only when asked. Ids must be unique and kebab-case.
 * Registries are thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class RendererRegistry {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String RESERVED_PREFIX = "dpa-";

    private final Map<String, DocumentRenderer> renderers;

    private RendererRegistry(Map<String, DocumentRenderer> renderers) {
        this.renderers = Collections.unmodifiableMap(new LinkedHashMap<>(renderers));
    }

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a registry holding the built-in Markdown, HTML and text renderers.
     *
     * @return the registry
     */
    public static RendererRegistry builtIns() {
        return builder().addBuiltIns().build();
    }

    /**
     * Returns the registered renderers in registration order.
     *
     * @return the renderers
     */
    public List<DocumentRenderer> renderers() {
        return List.copyOf(renderers.values());
    }

    /**
     * Returns the renderer with this id, if registered.
     *
     * @param id the renderer id
     * @return the renderer, or empty
     */
    public Optional<DocumentRenderer> find(String id) {
        return Optional.ofNullable(renderers.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the renderer with this id.
     *
     * @param id the renderer id
     * @return the renderer
     * @throws DpaConfigurationException if no renderer has this id; the message lists the registered ids
     */
    public DocumentRenderer require(String id) {
        return find(id).orElseThrow(() -> new DpaConfigurationException(
                "No renderer with id '" + id + "' is registered; registered ids: " + renderers.keySet()));
    }

    /**
     * Returns the first registered renderer for this format that supports the locale's language.
     *
     * @param format the format
     * @param locale the language
     * @return the renderer, or empty
     */
    public Optional<DocumentRenderer> find(OutputFormat format, Locale locale) {
        Objects.requireNonNull(format, "format");
        Locale language = new Locale(Objects.requireNonNull(locale, "locale").getLanguage());
        return renderers.values().stream()
                .filter(r -> r.format().equals(format))
                .filter(r -> r.supportedLocales().contains(language))
                .findFirst();
    }

    /**
     * Returns the first registered renderer for this format that supports the locale's language.
     *
     * @param format the format
     * @param locale the language
     * @return the renderer
     * @throws DpaConfigurationException if there is none; the message lists what is registered
     * @throws RenderException for PDF when the optional PDF libraries are missing; the message names them
     */
    public DocumentRenderer require(OutputFormat format, Locale locale) {
        if (format.equals(OutputFormat.PDF)
                && !PdfRenderer.isAvailable()
                && find(format, locale).isEmpty()) {
            throw PdfRenderer.missingDependency();
        }
        return find(format, locale)
                .orElseThrow(() -> new DpaConfigurationException("No renderer for format '"
                        + format + "' and language '" + locale.getLanguage() + "' is registered; registered: "
                        + renderers.values().stream()
                                .map(r -> r.id() + " (" + r.format() + ", " + r.supportedLocales() + ")")
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Builds a {@link RendererRegistry}. A builder is mutable, not thread-safe and meant for one registry.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final List<DocumentRenderer> renderers = new ArrayList<>();

        private Builder() {}

        /**
         * Registers a renderer.
         *
         * @param renderer the renderer
         * @return this builder
         */
        public Builder add(DocumentRenderer renderer) {
            renderers.add(Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * Registers the built-in Markdown, HTML, text and DOCX renderers with the built-in clause library,
         * and the PDF renderer when its optional libraries are on the class path ({@link PdfRenderer}).
         *
         * @return this builder
         */
        public Builder addBuiltIns() {
            add(MarkdownRenderer.create());
            add(HtmlRenderer.create());
            add(TextRenderer.create());
            add(DocxRenderer.create());
            if (PdfRenderer.isAvailable()) {
                add(PdfRenderer.create());
            }
            return this;
        }

        /**
         * Registers every renderer that {@link ServiceLoader} finds through this class loader. Discovery
         * happens only when this method is called.
         *
         * @param classLoader the class loader to search
         * @return this builder
         * @throws DpaConfigurationException if a listed renderer cannot be loaded
         */
        public Builder discover(ClassLoader classLoader) {
            Objects.requireNonNull(classLoader, "classLoader");
            try {
                ServiceLoader.load(DocumentRenderer.class, classLoader).forEach(this::add);
            } catch (java.util.ServiceConfigurationError e) {
                throw new DpaConfigurationException(
                        "A renderer listed for ServiceLoader could not be loaded: " + e.getMessage());
            }
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry
         * @throws DpaConfigurationException if two renderers share an id, an id is not kebab-case, or a
         *     renderer outside dpa4j uses the reserved prefix {@code dpa-}
         */
        public RendererRegistry build() {
            Map<String, DocumentRenderer> byId = new LinkedHashMap<>();
            for (DocumentRenderer renderer : renderers) {
                String id = renderer.id();
                if (id == null || !KEBAB.matcher(id).matches()) {
                    throw new DpaConfigurationException(
                            "Renderer " + renderer.getClass().getName() + " has the id '" + id
                                    + "', but ids must be kebab-case such as 'acme-asciidoc'");
                }
                if (id.startsWith(RESERVED_PREFIX)
                        && !renderer.getClass().getName().startsWith("dev.dpa4j.")) {
                    throw new DpaConfigurationException(
                            "Renderer " + renderer.getClass().getName() + " uses the id '" + id
                                    + "', but the prefix 'dpa-' is reserved for dpa4j; choose another prefix");
                }
                DocumentRenderer previous = byId.putIfAbsent(id, renderer);
                if (previous != null) {
                    throw new DpaConfigurationException("Two renderers have the id '" + id + "': "
                            + previous.getClass().getName() + " and "
                            + renderer.getClass().getName()
                            + "; register only one of them");
                }
            }
            return new RendererRegistry(byId);
        }
    }
}
