/* SPDX-License-Identifier: Apache-2.0 */
/** Readers, segmentation, classification and extraction of the importer; not exported. */
@NullMarked
package dev.dpa4j.importer.internal;

import org.jspecify.annotations.NullMarked;
