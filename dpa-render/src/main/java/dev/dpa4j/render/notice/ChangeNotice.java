/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.diff.DeadlineCalculator;
import dev.dpa4j.model.diff.NoticeSchedule;
import dev.dpa4j.model.json.DpaJson;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a change notice says: the version in force (whose terms govern the notice), the intended version, the
 * changes between them and, if the notice date is known, the deadlines. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ChangeNotice notice = ChangeNotice.of(current, next, LocalDate.of(2026, 3, 2), DeadlineCalculator.of(zone));
 * String text = NoticeRenderers.text().render(notice, Locale.GERMAN);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChangeNotice {

    private final DataProcessingAgreement inForce;
    private final DataProcessingAgreement intended;
    private final ChangeSet changes;
    private final @Nullable NoticeSchedule schedule;

    private ChangeNotice(
            DataProcessingAgreement inForce,
            DataProcessingAgreement intended,
            ChangeSet changes,
            @Nullable NoticeSchedule schedule) {
        this.inForce = inForce;
        this.intended = intended;
        this.changes = changes;
        this.schedule = schedule;
    }

    /**
     * Obtains a notice without deadlines.
     *
     * @param inForce the version in force, not null
     * @param intended the intended version, not null
     * @param changes the changes to announce, usually {@code AgreementDiff.diff(inForce, intended)}, not null
     * @return the notice
     */
    public static ChangeNotice of(
            DataProcessingAgreement inForce, DataProcessingAgreement intended, ChangeSet changes) {
        return new ChangeNotice(
                Objects.requireNonNull(inForce, "inForce"),
                Objects.requireNonNull(intended, "intended"),
                Objects.requireNonNull(changes, "changes"),
                null);
    }

    /**
     * Obtains a notice given on a date: diffs the versions (EEA membership as of the notice date) and computes the
     * deadlines from the sub-processing terms in force.
     *
     * @param inForce the version in force, not null
     * @param intended the intended version, not null
     * @param noticeDate the day the notice reaches the controller, not null
     * @param calculator the calculator with the zone and holidays, not null
     * @return the notice
     */
    public static ChangeNotice of(
            DataProcessingAgreement inForce,
            DataProcessingAgreement intended,
            LocalDate noticeDate,
            DeadlineCalculator calculator) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(calculator, "calculator");
        ChangeSet changes = AgreementDiff.asOf(noticeDate).diff(inForce, intended);
        SubprocessingTerms terms = inForce.getSubprocessing()
                .orElseGet(() -> SubprocessingTerms.builder().build());
        return new ChangeNotice(inForce, intended, changes, calculator.schedule(noticeDate, terms));
    }

    /**
     * Returns a copy with the given deadlines.
     *
     * @param schedule the deadlines, not null
     * @return a notice with these deadlines
     */
    public ChangeNotice withSchedule(NoticeSchedule schedule) {
        return new ChangeNotice(inForce, intended, changes, Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * Returns the version in force.
     *
     * @return the version in force
     */
    public DataProcessingAgreement getInForce() {
        return inForce;
    }

    /**
     * Returns the intended version.
     *
     * @return the intended version
     */
    public DataProcessingAgreement getIntended() {
        return intended;
    }

    /**
     * Returns the changes.
     *
     * @return the changes
     */
    public ChangeSet getChanges() {
        return changes;
    }

    /**
     * Writes the notice's data as JSON: the change set (as {@link ChangeSet#toJson()} writes it) and the deadlines if
     * known. Timestamps are ISO-8601 with the offset of the calculator's zone. Whether the changes can be made under
     * the terms in force is judged by {@code Validator.validateChange} in dpa-validate ({@code dpa diff} adds its
     * findings).
     *
     * @return the JSON text (sorted properties, two-space indent, LF line ends)
     */
    public String toJson() {
        Map<String, Object> document = new TreeMap<>();
        document.put("changes", changes);
        getSchedule().ifPresent(s -> document.put("schedule", s));
        return DpaJson.mapper().writeValueAsString(document) + "\n";
    }

    /**
     * Returns the deadlines, if the notice date is known.
     *
     * @return the deadlines, or empty
     */
    public Optional<NoticeSchedule> getSchedule() {
        return Optional.ofNullable(schedule);
    }
}
