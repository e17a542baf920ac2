/* SPDX-License-Identifier: Apache-2.0 */
/** Implementation of the {@code dpa} commands; not an API. */
@NullMarked
package dev.dpa4j.cli.internal;

import org.jspecify.annotations.NullMarked;
