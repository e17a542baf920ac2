/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How the processor may change its technical and organisational measures.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TomChangePolicy {
    /** Every change needs the controller's prior approval. */
    PRIOR_APPROVAL,

    /** Material changes are agreed with the controller in advance; others may be made without lowering the level of protection. */
    MATERIAL_CHANGES_AGREED,

    /** Changes may be made as long as the level of protection is not lowered. */
    NO_DOWNGRADE,

    /** Changes are notified to the controller. */
    NOTICE,

    /** The processor may change measures at will. */
    UNILATERAL;
}
