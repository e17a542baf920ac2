/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A region that stands for several countries.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Region {
    /** The member states of the European Union. */
    EU,

    /** The European Economic Area. */
    EEA,

    /** Countries outside the EEA, not specified further. */
    THIRD_COUNTRIES,

    /** Any country. */
    WORLDWIDE;

    /**
     * Whether the region is or may lie outside the EU/EEA: {@link #THIRD_COUNTRIES} and {@link #WORLDWIDE}. A
     * location in such a region is a transfer to a third country (Art. 44 GDPR) whose destination is not named,
     * so no adequacy decision can be relied on for it. The one notion of the project: the validation rules, the
     * renderer's sub-processor list and data-flow figure and the differ all ask this.
     *
     * @return true for third countries and worldwide, false for the EU and the EEA
     * @since 0.1
     */
    public boolean mayBeOutsideEea() {
        return this == THIRD_COUNTRIES || this == WORLDWIDE;
    }
}
