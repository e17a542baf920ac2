/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.dataCategories;
import static dev.dpa4j.validate.internal.RuleSupport.processing;
import static dev.dpa4j.validate.internal.RuleSupport.suggestsCriminal;
import static dev.dpa4j.validate.internal.RuleSupport.suggestsSpecial;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.AgreementStatus;
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

    /** Word beginnings of the operations of Art. 4(2) GDPR. */
    private static final List<String> OPERATIONS = Lexicon.load("art4-2-operations");

    private ProcessingRules() {}

    /**
     * Whether the only content of a duration is its wording and that wording only points to another contract or
     * restates the law: no start, no retention while data is held, and a wording of the statute-phrases lexicon.
     */
    private static boolean pointerOnly(ProcessingDuration du) {
        return du.getStart().isEmpty()
                && !du.isContinuesWhileDataHeld()
                && Text.presentText(du.getDescription())
                && Text.generic(du.getDescription().get(), 0);
    }

    // ---- §1.B description of the processing ----------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_SUBJECT_MATTER", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "generic", "notRecognised", "weaker")
                .check((c, r) -> {
                    Optional<LocalizedText> subject = processing(c).flatMap(ProcessingDescription::getSubjectMatter);
                    if (!Text.presentText(subject)) {
                        r.add("missing", "processing.subjectMatter");
                    } else if (Text.generic(subject.get(), 3, RunMemo.of(c))) {
                        r.add(WARNING, "generic", "processing.subjectMatter", "wording", text(subject.get()));
                    }
                });
        d.rule("ART28_3_DURATION", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "noEnd", "endBeforeStart", "pointerOnly", "notRecognised", "weaker")
                .note("Art. 28(3) first sentence requires the contract to set out the duration. Coupling it to the"
                        + " main contract is such a statement (the type COUPLED_TO_MAIN_CONTRACT), and so are an end"
                        + " date or a notice period; wording such as \"Die Laufzeit folgt der Laufzeit des"
                        + " Hauptvertrags\" beside one of them is fine. If the type gives no end and no start, notice"
                        + " period or retention while data is held is stated, while the wording only points elsewhere"
                        + " (\"nach dem Hauptvertrag\", \"as set forth in the Agreement\") or restates the law"
                        + " (statute-phrases lexicon), the duration is reported as a pointer only instead of as having"
                        + " no end. Severity: a missing duration is an error; a pointer is a warning, because the"
                        + " clause exists and the document it points to, which the validator cannot read, may well"
                        + " fix the term (vague, not missing content).")
                .check((c, r) -> {
                    Optional<ProcessingDuration> duration = processing(c).flatMap(ProcessingDescription::getDuration);
                    if (duration.isEmpty()) {
                        r.add("missing", "processing.duration");
                        return;
                    }
                    ProcessingDuration du = duration.get();
                    if (du.getStart().isPresent()
                            && du.getEnd().isPresent()
                            && du.getEnd().get().isBefore(du.getStart().get())) {
                        r.add(
                                "endBeforeStart",
                                "processing.duration.end",
                                "start",
                                du.getStart().get().toString(),
                                "end",
                                du.getEnd().get().toString());
                        return;
                    }
                    boolean noEnd = switch (du.getType()) {
                        case FIXED_TERM, ONE_OFF -> du.getEnd().isEmpty();
                        case INDEFINITE_WITH_NOTICE ->
                            du.getNoticePeriod().isEmpty()
                                    && c.agreement().getTermination().isEmpty();
                        case COUPLED_TO_MAIN_CONTRACT -> false;
                    };
                    if (noEnd && pointerOnly(du)) {
                        r.add(
                                WARNING,
                                "pointerOnly",
                                "processing.duration.description",
                                "wording",
                                text(du.getDescription().get()));
                    } else if (noEnd) {
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
                .variants("missing", "generic", "noOperation", "notEnumerated", "blankEntry", "notRecognised", "weaker")
                .note("Blank entries count as missing. Without any typed operation, the descriptions must name at"
                        + " least one operation of Art. 4(2) (collection, storage, retrieval, use, disclosure, erasure,"
                        + " ... or hosting, support, analysis), otherwise a warning; so is a description that says the"
                        + " operations are not enumerated.")
                .check((c, r) -> {
                    List<ProcessingNature> nature =
                            processing(c).map(ProcessingDescription::getNature).orElse(List.of());
                    if (nature.stream()
                            .allMatch(n -> n.getOperation().isEmpty() && !Text.presentText(n.getDescription()))) {
                        r.add("missing", "processing.nature");
                        return;
                    }
                    for (int i = 0; i < nature.size(); i++) {
                        if (nature.get(i).getOperation().isEmpty()
                                && !Text.presentText(nature.get(i).getDescription())) {
                            r.add(WARNING, "blankEntry", "processing.nature[" + i + "]");
                        }
                        if (nature.get(i)
                                .getDescription()
                                .filter(Text::notEnumerated)
                                .isPresent()) {
                            r.add(WARNING, "notEnumerated", "processing.nature[" + i + "].description");
                        }
                    }
                    if (nature.stream().anyMatch(n -> n.getOperation().isPresent())) {
                        return;
                    }
                    if (nature.stream()
                            .allMatch(n -> n.getDescription()
                                    .map(t -> Text.generic(t, 0, RunMemo.of(c)))
                                    .orElse(true))) {
                        r.add(WARNING, "generic", "processing.nature");
                    } else if (nature.stream()
                            .noneMatch(n -> n.getDescription()
                                    .filter(t -> Text.containsStem(Text.lower(t), OPERATIONS))
                                    .isPresent())) {
                        r.add(WARNING, "noOperation", "processing.nature");
                    }
                });
        d.rule("ART28_3_PURPOSE", ERROR)
                .refs(gdpr("28", 3), gdpr("5", 1, "b"))
                .variants("missing", "generic", "notRecognised", "weaker")
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
                        if (Text.generic(t, 3, RunMemo.of(c))) {
                            r.add(WARNING, "generic", "processing.purposes[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("ART28_3_DATA_TYPES", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "generic", "catchAll", "notRecognised", "weaker")
                .note(
                        "Catch-all wording such as \"Kundendaten\" or \"any personal data\" is a warning, not an error"
                                + " (catalogue §4 item 1); so is a category that opens the list to anything (\"any other"
                                + " personal data\", \"as voluntarily provided\"). Categories with blank names count as missing.")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (categories.stream().noneMatch(dc -> Text.present(dc.getName()))) {
                        r.add("missing", "processing.dataCategories");
                        return;
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        LocalizedText t = categories.get(i).getName();
                        Optional<String> phrase = Text.catchAllPhrase(t, RunMemo.of(c));
                        if (Text.generic(t, 0, RunMemo.of(c))) {
                            r.add(WARNING, "generic", "processing.dataCategories[" + i + "]", "wording", text(t));
                        } else if (phrase.isPresent()) {
                            r.add(
                                    WARNING,
                                    "catchAll",
                                    "processing.dataCategories[" + i + "]",
                                    "wording",
                                    text(t),
                                    "phrase",
                                    phrase.get());
                        }
                    }
                });
        d.rule("ART9_FLAG_SET", WARNING)
                .refs(gdpr("9", 1))
                .variants("notStated", "lexicon", "notStatedImported")
                .note("Fires once if no data category states whether it is special (Art. 9), and per category whose"
                        + " name or description suggests special data while it is marked NONE or left open. On an"
                        + " imported agreement (status IMPORTED) the first is an info: the draft marks a category only"
                        + " where the document says so (\"no special categories are processed\", a category labelled"
                        + " as one), and a vendor's document that lists its data types without saying it is silent on"
                        + " the question, not deficient; the categories it lists are still checked against the"
                        + " lexicon.")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (!categories.isEmpty()
                            && categories.stream()
                                    .allMatch(dc -> dc.getSpecialCategory().isEmpty())) {
                        if (c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                            r.add(INFO, "notStatedImported", "processing.dataCategories");
                        } else {
                            r.add("notStated", "processing.dataCategories");
                        }
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        boolean hit = suggestsSpecial(dc, RunMemo.of(c));
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
                .variants("notStated", "lexicon", "notStatedImported")
                .note("Fires once if no data category states whether it is criminal-offence data (Art. 10), and per"
                        + " category whose wording suggests such data while the flag is false or open. On an imported"
                        + " agreement (status IMPORTED) the first is an info, as for ART9_FLAG_SET.")
                .check((c, r) -> {
                    List<DataCategory> categories = dataCategories(c.agreement());
                    if (!categories.isEmpty()
                            && categories.stream()
                                    .allMatch(dc -> dc.getCriminalOffenceData().isEmpty())) {
                        if (c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                            r.add(INFO, "notStatedImported", "processing.dataCategories");
                        } else {
                            r.add("notStated", "processing.dataCategories");
                        }
                    }
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        boolean hit = suggestsCriminal(dc, RunMemo.of(c));
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
                .variants("missing", "generic", "notRecognised", "weaker")
                .check((c, r) -> {
                    List<DataSubjectCategory> subjects = processing(c)
                            .map(ProcessingDescription::getDataSubjects)
                            .orElse(List.of());
                    if (subjects.stream().noneMatch(ds -> Text.present(ds.getName()))) {
                        r.add("missing", "processing.dataSubjects");
                        return;
                    }
                    for (int i = 0; i < subjects.size(); i++) {
                        LocalizedText t = subjects.get(i).getName();
                        if (Text.generic(t, 0, RunMemo.of(c))) {
                            r.add(WARNING, "generic", "processing.dataSubjects[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("ART28_3_CONTROLLER_RIGHTS", WARNING)
                .refs(gdpr("28", 3))
                .variants("missing")
                .note("Severity: the controller's rights (instructions, audits, deletion) are each checked at ERROR by"
                        + " their own rule; a missing summary statement of them adds no missing content, so it is a"
                        + " warning.")
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
                .note("Not checked on an imported agreement (status IMPORTED): dpa-import does not read the locations"
                        + " of the processing into the draft (only the sub-processors' locations and an EU/EEA-only"
                        + " commitment), so their absence says nothing about the document.")
                .check((c, r) -> {
                    if (c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                        return;
                    }
                    if (processing(c).map(p -> p.getLocations().isEmpty()).orElse(true)) {
                        r.add("missing", "processing.locations");
                    }
                });
    }
}
