/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The dates that follow from a notice of an intended change under the agreement's terms: when the notice was given,
 * when the objection period and the notice period end, and from when the change may take effect.
 *
 * <p>A period the agreement does not state as a typed {@code TimePeriod} (for example only "rechtzeitig") yields an
 * empty value: the library does not invent a period. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoticeSchedule {

    private final ZonedDateTime noticeGiven;
    private final @Nullable Deadline objectionDeadline;
    private final @Nullable Deadline noticePeriodEnd;

    NoticeSchedule(
            ZonedDateTime noticeGiven, @Nullable Deadline objectionDeadline, @Nullable Deadline noticePeriodEnd) {
        this.noticeGiven = noticeGiven;
        this.objectionDeadline = objectionDeadline;
        this.noticePeriodEnd = noticePeriodEnd;
    }

    /**
     * Returns when the notice was given.
     *
     * @return the instant of the notice, in the calculator's zone
     */
    public ZonedDateTime getNoticeGiven() {
        return noticeGiven;
    }

    /**
     * Returns the end of the objection period ({@code subprocessing.objectionPeriod}), if the agreement types it.
     *
     * @return the objection deadline, or empty
     */
    public Optional<Deadline> getObjectionDeadline() {
        return Optional.ofNullable(objectionDeadline);
    }

    /**
     * Returns the end of the notice period ({@code subprocessing.noticePeriod}), if the agreement types it.
     *
     * @return the end of the notice period, or empty
     */
    public Optional<Deadline> getNoticePeriodEnd() {
        return Optional.ofNullable(noticePeriodEnd);
    }

    /**
     * Returns the earliest instant the change may take effect: when both the notice period and the objection period
     * (those the agreement types) have expired. Empty if the agreement types neither.
     *
     * @return the earliest instant the change may take effect, or empty
     */
    public Optional<ZonedDateTime> getEarliestEffective() {
        if (objectionDeadline == null) {
            return noticePeriodEnd == null ? Optional.empty() : Optional.of(noticePeriodEnd.getExpiresAt());
        }
        if (noticePeriodEnd == null) {
            return Optional.of(objectionDeadline.getExpiresAt());
        }
        ZonedDateTime a = objectionDeadline.getExpiresAt();
        ZonedDateTime b = noticePeriodEnd.getExpiresAt();
        return Optional.of(a.isAfter(b) ? a : b);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NoticeSchedule that
                && noticeGiven.equals(that.noticeGiven)
                && Objects.equals(objectionDeadline, that.objectionDeadline)
                && Objects.equals(noticePeriodEnd, that.noticePeriodEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(noticeGiven, objectionDeadline, noticePeriodEnd);
    }

    @Override
    public String toString() {
        return "NoticeSchedule[notice " + noticeGiven + ", objection " + objectionDeadline + ", notice period "
                + noticePeriodEnd + "]";
    }
}
