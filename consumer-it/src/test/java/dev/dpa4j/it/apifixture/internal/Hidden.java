/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it.apifixture.internal;

/** Fixture for ApiStatusTest: a public type of a package that is not exported. */
public final class Hidden {
    private Hidden() {}
}
