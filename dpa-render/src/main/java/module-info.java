/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Rendering of data processing agreements into documents: the neutral document tree, the clause
 * library, the renderer SPI and the built-in Markdown, HTML and text renderers.
 */
module dev.dpa4j.render {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires transitive dev.dpa4j.model;
    requires static dev.dpa4j.validate;

    exports dev.dpa4j.render;
    exports dev.dpa4j.render.document;
    exports dev.dpa4j.render.notice;

    uses dev.dpa4j.render.DocumentRenderer;
}
