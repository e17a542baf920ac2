/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Versions of an agreement compared: the semantic diff, its legal classification and the notice deadlines.
 *
 * <p>Entry points: {@link dev.dpa4j.model.diff.AgreementDiff} compares two versions into a
 * {@link dev.dpa4j.model.diff.ChangeSet}; {@link dev.dpa4j.model.diff.DeadlineCalculator} computes the
 * objection deadline and the earliest date a change may take effect. Whether a change can be made under the
 * agreement's own terms is a legal judgement: {@code Validator.validateChange} in dpa-validate reports it with the
 * rules of its {@code change} pack. Every type here is immutable and
 * thread-safe, and nothing reads the default locale, time zone or clock.
 */
@NullMarked
package dev.dpa4j.model.diff;

import org.jspecify.annotations.NullMarked;
