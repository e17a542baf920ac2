/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.dataCategories;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.subprocessingAllowed;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** The rules on sub-processors (catalogue §1.F). */
final class SubprocessorRules {

    private SubprocessorRules() {}

    // ---- §1.F sub-processors -------------------------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
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
                .variants("missing", "notRecognised", "weaker")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFlowDown()) {
                        r.add("missing", "subprocessing.flowDown");
                    }
                });
        d.rule("ART28_4_LIABILITY", WARNING)
                .refs(gdpr("28", 4))
                .note("Severity: the processor remains fully liable for its sub-processors by law (Art. 28(4), second"
                        + " sentence); an agreement that does not repeat it loses nothing, one that waters it down is"
                        + " risky: a warning.")
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFullLiability()) {
                        r.add("missing", "subprocessing.fullLiability");
                    }
                });
        d.rule("SUBPROC_LIST_PRESENT", ERROR)
                .refs(gdpr("28", 2))
                .variants("specificWithoutList", "generalWithoutList", "urlOnly")
                .note("Under a specific authorisation the list is the authorisation: missing, an error. Under a general"
                        + " authorisation a missing list is a warning, and so is a web address in place of the list:"
                        + " the sub-processors authorised at conclusion are then not part of the agreement and a later"
                        + " change of the page is not a notified change.")
                .check((c, r) -> c.agreement().getSubprocessing().ifPresent(s -> {
                    AuthorisationType type = s.getAuthorisation().orElse(null);
                    if (type == AuthorisationType.SPECIFIC
                            && s.getSubprocessors().isEmpty()) {
                        r.add("specificWithoutList", "subprocessing.subprocessors");
                    } else if (type == AuthorisationType.GENERAL
                            && s.getSubprocessors().isEmpty()
                            && s.getListUrl().isEmpty()) {
                        r.add(WARNING, "generalWithoutList", "subprocessing.subprocessors");
                    } else if (type == AuthorisationType.GENERAL
                            && s.getSubprocessors().isEmpty()) {
                        r.add(WARNING, "urlOnly", "subprocessing.listUrl");
                    }
                }));
        d.rule("SUBPROC_IDENTITY", WARNING)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("incomplete")
                .note("Checks address or country, the service performed and the processing locations (the country"
                        + " of establishment counts as a location). Contact details and data categories are not"
                        + " required here, since most published lists omit them.")
                .check((c, r) -> Subprocessors.each(c, (path, sp) -> {
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
                    Subprocessors.each(c, (path, sp) -> {
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
                .variants(
                        "missing",
                        "weak",
                        "noticeTooShort",
                        "objectionTooShort",
                        "oneWayExit",
                        "notRecognised",
                        "weaker")
                .note("Notice duty and objection right are errors when missing. A concrete notice and objection"
                        + " period (at least the configured minimum days, 14 by default), an active channel (not only"
                        + " a web page) and a stated consequence of an objection are warnings. Whether an objection"
                        + " must block the engagement or may only give a termination right is contested (catalogue"
                        + " §4 item 5): blocking, a termination right of the controller and good-faith negotiation"
                        + " are accepted; a consequence by which only the processor may restrict or terminate turns"
                        + " the objection into a one-way exit and is a warning.")
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
                                } else if (s.getObjectionConsequence().get()
                                        == ObjectionConsequence.RESTRICTION_OR_TERMINATION) {
                                    r.add(WARNING, "oneWayExit", "subprocessing.objectionConsequence");
                                }
                            }
                            if (!weak.isEmpty()) {
                                r.add(WARNING, "weak", "subprocessing", "missing", join(weak));
                            }
                        }));
        d.rule("X_OBJECTION_OPPORTUNITY", ERROR)
                .refs(gdpr("28", 2))
                .variants("zeroNotice", "zeroObjection", "noticeShorterThanObjection")
                .note("Art. 28(2) gives the controller the opportunity to object before a change. A notice period or"
                        + " objection window of zero, or a notice that takes effect before the objection window"
                        + " closes, leaves no real opportunity: an error. Only periods stated as numbers are compared.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.GENERAL)
                        .ifPresent(s -> {
                            Optional<TimePeriod> notice = s.getNoticePeriod().flatMap(TimeLimit::getPeriod);
                            Optional<TimePeriod> objection =
                                    s.getObjectionPeriod().flatMap(TimeLimit::getPeriod);
                            if (s.isChangeNotification()
                                    && notice.filter(p -> p.getAmount() == 0).isPresent()) {
                                r.add("zeroNotice", "subprocessing.noticePeriod");
                            }
                            if (s.isObjectionRight()
                                    && objection.filter(p -> p.getAmount() == 0).isPresent()) {
                                r.add("zeroObjection", "subprocessing.objectionPeriod");
                            }
                            if (s.isChangeNotification()
                                    && s.isObjectionRight()
                                    && notice.isPresent()
                                    && objection.isPresent()
                                    && notice.get().getAmount() > 0
                                    && Text.maxDays(notice.get()) < Text.minDays(objection.get())) {
                                r.add(
                                        "noticeShorterThanObjection",
                                        "subprocessing.noticePeriod",
                                        "notice",
                                        Text.period(notice.get()),
                                        "objection",
                                        Text.period(objection.get()));
                            }
                        }));
        d.rule("X_AUTH_REGIME_MIXED", ERROR)
                .refs(gdpr("28", 2))
                .variants("specificWithObjection")
                .note("Under a specific authorisation every new sub-processor needs the controller's prior consent."
                        + " An objection right at the same time means that silence lets the change take effect, which"
                        + " is the mechanism of a general authorisation: the agreement contradicts itself on the"
                        + " Art. 28(2) regime, an error.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .filter(SubprocessingTerms::isObjectionRight)
                        .ifPresent(s -> r.add("specificWithObjection", "subprocessing.objectionRight")));
        d.rule("SUBPROC_AUDIT_FLOW_DOWN", WARNING)
                .refs(gdpr("28", 4), gdpr("28", 3, "h"))
                .variants("missing")
                .note("Art. 28(4) imposes the same obligations on a sub-processor, among them those of Art. 28(3)(h);"
                        + " an agreement that allows sub-processors but does not extend the controller's audit rights"
                        + " to them leaves the controller without a way to verify them: a warning.")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && c.agreement()
                                    .getSubprocessing()
                                    .filter(SubprocessingTerms::isAuditRightsFlowDown)
                                    .isEmpty()) {
                        r.add("missing", "subprocessing.auditRightsFlowDown");
                    }
                });
        d.rule("SUBPROC_DETAILS", INFO)
                .refs(gdpr("28", 4), gdpr("28", 2))
                .variants("noDataCategories")
                .note("The benchmark (Annex IV of the SCC 2021/915) describes the processing of each sub-processor."
                        + " Sub-processors listed without the data categories they receive are counted in one"
                        + " finding: information.")
                .check((c, r) -> {
                    List<String> names = new ArrayList<>();
                    Subprocessors.each(c, (path, sp) -> {
                        if (sp.getDataCategories().isEmpty()) {
                            names.add(Subprocessors.label(sp));
                        }
                    });
                    if (!names.isEmpty()) {
                        r.add(
                                "noDataCategories",
                                "subprocessing.subprocessors",
                                "count",
                                String.valueOf(names.size()),
                                "names",
                                String.join(", ", names.subList(0, Math.min(3, names.size())))
                                        + (names.size() > 3 ? ", …" : ""));
                    }
                });
        d.rule("X_SPECIFIC_AUTH", WARNING)
                .refs(gdpr("28", 2))
                .variants("noLeadTime", "vagueLeadTime")
                .note("The model holds one list of sub-processors, which under a specific authorisation is the"
                        + " authorisation itself; a sub-processor \"in use but not on the list\" cannot be"
                        + " expressed, so the request lead time is checked: missing, or vague wording such as"
                        + " \"unverzüglich\" that gives the controller no time to decide.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .ifPresent(s -> {
                            if (s.getNoticePeriod().isEmpty()) {
                                r.add("noLeadTime", "subprocessing.noticePeriod");
                            } else if (s.getNoticePeriod().get().getPeriod().isEmpty()
                                    && s.getNoticePeriod()
                                            .get()
                                            .getWording()
                                            .flatMap(Text::vagueTime)
                                            .isPresent()) {
                                r.add(
                                        "vagueLeadTime",
                                        "subprocessing.noticePeriod",
                                        "wording",
                                        Text.wording(s.getNoticePeriod().get()));
                            }
                        }));
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
        d.rule("SUBPROC_UNLISTED", ERROR)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("unlisted", "exemplary")
                .note("Art. 28(2) lets the processor engage only the sub-processors the controller has authorised:"
                        + " specifically by name, or generally with notice of every change and a chance to object."
                        + " A sub-processor used but not on the list, or a list stated to be only exemplary"
                        + " (\"including\", \"such as\"), escapes both; the controller cannot know or object to it. Mandatory"
                        + " content contradicted: an error.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) != AuthorisationType.PROHIBITED)
                        .ifPresent(s -> {
                            if (s.getUnlistedSubprocessors().orElse(false)) {
                                r.add("unlisted", "subprocessing.unlistedSubprocessors");
                            }
                            if (!s.getListExhaustive().orElse(true)) {
                                r.add("exemplary", "subprocessing.listExhaustive");
                            }
                        }));
        d.rule("SUBPROC_DEEMED_APPROVAL", ERROR)
                .refs(gdpr("28", 2))
                .variants("specific", "noObjection", "impliedBySpecificChoice")
                .note("Approval by silence is the mechanism of a general authorisation: it is lawful only together"
                        + " with notice of the change and a right to object (Art. 28(2) second sentence). Under a specific"
                        + " authorisation the controller must decide on each sub-processor, so silence is no authorisation,"
                        + " and without a right to object the controller has no say at all: both are errors. A choice"
                        + " treated as consent (such as selecting a hosting region) under a specific authorisation is a"
                        + " warning: it is a written authorisation (electronic form suffices, Art. 28(9)) only if the"
                        + " choice is recorded and shows which sub-processor or location it approves.")
                .check((c, r) -> c.agreement().getSubprocessing().ifPresent(s -> {
                    AuthorisationType type = s.getAuthorisation().orElse(null);
                    if (s.getDeemedApproval().orElse(false)) {
                        if (type == AuthorisationType.SPECIFIC) {
                            r.add("specific", "subprocessing.deemedApproval");
                        } else if (!s.isObjectionRight()) {
                            r.add("noObjection", "subprocessing.deemedApproval");
                        }
                    }
                    if (type == AuthorisationType.SPECIFIC
                            && s.getImpliedConsent().isPresent()) {
                        r.add(
                                WARNING,
                                "impliedBySpecificChoice",
                                "subprocessing.impliedConsent",
                                "choice",
                                RuleSupport.text(s.getImpliedConsent().get()));
                    }
                }));
        defineNotice(d);
    }

    /** Terms that confine notice and objection to some sub-processors (lexicon/notice-scope.txt). */
    static final List<String> NOTICE_SCOPE = Lexicon.load("notice-scope");

    /** Words of notice, objection or limitation that a scope term needs beside it (lexicon/notice-cue.txt). */
    static final List<String> NOTICE_CUE = Lexicon.load("notice-cue");

    /** Phrases of a notice given after the engagement (lexicon/notice-after-change.txt). */
    static final List<String> NOTICE_AFTER_CHANGE = Lexicon.load("notice-after-change");

    /** Where the texts that are searched for company names must not be: the parties, the list and signatures. */
    private static final List<String> NOT_SEARCHED_FOR_NAMES =
            List.of("controllers", "processor", "subprocessing.subprocessors", "signatures", "processing.dataSubjects");

    /** {@link #NOT_SEARCHED_FOR_NAMES} as model paths. */
    private static final List<ModelPath> NOT_SEARCHED_PATHS =
            NOT_SEARCHED_FOR_NAMES.stream().map(ModelPath::parse).toList();

    static void defineNotice(SimpleRule.Definitions d) {
        d.rule("SUBPROC_NOTICE_SCOPE", ERROR)
                .refs(gdpr("28", 2))
                .variants("limited", "limitedInText")
                .note("Under a general authorisation Art. 28(2) second sentence requires the processor to inform the"
                        + " controller of any intended addition or replacement of other processors, and the EDPB"
                        + " Guidelines 07/2020 read the objection right as covering each of them. A notice or objection"
                        + " limited to some sub-processors (for example those that provide the main services or"
                        + " \"material\" ones) leaves the others engaged without the controller's say: mandatory content"
                        + " contradicted, an error when the agreement states the limitation"
                        + " (subprocessing.noticeLimitation). A text of the sub-processing clause that speaks of notice,"
                        + " objection or a limitation together with a term of such a scope (lexicon/notice-scope.txt) is a"
                        + " warning: the wording may only describe, not limit.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) != AuthorisationType.PROHIBITED)
                        .ifPresent(s -> {
                            if (s.getNoticeLimitation().filter(Text::present).isPresent()) {
                                r.add(
                                        "limited",
                                        "subprocessing.noticeLimitation",
                                        "limitation",
                                        RuleSupport.text(s.getNoticeLimitation().get()));
                                return;
                            }
                            clauseTexts(s, (path, text) -> {
                                String lower = RunMemo.of(c).lower(text); // both notice rules read the same texts
                                if (NOTICE_SCOPE.stream().anyMatch(lower::contains)
                                        && Text.containsStem(lower, NOTICE_CUE)) {
                                    r.add(WARNING, "limitedInText", path, "text", RuleSupport.text(text));
                                }
                            });
                        }));
        d.rule("SUBPROC_NOTICE_AFTER_CHANGE", ERROR)
                .refs(gdpr("28", 2))
                .variants("afterChange", "afterChangeInText")
                .note("Art. 28(2) second sentence requires notice of an intended change, so that the controller can"
                        + " object before it takes effect (EDPB Guidelines 07/2020 on the general authorisation). A"
                        + " processor that informs only after engaging the sub-processor leaves no opportunity to object:"
                        + " an error when the agreement states it (subprocessing.noticeAfterChange). A text of the"
                        + " sub-processing clause that says the controller is informed after the engagement"
                        + " (lexicon/notice-after-change.txt, for example \"nach Beauftragung\", \"after engaging\") is a"
                        + " warning.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) != AuthorisationType.PROHIBITED)
                        .ifPresent(s -> {
                            if (s.getNoticeAfterChange().orElse(false)) {
                                r.add("afterChange", "subprocessing.noticeAfterChange");
                                return;
                            }
                            clauseTexts(s, (path, text) -> {
                                String lower = RunMemo.of(c).lower(text); // both notice rules read the same texts
                                NOTICE_AFTER_CHANGE.stream()
                                        .filter(lower::contains)
                                        .findFirst()
                                        .ifPresent(term -> r.add(WARNING, "afterChangeInText", path, "term", term));
                            });
                        }));
        d.rule("SUBPROC_NAMED_UNLISTED", WARNING)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("named")
                .note("A company that a measure or another text of the agreement names (a run of capitalised words"
                        + " ending in a legal form of the one list of dpa-model, LegalForms) and that is neither a"
                        + " party, a listed sub-processor nor of their group (the same first identifying word) may"
                        + " process data without the controller's authorisation (Art. 28(2)) and without the"
                        + " obligations of Art. 28(4). A warning, since the text may name it for another reason."
                        + " Names near a word of auditing or certification (lexicon/audit-context.txt) are auditors,"
                        + " and an abbreviation after an article or a bracket (\"der AG\" for the Auftraggeber) is no"
                        + " name.")
                .check((c, r) -> {
                    List<String> known = knownCompanies(c);
                    Set<String> reported = new HashSet<>();
                    List<Map.Entry<ModelPath, LocalizedText>> texts = DocumentRules.texts(c);
                    boolean[] searched = RunMemo.of(c).searchedForNames(texts);
                    for (int i = 0; i < texts.size(); i++) {
                        if (!searched[i]) {
                            continue;
                        }
                        Map.Entry<ModelPath, LocalizedText> e = texts.get(i);
                        for (TextScan scan : RunMemo.of(c).scans(texts, i)) {
                            List<String> names = scan.companyNames();
                            for (int k = 0; k < names.size(); k++) { // mostly empty: by position, no iterator (#14)
                                String name = names.get(k);
                                if (!CompanyNames.known(name, known)
                                        && reported.add(String.join(" ", CompanyNames.core(name)))) {
                                    r.add("named", e.getKey(), "name", name);
                                }
                            }
                        }
                    }
                });
    }

    /** The most properties that an entry of {@link #NOT_SEARCHED_FOR_NAMES} names. */
    private static final int NOT_SEARCHED_DEPTH =
            NOT_SEARCHED_PATHS.stream().mapToInt(p -> p.segments().size()).max().orElse(0);

    /**
     * Whether a text lies at or below one of {@link #NOT_SEARCHED_FOR_NAMES}: its first segments are the properties
     * that such a path names, the same as its text being that path or starting with it and a dot or a bracket, but
     * without building the text (issue #14). A run asks once per text ({@link RunMemo#searchedForNames}). Only the
     * first {@link #NOT_SEARCHED_DEPTH} segments are read, from the ancestors of that length, instead of the list of
     * all segments of each text.
     */
    static boolean notSearchedForNames(ModelPath path) {
        return notSearchedForNamesPrefix(namesPrefix(path));
    }

    /**
     * The ancestor of a path that {@link #notSearchedForNames} reads: the one of {@link #NOT_SEARCHED_DEPTH} segments,
     * or the path itself where it is not longer. The texts below one parent share it, so that a run decides once per
     * ancestor ({@link RunMemo#searchedForNames}), issue #14.
     */
    static ModelPath namesPrefix(ModelPath path) {
        int depth = 0;
        for (ModelPath p = path; !p.isRoot(); p = p.parent()) {
            depth++;
        }
        ModelPath prefix = path;
        for (int up = depth - NOT_SEARCHED_DEPTH; up > 0; up--) {
            prefix = prefix.parent();
        }
        return prefix;
    }

    /**
     * {@link #notSearchedForNames} of a path whose {@link #namesPrefix} this is: the prefix or one of its ancestors is
     * one of {@link #NOT_SEARCHED_PATHS}. Compares paths, which test their length first, instead of copying the
     * prefix's segments into a list and an array for each text (issue #14).
     */
    static boolean notSearchedForNamesPrefix(ModelPath prefix) {
        for (ModelPath p = prefix; !p.isRoot(); p = p.parent()) {
            for (ModelPath excluded : NOT_SEARCHED_PATHS) {
                if (excluded.equals(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of the parties (with their trade names) and of every listed sub-processor, at any depth. */
    private static List<String> knownCompanies(RuleContext c) {
        DataProcessingAgreement a = c.agreement();
        List<String> names = new ArrayList<>();
        List<Party> parties = new ArrayList<>(a.getControllers());
        a.getProcessor().ifPresent(parties::add);
        for (Party p : parties) {
            p.getName().ifPresent(names::add);
            names.addAll(p.getTradeNames());
        }
        // the run's walk, whose paths are made already: this one needs no path (issue #14)
        for (Subprocessors.Entry e : RunMemo.of(c).subprocessors()) {
            names.add(e.subprocessor().getName());
        }
        return names;
    }

    /**
     * The free texts of the sub-processing clause in which a limitation of notice may be worded: the further
     * provisions and the wording of the notice and objection periods.
     */
    private static void clauseTexts(SubprocessingTerms s, BiConsumer<String, LocalizedText> action) {
        for (int i = 0; i < s.getAdditionalProvisions().size(); i++) {
            action.accept(
                    "subprocessing.additionalProvisions[" + i + "]",
                    s.getAdditionalProvisions().get(i));
        }
        s.getNoticePeriod()
                .flatMap(TimeLimit::getWording)
                .ifPresent(w -> action.accept("subprocessing.noticePeriod.wording", w));
        s.getObjectionPeriod()
                .flatMap(TimeLimit::getWording)
                .ifPresent(w -> action.accept("subprocessing.objectionPeriod.wording", w));
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
}
