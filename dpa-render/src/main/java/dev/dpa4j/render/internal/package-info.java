/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Implementation of dpa4j rendering: the composer that turns an agreement into the document tree and
 * the writers that turn the tree into Markdown, HTML and text. Not exported; not API.
 */
@NullMarked
package dev.dpa4j.render.internal;

import org.jspecify.annotations.NullMarked;
