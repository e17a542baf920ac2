/* SPDX-License-Identifier: Apache-2.0 */
/** Implementation of the DPV mapping; not exported. */
@NullMarked
package dev.dpa4j.dpv.internal;

import org.jspecify.annotations.NullMarked;
