/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProtectionGoal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reference data on a protection goal of the German Standard Data Protection Model (SDM), or on
 * resilience from Art. 32(1)(b) GDPR.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ProtectionGoalEntry implements CatalogEntry<ProtectionGoal> {

    private final ProtectionGoal code;
    private final LocalizedText labels;
    private final LocalizedText summary;

    @JsonCreator
    ProtectionGoalEntry(
            @JsonProperty("code") @Nullable ProtectionGoal code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("summary") @Nullable LocalizedText summary) {
        this.code = Checks.required(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.summary = Checks.labels(summary, "summary");
    }

    @Override
    public ProtectionGoal code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns a one-sentence summary of what the goal asks for, in German and English.
     *
     * @return the summary
     */
    public LocalizedText summary() {
        return summary;
    }

    @Override
    public String toString() {
        return "ProtectionGoalEntry[" + code + "]";
    }
}
