/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.ModelPath;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One change between two versions of an agreement: its {@link ChangeKind}, where in the model it happened, the old
 * and the new value, and what it means ({@link ChangeClass}).
 *
 * <p>The path ({@link ModelPath}) names the attribute with the JSON property names of the model and selects list
 * elements by their identity rather than their position, for example
 * {@code subprocessing.subprocessors[aws].locations[STORAGE:US]}: the key in brackets is the element's identifier
 * where it has one, else its name.
 *
 * <p>The old and new values are the model objects themselves (a {@code Subprocessor}, a {@code Location}, a
 * {@code TimeLimit}, a {@code Boolean}...), so that renderers can describe them in any language; the documentation of
 * each {@link ChangeKind} names the type. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Change {

    private final ChangeKind kind;
    private final ModelPath path;
    private final String subject;
    private final @Nullable Object oldValue;
    private final @Nullable Object newValue;
    private final SortedSet<ChangeClass> classes;

    private Change(
            ChangeKind kind,
            ModelPath path,
            String subject,
            @Nullable Object oldValue,
            @Nullable Object newValue,
            SortedSet<ChangeClass> classes) {
        this.kind = kind;
        this.path = path;
        this.subject = subject;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.classes = classes;
    }

    /**
     * Obtains a change.
     *
     * @param kind the kind, not null
     * @param path the model path, with list elements chosen by key, not null
     * @param subject a short human-readable name of what changed (a sub-processor's name, a parameter's path), not
     *     null
     * @param oldValue the value in the old version, may be null if the thing is new
     * @param newValue the value in the new version, may be null if the thing was removed
     * @param classes the classes; if empty, the change is {@link ChangeClass#EDITORIAL}; {@code EDITORIAL} is dropped
     *     when any other class is present
     * @return the change
     * @throws IllegalArgumentException if both values are null
     */
    public static Change of(
            ChangeKind kind,
            ModelPath path,
            String subject,
            @Nullable Object oldValue,
            @Nullable Object newValue,
            Collection<ChangeClass> classes) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(subject, "subject");
        if (oldValue == null && newValue == null) {
            throw new IllegalArgumentException("A change of '" + path + "' needs an old or a new value");
        }
        EnumSet<ChangeClass> set = EnumSet.noneOf(ChangeClass.class);
        set.addAll(classes);
        if (set.size() > 1) {
            set.remove(ChangeClass.EDITORIAL);
        }
        if (set.isEmpty()) {
            set.add(ChangeClass.EDITORIAL);
        }
        return new Change(
                kind, path, subject, oldValue, newValue, Collections.unmodifiableSortedSet(new TreeSet<>(set)));
    }

    /**
     * Returns the kind of change.
     *
     * @return the kind of change
     */
    public ChangeKind getKind() {
        return kind;
    }

    /**
     * Returns the model path of what changed, for example {@code subprocessing.subprocessors[aws].country}.
     *
     * @return the model path
     */
    public ModelPath getModelPath() {
        return path;
    }

    /**
     * Returns the model path of what changed in its text form: {@code getModelPath().toString()}.
     *
     * @return the model path as text, for example {@code breachNotification.deadline}
     */
    public String getPath() {
        return path.toString();
    }

    /**
     * Returns a short human-readable name of what changed: the sub-processor's legal name (with its product), the
     * measure's or category's text in the agreement's first language, or the parameter's path.
     *
     * @return the subject of the change
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Returns the value in the old version, empty if the thing is new.
     *
     * @return the old value, or empty
     */
    public Optional<Object> getOldValue() {
        return Optional.ofNullable(oldValue);
    }

    /**
     * Returns the value in the new version, empty if the thing was removed.
     *
     * @return the new value, or empty
     */
    public Optional<Object> getNewValue() {
        return Optional.ofNullable(newValue);
    }

    /**
     * Returns the classes of the change, never empty; {@link ChangeClass#EDITORIAL} appears only alone.
     *
     * @return the classes of the change, in enum order
     */
    public SortedSet<ChangeClass> getClasses() {
        return classes;
    }

    /**
     * Returns whether the change carries the given class.
     *
     * @param changeClass the class, not null
     * @return whether the change carries it
     */
    public boolean is(ChangeClass changeClass) {
        return classes.contains(Objects.requireNonNull(changeClass, "changeClass"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Change that
                && kind == that.kind
                && path.equals(that.path)
                && subject.equals(that.subject)
                && Objects.equals(oldValue, that.oldValue)
                && Objects.equals(newValue, that.newValue)
                && classes.equals(that.classes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, path, subject, oldValue, newValue, classes);
    }

    @Override
    public String toString() {
        return kind + " " + path + " " + classes + ": " + oldValue + " -> " + newValue;
    }
}
