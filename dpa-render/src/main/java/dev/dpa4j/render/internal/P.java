/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.render.document.Run;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of one clause, by name. */
final class P {

    private final Texts t;
    private final Map<String, List<Run>> map = new LinkedHashMap<>();

    P(Texts t) {
        this.t = t;
    }

    P plain(String name, String value) {
        map.put(name, List.of(Run.text(value)));
        return this;
    }

    P text(String name, LocalizedText value) {
        map.put(name, List.of(Run.text(t.resolve(value))));
        return this;
    }

    P runs(String name, List<Run> runs) {
        map.put(name, runs);
        return this;
    }

    Map<String, List<Run>> map() {
        return map;
    }
}
