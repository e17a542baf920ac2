/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Implementation of the DOCX writer: Office Open XML written directly, without a library. Not exported; not API.
 */
@NullMarked
package dev.dpa4j.render.internal.docx;

import org.jspecify.annotations.NullMarked;
