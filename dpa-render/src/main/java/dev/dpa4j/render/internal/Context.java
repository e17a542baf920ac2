/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.RenderOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The state of composing one agreement in one language, shared by all {@link Part}s. */
final class Context {

    private final ClauseLibrary library;
    private final DataProcessingAgreement agreement;
    private final RenderOptions options;
    private final Countries countries;
    private final Texts texts;
    private final Map<String, String> annexLabels = new LinkedHashMap<>();
    private @Nullable List<String> extraKeys;

    Context(
            ClauseLibrary library,
            DataProcessingAgreement agreement,
            RenderOptions options,
            Countries countries,
            Texts texts) {
        this.library = library;
        this.agreement = agreement;
        this.options = options;
        this.countries = countries;
        this.texts = texts;
    }

    DataProcessingAgreement agreement() {
        return agreement;
    }

    RenderOptions options() {
        return options;
    }

    Countries countries() {
        return countries;
    }

    Texts texts() {
        return texts;
    }

    /** The labels of the annexes this document has, by kind ("description", "measures", ...). */
    Map<String, String> annexLabels() {
        return annexLabels;
    }

    /** The keys of the library's optional extra clauses ({@code <section>.extra.<name>}). */
    List<String> extraKeys() {
        if (extraKeys == null) {
            List<String> keys = new ArrayList<>();
            for (String key : library.keys(texts.locale())) {
                if (key.contains(".extra.")) {
                    keys.add(key);
                }
            }
            extraKeys = keys;
        }
        return extraKeys;
    }
}
