/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Implementation of change notices and the sub-processor page: the composer that turns a
 * {@link dev.dpa4j.render.notice.ChangeNotice} into the module's document tree (written by the same writers as
 * contracts) and the words it uses, which come from the built-in bundles
 * {@code dev/dpa4j/render/words/words_<language>.properties}. Not exported; not API.
 */
@NullMarked
package dev.dpa4j.render.internal.notice;

import org.jspecify.annotations.NullMarked;
