/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A legal regime under which personal data leave their home territory: the GDPR, the UK GDPR or the Swiss Federal Act on Data Protection (FADP). Adequacy, transfer tools and their validity are judged per regime.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TransferRegime {
    /** Chapter V of Regulation (EU) 2016/679 (GDPR), for data exported from the EU or the EEA. */
    EU,

    /** Chapter V of the UK GDPR as amended by the Data (Use and Access) Act 2025, for data exported from the United Kingdom. */
    UK,

    /** Art. 16 and 17 of the Swiss Federal Act on Data Protection (FADP), for data exported from Switzerland. */
    CH;
}
