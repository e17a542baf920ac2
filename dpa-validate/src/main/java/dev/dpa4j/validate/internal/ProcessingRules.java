/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.CRIMINAL_STEMS;
import static dev.dpa4j.validate.internal.RuleSupport.SPECIAL_STEMS;
import static dev.dpa4j.validate.internal.RuleSupport.dataCategories;
import static dev.dpa4j.validate.internal.RuleSupport.processing;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SpecialCategory;
import java.util.List;
import java.util.Optional;

/** The rules on the description of the processing (catalogue §1.B). */
final class ProcessingRules {

    private ProcessingRules() {}

    // ---- §1.B description of the processing ----------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_SUBJECT_MATTER", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "generic")
                .check((c, r) -> {
                    Optional<LocalizedText> subject = processing(c).flatMap(ProcessingDescription::getSubjectMatter);
                    if (!Text.presentText(subject)) {
                        r.add("missing", "processing.subjectMatter");
                    } else if (Text.generic(subject.get(), 3)) {
                        r.add(WARNING, "generic", "processing.subjectMatter", "wording", text(subject.get()));
                    }
                });
        d.rule("ART28_3_DURATION", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "noEnd")
                .check((c, r) -> {
                    Optional<ProcessingDuration> duration = processing(c).flatMap(ProcessingDescription::getDuration);
                    if (duration.isEmpty()) {
                        r.add("missing", "processing.duration");
                        return;
                    }
                    ProcessingDuration du = duration.get();
                    boolean noEnd = switch (du.getType()) {
                        case FIXED_TERM, ONE_OFF -> du.getEnd().isEmpty();
                        case INDEFINITE_WITH_NOTICE ->
                            du.getNoticePeriod().isEmpty()
                                    && c.agreement().getTermination().isEmpty();
                        case COUPLED_TO_MAIN_CONTRACT -> false;
                    };
                    if (noEnd) {
                        r.add(
                                WARNING,
                                "noEnd",
                                "processing.duration",
                                "type",
                                du.getType().name());
                    }
                });
        d.rule("ART28_3_NATURE", ERROR)
                .refs(gdpr("28", 3), gdpr("4", 2))
                .variants("missing", "generic")
                .check((c, r) -> {
                    List<ProcessingNature> nature =
                            processing(c).map(ProcessingDescription::getNature).orElse(List.of());
                    if (nature.isEmpty()) {
                        r.add("missing", "processing.nature");
                    } else if (nature.stream()
                            .allMatch(n -> n.getOperation().isEmpty()
                                    && n.getDescription()
                                            .map(t -> Text.generic(t, 0))
                                            .orElse(true))) {
                        r.add(WARNING, "generic", "processing.nature");
                    }
                });
        d.rule("ART28_3_PURPOSE", ERROR)
                .refs(gdpr("28", 3), gdpr("5", 1, "b"))
                .variants("missing", "generic")
                .check((c, r) -> {
                    List<Purpose> purposes = processing(c)
                            .map(ProcessingDescription::getPurposes)
                            .orElse(List.of());
                    if (purposes.stream().noneMatch(p -> Text.present(p.getDescription()))) {
                        r.add("missing", "processing.purposes");
                        return;
                    }
                    for (int i = 0; i < purposes.size(); i++) {
                        LocalizedText t = purposes.get(i).getDescription();
                        if (Text.generic(t, 3)) {
                            r.add(WARNING, "generic", "processing.purposes[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("ART28_3_DATA_TYPES", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "generic")
                .note("Catch-all wording such as \"Kundendaten\" or \"any personal data\" is a warning, not an error"
                        + " (catalogue §4 item 1).")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (categories.isEmpty()) {
                        r.add("missing", "processing.dataCategories");
                        return;
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        LocalizedText t = categories.get(i).getName();
                        if (Text.generic(t, 0)) {
                            r.add(WARNING, "generic", "processing.dataCategories[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("ART9_FLAG_SET", WARNING)
                .refs(gdpr("9", 1))
                .variants("notStated", "lexicon")
                .note("Fires once if no data category states whether it is special (Art. 9), and per category whose"
                        + " name or description suggests special data while it is marked NONE or left open.")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (!categories.isEmpty()
                            && categories.stream()
                                    .allMatch(dc -> dc.getSpecialCategory().isEmpty())) {
                        r.add("notStated", "processing.dataCategories");
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        boolean hit = Text.containsAny(dc.getName(), SPECIAL_STEMS)
                                || dc.getDescription()
                                        .filter(t -> Text.containsAny(t, SPECIAL_STEMS))
                                        .isPresent();
                        if (hit && dc.getSpecialCategory().orElse(SpecialCategory.NONE) == SpecialCategory.NONE) {
                            r.add(
                                    "lexicon",
                                    "processing.dataCategories[" + i + "].specialCategory",
                                    "category",
                                    text(dc.getName()));
                        }
                    }
                });
        d.rule("ART10_FLAG_SET", WARNING)
                .refs(gdpr("10"))
                .variants("notStated", "lexicon")
                .note("Fires once if no data category states whether it is criminal-offence data (Art. 10), and per"
                        + " category whose wording suggests such data while the flag is false or open.")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (!categories.isEmpty()
                            && categories.stream()
                                    .allMatch(dc -> dc.getCriminalOffenceData().isEmpty())) {
                        r.add("notStated", "processing.dataCategories");
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        boolean hit = Text.containsAny(dc.getName(), CRIMINAL_STEMS)
                                || dc.getDescription()
                                        .filter(t -> Text.containsAny(t, CRIMINAL_STEMS))
                                        .isPresent();
                        if (hit && !dc.getCriminalOffenceData().orElse(false)) {
                            r.add(
                                    "lexicon",
                                    "processing.dataCategories[" + i + "].criminalOffenceData",
                                    "category",
                                    text(dc.getName()));
                        }
                    }
                });
        d.rule("ART28_3_DATA_SUBJECTS", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "generic")
                .check((c, r) -> {
                    List<DataSubjectCategory> subjects = processing(c)
                            .map(ProcessingDescription::getDataSubjects)
                            .orElse(List.of());
                    if (subjects.isEmpty()) {
                        r.add("missing", "processing.dataSubjects");
                        return;
                    }
                    for (int i = 0; i < subjects.size(); i++) {
                        LocalizedText t = subjects.get(i).getName();
                        if (Text.generic(t, 0)) {
                            r.add(WARNING, "generic", "processing.dataSubjects[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("ART28_3_CONTROLLER_RIGHTS", WARNING)
                .refs(gdpr("28", 3))
                .variants("missing")
                .check((c, r) -> {
                    boolean stated = c.agreement()
                            .getControllerTerms()
                            .filter(t -> t.isInstructionRight() || t.isAuditRight() || t.isResponsibleForLawfulness())
                            .isPresent();
                    if (!stated) {
                        r.add("missing", "controllerTerms");
                    }
                });
        d.rule("PROCESSING_LOCATIONS", WARNING)
                .refs(gdpr("28", 3, "a"), gdpr("44"))
                .variants("missing")
                .check((c, r) -> {
                    if (processing(c).map(p -> p.getLocations().isEmpty()).orElse(true)) {
                        r.add("missing", "processing.locations");
                    }
                });
    }
}
