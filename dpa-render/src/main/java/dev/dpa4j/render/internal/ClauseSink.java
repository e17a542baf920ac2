/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Block;

/** Receives a clause: key, parameters and extra blocks (a section's draft or an annex). */
@FunctionalInterface
interface ClauseSink {
    void add(String key, P params, Block... extra);
}
