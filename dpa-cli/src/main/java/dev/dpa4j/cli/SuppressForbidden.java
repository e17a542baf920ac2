/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a method from the build's forbiddenapis check, which matches any annotation of this simple
 * name; {@link #value()} says why the call is right there.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
@interface SuppressForbidden {
    /**
     * Returns why the forbidden call is correct at this place.
     *
     * @return the reason, not empty
     */
    String value();
}
