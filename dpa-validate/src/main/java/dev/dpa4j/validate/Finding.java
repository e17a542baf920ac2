/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One result of validation: which rule found what where, how serious it is and which provisions
 * it rests on. Messages are produced on demand in the language asked for.
 *
 * <p>Structural problems found by Jakarta Validation (blank names, malformed e-mail addresses) and
 * legal findings of the rules are both findings; callers see one type.
 *
 * <p>Instances are immutable and thread-safe. Equality covers rule id, severity, path, message key and
 * parameters.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Finding implements Comparable<Finding> {

    /**
     * The order of a report: most serious first, then by path ({@link ModelPath}'s order, list indexes by number),
     * rule id, message key and parameters.
     */
    static final Comparator<Finding> ORDER = Finding::order;

    /**
     * {@link #ORDER} written out: the same comparisons in the same sequence as the chain of {@code thenComparing} it
     * replaced, without a lambda and a boxed comparison per key; sorting was 4 % of a validation (issue #14).
     */
    private static int order(Finding a, Finding b) {
        int c = b.severity.compareTo(a.severity);
        if (c != 0) {
            return c;
        }
        c = a.path.compareTo(b.path);
        if (c != 0) {
            return c;
        }
        c = a.getRuleId().compareTo(b.getRuleId());
        if (c != 0) {
            return c;
        }
        c = a.messageKey.compareTo(b.messageKey);
        if (c != 0) {
            return c;
        }
        return a.params.toString().compareTo(b.params.toString());
    }

    private final RuleDescriptor rule;
    private final Severity severity;
    private final ModelPath path;
    private final String messageKey;
    private final SortedMap<String, String> params;

    private Finding(
            RuleDescriptor rule, Severity severity, ModelPath path, String messageKey, Map<String, String> params) {
        this.rule = rule;
        this.severity = severity;
        this.path = path;
        this.messageKey = messageKey;
        // most findings have no parameter: they share one empty map (issue #14, the memory of large reports)
        this.params = params.isEmpty()
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /**
     * Creates a finding of a rule.
     *
     * @param rule the descriptor of the rule that found it, not null
     * @param severity the severity, not null
     * @param path the model path in its text form ({@link ModelPath#parse(String)}), for example
     *     {@code subprocessing.subprocessors[4].transfer}, not null
     * @param messageKey one of the rule's message keys, not null
     * @param params the message parameters, no null keys or values
     * @return the finding
     * @throws IllegalArgumentException if the key is not one of the rule's message keys, or the path is not a model
     *     path
     */
    public static Finding of(
            RuleDescriptor rule, Severity severity, String path, String messageKey, Map<String, String> params) {
        Objects.requireNonNull(path, "path");
        return of(rule, severity, ModelPath.parse(path), messageKey, params);
    }

    /**
     * Creates a finding of a rule.
     *
     * @param rule the descriptor of the rule that found it, not null
     * @param severity the severity, not null
     * @param path the model path, the {@linkplain ModelPath#root() root} for the whole agreement, not null
     * @param messageKey one of the rule's message keys, not null
     * @param params the message parameters, no null keys or values
     * @return the finding
     * @throws IllegalArgumentException if the key is not one of the rule's message keys
     * @since 0.1
     */
    public static Finding of(
            RuleDescriptor rule, Severity severity, ModelPath path, String messageKey, Map<String, String> params) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(params, "params");
        if (!rule.getMessageKeys().contains(messageKey)) {
            throw new IllegalArgumentException("Rule '" + rule.getId() + "' reported message key '" + messageKey
                    + "', which its descriptor does not list; listed are " + rule.getMessageKeys());
        }
        params.forEach((k, v) -> {
            Objects.requireNonNull(k, "parameter name");
            Objects.requireNonNull(v, () -> "value of parameter '" + k + "'");
        });
        return new Finding(rule, severity, path, messageKey, params);
    }

    /**
     * Returns the id of the rule.
     *
     * @return the rule id, for example {@code ART33_2_DEADLINE}
     */
    public String getRuleId() {
        return rule.getId();
    }

    /**
     * Returns the descriptor of the rule.
     *
     * @return the descriptor
     */
    public RuleDescriptor getRule() {
        return rule;
    }

    /**
     * Returns the severity, after any override configured in the validator.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the model path of the element concerned, for example {@code subprocessing.subprocessors[4].transfer};
     * the {@linkplain ModelPath#root() root} stands for the agreement as a whole. {@link ModelPath#toJsonPointer()}
     * gives its place in the agreement's JSON.
     *
     * @return the path
     * @since 0.1
     */
    public ModelPath getModelPath() {
        return path;
    }

    /**
     * Returns the model path in its text form, {@code getModelPath().toString()}: JSON property names joined by dots,
     * with zero-based list indexes, for example {@code subprocessing.subprocessors[4].transfer}; empty text stands for
     * the agreement as a whole.
     *
     * @return the path as text
     */
    public String getPath() {
        return path.toString();
    }

    /**
     * Returns the key of the message.
     *
     * @return the message key
     */
    public String getMessageKey() {
        return messageKey;
    }

    /**
     * Returns the message parameters, language-neutral: names, countries as ISO codes, wording as found.
     *
     * @return an unmodifiable map ordered by name
     */
    public SortedMap<String, String> getParams() {
        return params;
    }

    /**
     * Returns the provisions the finding rests on.
     *
     * @return an unmodifiable list
     */
    public List<LegalReference> getLegalReferences() {
        return rule.getLegalReferences();
    }

    /**
     * Returns the provisions formatted in the citation style of the given language.
     *
     * @param locale the language, not null
     * @return the citations, for example {@code Art. 28 Abs. 3 lit. a DSGVO}
     */
    public List<String> formatLegalReferences(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return rule.getLegalReferences().stream().map(r -> r.format(locale)).toList();
    }

    /**
     * Returns the message in the given language.
     *
     * @param locale German, or any other language for English; not null
     * @return the message with its parameters filled in
     */
    public String message(Locale locale) {
        return rule.text(messageKey, params, locale);
    }

    /**
     * Returns the remediation hint of the rule in the given language.
     *
     * @param locale German, or any other language for English; not null
     * @return the hint
     */
    public String remediation(Locale locale) {
        return rule.remediation(locale);
    }

    /**
     * Returns one line for logs and assertion messages:
     * {@code ERROR ART33_2_DEADLINE at breachNotification.deadline: message (citations)}.
     *
     * @param locale the language of message and citations, not null
     * @return the line
     */
    public String describe(Locale locale) {
        String where = path.isRoot() ? "" : " at " + path;
        List<String> refs = formatLegalReferences(locale);
        return severity + " " + getRuleId() + where + ": " + message(locale)
                + (refs.isEmpty() ? "" : " (" + String.join("; ", refs) + ")");
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that
                && getRuleId().equals(that.getRuleId())
                && severity == that.severity
                && path.equals(that.path)
                && messageKey.equals(that.messageKey)
                && params.equals(that.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getRuleId(), severity, path, messageKey, params);
    }

    @Override
    public String toString() {
        return severity + " " + getRuleId() + " at '" + path + "' " + messageKey + params;
    }
}
