/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Versions of an agreement compared: the semantic diff, its legal classification, the notice deadlines
 * and the checks that tie them to the agreement's own terms.
 *
 * <p>Entry points: {@link dev.dpa4j.model.diff.AgreementDiff} compares two versions into a
 * {@link dev.dpa4j.model.diff.ChangeSet}; {@link dev.dpa4j.model.diff.DeadlineCalculator} computes the
 * objection deadline and the earliest date a change may take effect; {@link dev.dpa4j.model.diff.NoticeCheck}
 * reports changes that need a notice mechanism the agreement lacks. Every type here is immutable and
 * thread-safe, and nothing reads the default locale, time zone or clock.
 */
@NullMarked
package dev.dpa4j.model.diff;

import org.jspecify.annotations.NullMarked;
