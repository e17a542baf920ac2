/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Documents about changes of an agreement: the change notice to controllers (German and English; Markdown, HTML,
 * plain text) and the public list of sub-processors (HTML page, JSON document, Atom feed of changes).
 *
 * <p>Entry points: {@link dev.dpa4j.render.notice.ChangeNotice} with {@link dev.dpa4j.render.notice.NoticeRenderers},
 * and {@link dev.dpa4j.render.notice.SubprocessorList}. Every user-supplied string is escaped for its format; output
 * depends only on the input (no clock, default locale, zone or charset).
 */
@NullMarked
package dev.dpa4j.render.notice;

import org.jspecify.annotations.NullMarked;
