/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.model.DpaException;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.ValidationThresholds;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleDescriptor;
import dev.dpa4j.validate.spi.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The immutable core of a validator: checked packs, active rules and settings. */
public final class ValidationEngine {

    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<Rule> activeRules;
    private final List<Rule> changeRules;
    /** Whether {@link #activeRules} and {@link #changeRules} hold a clause-wording rule ({@link ClauseWording#RULES}). */
    private final boolean activeWording;

    private final boolean changeWording;
    private final List<RuleDescriptor> allRules;
    private final Map<String, Severity> overrides;
    private final Map<String, String> packVersions;
    private final LocalDate asOf;
    private final @Nullable Profile profile;
    private final Severity failOn;
    private final ValidationThresholds thresholds;

    /**
     * Checks the configuration and creates the engine.
     *
     * @param extraPacks packs registered or discovered by the caller, in registration order
     * @param disabled ids of rules to skip
     * @param overrides severities by rule id
     * @param asOf the as-of date
     * @param profile the profile, or null to derive it from the agreement's status
     * @param failOn the fail threshold
     * @param thresholds the policy thresholds
     * @throws DpaConfigurationException for duplicate, malformed, reserved or unknown ids
     */
    public ValidationEngine(
            List<RulePack> extraPacks,
            Set<String> disabled,
            Map<String, Severity> overrides,
            LocalDate asOf,
            @Nullable Profile profile,
            Severity failOn,
            ValidationThresholds thresholds) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.profile = profile;
        this.failOn = failOn;
        this.thresholds = thresholds;
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, String> packOfRule = new HashMap<>();
        Set<String> changeIds = new HashSet<>();
        List<RulePack> packs = new ArrayList<>(BuiltInPacks.all());
        for (RulePack pack : extraPacks) {
            String id = Objects.requireNonNull(pack.id(), "pack id");
            if (!PACK_ID.matcher(id).matches()) {
                throw new DpaConfigurationException("Rule pack id '" + id + "' of "
                        + pack.getClass().getName() + " is malformed; use kebab-case such as 'acme-policy'");
            }
            if (BuiltInPacks.isReserved(id)) {
                throw new DpaConfigurationException(
                        "Rule pack id '" + id + "' of " + pack.getClass().getName()
                                + " is reserved for dpa4j (built-in packs and the 'dpa' prefix); choose another id");
            }
            packs.add(pack);
        }
        for (RulePack pack : packs) {
            if (versions.containsKey(pack.id())) {
                throw new DpaConfigurationException("Rule pack id '" + pack.id() + "' is registered twice ("
                        + pack.getClass().getName() + "); pack ids must be unique");
            }
            versions.put(pack.id(), Objects.requireNonNull(pack.version(), "pack version"));
            boolean builtIn = BuiltInPacks.isBuiltIn(pack);
            for (Rule rule : pack.rules()) {
                RuleDescriptor d = rule.descriptor();
                if (!builtIn && !d.getQualifier().equals(pack.id())) {
                    throw new DpaConfigurationException("Rule id '" + d.getId() + "' in pack '" + pack.id()
                            + "' must be qualified with the pack id, for example '" + pack.id() + ":"
                            + d.getId().substring(d.getId().indexOf(':') + 1) + "'");
                }
                String previous = packOfRule.putIfAbsent(d.getId(), pack.id());
                if (previous != null) {
                    throw new DpaConfigurationException("Rule id '" + d.getId() + "' occurs in pack '" + previous
                            + "' and again in pack '" + pack.id() + "'; rule ids must be unique");
                }
                rules.put(d.getId(), rule);
                if (builtIn && pack.id().equals(BuiltInPacks.CHANGE)) {
                    changeIds.add(d.getId());
                }
            }
        }
        for (String id : disabled) {
            requireKnown(rules, id, "disable");
        }
        for (String id : overrides.keySet()) {
            requireKnown(rules, id, "severity override");
        }
        this.allRules = rules.values().stream().map(Rule::descriptor).toList();
        List<Rule> active = rules.values().stream()
                .filter(r -> !disabled.contains(r.descriptor().getId()))
                .toList();
        this.activeRules = active.stream()
                .filter(r -> !changeIds.contains(r.descriptor().getId()))
                .toList();
        this.changeRules = active.stream()
                .filter(r -> changeIds.contains(r.descriptor().getId()))
                .toList();
        this.activeWording = holdsWordingRule(activeRules);
        this.changeWording = holdsWordingRule(changeRules);
        this.overrides = Map.copyOf(overrides);
        this.packVersions = Collections.unmodifiableMap(new TreeMap<>(versions));
    }

    private static boolean holdsWordingRule(List<Rule> rules) {
        return rules.stream()
                .anyMatch(r -> ClauseWording.RULES.contains(r.descriptor().getId()));
    }

    private static void requireKnown(Map<String, Rule> rules, String id, String what) {
        if (!rules.containsKey(id)) {
            throw new DpaConfigurationException("Unknown rule id '" + id + "' in " + what
                    + "; known ids are listed in docs/rules.md and by Validator.rules()");
        }
    }

    /**
     * Validates one agreement.
     *
     * @param agreement the agreement
     * @return the report
     * @throws DpaException if a rule of a third-party pack throws
     */
    public ValidationReport validate(DataProcessingAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return run(activeRules, activeWording, agreement, null);
    }

    /**
     * Judges intended changes against the version in force with the rules of the built-in pack with the id "change".
     *
     * @param inForce the version in force
     * @param changes the changes from it to the intended version
     * @return the report
     * @throws DpaException if a rule throws
     */
    public ValidationReport validateChange(DataProcessingAgreement inForce, ChangeSet changes) {
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(changes, "changes");
        return run(changeRules, changeWording, inForce, changes);
    }

    private ValidationReport run(
            List<Rule> rules, boolean wording, DataProcessingAgreement agreement, @Nullable ChangeSet changes) {
        Profile effective = profileFor(agreement);
        DefaultRuleContext context = new DefaultRuleContext(agreement, asOf, effective, thresholds, changes, wording);
        List<Finding> findings = new ArrayList<>();
        FindingPaths paths = new FindingPaths();
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            CollectingSink sink = new CollectingSink(d, overrides.get(d.getId()), findings, paths);
            try {
                rule.check(context, sink);
            } catch (RuntimeException e) {
                throw new DpaException(
                        "Rule '" + d.getId() + "' failed on agreement '" + agreement.getId() + "': " + e, e);
            }
        }
        return ValidationReport.of(findings, asOf, effective, failOn, packVersions);
    }

    /**
     * Returns the profile applied to an agreement: the configured one, or TEMPLATE for agreements
     * whose status is TEMPLATE and EXECUTED otherwise.
     *
     * @param agreement the agreement
     * @return the profile
     */
    public Profile profileFor(DataProcessingAgreement agreement) {
        if (profile != null) {
            return profile;
        }
        return agreement.getStatus() == AgreementStatus.TEMPLATE ? Profile.TEMPLATE : Profile.EXECUTED;
    }

    /**
     * Returns the descriptors of all registered rules, disabled ones included, in pack order.
     *
     * @return the descriptors
     */
    public List<RuleDescriptor> rules() {
        return allRules;
    }

    /**
     * Returns the pack versions by id.
     *
     * @return the versions
     */
    public Map<String, String> packs() {
        return packVersions;
    }
}
