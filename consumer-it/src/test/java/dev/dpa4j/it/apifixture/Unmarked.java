/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it.apifixture;

/** Fixture for ApiStatusTest: a public type of an exported package without {@code @API}. */
public final class Unmarked {
    private Unmarked() {}
}
