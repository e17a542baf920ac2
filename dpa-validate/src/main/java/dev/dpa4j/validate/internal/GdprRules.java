/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The single-element rules of the GDPR catalogue (§1 A to L) and the cross-field rules of §2 without transfers. */
final class GdprRules {

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

    private GdprRules() {}

    static void define(SimpleRule.Definitions d) {
        instrumentAndParties(d);
        processing(d);
        instructions(d);
        confidentialityAndSecurity(d);
        subprocessors(d);
        assistanceAndBreaches(d);
        endAuditsOther(d);
        crossField(d);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

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

    private static List<String> missingIdentity(Party p) {
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

    private static boolean isPlaceholderParty(Party p) {
        return p.isPlaceholder() || p.getName().filter(Text::isPlaceholder).isPresent();
    }

    // ---- §1.A instrument, form, parties --------------------------------------------------------------------

    private static void instrumentAndParties(SimpleRule.Definitions d) {
        d.rule("ART28_3_BINDING_INSTRUMENT", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "legalActBasis")
                .check((c, r) -> {
                    Optional<InstrumentType> type = c.agreement().getInstrument();
                    if (type.isEmpty()) {
                        r.add("missing", "instrument");
                    } else if (type.get() == InstrumentType.OTHER_LEGAL_ACT
                            && !Text.present(c.agreement().getLegalActReference())) {
                        r.add("legalActBasis", "legalActReference");
                    }
                });
        d.rule("ART28_9_WRITTEN_FORM", ERROR)
                .refs(gdpr("28", 9))
                .variants("missing", "oral", "noEvidence")
                .note("Electronic form includes text form and click-through acceptance; no qualified electronic"
                        + " signature is required (catalogue §4 item 2). For executed agreements the conclusion"
                        + " must be evidenced by a method or a date.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<AgreementForm> form = a.getForm();
                    if (form.isEmpty()) {
                        r.add("missing", "form");
                    } else if (form.get() == AgreementForm.ORAL) {
                        r.add("oral", "form");
                    } else if (c.profile() == Profile.EXECUTED
                            && a.getConclusion()
                                    .filter(e -> e.getMethod().isPresent()
                                            || e.getDate().isPresent())
                                    .isEmpty()
                            && a.getSignatures().stream().noneMatch(s -> s.isSigned())) {
                        r.add(WARNING, "noEvidence", "conclusion");
                    }
                });
        d.rule("PARTY_CONTROLLER_ID", ERROR)
                .refs(gdpr("28", 3), gdpr("30", 2, "a"))
                .variants("missing", "incomplete", "placeholder")
                .note("In the TEMPLATE profile a controller may be a placeholder; in the EXECUTED profile it must"
                        + " be named with address and country.")
                .check((c, r) -> {
                    List<Party> controllers = c.agreement().getControllers();
                    if (controllers.isEmpty() && c.profile() == Profile.EXECUTED) {
                        r.add("missing", "controllers");
                    }
                    for (int i = 0; i < controllers.size(); i++) {
                        Party p = controllers.get(i);
                        String path = "controllers[" + i + "]";
                        if (isPlaceholderParty(p)) {
                            if (c.profile() == Profile.EXECUTED) {
                                r.add("placeholder", path, "party", name(p, i));
                            }
                            continue;
                        }
                        List<String> missing = missingIdentity(p);
                        if (!missing.isEmpty()) {
                            r.add("incomplete", path, "party", name(p, i), "missing", join(missing));
                        }
                    }
                });
        d.rule("PARTY_PROCESSOR_ID", ERROR)
                .refs(gdpr("28", 3), gdpr("30", 2, "a"))
                .variants("missing", "incomplete")
                .check((c, r) -> {
                    Optional<Party> processor = c.agreement().getProcessor();
                    if (processor.isEmpty()) {
                        r.add("missing", "processor");
                        return;
                    }
                    List<String> missing = missingIdentity(processor.get());
                    if (!missing.isEmpty()) {
                        r.add("incomplete", "processor", "party", name(processor.get(), 0), "missing", join(missing));
                    }
                });
        d.rule("PARTY_CONTACTS", WARNING)
                .refs(gdpr("28", 3))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    for (int i = 0; i < a.getControllers().size(); i++) {
                        Party p = a.getControllers().get(i);
                        if (!isPlaceholderParty(p) && !hasContact(p)) {
                            r.add("missing", "controllers[" + i + "].contacts", "party", name(p, i));
                        }
                    }
                    a.getProcessor()
                            .filter(p -> !hasContact(p))
                            .ifPresent(p -> r.add("missing", "processor.contacts", "party", name(p, 0)));
                });
        d.rule("ROLE_CONSISTENCY", ERROR)
                .refs(
                        LegalReference.numbered(LegalReference.Act.GDPR, "4", 7),
                        LegalReference.numbered(LegalReference.Act.GDPR, "4", 8),
                        gdpr("28", 10))
                .variants("sameEntity")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<String> processor = a.getProcessor()
                            .flatMap(Party::getName)
                            .filter(Text::present)
                            .map(Text::normalise);
                    if (processor.isEmpty()) {
                        return;
                    }
                    for (int i = 0; i < a.getControllers().size(); i++) {
                        Party p = a.getControllers().get(i);
                        if (p.getName()
                                .filter(Text::present)
                                .map(Text::normalise)
                                .equals(processor)) {
                            r.add("sameEntity", "controllers[" + i + "]", "party", name(p, i));
                        }
                    }
                });
        d.rule("NOT_MERE_RESTATEMENT", WARNING)
                .refs(gdpr("28", 3))
                .variants("restatement")
                .note("Heuristic: the mandatory free-text elements are the subject matter, each purpose, each"
                        + " data category, each category of data subjects and each described nature of the"
                        + " processing. If more than half of those present are catch-all or statute wording"
                        + " (or the subject matter and purposes have fewer than three meaningful words), the rule"
                        + " fires. It stays a warning (catalogue §4 item 1).")
                .check((c, r) -> {
                    Optional<ProcessingDescription> p = processing(c);
                    if (p.isEmpty()) {
                        return;
                    }
                    int total = 0;
                    int generic = 0;
                    if (p.get().getSubjectMatter().isPresent()) {
                        total++;
                        generic += Text.generic(p.get().getSubjectMatter().get(), 3) ? 1 : 0;
                    }
                    for (Purpose purpose : p.get().getPurposes()) {
                        total++;
                        generic += Text.generic(purpose.getDescription(), 3) ? 1 : 0;
                    }
                    for (DataCategory dc : p.get().getDataCategories()) {
                        total++;
                        generic += Text.generic(dc.getName(), 0) ? 1 : 0;
                    }
                    for (DataSubjectCategory ds : p.get().getDataSubjects()) {
                        total++;
                        generic += Text.generic(ds.getName(), 0) ? 1 : 0;
                    }
                    for (ProcessingNature n : p.get().getNature()) {
                        if (n.getDescription().isPresent() && n.getOperation().isEmpty()) {
                            total++;
                            generic += Text.generic(n.getDescription().get(), 0) ? 1 : 0;
                        }
                    }
                    if (total > 0 && generic * 2 > total) {
                        r.add(
                                "restatement",
                                "processing",
                                "generic",
                                String.valueOf(generic),
                                "total",
                                String.valueOf(total));
                    }
                });
        d.rule("UNILATERAL_AMENDMENT", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 9))
                .variants("unilateral")
                .check((c, r) -> {
                    if (c.agreement()
                            .getFinalProvisions()
                            .filter(f -> f.isUnilateralAmendment())
                            .isPresent()) {
                        r.add("unilateral", "finalProvisions.unilateralAmendment");
                    }
                });
        d.rule("PRECEDENCE", INFO)
                .refs(gdpr("28", 3))
                .variants("missing", "mainContractPrevails")
                .check((c, r) -> {
                    Optional<Precedence> precedence =
                            c.agreement().getFinalProvisions().flatMap(f -> f.getPrecedence());
                    if (precedence.isEmpty()) {
                        r.add("missing", "finalProvisions.precedence");
                    } else if (precedence.get() == Precedence.MAIN_CONTRACT_PREVAILS) {
                        r.add(WARNING, "mainContractPrevails", "finalProvisions.precedence");
                    }
                });
        d.rule("GUARANTEES_EVIDENCE", INFO)
                .refs(gdpr("28", 1), gdpr("28", 5))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean processorEvidence = a.getProcessor()
                            .filter(p -> !p.getCertifications().isEmpty())
                            .isPresent();
                    boolean auditEvidence = a.getAudits()
                            .filter(au -> !au.getAcceptedEvidence().isEmpty())
                            .isPresent();
                    if (!processorEvidence && !auditEvidence) {
                        r.add("missing", "processor.certifications");
                    }
                });
    }

    private static boolean hasContact(Party p) {
        return !p.getContacts().isEmpty()
                || p.getRepresentatives().stream()
                        .anyMatch(rep ->
                                rep.getEmail().isPresent() || rep.getPhone().isPresent());
    }

    // ---- §1.B description of the processing ----------------------------------------------------------------

    private static void processing(SimpleRule.Definitions d) {
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

    // ---- §1.C instructions ---------------------------------------------------------------------------------

    private static void instructions(SimpleRule.Definitions d) {
        d.rule("ART28_3_A_INSTRUCTIONS", ERROR)
                .refs(gdpr("28", 3, "a"), gdpr("29"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getInstructions()
                            .filter(i -> i.isDocumentedInstructionsOnly())
                            .isEmpty()) {
                        r.add("missing", "instructions.documentedInstructionsOnly");
                    }
                });
        d.rule("ART28_3_A_INSTRUCTION_CHANNEL", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("noForm", "oralUnconfirmed")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    if (i.getForms().isEmpty()) {
                        r.add("noForm", "instructions.forms");
                    } else if ((i.getForms().contains(CommunicationChannel.ORAL)
                                    || i.getForms().contains(CommunicationChannel.PHONE))
                            && !i.isOralInstructionsConfirmed()) {
                        r.add("oralUnconfirmed", "instructions.oralInstructionsConfirmed");
                    }
                }));
        d.rule("ART28_3_A_TRANSFERS", ERROR)
                .refs(gdpr("28", 3, "a"), gdpr("44"))
                .variants("missing")
                .note("Satisfied if the instruction clause covers transfers or the transfer clause makes any"
                        + " relocation to a third country subject to the controller's prior consent.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean covered = a.getInstructions()
                                    .filter(i -> i.isTransfersCovered())
                                    .isPresent()
                            || a.getTransfers()
                                    .filter(t -> t.isPriorConsentRequired())
                                    .isPresent();
                    if (!covered) {
                        r.add("missing", "instructions.transfersCovered");
                    }
                });
        d.rule("ART28_3_A_LEGAL_REQ_NOTICE", ERROR)
                .refs(gdpr("28", 3, "a"))
                .variants("noNotice", "noException")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    if (i.getLegalObligationException().isEmpty()) {
                        r.add(INFO, "noException", "instructions.legalObligationException");
                    } else if (!i.getLegalObligationException().get().isPriorNotice()) {
                        r.add("noNotice", "instructions.legalObligationException.priorNotice");
                    }
                }));
        d.rule("ART28_3_A_EXCEPTION_SCOPE", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("beyondUnionLaw")
                .note("An exception for \"applicable law\" or third-country law is not per se unlawful but gives no"
                        + " cover under the GDPR; it stays a warning (catalogue §4 item 6).")
                .check((c, r) -> c.agreement()
                        .getInstructions()
                        .flatMap(i -> i.getLegalObligationException())
                        .filter(e -> e.getScope() != LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                        .ifPresent(e -> r.add(
                                "beyondUnionLaw",
                                "instructions.legalObligationException.scope",
                                "scope",
                                e.getScope().name())));
        d.rule("ART28_3_INFRINGING_INSTR", ERROR)
                .refs(gdpr("28", 3).withSubparagraph(2))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getInstructions()
                            .filter(i -> i.isInfringementNotice())
                            .isEmpty()) {
                        r.add("missing", "instructions.infringementNotice");
                    }
                });
        d.rule("INFRINGING_INSTR_SUSPEND", INFO)
                .refs(gdpr("28", 3).withSubparagraph(2))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getInstructions()
                            .filter(i -> i.isSuspensionRight())
                            .isEmpty()) {
                        r.add("missing", "instructions.suspensionRight");
                    }
                });
    }

    // ---- §1.D, §1.E confidentiality and security -----------------------------------------------------------

    private static void confidentialityAndSecurity(SimpleRule.Definitions d) {
        d.rule("ART28_3_B_CONFIDENTIALITY", ERROR)
                .refs(gdpr("28", 3, "b"), gdpr("29"), gdpr("32", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getConfidentiality()
                            .filter(ConfidentialityTerms::isPersonnelCommitted)
                            .isEmpty()) {
                        r.add("missing", "confidentiality.personnelCommitted");
                    }
                });
        d.rule("CONFIDENTIALITY_SCOPE", INFO)
                .refs(gdpr("28", 3, "b"))
                .variants("incomplete")
                .check((c, r) -> c.agreement()
                        .getConfidentiality()
                        .filter(ConfidentialityTerms::isPersonnelCommitted)
                        .ifPresent(t -> {
                            List<String> missing = new ArrayList<>();
                            if (!t.isBeforeAccess()) {
                                missing.add("BEFORE_ACCESS");
                            }
                            if (!t.isSurvivesEngagement()) {
                                missing.add("SURVIVES_ENGAGEMENT");
                            }
                            if (!t.isNeedToKnow()) {
                                missing.add("NEED_TO_KNOW");
                            }
                            if (!missing.isEmpty()) {
                                r.add("incomplete", "confidentiality", "missing", join(missing));
                            }
                        }));
        d.rule("ART28_3_C_SECURITY", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getSecurity()
                            .filter(s -> s.isArticle32Commitment())
                            .isEmpty()) {
                        r.add("missing", "security.article32Commitment");
                    }
                });
        d.rule("ART32_TOMS_DOCUMENTED", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32", 1))
                .variants("missing", "urlOnly")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!Tom.measures(a).isEmpty()) {
                        return;
                    }
                    if (a.getSecurity().flatMap(s -> s.getMeasuresUrl()).isPresent()) {
                        r.add(WARNING, "urlOnly", "security.measuresUrl");
                    } else {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_A_PSEUDO_ENCRYPT", WARNING)
                .refs(gdpr("32", 1, "a"))
                .variants("missing")
                .note("Runs only when measures are listed; a missing list is ART32_TOMS_DOCUMENTED.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(c.agreement());
                    if (!m.isEmpty() && !Tom.covers(m, Tom.Capability.ENCRYPTION)) {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_B_CIA_RESILIENCE", WARNING)
                .refs(gdpr("32", 1, "b"))
                .variants("missing")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(c.agreement());
                    if (m.isEmpty()) {
                        return;
                    }
                    Set<ProtectionGoal> goals = Tom.goals(m);
                    List<String> missing = new ArrayList<>();
                    for (ProtectionGoal g : List.of(
                            ProtectionGoal.CONFIDENTIALITY,
                            ProtectionGoal.INTEGRITY,
                            ProtectionGoal.AVAILABILITY,
                            ProtectionGoal.RESILIENCE)) {
                        if (!goals.contains(g)) {
                            missing.add(g.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "goals", join(missing));
                    }
                });
        d.rule("ART32_1_C_RESTORE", WARNING)
                .refs(gdpr("32", 1, "c"))
                .variants("missing")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(c.agreement());
                    if (!m.isEmpty() && !Tom.covers(m, Tom.Capability.RESTORE)) {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_D_TESTING", WARNING)
                .refs(gdpr("32", 1, "d"))
                .variants("missing", "noInterval")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(c.agreement());
                    if (m.isEmpty()) {
                        return;
                    }
                    boolean interval = c.agreement()
                            .getSecurity()
                            .flatMap(s -> s.getReviewInterval())
                            .isPresent();
                    if (!Tom.covers(m, Tom.Capability.TESTING) && !interval) {
                        r.add("missing", "security.measures");
                    } else if (!interval) {
                        r.add(INFO, "noInterval", "security.reviewInterval");
                    }
                });
        d.rule("TOM_SPECIFICITY", WARNING)
                .refs(gdpr("32", 1))
                .variants("generic")
                .note("A measure is too generic if its text uses a quality phrase such as \"Stand der Technik\" or"
                        + " \"industry standard\" and has fewer than six meaningful words besides it.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(c.agreement());
                    for (int i = 0; i < m.size(); i++) {
                        LocalizedText t = m.get(i).getDescription();
                        Optional<String> term = Text.vagueQuality(t);
                        if (term.isPresent() && meaningfulWords(t) - wordsOf(term.get()) < 6) {
                            r.add("generic", "security.measures[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("TOM_CHANGE_CONTROL", WARNING)
                .refs(gdpr("28", 3, "c"), gdpr("32", 1))
                .variants("missing", "unilateral")
                .note("Prior approval, agreement on material changes and a no-downgrade rule are all accepted"
                        + " (catalogue §4 item 9); mere notice or changes at will are not.")
                .check((c, r) -> c.agreement().getSecurity().ifPresent(s -> {
                    Optional<TomChangePolicy> policy = s.getChangePolicy();
                    if (policy.isEmpty()) {
                        if (!s.getMeasures().isEmpty()) {
                            r.add("missing", "security.changePolicy");
                        }
                    } else if (policy.get() == TomChangePolicy.UNILATERAL || policy.get() == TomChangePolicy.NOTICE) {
                        r.add(
                                "unilateral",
                                "security.changePolicy",
                                "policy",
                                policy.get().name());
                    }
                }));
    }

    static long meaningfulWords(LocalizedText t) {
        String first = text(t);
        return wordsOf(first);
    }

    static long wordsOf(String s) {
        return java.util.Arrays.stream(Text.normalise(s).split("[\\s/]+"))
                .filter(w -> w.length() > 2)
                .count();
    }

    // ---- §1.F sub-processors -------------------------------------------------------------------------------

    private static void subprocessors(SimpleRule.Definitions d) {
        d.rule("ART28_2_AUTH_TYPE", ERROR)
                .refs(gdpr("28", 2), gdpr("28", 3, "d"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getSubprocessing()
                            .flatMap(SubprocessingTerms::getAuthorisation)
                            .isEmpty()) {
                        r.add("missing", "subprocessing.authorisation");
                    }
                });
        d.rule("ART28_2_WRITTEN_AUTH", ERROR)
                .refs(gdpr("28", 2))
                .variants("missing")
                .note("For a specific authorisation each sub-processor needs prior written approval. A general"
                        + " authorisation given in the agreement itself is prior and written by nature, so it is"
                        + " not flagged here (the form of the agreement is ART28_9_WRITTEN_FORM).")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .filter(s -> !s.isPriorWrittenAuthorisation())
                        .ifPresent(s -> r.add("missing", "subprocessing.priorWrittenAuthorisation")));
        d.rule("ART28_4_FLOW_DOWN", ERROR)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFlowDown()) {
                        r.add("missing", "subprocessing.flowDown");
                    }
                });
        d.rule("ART28_4_LIABILITY", WARNING)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFullLiability()) {
                        r.add("missing", "subprocessing.fullLiability");
                    }
                });
        d.rule("SUBPROC_LIST_PRESENT", ERROR)
                .refs(gdpr("28", 2))
                .variants("specificWithoutList", "generalWithoutList")
                .check((c, r) -> c.agreement().getSubprocessing().ifPresent(s -> {
                    AuthorisationType type = s.getAuthorisation().orElse(null);
                    if (type == AuthorisationType.SPECIFIC
                            && s.getSubprocessors().isEmpty()) {
                        r.add("specificWithoutList", "subprocessing.subprocessors");
                    } else if (type == AuthorisationType.GENERAL
                            && s.getSubprocessors().isEmpty()
                            && s.getListUrl().isEmpty()) {
                        r.add(WARNING, "generalWithoutList", "subprocessing.subprocessors");
                    }
                }));
        d.rule("SUBPROC_IDENTITY", WARNING)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("incomplete")
                .note("Checks address or country, the service performed and the processing locations (the country"
                        + " of establishment counts as a location). Contact details and data categories are not"
                        + " required here, since most published lists omit them.")
                .check((c, r) -> Subprocessors.each(c.agreement(), (path, sp) -> {
                    List<String> missing = new ArrayList<>();
                    if (sp.getAddress().isEmpty() && sp.getCountry().isEmpty()) {
                        missing.add("ADDRESS");
                    }
                    if (!Text.presentText(sp.getService())) {
                        missing.add("SERVICE");
                    }
                    if (sp.getLocations().isEmpty() && sp.getCountry().isEmpty()) {
                        missing.add("LOCATIONS");
                    }
                    if (!missing.isEmpty()) {
                        r.add("incomplete", path, "name", Subprocessors.label(sp), "missing", join(missing));
                    }
                }));
        d.rule("SUBPROC_SCOPE_SUBSET", WARNING)
                .refs(gdpr("28", 4), gdpr("28", 3, "a"))
                .variants("unknownCategory")
                .check((c, r) -> {
                    Set<String> ids = dataCategories(c.agreement()).stream()
                            .flatMap(dc -> dc.getId().stream())
                            .collect(Collectors.toCollection(HashSet::new));
                    Subprocessors.each(c.agreement(), (path, sp) -> {
                        for (int i = 0; i < sp.getDataCategories().size(); i++) {
                            String id = sp.getDataCategories().get(i);
                            if (!ids.contains(id)) {
                                r.add(
                                        "unknownCategory",
                                        path + ".dataCategories[" + i + "]",
                                        "name",
                                        Subprocessors.label(sp),
                                        "category",
                                        id);
                            }
                        }
                    });
                });
        d.rule("SUBPROC_COPY_BENEFICIARY", INFO)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())) {
                        SubprocessingTerms s = c.agreement().getSubprocessing().get();
                        if (!s.isContractCopyOnRequest() || !s.isThirdPartyBeneficiary()) {
                            r.add("missing", "subprocessing");
                        }
                    }
                });
        d.rule("SUBPROC_CHAIN", INFO).refs(gdpr("28", 4)).variants("missing").check((c, r) -> {
            if (subprocessingAllowed(c.agreement())
                    && !c.agreement().getSubprocessing().get().isChainCovered()) {
                r.add("missing", "subprocessing.chainCovered");
            }
        });
        d.rule("X_GENERAL_AUTH_BUNDLE", ERROR)
                .refs(gdpr("28", 2), gdpr("28", 3, "d"))
                .variants("missing", "weak", "noticeTooShort", "objectionTooShort")
                .note("Notice duty and objection right are errors when missing. A concrete notice and objection"
                        + " period (at least the configured minimum days, 14 by default), an active channel (not only"
                        + " a web page) and a stated consequence of an objection are warnings. Whether an objection"
                        + " must block the engagement or may only give a termination right is contested (catalogue"
                        + " §4 item 5); any stated consequence is accepted.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.GENERAL)
                        .ifPresent(s -> {
                            List<String> missing = new ArrayList<>();
                            if (!s.isChangeNotification()) {
                                missing.add("NOTICE_DUTY");
                            }
                            if (!s.isObjectionRight()) {
                                missing.add("OBJECTION_RIGHT");
                            }
                            if (!missing.isEmpty()) {
                                r.add("missing", "subprocessing", "missing", join(missing));
                            }
                            List<String> weak = new ArrayList<>();
                            int minNotice = c.thresholds().minimumNoticeDays();
                            int minObjection = c.thresholds().minimumObjectionDays();
                            if (s.isChangeNotification()) {
                                checkPeriod(
                                        r,
                                        s.getNoticePeriod(),
                                        minNotice,
                                        "noticeTooShort",
                                        "subprocessing.noticePeriod",
                                        weak,
                                        "NOTICE_PERIOD");
                                Set<CommunicationChannel> channels = s.getNoticeChannels();
                                if (channels.isEmpty()
                                        || EnumSet.of(CommunicationChannel.WEBSITE)
                                                .containsAll(channels)) {
                                    weak.add("ACTIVE_CHANNEL");
                                }
                            }
                            if (s.isObjectionRight()) {
                                checkPeriod(
                                        r,
                                        s.getObjectionPeriod(),
                                        minObjection,
                                        "objectionTooShort",
                                        "subprocessing.objectionPeriod",
                                        weak,
                                        "OBJECTION_PERIOD");
                                if (s.getObjectionConsequence().isEmpty()) {
                                    weak.add("OBJECTION_CONSEQUENCE");
                                }
                            }
                            if (!weak.isEmpty()) {
                                r.add(WARNING, "weak", "subprocessing", "missing", join(weak));
                            }
                        }));
        d.rule("X_SPECIFIC_AUTH", WARNING)
                .refs(gdpr("28", 2))
                .variants("noLeadTime")
                .note("The model holds one list of sub-processors, which under a specific authorisation is the"
                        + " authorisation itself; a sub-processor \"in use but not on the list\" cannot be"
                        + " expressed, so only the missing request lead time is checked.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .filter(s -> s.getNoticePeriod().isEmpty())
                        .ifPresent(s -> r.add("noLeadTime", "subprocessing.noticePeriod")));
        d.rule("X_PROHIBITED_BUT_USED", ERROR)
                .refs(gdpr("28", 2))
                .variants("contradiction")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.PROHIBITED)
                        .filter(s -> !s.getSubprocessors().isEmpty())
                        .ifPresent(s -> r.add(
                                "contradiction",
                                "subprocessing.subprocessors",
                                "count",
                                String.valueOf(s.getSubprocessors().size()))));
    }

    private static void checkPeriod(
            SimpleRule.Reporter r,
            Optional<TimeLimit> limit,
            int minimumDays,
            String variant,
            String path,
            List<String> weak,
            String term) {
        if (limit.isEmpty() || limit.get().getPeriod().isEmpty()) {
            weak.add(term);
        } else if (Text.minDays(limit.get().getPeriod().get()) < minimumDays) {
            r.add(
                    WARNING,
                    variant,
                    path,
                    "period",
                    Text.period(limit.get().getPeriod().get()),
                    "minimum",
                    String.valueOf(minimumDays));
        }
    }

    // ---- §1.G-I assistance and breaches --------------------------------------------------------------------

    private static void assistanceAndBreaches(SimpleRule.Definitions d) {
        d.rule("ART28_3_E_DSR_ASSIST", ERROR)
                .refs(gdpr("28", 3, "e"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getAssistance()
                            .filter(a -> a.isDataSubjectRights())
                            .isEmpty()) {
                        r.add("missing", "assistance.dataSubjectRights");
                    }
                });
        d.rule("DSR_FORWARDING", WARNING)
                .refs(gdpr("28", 3, "e"), gdpr("12", 3))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getAssistance()
                        .filter(a -> a.isDataSubjectRights()
                                && a.getForwardingDeadline().isEmpty())
                        .ifPresent(a -> r.add("missing", "assistance.forwardingDeadline")));
        d.rule("ART28_3_F_ASSIST_32_36", ERROR)
                .refs(gdpr("28", 3, "f"))
                .variants("missing", "partial")
                .check((c, r) -> {
                    Set<AssistedArticle> articles = c.agreement()
                            .getAssistance()
                            .map(a -> (Set<AssistedArticle>) a.getArticles())
                            .orElse(Set.of());
                    if (articles.isEmpty()) {
                        r.add("missing", "assistance.articles");
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    for (AssistedArticle article : AssistedArticle.values()) {
                        if (!articles.contains(article)) {
                            missing.add(article.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add(WARNING, "partial", "assistance.articles", "missing", join(missing));
                    }
                });
        d.rule("ART33_2_PROCESSOR_NOTIFY", ERROR)
                .refs(gdpr("33", 2), gdpr("28", 3, "f"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getBreachNotification()
                            .filter(b -> b.isNotifyController())
                            .isEmpty()) {
                        r.add("missing", "breachNotification.notifyController");
                    }
                });
        d.rule("ART33_2_DEADLINE", WARNING)
                .refs(gdpr("33", 2), gdpr("33", 1))
                .variants("missing", "vague", "noHours", "tooLong", "exceeds72")
                .note("The law says \"without undue delay\" (German \"unverzüglich\"); that wording is lawful but not"
                        + " measurable, so it is a warning like every vague term of the lexicon. With a period: up to"
                        + " the configured hours (48 by default) is fine, above that a warning, above 72 hours an"
                        + " error because the controller's own deadline is 72 hours (catalogue §4 item 3).")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController())
                        .ifPresent(b -> {
                            String path = "breachNotification.deadline";
                            if (b.getDeadline().isEmpty()) {
                                r.add("missing", path);
                                return;
                            }
                            TimeLimit limit = b.getDeadline().get();
                            if (limit.getPeriod().isPresent()) {
                                long hours = Text.maxHours(limit.getPeriod().get());
                                String wording = Text.wording(limit);
                                if (hours > 72) {
                                    r.add(ERROR, "exceeds72", path, "wording", wording, "hours", String.valueOf(hours));
                                } else if (hours > c.thresholds().breachNoticeHours()) {
                                    r.add(
                                            "tooLong",
                                            path,
                                            "wording",
                                            wording,
                                            "hours",
                                            String.valueOf(hours),
                                            "maximum",
                                            String.valueOf(c.thresholds().breachNoticeHours()));
                                }
                                return;
                            }
                            LocalizedText w = limit.getWording().get();
                            Optional<String> term = Text.vagueTime(w);
                            if (term.isPresent()) {
                                r.add("vague", path, "wording", text(w), "term", term.get());
                            } else {
                                r.add("noHours", path, "wording", text(w));
                            }
                        }));
        d.rule("ART33_2_TRIGGER", WARNING)
                .refs(gdpr("33", 2))
                .variants("late")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .flatMap(b -> b.getTrigger())
                        .filter(t -> t == BreachTrigger.CONFIRMATION || t == BreachTrigger.INVESTIGATION_COMPLETE)
                        .ifPresent(t -> r.add("late", "breachNotification.trigger", "trigger", t.name())));
        d.rule("ART33_3_CONTENT", WARNING)
                .refs(gdpr("33", 3), gdpr("33", 4))
                .variants("incomplete")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController())
                        .ifPresent(b -> {
                            List<String> missing = new ArrayList<>();
                            for (BreachNoticeContent item : List.of(
                                    BreachNoticeContent.NATURE,
                                    BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                                    BreachNoticeContent.RECORD_CATEGORIES_AND_NUMBERS,
                                    BreachNoticeContent.CONTACT_POINT,
                                    BreachNoticeContent.LIKELY_CONSEQUENCES,
                                    BreachNoticeContent.MEASURES)) {
                                if (!b.getMinimumContent().contains(item)) {
                                    missing.add(item.name());
                                }
                            }
                            if (!b.isPhasedNotification()) {
                                missing.add("PHASED");
                            }
                            if (!missing.isEmpty()) {
                                r.add("incomplete", "breachNotification.minimumContent", "missing", join(missing));
                            }
                        }));
        d.rule("BREACH_CONTACT", WARNING)
                .refs(gdpr("33", 3, "b"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController()
                                && b.getContact().isEmpty()
                                && b.getChannels().isEmpty())
                        .ifPresent(b -> r.add("missing", "breachNotification.contact")));
        d.rule("NO_UNILATERAL_REPORTING", INFO)
                .refs(gdpr("33", 1), gdpr("34"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> !b.isNoUnilateralReporting())
                        .ifPresent(b -> r.add("missing", "breachNotification.noUnilateralReporting")));
        d.rule("X_BREACH_VS_72H", WARNING)
                .refs(gdpr("33", 1), gdpr("33", 2), gdpr("28", 4))
                .variants("chainTooLong", "subprocessorNotShorter")
                .check((c, r) -> c.agreement().getBreachNotification().ifPresent(b -> {
                    Optional<Long> processor =
                            b.getDeadline().flatMap(TimeLimit::getPeriod).map(Text::maxHours);
                    Optional<Long> sub = b.getSubprocessorDeadline()
                            .flatMap(TimeLimit::getPeriod)
                            .map(Text::maxHours);
                    if (processor.isEmpty() || sub.isEmpty()) {
                        return;
                    }
                    String path = "breachNotification.subprocessorDeadline";
                    if (processor.get() + sub.get() > 72) {
                        r.add("chainTooLong", path, "hours", String.valueOf(processor.get() + sub.get()));
                    } else if (sub.get() >= processor.get()) {
                        r.add(
                                "subprocessorNotShorter",
                                path,
                                "subprocessor",
                                String.valueOf(sub.get()),
                                "processor",
                                String.valueOf(processor.get()));
                    }
                }));
    }

    // ---- §1.J-L end of processing, audits, other ------------------------------------------------------------

    private static void endAuditsOther(SimpleRule.Definitions d) {
        d.rule("ART28_3_G_DELETE_RETURN", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getEndOfProcessing()
                            .flatMap(e -> e.getChoice())
                            .isEmpty()) {
                        r.add("missing", "endOfProcessing.choice");
                    }
                });
        d.rule("ART28_3_G_CONTROLLER_CHOICE", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("processorChoice", "noChoice")
                .note("Return followed by deletion is accepted; deletion only or return only is a warning; a choice"
                        + " left to the processor is an error.")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .flatMap(e -> e.getChoice())
                        .ifPresent(choice -> {
                            if (choice == EndOfProcessingChoice.PROCESSOR_CHOICE) {
                                r.add("processorChoice", "endOfProcessing.choice");
                            } else if (choice == EndOfProcessingChoice.DELETE_ONLY
                                    || choice == EndOfProcessingChoice.RETURN_ONLY) {
                                r.add(WARNING, "noChoice", "endOfProcessing.choice", "choice", choice.name());
                            }
                        }));
        d.rule("ART28_3_G_COPIES", WARNING)
                .refs(gdpr("28", 3, "g"))
                .variants("missing", "backups")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (!e.isCopiesIncluded()) {
                        r.add("missing", "endOfProcessing.copiesIncluded");
                    } else if (e.getBackupHandling().isEmpty()) {
                        r.add(INFO, "backups", "endOfProcessing.backupHandling");
                    }
                }));
        d.rule("ART28_3_G_RETENTION_SCOPE", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("ownInterest", "foreignLaw")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .flatMap(e -> e.getRetentionException())
                        .ifPresent(scope -> {
                            String path = "endOfProcessing.retentionException";
                            if (scope == LegalBasisScope.PROCESSOR_INTEREST || scope == LegalBasisScope.UNSPECIFIED) {
                                r.add("ownInterest", path, "scope", scope.name());
                            } else if (scope != LegalBasisScope.UNION_OR_MEMBER_STATE_LAW) {
                                r.add(WARNING, "foreignLaw", path, "scope", scope.name());
                            }
                        }));
        d.rule("DELETION_DEADLINE", WARNING)
                .refs(gdpr("28", 3, "g"))
                .variants("missing", "vague")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (e.getDeadline().isEmpty()) {
                        r.add(INFO, "missing", "endOfProcessing.deadline");
                    } else if (e.getDeadline().get().getPeriod().isEmpty()) {
                        LocalizedText w = e.getDeadline().get().getWording().get();
                        if (Text.vagueTime(w).isPresent()) {
                            r.add("vague", "endOfProcessing.deadline", "wording", text(w));
                        }
                    }
                }));
        d.rule("DELETION_CERTIFICATE", INFO)
                .refs(gdpr("28", 3, "g"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .filter(e -> !e.isDeletionConfirmation())
                        .ifPresent(e -> r.add("missing", "endOfProcessing.deletionConfirmation")));
        d.rule("POST_TERM_DOCS", INFO)
                .refs(gdpr("5", 2), gdpr("24"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .filter(e -> e.getEvidenceRetention().isEmpty())
                        .ifPresent(e -> r.add("missing", "endOfProcessing.evidenceRetention")));
        d.rule("ART28_3_H_INFORMATION", ERROR)
                .refs(gdpr("28", 3, "h"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getAudits()
                            .filter(a -> a.isInformationProvision())
                            .isEmpty()) {
                        r.add("missing", "audits.informationProvision");
                    }
                });
        d.rule("ART28_3_H_AUDITS", ERROR)
                .refs(gdpr("28", 3, "h"))
                .variants("missing", "excluded", "noMandatedAuditor")
                .note("Certificates may reduce but not abolish inspections (catalogue §4 item 4); an exclusion of"
                        + " inspections is an error.")
                .check((c, r) -> {
                    var audits = c.agreement().getAudits();
                    if (audits.isEmpty()) {
                        r.add("missing", "audits");
                    } else if (audits.get().isInspectionsExcluded()) {
                        r.add("excluded", "audits.inspectionsExcluded");
                    } else if (!audits.get().isInspections()) {
                        r.add("missing", "audits.inspections");
                    } else if (!audits.get().isMandatedAuditor()) {
                        r.add(WARNING, "noMandatedAuditor", "audits.mandatedAuditor");
                    }
                });
        d.rule("AUDIT_CERT_ONLY", WARNING)
                .refs(gdpr("28", 3, "h"), gdpr("28", 5))
                .variants("certificatesOnly")
                .check((c, r) -> c.agreement()
                        .getAudits()
                        .filter(a -> a.isCertificatesOnly())
                        .ifPresent(a -> r.add("certificatesOnly", "audits.certificatesOnly")));
        d.rule("AUDIT_MODALITIES", WARNING)
                .refs(gdpr("28", 3, "h"))
                .variants("missing", "noticeTooLong", "capWithoutException")
                .check((c, r) -> c.agreement().getAudits().ifPresent(a -> {
                    int max = c.thresholds().maximumAuditNoticeDays();
                    Optional<Long> notice =
                            a.getNotice().flatMap(TimeLimit::getPeriod).map(Text::maxDays);
                    if (notice.isPresent() && notice.get() > max) {
                        r.add(
                                "noticeTooLong",
                                "audits.notice",
                                "days",
                                String.valueOf(notice.get()),
                                "maximum",
                                String.valueOf(max));
                    }
                    if (a.getFrequencyLimit().isPresent() && !a.isIncidentException()) {
                        r.add(
                                "capWithoutException",
                                "audits.frequencyLimit",
                                "period",
                                Text.period(a.getFrequencyLimit().get()));
                    }
                    if (a.getNotice().isEmpty() && a.getCostBearer().isEmpty()) {
                        r.add(INFO, "missing", "audits");
                    }
                }));
        d.rule("DPO_CONTACT", WARNING)
                .refs(gdpr("37", 7), gdpr("30", 2, "a"))
                .variants("noContact")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    List<Party> parties = new ArrayList<>(a.getControllers());
                    a.getProcessor().ifPresent(parties::add);
                    for (int i = 0; i < parties.size(); i++) {
                        Party p = parties.get(i);
                        String path = i < a.getControllers().size() ? "controllers[" + i + "]" : "processor";
                        String party = name(p, i);
                        p.getDataProtectionOfficer()
                                .filter(o -> o.getEmail().isEmpty()
                                        && o.getPhone().isEmpty()
                                        && o.getAddress().isEmpty())
                                .ifPresent(o -> r.add("noContact", path + ".dataProtectionOfficer", "party", party));
                    }
                });
        d.rule("ART30_2_RECORDS", INFO).refs(gdpr("30", 2)).variants("missing").check((c, r) -> {
            if (c.agreement().getRecords().filter(x -> x.isProcessorRecords()).isEmpty()) {
                r.add("missing", "records.processorRecords");
            }
        });
        d.rule("ART28_10_OWN_USE", ERROR)
                .refs(gdpr("28", 10))
                .variants("personalData", "anonymised")
                .note("Use of anonymised or aggregated data for the processor's own purposes is disputed (catalogue"
                        + " §4 item 7) and therefore a warning; use of personal data is an error.")
                .check((c, r) -> c.agreement().getOwnUse().ifPresent(o -> {
                    if (o.getPermission() == OwnUsePermission.PERSONAL_DATA) {
                        r.add("personalData", "ownUse.permission");
                    } else if (o.getPermission() == OwnUsePermission.ANONYMISED_ONLY) {
                        r.add(WARNING, "anonymised", "ownUse.permission");
                    }
                }));
        d.rule("LIABILITY_ART82", WARNING)
                .refs(gdpr("82", 2), gdpr("82", 4))
                .variants("dataSubjectClaims", "capped")
                .note("Inter-party caps are common and disputed towards Art. 28(4) (catalogue §4 item 13), so they"
                        + " are information only; caps that purport to limit data subjects' claims are warnings.")
                .check((c, r) -> c.agreement().getLiability().ifPresent(l -> {
                    if (l.isCapLimitsDataSubjectClaims()) {
                        r.add("dataSubjectClaims", "liability.capLimitsDataSubjectClaims");
                    } else if (l.getRegime().orElse(null) == LiabilityRegime.CAPPED) {
                        r.add(INFO, "capped", "liability.regime");
                    }
                }));
        d.rule("TERMINATION_RIGHTS", INFO)
                .refs(gdpr("28", 3))
                .variants("missing")
                .check((c, r) -> {
                    boolean rights = c.agreement()
                            .getTermination()
                            .filter(t -> t.isSuspensionRight() || t.isTerminationForBreach())
                            .isPresent();
                    if (!rights) {
                        r.add("missing", "termination");
                    }
                });
    }

    // ---- §2 cross-field rules without transfers ------------------------------------------------------------

    private static void crossField(SimpleRule.Definitions d) {
        d.rule("X_SPECIAL_ENCRYPT", WARNING)
                .refs(gdpr("9", 1), gdpr("32", 1))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!hasSpecialData(a)) {
                        return;
                    }
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(a);
                    List<String> missing = new ArrayList<>();
                    for (Tom.Capability cap :
                            List.of(Tom.Capability.ENCRYPTION, Tom.Capability.ACCESS_CONTROL, Tom.Capability.LOGGING)) {
                        if (!Tom.covers(m, cap)) {
                            missing.add(cap.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "missing", join(missing));
                    }
                });
        d.rule("X_SPECIAL_SAFEGUARDS_TEXT", WARNING)
                .refs(gdpr("9", 1), gdpr("10"))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (hasSpecialData(a)
                            && a.getProcessing()
                                    .get()
                                    .getSensitiveDataSafeguards()
                                    .isEmpty()) {
                        r.add("missing", "processing.sensitiveDataSafeguards");
                    }
                });
        d.rule("X_DPIA_LIKELY", INFO)
                .refs(gdpr("35", 3), gdpr("28", 3, "f"))
                .variants("likely")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean risky = ch.contains(ProcessingCharacteristic.LARGE_SCALE)
                            || ch.contains(ProcessingCharacteristic.SYSTEMATIC_MONITORING)
                            || ch.contains(ProcessingCharacteristic.PROFILING);
                    boolean assisted = a.getAssistance()
                            .filter(x -> x.getArticles().contains(AssistedArticle.ART_35))
                            .isPresent();
                    if (hasSpecialData(a) && risky && !assisted) {
                        r.add("likely", "assistance.articles");
                    }
                });
        d.rule("X_END_VS_DURATION", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 3, "g"))
                .variants("noDeadline", "noTermination")
                .check((c, r) -> processing(c)
                        .flatMap(ProcessingDescription::getDuration)
                        .ifPresent(du -> {
                            DataProcessingAgreement a = c.agreement();
                            if ((du.getType() == DurationType.FIXED_TERM || du.getType() == DurationType.ONE_OFF)
                                    && a.getEndOfProcessing()
                                            .flatMap(e -> e.getDeadline())
                                            .isEmpty()) {
                                r.add(
                                        "noDeadline",
                                        "endOfProcessing.deadline",
                                        "type",
                                        du.getType().name());
                            } else if (du.getType() == DurationType.INDEFINITE_WITH_NOTICE
                                    && a.getTermination().isEmpty()
                                    && du.getNoticePeriod().isEmpty()) {
                                r.add("noTermination", "termination");
                            }
                        }));
        d.rule("X_INSTR_CHANNEL", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("unnamed", "noChangeProcedure")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    boolean textChannel = i.getForms().stream()
                            .anyMatch(f -> f == CommunicationChannel.EMAIL
                                    || f == CommunicationChannel.PORTAL
                                    || f == CommunicationChannel.TICKET
                                    || f == CommunicationChannel.TEXT_FORM);
                    if (!textChannel) {
                        return;
                    }
                    if (i.getIssuers().isEmpty() || i.getRecipients().isEmpty()) {
                        r.add("unnamed", i.getIssuers().isEmpty() ? "instructions.issuers" : "instructions.recipients");
                    } else if (!i.isChangeOfAuthorisedPersonsNotified()) {
                        r.add("noChangeProcedure", "instructions.changeOfAuthorisedPersonsNotified");
                    }
                }));
        d.rule("X_DPO_REQUIRED", WARNING)
                .refs(gdpr("37", 1), gdpr("37", 7))
                .variants("missing")
                .note("Expected for public bodies (Art. 37(1)(a)) and, for every party, where the processing is"
                        + " large-scale and involves special or criminal-offence data or systematic monitoring."
                        + " The German head-count test of § 38(1) BDSG cannot be judged from the agreement.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean largeScale = ch.contains(ProcessingCharacteristic.LARGE_SCALE)
                            && (hasSpecialData(a) || ch.contains(ProcessingCharacteristic.SYSTEMATIC_MONITORING));
                    for (int i = 0; i < a.getControllers().size(); i++) {
                        Party p = a.getControllers().get(i);
                        boolean required =
                                largeScale || p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.PUBLIC_BODY);
                        if (required && p.getDataProtectionOfficer().isEmpty() && !isPlaceholderParty(p)) {
                            r.add("missing", "controllers[" + i + "].dataProtectionOfficer", "party", name(p, i));
                        }
                    }
                    a.getProcessor().ifPresent(p -> {
                        boolean required =
                                largeScale || p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.PUBLIC_BODY);
                        if (required && p.getDataProtectionOfficer().isEmpty()) {
                            r.add("missing", "processor.dataProtectionOfficer", "party", name(p, 0));
                        }
                    });
                });
        d.rule("X_ART27_REP", WARNING)
                .refs(gdpr("27", 1), gdpr("3", 2))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getProcessor()
                        .filter(p -> p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.ESTABLISHED_OUTSIDE_EU))
                        .filter(p -> p.getEuRepresentative().isEmpty())
                        .ifPresent(p -> r.add("missing", "processor.euRepresentative", "party", name(p, 0))));
        d.rule("X_TOM_RISK_FIT", WARNING)
                .refs(gdpr("32", 1), gdpr("24", 1))
                .variants("missing")
                .note("High risk means special or criminal-offence data, large scale, or vulnerable data subjects"
                        + " (characteristic or flagged category). Each of encryption, access logging, strong"
                        + " authentication, restore and an incident process must then appear among the measures.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean vulnerable = ch.contains(ProcessingCharacteristic.VULNERABLE_DATA_SUBJECTS)
                            || a.getProcessing()
                                    .map(p -> p.getDataSubjects().stream().anyMatch(DataSubjectCategory::isVulnerable))
                                    .orElse(false);
                    boolean high = hasSpecialData(a) || ch.contains(ProcessingCharacteristic.LARGE_SCALE) || vulnerable;
                    List<TechnicalOrganisationalMeasure> m = Tom.measures(a);
                    if (!high || m.isEmpty()) {
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    for (Tom.Capability cap : List.of(
                            Tom.Capability.ENCRYPTION,
                            Tom.Capability.LOGGING,
                            Tom.Capability.STRONG_AUTHENTICATION,
                            Tom.Capability.RESTORE,
                            Tom.Capability.INCIDENT_PROCESS)) {
                        if (!Tom.covers(m, cap)) {
                            missing.add(cap.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "missing", join(missing));
                    }
                });
    }
}
