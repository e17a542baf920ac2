/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The {@code dpa} command: its entry point {@link dev.dpa4j.cli.Dpa}, usable from a shell (the
 * runnable jar) or in-process from Java.
 */
@NullMarked
package dev.dpa4j.cli;

import org.jspecify.annotations.NullMarked;
