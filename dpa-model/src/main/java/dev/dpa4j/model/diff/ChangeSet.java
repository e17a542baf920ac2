/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.dpa4j.model.json.DpaJson;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The changes between two versions of one agreement, in a deterministic order (by model path, then kind, then
 * values), with the version labels and dates of both sides.
 *
 * <p>{@link #toJson()} writes the set as JSON in the format of the model (sorted properties, empty values left out).
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChangeSet {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::getPath)
            .thenComparing(Change::getKind)
            .thenComparing(c -> String.valueOf(c.getOldValue().orElse("")))
            .thenComparing(c -> String.valueOf(c.getNewValue().orElse("")));

    private final String agreementId;
    private final @Nullable String oldVersion;
    private final @Nullable String newVersion;
    private final @Nullable LocalDate oldVersionDate;
    private final @Nullable LocalDate newVersionDate;
    private final List<Change> changes;

    private ChangeSet(
            String agreementId,
            @Nullable String oldVersion,
            @Nullable String newVersion,
            @Nullable LocalDate oldVersionDate,
            @Nullable LocalDate newVersionDate,
            List<Change> changes) {
        this.agreementId = agreementId;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.oldVersionDate = oldVersionDate;
        this.newVersionDate = newVersionDate;
        this.changes = changes;
    }

    /**
     * Obtains a change set; the changes are sorted into the canonical order.
     *
     * @param agreementId the identifier of the agreement (of the new version), not null
     * @param oldVersion the version label of the old version, may be null
     * @param newVersion the version label of the new version, may be null
     * @param oldVersionDate the date of the old version, may be null
     * @param newVersionDate the date of the new version, may be null
     * @param changes the changes, not null
     * @return the change set
     */
    public static ChangeSet of(
            String agreementId,
            @Nullable String oldVersion,
            @Nullable String newVersion,
            @Nullable LocalDate oldVersionDate,
            @Nullable LocalDate newVersionDate,
            Collection<Change> changes) {
        Objects.requireNonNull(agreementId, "agreementId");
        List<Change> sorted = changes.stream().sorted(ORDER).toList();
        return new ChangeSet(agreementId, oldVersion, newVersion, oldVersionDate, newVersionDate, sorted);
    }

    /**
     * Returns the identifier of the agreement, as the new version states it.
     *
     * @return the identifier of the agreement
     */
    public String getAgreementId() {
        return agreementId;
    }

    /**
     * Returns the version label of the old version, if it states one.
     *
     * @return the old version label, or empty
     */
    public Optional<String> getOldVersion() {
        return Optional.ofNullable(oldVersion);
    }

    /**
     * Returns the version label of the new version, if it states one.
     *
     * @return the new version label, or empty
     */
    public Optional<String> getNewVersion() {
        return Optional.ofNullable(newVersion);
    }

    /**
     * Returns the date of the old version, if it states one.
     *
     * @return the date of the old version, or empty
     */
    public Optional<LocalDate> getOldVersionDate() {
        return Optional.ofNullable(oldVersionDate);
    }

    /**
     * Returns the date of the new version, if it states one.
     *
     * @return the date of the new version, or empty
     */
    public Optional<LocalDate> getNewVersionDate() {
        return Optional.ofNullable(newVersionDate);
    }

    /**
     * Returns the changes in canonical order.
     *
     * @return the changes, unmodifiable; empty if the versions do not differ in anything the diff examines
     */
    public List<Change> getChanges() {
        return changes;
    }

    /**
     * Returns whether there is no change.
     *
     * @return whether there is no change
     */
    @JsonIgnore
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the changes that carry the given class, in canonical order.
     *
     * @param changeClass the class, not null
     * @return the changes that carry it
     */
    public List<Change> withClass(ChangeClass changeClass) {
        Objects.requireNonNull(changeClass, "changeClass");
        return changes.stream().filter(c -> c.is(changeClass)).toList();
    }

    /**
     * Returns whether any change needs prior notice or prior authorisation by the controller.
     *
     * @return whether any change carries {@link ChangeClass#NOTICE_REQUIRED} or
     *     {@link ChangeClass#AUTHORISATION_REQUIRED}
     */
    public boolean needsControllerAttention() {
        return changes.stream()
                .anyMatch(c -> c.is(ChangeClass.NOTICE_REQUIRED) || c.is(ChangeClass.AUTHORISATION_REQUIRED));
    }

    /**
     * Writes this change set as JSON (UTF-8 text, LF line ends, two-space indent, sorted properties).
     *
     * @return the JSON text
     */
    public String toJson() {
        return DpaJson.mapper().writeValueAsString(this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChangeSet that
                && agreementId.equals(that.agreementId)
                && Objects.equals(oldVersion, that.oldVersion)
                && Objects.equals(newVersion, that.newVersion)
                && Objects.equals(oldVersionDate, that.oldVersionDate)
                && Objects.equals(newVersionDate, that.newVersionDate)
                && changes.equals(that.changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, oldVersion, newVersion, oldVersionDate, newVersionDate, changes);
    }

    @Override
    public String toString() {
        return "ChangeSet[" + agreementId + " " + oldVersion + " -> " + newVersion + ", " + changes.size()
                + " changes]";
    }
}
