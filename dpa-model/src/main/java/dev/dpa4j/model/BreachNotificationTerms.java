/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on personal data breaches (Art. 33(2) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = BreachNotificationTerms.Builder.class)
public abstract class BreachNotificationTerms {
    BreachNotificationTerms() {}

    /**
     * Returns whether the processor must notify the controller of personal data breaches. Defaults to {@code false}.
     *
     * @return whether the processor must notify the controller of personal data breaches
     */
    @Value.Default
    public boolean isNotifyController() {
        return false;
    }

    /**
     * Returns the deadline for the notification, if stated.
     *
     * @return the deadline for the notification, or empty
     */
    public abstract Optional<TimeLimit> getDeadline();

    /**
     * Returns when the deadline starts, if stated.
     *
     * @return when the deadline starts, or empty
     */
    public abstract Optional<BreachTrigger> getTrigger();

    /**
     * Returns what the notification contains at least.
     *
     * @return what the notification contains at least, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<BreachNoticeContent> getMinimumContent();

    /**
     * Returns whether information may be provided in phases. Defaults to {@code false}.
     *
     * @return whether information may be provided in phases
     */
    @Value.Default
    public boolean isPhasedNotification() {
        return false;
    }

    /**
     * Returns how the notification is given.
     *
     * @return how the notification is given, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<CommunicationChannel> getChannels();

    /**
     * Returns where breaches are reported, if stated.
     *
     * @return where breaches are reported, or empty
     */
    public abstract Optional<ContactPoint> getContact();

    /**
     * Returns whether the processor notifies authorities or data subjects only on instruction of the controller. Defaults to {@code false}.
     *
     * @return whether the processor notifies authorities or data subjects only on instruction of the controller
     */
    @Value.Default
    public boolean isNoUnilateralReporting() {
        return false;
    }

    /**
     * Returns whether the agreement states that notifying or responding to a breach is not an
     * acknowledgement of fault or liability by the processor. Defaults to {@code false}.
     *
     * @return whether a notification is stated not to be an admission
     */
    @Value.Default
    public boolean isNotificationNotAdmission() {
        return false;
    }

    /**
     * Returns the deadline within which sub-processors notify the processor, if stated.
     *
     * @return the deadline within which sub-processors notify the processor, or empty
     */
    public abstract Optional<TimeLimit> getSubprocessorDeadline();

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns which breaches the processor notifies, if stated; Art. 33(2) GDPR requires every breach to be notified.
     *
     * @return which breaches are notified, or empty
     */
    public abstract Optional<BreachRiskThreshold> getRiskThreshold();

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
     * A builder for {@link BreachNotificationTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableBreachNotificationTerms.Builder {
        Builder() {}
    }
}
