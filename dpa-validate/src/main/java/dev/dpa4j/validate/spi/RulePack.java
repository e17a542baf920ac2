/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A named, versioned set of rules, for example the GDPR catalogue or a company policy.
 *
 * <p>Specification for implementors: a pack is immutable and thread-safe. Its id is kebab-case
 * ({@code [a-z][a-z0-9-]*}); the ids {@code structure}, {@code gdpr} and {@code de} and every id
 * starting with {@code dpa} are reserved for dpa4j. Every rule id of a pack other than the built-in ones
 * is qualified with the pack id ({@code acme-policy:EEA_ONLY}). To be found by
 * {@code ValidatorBuilder.discoverPacks(ClassLoader)}, an implementation has a public no-argument
 * constructor and is listed in {@code META-INF/services/dev.dpa4j.validate.spi.RulePack} or in a
 * {@code provides} clause of its module.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RulePack {

    /**
     * Returns the id of the pack.
     *
     * @return the kebab-case id, for example {@code acme-policy}
     */
    String id();

    /**
     * Returns the version of the pack, recorded in every report so that a finding can be traced to
     * the rule text that produced it.
     *
     * @return the version, for example {@code 1.0.0}
     */
    String version();

    /**
     * Returns the rules of the pack.
     *
     * @return the rules, the same ones on every call
     */
    List<Rule> rules();
}
