/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it.apifixture;

import dev.dpa4j.it.apifixture.internal.Hidden;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Fixture for ApiStatusTest: exposes a non-exported type in three ways, and hides it once correctly. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Leaky {
    private Leaky() {}

    /** Leaks through a type argument of the return type. */
    public static Optional<Hidden> find() {
        return Optional.empty();
    }

    /** Leaks through a parameter. */
    public static void take(List<Hidden> hidden) {
        hidden.clear();
    }

    /** Leaks through a nested public type's field. */
    public static final class Nested {
        private Nested() {}

        /** A public field of a non-exported type. */
        public static final Hidden HIDDEN = null;
    }

    /** Fine: not part of the API. */
    static Hidden packagePrivate(Hidden hidden) {
        return hidden;
    }
}
