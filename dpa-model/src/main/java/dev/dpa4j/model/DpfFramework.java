/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A part of the Data Privacy Framework a US recipient can be certified to; each exporting regime relies on its own part.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum DpfFramework {
    /** The EU-US Data Privacy Framework, Implementing Decision (EU) 2023/1795 (for EU exports). */
    EU_US,

    /** The UK Extension to the EU-US Data Privacy Framework (the UK-US data bridge, SI 2023/1028, for UK exports). */
    UK_EXTENSION,

    /** The Swiss-US Data Privacy Framework (Annex 1 of the Swiss Data Protection Ordinance since 15 September 2024, for Swiss exports). */
    SWISS_US;
}
