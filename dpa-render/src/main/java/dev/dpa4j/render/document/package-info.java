/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The neutral document tree: what a rendered agreement says, independent of any output format.
 *
 * <p>An agreement is composed once into a {@link dev.dpa4j.render.document.Document} by the
 * {@link dev.dpa4j.render.DocumentComposer}; every writer (Markdown, HTML, text, PDF, DOCX) walks the
 * same tree. All text in the tree is plain, unescaped text: each writer escapes it for its own format.
 * The only exception is {@link dev.dpa4j.render.document.Figure#svg()}, which holds SVG markup that the
 * composer has already escaped.
 *
 * <p>All types are immutable records; lists are unmodifiable copies.
 *
 * @since 0.1
 */
@NullMarked
package dev.dpa4j.render.document;

import org.jspecify.annotations.NullMarked;
