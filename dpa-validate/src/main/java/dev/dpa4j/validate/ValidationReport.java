/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.json.DpaJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of validating one agreement: every finding, in a deterministic order, with the settings
 * that produced them.
 *
 * <p>Findings are ordered by severity (errors first), then model path, rule id, message key and
 * parameters, so that the same agreement validated with the same settings gives an identical report,
 * byte for byte when serialised with {@link #toJson(Locale)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ValidationReport {

    /**
     * The mapper for {@link #toJson(Locale)}, built on first use: a report read as text never needs it, and
     * building it (databind's configuration and the model's module) is part of a cold command-line start.
     */
    private static final class Json {
        static final JsonMapper MAPPER = DpaJson.mapper();

        private Json() {}
    }

    private final List<Finding> findings;
    private final LocalDate asOf;
    private final Profile profile;
    private final Severity failOn;
    private final SortedMap<String, String> packs;

    private ValidationReport(
            List<Finding> findings, LocalDate asOf, Profile profile, Severity failOn, Map<String, String> packs) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        this.findings = List.copyOf(sorted);
        this.asOf = asOf;
        this.profile = profile;
        this.failOn = failOn;
        this.packs = Collections.unmodifiableSortedMap(new TreeMap<>(packs));
    }

    /**
     * Creates a report; the findings are sorted into the report order.
     *
     * @param findings the findings in any order, not null
     * @param asOf the date the agreement was judged at, not null
     * @param profile the profile applied, not null
     * @param failOn the lowest severity that makes the agreement unacceptable, not null
     * @param packs the versions of the rule packs applied, by pack id, not null
     * @return the report
     */
    public static ValidationReport of(
            List<Finding> findings, LocalDate asOf, Profile profile, Severity failOn, Map<String, String> packs) {
        return new ValidationReport(
                Objects.requireNonNull(findings, "findings"),
                Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(profile, "profile"),
                Objects.requireNonNull(failOn, "failOn"),
                Objects.requireNonNull(packs, "packs"));
    }

    /**
     * Returns all findings in report order.
     *
     * @return an unmodifiable list
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Returns the findings at or above a severity, in report order.
     *
     * @param threshold the lowest severity to include, not null
     * @return an unmodifiable list
     */
    public List<Finding> getFindingsAtOrAbove(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return findings.stream()
                .filter(f -> f.getSeverity().isAtLeast(threshold))
                .toList();
    }

    /**
     * Returns the findings of one rule, in report order.
     *
     * @param ruleId the rule id, not null
     * @return an unmodifiable list, empty if the rule found nothing
     */
    public List<Finding> getFindings(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    }

    /**
     * Returns the number of findings of exactly the given severity.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    /**
     * Returns the number of findings per severity, every severity included.
     *
     * @return an unmodifiable map from severity to count
     */
    public Map<Severity, Integer> getCounts() {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns whether any finding is an error.
     *
     * @return true if there is at least one {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Returns whether the agreement passes: no finding at or above the fail threshold.
     *
     * @return true if acceptable
     */
    public boolean isAcceptable() {
        return getFindingsAtOrAbove(failOn).isEmpty();
    }

    /**
     * Returns the date the agreement was judged at.
     *
     * @return the as-of date
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Returns the profile applied.
     *
     * @return the profile
     */
    public Profile getProfile() {
        return profile;
    }

    /**
     * Returns the lowest severity that makes the agreement unacceptable.
     *
     * @return the fail threshold
     */
    public Severity getFailOn() {
        return failOn;
    }

    /**
     * Returns the versions of the rule packs applied, by pack id.
     *
     * @return an unmodifiable map ordered by pack id
     */
    public SortedMap<String, String> getPacks() {
        return packs;
    }

    /**
     * Throws if any finding is at or above the threshold; the entry point for tests of users. The
     * message lists every such finding with severity, rule id, path, message and citations.
     *
     * @param threshold the lowest severity that fails, not null
     * @param locale the language of the listed messages, not null
     * @throws AssertionError if there is such a finding
     */
    public void assertNoFindingsAtOrAbove(Severity threshold, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<Finding> failing = getFindingsAtOrAbove(threshold);
        if (!failing.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append("Expected no findings at or above ")
                    .append(threshold)
                    .append(" but found ")
                    .append(failing.size())
                    .append(':');
            for (Finding finding : failing) {
                message.append("\n  - ").append(finding.describe(locale));
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * Throws unless the agreement is acceptable, that is has no finding at or above the fail threshold.
     *
     * @param locale the language of the listed messages, not null
     * @throws AssertionError listing every finding at or above the fail threshold
     */
    public void assertAcceptable(Locale locale) {
        assertNoFindingsAtOrAbove(failOn, locale);
    }

    /**
     * Returns the report as a JSON tree with messages and citations in the given language.
     *
     * <p>Shape: {@code asOf}, {@code profile}, {@code failOn}, {@code acceptable}, {@code language},
     * {@code counts} (ERROR, WARNING, INFO), {@code packs} (id to version) and {@code findings}; each
     * finding has {@code ruleId}, {@code severity}, {@code path}, {@code legalReferences} (formatted),
     * {@code message}, {@code remediation}, {@code messageKey} and {@code params}.
     *
     * @param locale the language of messages and citations, not null
     * @return a new JSON tree
     */
    public ObjectNode toJsonTree(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("asOf", asOf.toString());
        root.put("profile", profile.name());
        root.put("failOn", failOn.name());
        root.put("acceptable", isAcceptable());
        root.put("language", LegalReference.isGerman(locale) ? "de" : "en");
        ObjectNode counts = root.putObject("counts");
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.put(s.name(), count(s));
        }
        ObjectNode packNode = root.putObject("packs");
        packs.forEach(packNode::put);
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("ruleId", finding.getRuleId());
            node.put("severity", finding.getSeverity().name());
            node.put("path", finding.getPath());
            ArrayNode refs = node.putArray("legalReferences");
            finding.formatLegalReferences(locale).forEach(refs::add);
            node.put("message", finding.message(locale));
            node.put("remediation", finding.remediation(locale));
            node.put("messageKey", finding.getMessageKey());
            ObjectNode params = node.putObject("params");
            finding.getParams().forEach(params::put);
        }
        return root;
    }

    /**
     * Returns the report as pretty-printed JSON text ending with a line feed; see
     * {@link #toJsonTree(Locale)} for the shape.
     *
     * @param locale the language of messages and citations, not null
     * @return the JSON text, identical for identical reports
     */
    public String toJson(Locale locale) {
        JsonNode tree = toJsonTree(locale);
        return Json.MAPPER.writeValueAsString(tree) + "\n";
    }

    @Override
    public String toString() {
        return "ValidationReport[asOf=" + asOf + ", profile=" + profile + ", counts=" + getCounts() + "]";
    }
}
