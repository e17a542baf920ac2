/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Helpers shared by the rule classes of the {@code gdpr} pack. */
final class RuleSupport {

    private RuleSupport() {}

    static final List<String> SPECIAL_STEMS = List.of(
            "gesundheit",
            "diagnose",
            "krankheit",
            "biometr",
            "religi",
            "konfession",
            "gewerkschaft",
            "ethnisch",
            "sexuell",
            "genetisch",
            "politische meinung",
            "health",
            "medical",
            "diagnos",
            "union membership",
            "ethnic",
            "sexual",
            "genetic",
            "political opinion");

    static final List<String> CRIMINAL_STEMS = List.of(
            "strafrecht", "straftat", "vorstrafe", "führungszeugnis", "criminal", "conviction", "offence", "offense");

    static Optional<ProcessingDescription> processing(RuleContext c) {
        return c.agreement().getProcessing();
    }

    static List<DataCategory> dataCategories(DataProcessingAgreement a) {
        return a.getProcessing().map(ProcessingDescription::getDataCategories).orElse(List.of());
    }

    static boolean hasSpecialData(DataProcessingAgreement a) {
        return dataCategories(a).stream()
                .anyMatch(dc -> dc.getSpecialCategory()
                                .filter(s -> s != SpecialCategory.NONE)
                                .isPresent()
                        || dc.getCriminalOffenceData().orElse(false));
    }

    static Set<ProcessingCharacteristic> characteristics(DataProcessingAgreement a) {
        return a.getProcessing()
                .map(ProcessingDescription::getCharacteristics)
                .orElse(java.util.Collections.emptySortedSet());
    }

    static boolean subprocessingAllowed(DataProcessingAgreement a) {
        return a.getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .filter(t -> t != AuthorisationType.PROHIBITED)
                .isPresent();
    }

    static String name(Party p, int index) {
        return p.getName().filter(Text::present).orElse("#" + (index + 1));
    }

    static String join(List<String> items) {
        return String.join(",", items);
    }

    static String text(LocalizedText t) {
        return t.getTranslations().values().iterator().next().strip();
    }

    static List<String> missingIdentity(Party p) {
        List<String> missing = new ArrayList<>();
        if (!Text.present(p.getName())) {
            missing.add("NAME");
        }
        boolean address = p.getAddress()
                .filter(ad -> ad.getStreetLines().stream().anyMatch(Text::present) || Text.present(ad.getLocality()))
                .isPresent();
        if (!address) {
            missing.add("ADDRESS");
        }
        if (p.getAddress().flatMap(ad -> ad.getCountry()).isEmpty()) {
            missing.add("COUNTRY");
        }
        return missing;
    }

    static boolean isPlaceholderParty(Party p) {
        return p.isPlaceholder() || p.getName().filter(Text::isPlaceholder).isPresent();
    }
}
