/* SPDX-License-Identifier: Apache-2.0 */
/**
 * W3C Data Privacy Vocabulary (DPV 2.x) interchange: {@link dev.dpa4j.dpv.DpvJsonLd} writes an agreement as
 * JSON-LD with DPV terms and reads such a graph back into the model. What DPV cannot express and how each
 * element maps is listed in {@code docs/dpv.md}.
 */
@NullMarked
package dev.dpa4j.dpv;

import org.jspecify.annotations.NullMarked;
