/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.model.ProtectionGoal.AVAILABILITY;
import static dev.dpa4j.model.ProtectionGoal.CONFIDENTIALITY;
import static dev.dpa4j.model.ProtectionGoal.INTEGRITY;
import static dev.dpa4j.model.ProtectionGoal.RESILIENCE;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
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
                EnumSet.of(TomCategory.ENCRYPTION, TomCategory.PSEUDONYMISATION),
                List.of("verschlüssel", "encrypt", "pseudonym", "tls", "aes", "vpn", "https")),
        RESTORE(
                EnumSet.of(TomCategory.RECOVERY),
                List.of("backup", "datensicherung", "wiederherstell", "restore", "notfall", "disaster", "recovery")),
        TESTING(
                EnumSet.of(TomCategory.REVIEW_PROCEDURES),
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
    }

    private static final Map<TomCategory, Set<ProtectionGoal>> GOALS = new EnumMap<>(TomCategory.class);

    static {
        GOALS.put(TomCategory.PHYSICAL_ACCESS_CONTROL, EnumSet.of(CONFIDENTIALITY, INTEGRITY, AVAILABILITY));
        GOALS.put(TomCategory.SYSTEM_ACCESS_CONTROL, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.DATA_ACCESS_CONTROL, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.SEPARATION_CONTROL, EnumSet.of(CONFIDENTIALITY));
        GOALS.put(TomCategory.TRANSFER_CONTROL, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.INPUT_CONTROL, EnumSet.of(INTEGRITY));
        GOALS.put(TomCategory.ORDER_CONTROL, EnumSet.of(INTEGRITY));
        GOALS.put(TomCategory.AVAILABILITY_CONTROL, EnumSet.of(AVAILABILITY, RESILIENCE));
        GOALS.put(TomCategory.PSEUDONYMISATION, EnumSet.of(CONFIDENTIALITY));
        GOALS.put(TomCategory.ENCRYPTION, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.RESILIENCE, EnumSet.of(RESILIENCE));
        GOALS.put(TomCategory.RECOVERY, EnumSet.of(AVAILABILITY, RESILIENCE));
        GOALS.put(TomCategory.USER_IDENTIFICATION_AUTHORISATION, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.TRANSMISSION_PROTECTION, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.STORAGE_PROTECTION, EnumSet.of(CONFIDENTIALITY, INTEGRITY));
        GOALS.put(TomCategory.PHYSICAL_SECURITY, EnumSet.of(CONFIDENTIALITY, INTEGRITY, AVAILABILITY));
        GOALS.put(TomCategory.EVENT_LOGGING, EnumSet.of(INTEGRITY));
        GOALS.put(TomCategory.SYSTEM_CONFIGURATION, EnumSet.of(INTEGRITY));
        GOALS.put(TomCategory.INCIDENT_RESPONSE, EnumSet.of(AVAILABILITY, RESILIENCE));
    }

    private static final List<String> RESILIENCE_STEMS =
            List.of("belastbar", "resilien", "redundan", "ausfallsicher", "failover", "ddos", "lastverteil");

    private Tom() {}

    static List<TechnicalOrganisationalMeasure> measures(DataProcessingAgreement dpa) {
        return dpa.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of());
    }

    static boolean covers(List<TechnicalOrganisationalMeasure> measures, Capability capability) {
        return measures.stream().anyMatch(capability::coveredBy);
    }

    /** The protection goals of Art. 32(1)(b) GDPR that the measures serve. */
    static Set<ProtectionGoal> goals(List<TechnicalOrganisationalMeasure> measures) {
        Set<ProtectionGoal> goals = EnumSet.noneOf(ProtectionGoal.class);
        for (TechnicalOrganisationalMeasure m : measures) {
            goals.addAll(m.getProtectionGoals());
            m.getCategory().map(c -> GOALS.getOrDefault(c, Set.of())).ifPresent(goals::addAll);
            if (Text.containsAny(m.getDescription(), RESILIENCE_STEMS)) {
                goals.add(RESILIENCE);
            }
        }
        return goals;
    }
}
