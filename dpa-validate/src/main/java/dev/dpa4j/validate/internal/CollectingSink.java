/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.FindingSink;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Collects the findings of one rule, applying a severity override; paths in text form are read by the run's {@link FindingPaths}. */
final class CollectingSink implements FindingSink {
    private final RuleDescriptor rule;
    private final @Nullable Severity override;
    private final List<Finding> out;
    private final FindingPaths paths;

    CollectingSink(RuleDescriptor rule, @Nullable Severity override, List<Finding> out, FindingPaths paths) {
        this.rule = rule;
        this.override = override;
        this.out = out;
        this.paths = paths;
    }

    @Override
    public void report(String path, String messageKey, Map<String, String> params) {
        report(rule.getDefaultSeverity(), path, messageKey, params);
    }

    @Override
    public void report(Severity severity, String path, String messageKey, Map<String, String> params) {
        Objects.requireNonNull(path, "path");
        report(severity, paths.parse(path), messageKey, params);
    }

    @Override
    public void report(ModelPath path, String messageKey, Map<String, String> params) {
        report(rule.getDefaultSeverity(), path, messageKey, params);
    }

    @Override
    public void report(Severity severity, ModelPath path, String messageKey, Map<String, String> params) {
        Objects.requireNonNull(severity, "severity");
        out.add(Finding.of(rule, override != null ? override : severity, path, messageKey, params));
    }
}
