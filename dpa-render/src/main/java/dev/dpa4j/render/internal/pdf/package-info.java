/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Implementation of the PDF writer: the document tree laid out for A4 and drawn with PDFBox as PDF/A-3u.
 * Not exported; not API.
 */
@NullMarked
package dev.dpa4j.render.internal.pdf;

import org.jspecify.annotations.NullMarked;
