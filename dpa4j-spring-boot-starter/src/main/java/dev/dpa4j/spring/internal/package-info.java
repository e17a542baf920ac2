/* SPDX-License-Identifier: Apache-2.0 */
/** Implementation of the Spring MVC integration; not exported. */
@NullMarked
package dev.dpa4j.spring.internal;

import org.jspecify.annotations.NullMarked;
