/* SPDX-License-Identifier: Apache-2.0 */
/** The implementation of the validator and the built-in rule packs; not exported. */
@NullMarked
package dev.dpa4j.validate.internal;

import org.jspecify.annotations.NullMarked;
