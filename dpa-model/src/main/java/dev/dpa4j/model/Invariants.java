/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Structural checks shared by the value types. Not part of the API. */
final class Invariants {
    private Invariants() {}

    static void requireUniqueIds(String attribute, List<Optional<String>> ids) {
        Set<String> seen = new HashSet<>();
        for (Optional<String> id : ids) {
            if (id.isPresent() && !seen.add(id.get())) {
                throw new IllegalStateException(
                        "'" + attribute + "' contains the id '" + id.get() + "' more than once; ids must be unique");
            }
        }
    }

    static void requireNonBlank(String attribute, String value) {
        if (value.isBlank()) {
            throw new IllegalStateException("'" + attribute + "' must not be blank");
        }
    }
}
