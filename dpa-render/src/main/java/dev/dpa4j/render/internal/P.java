/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.render.document.Run;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * A text of the agreement that continues one of our sentences ("The processing covers {scope}"): a
     * determiner that is capitalised only because it began the author's own sentence is set in lower case
     * ("Every item of …" → "every item of …", „Alle Daten …“ → „alle Daten …“); any other first word, a noun
     * or a name, is kept as written.
     */
    P continuing(String name, LocalizedText value) {
        map.put(name, List.of(Run.text(continuing(t.resolve(value), t.locale()))));
        return this;
    }

    /** Determiners that begin a noun phrase, by language, as they are capitalised at a sentence's start. */
    private static final Map<String, List<String>> DETERMINERS = Map.of(
            "en", List.of("All", "Any", "Each", "Every", "Such", "The", "Those", "These"),
            "de", List.of("Alle", "Sämtliche", "Jede", "Jeder", "Jedes", "Die", "Der", "Das", "Solche"));

    static String continuing(String text, Locale language) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == text.length() || text.charAt(end) != ' ') {
            return text;
        }
        String first = text.substring(0, end);
        return DETERMINERS.getOrDefault(language.getLanguage(), List.of()).contains(first)
                ? first.toLowerCase(language) + text.substring(end)
                : text;
    }

    P runs(String name, List<Run> runs) {
        map.put(name, runs);
        return this;
    }

    Map<String, List<Run>> map() {
        return map;
    }
}
