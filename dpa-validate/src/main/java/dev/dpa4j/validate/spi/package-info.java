/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The service provider interface for rule packs: {@link dev.dpa4j.validate.spi.RulePack},
 * {@link dev.dpa4j.validate.spi.Rule} and its {@link dev.dpa4j.validate.spi.RuleDescriptor}.
 *
 * <p>A company adds its own policy by implementing a pack and registering it with
 * {@code Validator.builder().addPack(..)}, or by listing it for {@link java.util.ServiceLoader} and
 * calling {@code discoverPacks(..)}.
 */
@NullMarked
package dev.dpa4j.validate.spi;

import org.jspecify.annotations.NullMarked;
