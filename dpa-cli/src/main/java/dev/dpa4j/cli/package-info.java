/* SPDX-License-Identifier: Apache-2.0 */
/** The dpa4j cli API. */
@NullMarked
package dev.dpa4j.cli;

import org.jspecify.annotations.NullMarked;
