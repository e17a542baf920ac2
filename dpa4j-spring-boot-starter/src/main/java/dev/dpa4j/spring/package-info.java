/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Spring Boot integration of dpa4j: the auto-configurations and their {@code dpa4j.*} properties
 * ({@link dev.dpa4j.spring.Dpa4jProperties}), and the JSON message converter for agreements.
 */
@NullMarked
package dev.dpa4j.spring;

import org.jspecify.annotations.NullMarked;
