/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.spi;

import org.apiguardian.api.API;

/**
 * One check of an agreement, reporting zero or more findings.
 *
 * <p>Specification for implementors: a rule is immutable and thread-safe, since one instance checks
 * many agreements concurrently. It reads the agreement from the {@link RuleContext} and reports only
 * through the {@link FindingSink}; it never throws for any content of an agreement (absent or odd
 * values are findings or nothing). It reports only the message keys its descriptor lists.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Rule {

    /**
     * Returns the metadata of this rule.
     *
     * @return the descriptor, the same instance on every call
     */
    RuleDescriptor descriptor();

    /**
     * Checks the agreement in the context and reports what it finds.
     *
     * @param context the agreement and the validator's settings, not null
     * @param sink where findings go, not null
     */
    void check(RuleContext context, FindingSink sink);
}
