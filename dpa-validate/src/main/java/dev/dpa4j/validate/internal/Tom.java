/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.model.ProtectionGoal.AVAILABILITY;
import static dev.dpa4j.model.ProtectionGoal.CONFIDENTIALITY;
import static dev.dpa4j.model.ProtectionGoal.INTEGRITY;
import static dev.dpa4j.model.ProtectionGoal.RESILIENCE;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.catalog.Art32Element;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.TomCategoryEntry;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a set of technical and organisational measures covers, by category, protection goal and wording. */
final class Tom {

    /** Capabilities that rules ask for. */
    enum Capability {
        ENCRYPTION(
                categoriesOnlyFor(EnumSet.of(Art32Element.ENCRYPTION, Art32Element.PSEUDONYMISATION)),
                List.of("verschlüssel", "encrypt", "pseudonym", "tls", "aes", "vpn", "https")),
        RESTORE(
                categoriesFor(Art32Element.TIMELY_RESTORATION),
                List.of("backup", "datensicherung", "wiederherstell", "restore", "notfall", "disaster", "recovery")),
        TESTING(
                categoriesFor(Art32Element.REGULAR_TESTING),
                List.of(
                        "überprüf",
                        "review",
                        "penetration",
                        "pentest",
                        "evaluat",
                        "evaluier",
                        "wirksamkeit",
                        "effectiveness")),
        LOGGING(
                EnumSet.of(TomCategory.EVENT_LOGGING, TomCategory.INPUT_CONTROL),
                List.of("protokoll", "logging", "log file", "audit trail")),
        ACCESS_CONTROL(
                EnumSet.of(TomCategory.DATA_ACCESS_CONTROL, TomCategory.USER_IDENTIFICATION_AUTHORISATION),
                List.of("berechtigung", "rollen", "role-based", "access control", "zugriffskontrolle")),
        STRONG_AUTHENTICATION(
                EnumSet.noneOf(TomCategory.class),
                List.of(
                        "zwei-faktor",
                        "2-faktor",
                        "2fa",
                        "mfa",
                        "multi-faktor",
                        "mehr-faktor",
                        "multi-factor",
                        "two-factor",
                        "starke authentifizierung",
                        "strong authentication")),
        PHYSICAL_ACCESS(
                EnumSet.of(TomCategory.PHYSICAL_ACCESS_CONTROL, TomCategory.PHYSICAL_SECURITY),
                Lexicon.load("physical-access")),
        INCIDENT_PROCESS(
                EnumSet.of(TomCategory.INCIDENT_RESPONSE),
                List.of("incident", "sicherheitsvorfall", "sicherheitsvorfäll", "vorfallsmanagement"));

        private final Set<TomCategory> categories;
        private final List<String> stems;

        Capability(Set<TomCategory> categories, List<String> stems) {
            this.categories = categories;
            this.stems = stems;
        }

        boolean coveredBy(TechnicalOrganisationalMeasure m) {
            return (m.getCategory().isPresent()
                            && categories.contains(m.getCategory().get()))
                    || Text.containsAny(m.getDescription(), stems);
        }

        /** {@link #coveredBy(TechnicalOrganisationalMeasure)} with the lower-case text from the run's memo. */
        boolean coveredBy(TechnicalOrganisationalMeasure m, RunMemo memo) {
            return (m.getCategory().isPresent()
                            && categories.contains(m.getCategory().get()))
                    || Text.containsAny(memo.lower(m.getDescription()), stems);
        }
    }

    /**
     * The protection goals of Art. 32(1)(b) each heading serves, from the TOM heading catalogue: the Art. 32
     * elements it is mapped to and its protection goals, limited to confidentiality, integrity, availability
     * and resilience.
     */
    private static final Map<TomCategory, Set<ProtectionGoal>> GOALS = goalsFromCatalogue();

    private static Map<TomCategory, Set<ProtectionGoal>> goalsFromCatalogue() {
        Set<ProtectionGoal> art32b = EnumSet.of(CONFIDENTIALITY, INTEGRITY, AVAILABILITY, RESILIENCE);
        Map<TomCategory, Set<ProtectionGoal>> goals = new EnumMap<>(TomCategory.class);
        for (TomCategoryEntry e : Catalogs.standard().tomCategories().all()) {
            Set<ProtectionGoal> g = EnumSet.noneOf(ProtectionGoal.class);
            for (Art32Element element : e.art32()) {
                for (ProtectionGoal goal : art32b) {
                    if (goal.name().equals(element.name())) {
                        g.add(goal);
                    }
                }
            }
            for (ProtectionGoal goal : e.protectionGoals()) {
                if (art32b.contains(goal)) {
                    g.add(goal);
                }
            }
            goals.put(e.code(), g);
        }
        return goals;
    }

    /** The headings the catalogue maps to an element of Art. 32(1). */
    private static Set<TomCategory> categoriesFor(Art32Element element) {
        Set<TomCategory> out = EnumSet.noneOf(TomCategory.class);
        for (TomCategoryEntry e : Catalogs.standard().tomCategories().all()) {
            if (e.art32().contains(element)) {
                out.add(e.code());
            }
        }
        return out;
    }

    /**
     * The headings the catalogue maps to the given elements and nothing else. Access-control headings that the
     * catalogue also maps to encryption (encryption is one way to control access) do not prove encryption.
     */
    private static Set<TomCategory> categoriesOnlyFor(Set<Art32Element> elements) {
        Set<TomCategory> out = EnumSet.noneOf(TomCategory.class);
        for (TomCategoryEntry e : Catalogs.standard().tomCategories().all()) {
            if (!e.art32().isEmpty() && elements.containsAll(e.art32())) {
                out.add(e.code());
            }
        }
        return out;
    }

    private static final List<String> RESILIENCE_STEMS =
            List.of("belastbar", "resilien", "redundan", "ausfallsicher", "failover", "ddos", "lastverteil");

    private Tom() {}

    static List<TechnicalOrganisationalMeasure> measures(DataProcessingAgreement dpa) {
        return dpa.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of()).stream()
                .filter(m -> m.getResponsibleParty().orElse(null) != PartyRole.CONTROLLER)
                .toList();
    }

    static boolean covers(List<TechnicalOrganisationalMeasure> measures, Capability capability) {
        return measures.stream().anyMatch(capability::coveredBy);
    }

    /** The protection goals of Art. 32(1)(b) GDPR that the measures serve (their lower-case texts from the run's memo). */
    static Set<ProtectionGoal> goals(List<TechnicalOrganisationalMeasure> measures, RunMemo memo) {
        Set<ProtectionGoal> goals = EnumSet.noneOf(ProtectionGoal.class);
        for (TechnicalOrganisationalMeasure m : measures) {
            goals.addAll(m.getProtectionGoals());
            m.getCategory().map(c -> GOALS.getOrDefault(c, Set.of())).ifPresent(goals::addAll);
            // once a measure serves resilience, the others' texts are not searched for it (issue #14)
            if (!goals.contains(RESILIENCE) && Text.containsAny(memo.lower(m.getDescription()), RESILIENCE_STEMS)) {
                goals.add(RESILIENCE);
            }
        }
        return goals;
    }
}
