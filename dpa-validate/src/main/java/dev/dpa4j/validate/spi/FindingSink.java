/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.spi;

import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.Severity;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Receives the findings of one rule. Not thread-safe: a rule uses it only during its
 * {@link Rule#check(RuleContext, FindingSink)} call.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface FindingSink {

    /**
     * Reports a finding with the rule's default severity.
     *
     * @param path the model path of the element concerned in its text form ({@link ModelPath#parse(String)}), for
     *     example {@code subprocessing.subprocessors[4].transfer}, or empty text for the whole agreement; not null
     * @param messageKey one of the descriptor's message keys, not null
     * @param params the message parameters by name, values not null
     * @throws IllegalArgumentException if the key is not one of the descriptor's message keys, or the path is not a
     *     model path
     */
    void report(String path, String messageKey, Map<String, String> params);

    /**
     * Reports a finding with the given severity, for rules whose severity depends on what they find.
     *
     * @param severity the severity, not null
     * @param path the model path of the element concerned, not null
     * @param messageKey one of the descriptor's message keys, not null
     * @param params the message parameters by name, values not null
     * @throws IllegalArgumentException if the key is not one of the descriptor's message keys
     */
    void report(Severity severity, String path, String messageKey, Map<String, String> params);

    /**
     * Reports a finding with the rule's default severity at a model path.
     *
     * @param path the model path of the element concerned, the root for the whole agreement; not null
     * @param messageKey one of the descriptor's message keys, not null
     * @param params the message parameters by name, values not null
     * @throws IllegalArgumentException if the key is not one of the descriptor's message keys
     * @since 0.1
     */
    default void report(ModelPath path, String messageKey, Map<String, String> params) {
        report(path.toString(), messageKey, params);
    }

    /**
     * Reports a finding with the given severity at a model path.
     *
     * @param severity the severity, not null
     * @param path the model path of the element concerned, not null
     * @param messageKey one of the descriptor's message keys, not null
     * @param params the message parameters by name, values not null
     * @throws IllegalArgumentException if the key is not one of the descriptor's message keys
     * @since 0.1
     */
    default void report(Severity severity, ModelPath path, String messageKey, Map<String, String> params) {
        report(severity, path.toString(), messageKey, params);
    }
}
