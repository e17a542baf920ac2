/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Reading and writing agreements as JSON: the {@link dev.dpa4j.model.json.DpaJson} facade, its JSON
 * Schema, the {@link dev.dpa4j.model.json.DpaJsonException} that lists every
 * {@link dev.dpa4j.model.json.JsonProblem} of a rejected document, and the
 * {@link dev.dpa4j.model.json.DpaJsonModule} for callers who keep their own mapper. The format is
 * described in {@code docs/json-format.md}.
 */
@NullMarked
package dev.dpa4j.model.json;

import org.jspecify.annotations.NullMarked;
