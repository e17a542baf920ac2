/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Documents about changes of an agreement: the change notice to controllers (German and English; Markdown, HTML,
 * plain text) and the public list of sub-processors (HTML page, JSON document, Atom feed of changes).
 *
 * <p>Entry points: {@link dev.dpa4j.render.notice.ChangeNotice} with {@link dev.dpa4j.render.notice.NoticeRenderers},
 * and {@link dev.dpa4j.render.notice.SubprocessorList}. A notice is composed into the same document tree as a
 * contract ({@link dev.dpa4j.render.document}) and written by the same writers; every user-supplied string passes
 * the module's one escaper for its format. The wording is in resource bundles
 * ({@code dev/dpa4j/render/words/words_de.properties} and {@code _en}), not in code. Output depends only on the
 * input (no clock, default locale, zone or charset).
 */
@NullMarked
package dev.dpa4j.render.notice;

import org.jspecify.annotations.NullMarked;
