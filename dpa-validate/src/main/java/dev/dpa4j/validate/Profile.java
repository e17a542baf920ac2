/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import org.apiguardian.api.API;

/**
 * What kind of document is validated; it decides whether placeholders and missing evidence of
 * conclusion are findings.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Profile {
    /**
     * A template offered to many controllers: the controller may be a placeholder such as
     * "the respective customer", and there is no evidence of conclusion yet.
     */
    TEMPLATE,

    /**
     * An agreement concluded, or about to be concluded, with a named controller: placeholders are
     * errors and the conclusion (Art. 28(9) GDPR) should be evidenced.
     */
    EXECUTED;
}
