/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import dev.dpa4j.validate.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The context of one validation run; computes the structural violations, the operative free texts and the
 * recipients of transfers once, on first use, for every rule that needs them.
 */
final class DefaultRuleContext implements RuleContext {
    private final DataProcessingAgreement agreement;
    private final LocalDate asOf;
    private final Profile profile;
    private final ValidationThresholds thresholds;
    private final @Nullable ChangeSet changes;
    private @Nullable List<StructuralValidation.Violation> violations;
    private @Nullable List<Map.Entry<ModelPath, LocalizedText>> operativeTexts;
    private @Nullable List<TransferRules.Recipient> recipients;
    private @Nullable RunMemo memo;
    private final boolean wordingRules;

    DefaultRuleContext(
            DataProcessingAgreement agreement,
            LocalDate asOf,
            Profile profile,
            ValidationThresholds thresholds,
            @Nullable ChangeSet changes) {
        this(agreement, asOf, profile, thresholds, changes, true);
    }

    /**
     * @param wordingRules whether one of the clause-wording rules ({@link ClauseWording#RULES}) runs: else the run's scans
     *     of the free texts do not look for their cue words ({@link RunMemo#scans})
     */
    DefaultRuleContext(
            DataProcessingAgreement agreement,
            LocalDate asOf,
            Profile profile,
            ValidationThresholds thresholds,
            @Nullable ChangeSet changes,
            boolean wordingRules) {
        this.wordingRules = wordingRules;
        this.agreement = agreement;
        this.asOf = asOf;
        this.profile = profile;
        this.thresholds = thresholds;
        this.changes = changes;
    }

    @Override
    public Optional<ChangeSet> changes() {
        return Optional.ofNullable(changes);
    }

    @Override
    public DataProcessingAgreement agreement() {
        return agreement;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public ValidationThresholds thresholds() {
        return thresholds;
    }

    List<StructuralValidation.Violation> structuralViolations() {
        if (violations == null) {
            violations = StructuralValidation.validate(agreement);
        }
        return violations;
    }

    /** The operative free texts with their model paths, in {@link FreeTexts}' order. */
    List<Map.Entry<ModelPath, LocalizedText>> operativeTexts() {
        if (operativeTexts == null) {
            List<Map.Entry<ModelPath, LocalizedText>> texts = new ArrayList<>();
            FreeTexts.operative(agreement, (path, text) -> texts.add(Map.entry(path, text)));
            operativeTexts = List.copyOf(texts);
        }
        return operativeTexts;
    }

    /** The processor and every sub-processor as recipients of transfers ({@link TransferRules#recipients}). */
    List<TransferRules.Recipient> recipients() {
        if (recipients == null) {
            recipients = List.copyOf(TransferRules.recipients(agreement, memo().subprocessors()));
        }
        return recipients;
    }

    /** The values several rules of this run share ({@link RunMemo}). */
    RunMemo memo() {
        if (memo == null) {
            memo = new RunMemo(this, wordingRules);
        }
        return memo;
    }
}
