/* SPDX-License-Identifier: Apache-2.0 */
/** The dpa4j validate API. */
@NullMarked
package dev.dpa4j.validate;

import org.jspecify.annotations.NullMarked;
