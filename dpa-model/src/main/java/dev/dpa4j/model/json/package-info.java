/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Reading and writing agreements as JSON: the {@link dev.dpa4j.model.json.DpaJson} facade and the
 * Jackson module for callers who keep their own mapper.
 */
@NullMarked
package dev.dpa4j.model.json;

import org.jspecify.annotations.NullMarked;
