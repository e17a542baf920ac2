/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.RenderOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The state of composing one agreement in one language, shared by all {@link Part}s. */
final class Context {

    private final ClauseLibrary library;
    private final DataProcessingAgreement agreement;
    private final RenderOptions options;
    private final Countries countries;
    private final Texts texts;
    private final boolean figureImages;
    private final Map<String, String> annexLabels = new LinkedHashMap<>();
    private @Nullable Boolean germanLaw;

    Context(
            ClauseLibrary library,
            DataProcessingAgreement agreement,
            RenderOptions options,
            Countries countries,
            Texts texts,
            boolean figureImages) {
        this.library = library;
        this.agreement = agreement;
        this.options = options;
        this.countries = countries;
        this.texts = texts;
        this.figureImages = figureImages;
    }

    /** Whether figures carry their SVG images; the writers of Markdown, text and DOCX print none. */
    boolean figureImages() {
        return figureImages;
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

    /**
     * Whether the agreement is under German law: its governing law is Germany or, where it names none,
     * the processor is seated in Germany. Where neither the law nor the processor's seat is stated (a starter,
     * a template), no law is assumed: the clauses are the ones that cite no national statute, so that an
     * English template does not cite the BGB (lawyer's reading, #10).
     */
    boolean germanLaw() {
        Boolean known = germanLaw;
        if (known == null) {
            known = isGermanLaw();
            germanLaw = known;
        }
        return known;
    }

    private boolean isGermanLaw() {
        CountryCode germany = CountryCode.of("DE");
        Optional<CountryCode> law = agreement.getFinalProvisions().flatMap(FinalProvisions::getGoverningLaw);
        if (law.isPresent()) {
            return law.get().equals(germany);
        }
        return agreement
                .getProcessor()
                .flatMap(Party::getAddress)
                .flatMap(PostalAddress::getCountry)
                .map(germany::equals)
                .orElse(false);
    }

    /**
     * The keys of the library's optional extra clauses of one section ({@code <section>.extra.<name>}), in
     * the library's order: read from the sorted keys from the prefix on, not by scanning them all.
     */
    List<String> extraKeys(String section) {
        String prefix = section + ".extra.";
        List<String> keys = new ArrayList<>();
        for (String key : library.keys(texts.locale()).tailSet(prefix)) {
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }
}
