/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.DataProcessingAgreement;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Firing cases of the transfer rules (catalogue §1.M, §2 and § 80 SGB X). */
final class TransferRuleCases {
    private TransferRuleCases() {}

    static void add(Map<String, List<UnaryOperator<DataProcessingAgreement>>> m) {}
}
