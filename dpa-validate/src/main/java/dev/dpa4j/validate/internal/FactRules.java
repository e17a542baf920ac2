/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.catalog.LegalForms;
import dev.dpa4j.validate.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules on facts that agreements state beside the clauses (issue 11 section 4) and that no older rule judges:
 * a sub-processor list kept outside the agreement, retention periods per data category during the processing,
 * exceptions to a residency promise, and parties stated by a trade name.
 */
final class FactRules {

    /** Words that leave it to the processor's judgement when an exception applies (lexicon/discretion.txt). */
    static final List<String> DISCRETION = Lexicon.load("discretion");

    /**
     * Legal forms that mark a name as the name of a legal entity ({@link LegalForms#all()}), as the words
     * {@link Text#words} makes of them, each padded with a space on both sides.
     */
    private static final List<String> LEGAL_FORMS = LegalForms.all().stream()
            .map(form -> " " + String.join(" ", Text.words(form)) + " ")
            .distinct()
            .toList();

    private FactRules() {}

    static void define(SimpleRule.Definitions d) {
        d.rule("SUBPROC_LIST_OUTSIDE", WARNING)
                .refs(gdpr("28", 2), gdpr("28", 9))
                .variants("specific", "general")
                .note("Art. 28(2) lets the processor engage only sub-processors the controller has authorised in"
                        + " writing (electronic form suffices, Art. 28(9)). Under a specific authorisation the list is"
                        + " that authorisation; a list kept outside the agreement, for example on a page the processor"
                        + " edits, is not the controller's written approval of each entry: a warning (an error only if no"
                        + " separate written approval exists, which the model cannot see). Under a general"
                        + " authorisation the notice of every change (Art. 28(2) second sentence) presupposes a fixed"
                        + " list of the sub-processors authorised at conclusion, and the EDPB Guidelines 07/2020 (section"
                        + " on sub-processors, para. 152 ff. of version 1.0) expect the processor to keep that list"
                        + " available to the controller: with a notice duty in place, keeping it outside the agreement"
                        + " is lawful, so annexing it is best practice (info). A missing notice duty is"
                        + " X_GENERAL_AUTH_BUNDLE, a web address instead of any list SUBPROC_LIST_PRESENT.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> !s.getListPartOfAgreement().orElse(true))
                        .ifPresent(s -> {
                            AuthorisationType type = s.getAuthorisation().orElse(null);
                            if (type == AuthorisationType.SPECIFIC) {
                                r.add("specific", "subprocessing.listPartOfAgreement");
                            } else if (type == AuthorisationType.GENERAL) {
                                r.add(INFO, "general", "subprocessing.listPartOfAgreement");
                            }
                        }));
        d.rule("RETENTION_PERIODS", WARNING)
                .refs(gdpr("5", 1, "e"), gdpr("28", 3, "a"), gdpr("28", 3, "g"))
                .variants("outlastsDeletion", "unmeasured")
                .note("How long data is kept is an essential means that the controller decides (EDPB Guidelines"
                        + " 07/2020, para. 40) under the storage limitation principle (Art. 5(1)(e)), and the processor"
                        + " keeps data as instructed (Art. 28(3)(a)). A period per data category during the processing"
                        + " that is longer than the deletion deadline after the end, for a category with no separate"
                        + " period after the end and no legal obligation to keep it, leaves open whether the deletion"
                        + " clause (Art. 28(3)(g)) ends the running period: a warning, since the deletion clause usually"
                        + " prevails but the agreement does not say so. A retention stated only in words without a"
                        + " figure is information: criteria are allowed (the SCC 2021/914 Annex I.B asks for the period"
                        + " or the criteria to determine it), but a figure lets the controller verify storage"
                        + " limitation. Retention after the end is RETENTION_AFTER_END.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<EndOfProcessingTerms> end = a.getEndOfProcessing();
                    boolean legalObligation = end.flatMap(EndOfProcessingTerms::getRetentionException)
                            .isPresent();
                    Optional<Long> deletionHours = end.flatMap(EndOfProcessingTerms::getDeadline)
                            .flatMap(TimeLimit::getPeriod)
                            .map(Text::maxHours);
                    List<DataCategory> categories = RuleSupport.dataCategories(a);
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        if (dc.getRetention().isEmpty()) {
                            continue;
                        }
                        TimeLimit kept = dc.getRetention().get();
                        String path = "processing.dataCategories[" + i + "].retention";
                        if (kept.getPeriod().isEmpty()) {
                            if (kept.getWording()
                                    .filter(FactRules::withoutFigure)
                                    .isPresent()) {
                                r.add(
                                        INFO,
                                        "unmeasured",
                                        path,
                                        "category",
                                        RuleSupport.text(dc.getName()),
                                        "wording",
                                        Text.wording(kept));
                            }
                            continue;
                        }
                        if (legalObligation || dc.getRetentionAfterEnd().isPresent() || deletionHours.isEmpty()) {
                            continue;
                        }
                        long hours = Text.maxHours(kept.getPeriod().get());
                        if (hours > deletionHours.get()) {
                            r.add(
                                    "outlastsDeletion",
                                    path,
                                    "category",
                                    RuleSupport.text(dc.getName()),
                                    "wording",
                                    Text.wording(kept),
                                    "deadline",
                                    Text.wording(end.get().getDeadline().get()));
                        }
                    }
                });
        d.rule("RESIDENCY_EXCEPTIONS", WARNING)
                .refs(gdpr("28", 3, "a"), gdpr("44"))
                .variants("open", "unnamedPlaces")
                .note("A promise that data stays in the EU/EEA is the controller's instruction on transfers"
                        + " (Art. 28(3)(a)); its exceptions are part of that instruction. An exception whose wording"
                        + " leaves it to the processor's judgement when it applies (\"where necessary\", \"im"
                        + " Einzelfall\", \"at its discretion\"; lexicon discretion.txt) states no condition the"
                        + " controller can check, so transfers under it rest on the processor's decision rather than an"
                        + " instruction: a warning. Exceptions under a promise while no location outside the EU/EEA is"
                        + " stated leave open where data goes under them, so neither the controller nor this validator"
                        + " can check a Chapter V tool for it (Art. 44): a warning. A stated location outside the EU/EEA"
                        + " that an exception covers (marked conditional, or its recipient named in an exception) is"
                        + " judged by X_EEA_ONLY_CONTRADICTION as a warning, not as a contradiction. An exception that"
                        + " only repeats the statutory one, processing required by Union or Member State law to which"
                        + " the processor is subject (Art. 28(3)(a): \"where required by Union or Member State law\","
                        + " \"soweit das Recht der Union oder der Mitgliedstaaten dies verlangt\"), or a part of it"
                        + " (\"if necessary to comply with Union law\", \"soweit das Unionsrecht es verlangt\"), adds"
                        + " nothing to the law and is not reported, neither as open nor for its place, unless it also"
                        + " names other law (a third country's, \"any applicable law\"); words of necessity in it (\"where"
                        + " necessary\") are read as necessary under that law, while words of discretion (\"at its"
                        + " discretion\", \"bei Bedarf\") still make it open.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<TransferTerms> transfers = a.getTransfers();
                    if (transfers.isEmpty()) {
                        return;
                    }
                    List<LocalizedText> exceptions = transfers.get().getResidencyExceptions();
                    boolean allStatutory = !exceptions.isEmpty();
                    ModelPath list = ModelPath.root().property("transfers").property("residencyExceptions");
                    for (int i = 0; i < exceptions.size(); i++) {
                        String lower = Text.lower(exceptions.get(i));
                        boolean statutory = isStatutoryException(lower);
                        allStatutory &= statutory;
                        // under the statutory exception, "where necessary" means necessary to comply with that law
                        Optional<String> term = DISCRETION.stream()
                                .filter(lower::contains)
                                .filter(t -> !statutory || !isNecessity(t))
                                .findFirst();
                        if (term.isPresent()) {
                            r.add(
                                    "open",
                                    list.index(i),
                                    "exception",
                                    RuleSupport.text(exceptions.get(i)),
                                    "term",
                                    term.get());
                        }
                    }
                    if (!exceptions.isEmpty()
                            && !allStatutory
                            && transfers.get().isEuEeaOnly()
                            && !anyOutside(c)) {
                        r.add("unnamedPlaces", list);
                    }
                });
        d.rule("PARTY_TRADE_NAME", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 1))
                .variants("controller", "processor")
                .note("Art. 28(3) requires a contract that binds the processor with regard to the controller, so each"
                        + " party must be an identifiable legal entity or person; a trade name (\"trading as\") is a"
                        + " label, not a person that can be bound. A party that states trade names but whose name shows no"
                        + " legal form (the list of dpa-model, LegalForms) and that states neither a legal form nor a register"
                        + " entry may be known only by its trade name: a warning, since the entity can often be"
                        + " identified from other documents. A party named with its legal form and trading under"
                        + " another name is not reported.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    List<Party> controllers = a.getControllers();
                    for (int i = 0; i < controllers.size(); i++) {
                        Party p = controllers.get(i);
                        if (onlyTradeName(p)) {
                            r.add(
                                    "controller",
                                    "controllers[" + i + "].tradeNames",
                                    "party",
                                    RuleSupport.name(p, i),
                                    "tradeNames",
                                    String.join(", ", p.getTradeNames()));
                        }
                    }
                    a.getProcessor()
                            .filter(FactRules::onlyTradeName)
                            .ifPresent(p -> r.add(
                                    "processor",
                                    "processor.tradeNames",
                                    "party",
                                    RuleSupport.name(p, 0),
                                    "tradeNames",
                                    String.join(", ", p.getTradeNames())));
                });
    }

    private static boolean withoutFigure(LocalizedText wording) {
        for (String value : wording.getTranslations().values()) {
            if (value.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the agreement states any location outside the EU/EEA, its own or a sub-processor's. */
    private static boolean anyOutside(RuleContext c) {
        DataProcessingAgreement a = c.agreement();
        LocalDate asOf = c.asOf();
        List<Location> all = new ArrayList<>(
                a.getProcessing().map(ProcessingDescription::getLocations).orElse(List.of()));
        boolean outside = false;
        // the run's walk, whose paths are made already: this one needs no path (issue #14)
        for (Subprocessors.Entry e : RunMemo.of(c).subprocessors()) {
            Subprocessor sp = e.subprocessor();
            all.addAll(sp.getLocations());
            if (sp.getLocations().isEmpty()
                    && sp.getCountry()
                            .filter(co -> !TransferRules.isEea(co, asOf))
                            .isPresent()) {
                outside = true;
            }
        }
        for (Location l : all) {
            if (l.getCountry().filter(co -> !TransferRules.isEea(co, asOf)).isPresent()
                    || l.getRegion().filter(Region::mayBeOutsideEea).isPresent()) {
                return true;
            }
        }
        return outside;
    }

    /** Union law named as a source of obligations: "Union law", "EU law", "Unionsrecht", "Recht der Union". */
    private static final Pattern UNION_LAW =
            Pattern.compile("\\b(union|eu|european union)\\b|unionsrecht|eu-recht|recht der (europäischen )?union");

    /** Member State law: "Member State law", "law of a Member State", "Recht der Mitgliedstaaten". */
    private static final Pattern MEMBER_STATE_LAW = Pattern.compile("member states?\\b|mitglied(s)?staat");

    /** A requirement, as Art. 28(3)(a) words it ("required", "verpflichtet", "verlangt", ...). */
    private static final Pattern REQUIREMENT = Pattern.compile(
            "requir|oblig|mandat|compel|necessar|verlang|vorschreib|vorgeschrieben|verpflicht|erforderlich|notwendig");

    /**
     * The law of the Union or of a Member State named as law on its own ("Union law", "laws of a Member State",
     * "Unionsrecht"); "the EU" alone names a place, not a law.
     */
    private static final Pattern ONE_LAW = Pattern.compile("\\b(union|eu|european union|member states?)(['’]s)?"
            + " (law|legislation)|\\blaws? of (the )?(european union|eu|union|an? member state|the member states?)"
            + "|unionsrecht|eu-recht|recht der (europäischen )?union|recht (eines|des|der) mitgliedstaat"
            + "|mitgliedstaatliche[ns]? recht");

    /** Law other than that of the Union or a Member State: a third country's, a foreign or any applicable law. */
    private static final Pattern OTHER_LAW = Pattern.compile(
            "third[- ]countr|drittland|drittländ|drittstaat"
                    + "|united states|\\busa\\b|u\\.s\\.|\\bus law|\\bus-recht|foreign|ausländ|non-eu|non-eea"
                    + "|other countr|anderer staaten|any (other )?(applicable )?law|other applicable law|jedem anwendbaren recht");

    /**
     * Whether an exception to a residency promise is the statutory one of Art. 28(3)(a), or narrower: processing the
     * law of the Union or of a Member State requires. Both named together, or either one named as law ("if necessary
     * to comply with Union law" names a part of the statutory exception and is as closed as it), with a word of
     * requirement; an exception that also names other law (a third country's, "any applicable law") is no such
     * exception.
     */
    static boolean isStatutoryException(String lower) {
        boolean both = UNION_LAW.matcher(lower).find()
                && MEMBER_STATE_LAW.matcher(lower).find();
        return (both || ONE_LAW.matcher(lower).find())
                && REQUIREMENT.matcher(lower).find()
                && !OTHER_LAW.matcher(lower).find();
    }

    /** Whether a term of the discretion lexicon speaks of necessity rather than of choice. */
    private static boolean isNecessity(String term) {
        return term.contains("necess") || term.contains("erforderlich") || term.contains("notwendig");
    }

    private static boolean onlyTradeName(Party p) {
        if (p.getTradeNames().isEmpty()
                || p.getLegalForm().filter(Text::present).isPresent()
                || p.getRegistration().filter(Text::present).isPresent()
                || p.getName().filter(Text::present).isEmpty()) {
            return false;
        }
        List<String> words = Text.words(p.getName().get());
        String lower = " " + String.join(" ", words) + " ";
        for (String form : LEGAL_FORMS) {
            if (lower.contains(form)) {
                return false;
            }
        }
        return true;
    }
}
