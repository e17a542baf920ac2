/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Block;

/** What every writer shares: the loud failure for a block type it does not know. */
public final class Writers {

    private Writers() {}

    /**
     * The error for a block type a writer does not handle. {@link Block} is sealed, so this happens only
     * when a new block type was added and a writer was not taught it; a silently dropped element would be
     * worse than a failing render (and {@code WritersHandleEveryBlockTest} finds it first).
     *
     * @param block the block
     * @return the exception to throw
     */
    public static IllegalStateException unhandled(Block block) {
        return new IllegalStateException("The writer has no output for the block type "
                + block.getClass().getName() + "; every writer must handle every type of Block");
    }
}
