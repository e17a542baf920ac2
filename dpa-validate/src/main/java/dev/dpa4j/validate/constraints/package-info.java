/* SPDX-License-Identifier: Apache-2.0 */
/**
 * A Jakarta Validation constraint, {@link dev.dpa4j.validate.constraints.CompliantDpa}, so that applications
 * on Bean Validation can validate agreements declaratively.
 */
@NullMarked
package dev.dpa4j.validate.constraints;

import org.jspecify.annotations.NullMarked;
