/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The description of the processing that Art. 28(3) first sentence GDPR requires.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ProcessingDescription.Builder.class)
public abstract class ProcessingDescription {
    ProcessingDescription() {}

    /**
     * Returns the subject matter of the processing, if stated.
     *
     * @return the subject matter of the processing, or empty
     */
    public abstract Optional<LocalizedText> getSubjectMatter();

    /**
     * Returns the services and activities of the processor.
     *
     * @return the services and activities of the processor, in the order given; may be empty
     */
    public abstract List<LocalizedText> getServices();

    /**
     * Returns the scope of the processing, if stated.
     *
     * @return the scope of the processing, or empty
     */
    public abstract Optional<LocalizedText> getScope();

    /**
     * Returns what the agreement expressly does not cover.
     *
     * @return what the agreement expressly does not cover, in the order given; may be empty
     */
    public abstract List<LocalizedText> getExclusions();

    /**
     * Returns the duration of the processing, if stated.
     *
     * @return the duration of the processing, or empty
     */
    public abstract Optional<ProcessingDuration> getDuration();

    /**
     * Returns the nature of the processing: operations within Art. 4(2) GDPR and their description.
     *
     * @return the nature of the processing: operations within Art. 4(2) GDPR and their description, in the order given; may be empty
     */
    public abstract List<ProcessingNature> getNature();

    /**
     * Returns the purposes of the processing.
     *
     * @return the purposes of the processing, in the order given; may be empty
     */
    public abstract List<Purpose> getPurposes();

    /**
     * Returns the types of personal data.
     *
     * @return the types of personal data, in the order given; may be empty
     */
    public abstract List<DataCategory> getDataCategories();

    /**
     * Returns the categories of data subjects.
     *
     * @return the categories of data subjects, in the order given; may be empty
     */
    public abstract List<DataSubjectCategory> getDataSubjects();

    /**
     * Returns where the processor processes the data, including remote access, support and backups.
     *
     * @return where the processor processes the data, including remote access, support and backups, in the order given; may be empty
     */
    public abstract List<Location> getLocations();

    /**
     * Returns restrictions and additional safeguards for sensitive data (Art. 9, 10 GDPR).
     *
     * @return restrictions and additional safeguards for sensitive data (Art. 9, 10 GDPR), in the order given; may be empty
     */
    public abstract List<LocalizedText> getSensitiveDataSafeguards();

    /**
     * Returns how long the data is kept, or the criteria for it, if stated.
     *
     * @return how long the data is kept, or the criteria for it, or empty
     */
    public abstract Optional<LocalizedText> getRetention();

    /**
     * Returns facts that raise the risk of the processing or change the rules that apply.
     *
     * @return facts that raise the risk of the processing or change the rules that apply, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<ProcessingCharacteristic> getCharacteristics();

    /**
     * Returns a new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with the values of this instance.
     *
     * @return a new builder holding a copy of this instance's values
     */
    public final Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A builder for {@link ProcessingDescription}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableProcessingDescription.Builder {
        Builder() {}
    }
}
