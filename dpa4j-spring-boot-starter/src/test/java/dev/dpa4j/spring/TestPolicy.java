/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.FindingSink;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleContext;
import dev.dpa4j.validate.spi.RuleDescriptor;
import dev.dpa4j.validate.spi.RulePack;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** A company rule pack defined as a bean: one rule that flags every agreement. */
final class TestPolicy implements RulePack {

    private static final RuleDescriptor ALWAYS = RuleDescriptor.builder("acme-policy:ALWAYS")
            .defaultSeverity(Severity.WARNING)
            .messageKeys("acme-policy:ALWAYS.flag")
            .bundles(locale -> ResourceBundle.getBundle("dev.dpa4j.spring.TestPolicy", locale))
            .build();

    @Override
    public String id() {
        return "acme-policy";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return ALWAYS;
            }

            @Override
            public void check(RuleContext context, FindingSink sink) {
                sink.report(
                        "",
                        "acme-policy:ALWAYS.flag",
                        Map.of("id", context.agreement().getId()));
            }
        });
    }
}
