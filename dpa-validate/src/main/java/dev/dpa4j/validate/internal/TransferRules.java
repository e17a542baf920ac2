/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

/** The transfer rules of Chapter V GDPR (catalogue §1.M and §2), judged at the as-of date. */
final class TransferRules {
    private TransferRules() {}

    static void define(SimpleRule.Definitions d) {}

    static void defineGerman(SimpleRule.Definitions d) {}
}
