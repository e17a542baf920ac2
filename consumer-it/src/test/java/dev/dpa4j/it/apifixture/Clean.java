/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it.apifixture;

import dev.dpa4j.it.apifixture.internal.Hidden;
import java.util.List;
import org.apiguardian.api.API;

/** Fixture for ApiStatusTest: uses a non-exported type only where callers cannot see it. */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Clean {
    private final List<Hidden> hidden = List.of();

    /** Public, and only exported types in its signature. */
    public Clean() {}

    /** Public, and only exported types in its signature. */
    public int size() {
        return hidden.size() + helper().size();
    }

    private List<Hidden> helper() {
        return hidden;
    }
}
