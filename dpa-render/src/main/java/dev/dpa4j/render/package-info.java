/* SPDX-License-Identifier: Apache-2.0 */
/** The dpa4j render API. */
@NullMarked
package dev.dpa4j.render;

import org.jspecify.annotations.NullMarked;
