/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Thrown when an agreement is rendered in a language that some of its rendered free texts lack. The
 * exception names <em>every</em> such text by its model path (for example
 * {@code customClauses[0].heading}), per missing language. Add the texts to the agreement, or render
 * with {@link RenderOptions.Builder#allowFallback(boolean)} to print them in another language, marked.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class MissingTranslationException extends DpaException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an unmodifiable sorted map of lists of strings
    private final SortedMap<String, List<String>> missing;

    /**
     * Creates the exception.
     *
     * @param missing the model paths of the texts missing, by language tag; not empty
     */
    public MissingTranslationException(Map<String, List<String>> missing) {
        super(message(missing));
        SortedMap<String, List<String>> copy = new TreeMap<>();
        missing.forEach((language, paths) -> copy.put(language, List.copyOf(paths)));
        this.missing = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns the model paths of the texts that lack a language, by language tag.
     *
     * @return an unmodifiable map from language tag to model paths, in document order
     */
    public SortedMap<String, List<String>> getMissing() {
        return missing;
    }

    private static String message(Map<String, List<String>> missing) {
        Map<String, List<String>> sorted = new LinkedHashMap<>(new TreeMap<>(missing));
        List<String> lines = new ArrayList<>();
        sorted.forEach((language, paths) -> {
            lines.add(paths.size() + " text(s) of the agreement are not available in '" + language + "':");
            paths.forEach(p -> lines.add("  " + p));
        });
        lines.add("Add the texts in that language, or render with allowFallback (dpa render --allow-fallback)"
                + " to print them in another language, marked.");
        return String.join("\n", lines);
    }
}
