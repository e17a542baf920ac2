/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import org.apiguardian.api.API;

/**
 * The style of a {@link Run}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RunStyle {
    /** Normal text. */
    PLAIN,
    /** Emphasised text, usually italics; used for wording quoted verbatim from the agreement. */
    EMPHASIS,
    /** Strong text, usually bold; used for defined terms and labels. */
    STRONG
}
