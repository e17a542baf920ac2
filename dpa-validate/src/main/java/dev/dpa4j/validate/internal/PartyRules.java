/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.isPlaceholderParty;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.missingIdentity;
import static dev.dpa4j.validate.internal.RuleSupport.name;
import static dev.dpa4j.validate.internal.RuleSupport.processing;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.Signature;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The rules on the instrument, its form, the parties and the agreement as a whole (catalogue §1.A). */
final class PartyRules {

    private PartyRules() {}

    // ---- §1.A instrument, form, parties --------------------------------------------------------------------

    /**
     * A party of an imported agreement with neither a name nor a description: the importer did not recognise its
     * lines (a placeholder is a template's unknown party, which the profiles judge as such).
     */
    private static boolean unrecognised(RuleContext c, Party p) {
        return c.agreement().getStatus() == AgreementStatus.IMPORTED
                && !Text.present(p.getName())
                && p.getDescription().isEmpty()
                && !p.isPlaceholder();
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_BINDING_INSTRUMENT", ERROR)
                .refs(gdpr("28", 3))
                .variants("missing", "legalActBasis", "notStated")
                .note("An imported agreement (status IMPORTED) is the other party's document of an agreement between"
                        + " the parties: one that does not call itself a contract in words the importer reads is still"
                        + " one, and what it omits is a label, not a term (an info).")
                .check((c, r) -> {
                    Optional<InstrumentType> type = c.agreement().getInstrument();
                    if (type.isEmpty() && c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                        r.add(INFO, "notStated", "instrument");
                    } else if (type.isEmpty()) {
                        r.add("missing", "instrument");
                    } else if (type.get() == InstrumentType.OTHER_LEGAL_ACT
                            && !Text.present(c.agreement().getLegalActReference())) {
                        r.add("legalActBasis", "legalActReference");
                    }
                });
        d.rule("ART28_9_WRITTEN_FORM", ERROR)
                .refs(gdpr("28", 9))
                .variants("missing", "oral", "noEvidence", "notStated")
                .note("Electronic form includes text form and click-through acceptance; no qualified electronic"
                        + " signature is required (catalogue §4 item 2). For executed agreements the conclusion"
                        + " must be evidenced by a method or a date. Art. 28(9) asks that the contract be in writing,"
                        + " not that it state its form: an imported agreement (status IMPORTED) is a written document,"
                        + " and one that does not say how it is concluded is reported as an info, to settle at"
                        + " conclusion.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<AgreementForm> form = a.getForm();
                    if (form.isEmpty() && a.getStatus() == AgreementStatus.IMPORTED) {
                        r.add(INFO, "notStated", "form");
                    } else if (form.isEmpty()) {
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
                .variants("missing", "incomplete", "placeholder", "notRecognised")
                .note("In the TEMPLATE profile a controller may be a placeholder; in the EXECUTED profile it must"
                        + " be named with address and country. In an imported agreement (status IMPORTED) a party"
                        + " with neither a name nor a description is one whose lines the importer did not recognise"
                        + " (the other party's document always says who its parties are): a warning to read the"
                        + " document, not an error about it.")
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
                        if (unrecognised(c, p)) {
                            r.add(WARNING, "notRecognised", path + ".name", "party", name(p, i));
                        } else if (!missing.isEmpty()) {
                            r.add("incomplete", path, "party", name(p, i), "missing", join(missing));
                        }
                    }
                });
        d.rule("PARTY_PROCESSOR_ID", ERROR)
                .refs(gdpr("28", 3), gdpr("30", 2, "a"))
                .variants("missing", "incomplete", "notRecognised")
                .note("In an imported agreement (status IMPORTED) a processor that is absent from the draft, or"
                        + " has neither a name nor a description, is one the importer did not recognise: the vendor's"
                        + " document names the vendor. That is a warning to read the document, not an error about it.")
                .check((c, r) -> {
                    Optional<Party> processor = c.agreement().getProcessor();
                    if (processor.isEmpty()) {
                        if (c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                            r.add(WARNING, "notRecognised", "processor", "party", "#1");
                        } else {
                            r.add("missing", "processor");
                        }
                        return;
                    }
                    List<String> missing = missingIdentity(processor.get());
                    if (unrecognised(c, processor.get())) {
                        r.add(WARNING, "notRecognised", "processor.name", "party", name(processor.get(), 0));
                    } else if (!missing.isEmpty()) {
                        r.add("incomplete", "processor", "party", name(processor.get(), 0), "missing", join(missing));
                    }
                });
        d.rule("PARTY_CONTACTS", WARNING)
                .refs(gdpr("28", 3))
                .variants("missing")
                .note("Severity: Art. 28(3) does not list contact persons; a party that cannot be reached through any"
                        + " channel (e-mail, telephone, web address) makes instructions and notices unworkable, a"
                        + " warning. A contact with a name only counts as no contact. Not checked on an imported"
                        + " agreement (status IMPORTED): dpa-import does not read the parties' contacts into the draft"
                        + " (only the DPOs' e-mails), so their absence says nothing about the document.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getStatus() == AgreementStatus.IMPORTED) {
                        return;
                    }
                    for (int i = 0; i < a.getControllers().size(); i++) {
                        Party p = a.getControllers().get(i);
                        if (!isPlaceholderParty(p) && !hasContact(p)) {
                            r.add(
                                    "missing",
                                    "controllers[" + i + "].contacts",
                                    "role",
                                    "PARTY_CONTROLLER",
                                    "party",
                                    name(p, i));
                        }
                    }
                    a.getProcessor()
                            .filter(p -> !hasContact(p))
                            .ifPresent(p -> r.add(
                                    "missing", "processor.contacts", "role", "PARTY_PROCESSOR", "party", name(p, 0)));
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
                        + " fires. A placeholder still to be filled in counts for neither side (DOC_PLACEHOLDER"
                        + " reports it). It stays a warning (catalogue §4 item 1).")
                .check((c, r) -> {
                    Optional<ProcessingDescription> p = processing(c);
                    if (p.isEmpty()) {
                        return;
                    }
                    RunMemo memo = RunMemo.of(c);
                    int total = 0;
                    int generic = 0;
                    // a placeholder still to be filled in ("[[SERVICE]]") is neither catch-all nor statute wording:
                    // DOC_PLACEHOLDER reports it, and the missing-content rules where it is all there is
                    if (p.get().getSubjectMatter().filter(Text::present).isPresent()) {
                        total++;
                        generic += Text.generic(p.get().getSubjectMatter().get(), 3, memo) ? 1 : 0;
                    }
                    for (Purpose purpose : p.get().getPurposes()) {
                        if (Text.present(purpose.getDescription())) {
                            total++;
                            generic += Text.generic(purpose.getDescription(), 3, memo) ? 1 : 0;
                        }
                    }
                    for (DataCategory dc : p.get().getDataCategories()) {
                        if (Text.present(dc.getName())) {
                            total++;
                            generic += Text.generic(dc.getName(), 0, memo) ? 1 : 0;
                        }
                    }
                    for (DataSubjectCategory ds : p.get().getDataSubjects()) {
                        if (Text.present(ds.getName())) {
                            total++;
                            generic += Text.generic(ds.getName(), 0, memo) ? 1 : 0;
                        }
                    }
                    for (ProcessingNature n : p.get().getNature()) {
                        if (n.getDescription().filter(Text::present).isPresent()
                                && n.getOperation().isEmpty()) {
                            total++;
                            generic += Text.generic(n.getDescription().get(), 0, memo) ? 1 : 0;
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
                .refs(gdpr("28", 3), gdpr("28", 3, "a"), gdpr("28", 9))
                .variants("unilateral", "deemedConsent")
                .note(
                        "The agreement binds the processor with regard to the controller (Art. 28(3)) and the processor acts"
                                + " on the controller's documented instructions (Art. 28(3)(a)); the agreement is the first of"
                                + " them. A processor's right to change it alone, or amendments that count as accepted unless the"
                                + " controller objects, let the processor rewrite the instructions it is bound by. Both are"
                                + " warnings, not errors: such clauses are often limited to changes required by law or that do"
                                + " not lower the protection, which the model cannot tell apart, and a deemed consent with a"
                                + " right to reject leaves the controller a say. A reviewer must read the scope of the clause.")
                .check((c, r) -> c.agreement().getFinalProvisions().ifPresent(f -> {
                    if (f.isUnilateralAmendment()) {
                        r.add("unilateral", "finalProvisions.unilateralAmendment");
                    }
                    if (f.getDeemedConsentToAmendments().orElse(false)) {
                        r.add("deemedConsent", "finalProvisions.deemedConsentToAmendments");
                    }
                }));
        d.rule("X_FORM_CONSISTENCY", WARNING)
                .refs(gdpr("28", 9))
                .variants(
                        "writtenAmendments",
                        "signedClickThrough",
                        "instructionsForm",
                        "amendmentsForm",
                        "consentForm",
                        "noticesForm")
                .note("Art. 28(9) accepts electronic form. An agreement concluded electronically (electronic form,"
                        + " click-through or e-mail exchange) that requires written form for its amendments, or that"
                        + " records signatures while it was accepted by click-through, contradicts itself on its form:"
                        + " a warning, since either form satisfies Art. 28(9). The clauses themselves are compared"
                        + " too: where one sentence requires written form (\"schriftlich\", \"Schriftform\", \"in"
                        + " writing\") for instructions, amendments of the agreement, consent to sub-processors or"
                        + " notices under the agreement, and another sentence, or the typed amendmentForm or"
                        + " instructions.forms, text form or e-mail for the same thing, the reader cannot tell which"
                        + " form applies (Schriftform, § 126 and § 127 BGB, against Textform, § 126b BGB): a warning"
                        + " per thing, in the sentence's language. A sentence that names both forms (\"schriftlich"
                        + " oder per E-Mail\", \"in writing (including e-mail)\"), confirms or records something"
                        + " in writing, or is about oral instructions is not read; neither is a sentence on changes"
                        + " of sub-processors as an amendment, nor one on breaches as a notice.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<ConclusionMethod> method = a.getConclusion().flatMap(ConclusionEvidence::getMethod);
                    boolean electronic = a.getForm().orElse(null) == AgreementForm.ELECTRONIC
                            || method.filter(m ->
                                            m == ConclusionMethod.CLICK_THROUGH || m == ConclusionMethod.EMAIL_EXCHANGE)
                                    .isPresent();
                    if (electronic
                            && a.getFinalProvisions()
                                    .flatMap(FinalProvisions::getAmendmentForm)
                                    .filter(f -> f == AmendmentForm.WRITTEN)
                                    .isPresent()) {
                        r.add("writtenAmendments", "finalProvisions.amendmentForm");
                    }
                    if (method.filter(m -> m == ConclusionMethod.CLICK_THROUGH).isPresent()
                            && a.getSignatures().stream().anyMatch(Signature::isSigned)) {
                        r.add("signedClickThrough", "signatures");
                    }
                    clauseForms(c, r);
                });
        d.rule("JURISDICTION", INFO)
                .refs(gdpr("28", 3))
                .variants("missing")
                .note("The GDPR does not require a place of jurisdiction; a reviewer expects one (or a reference to"
                        + " the main contract's) so that disputes over the Art. 28(3) terms have a forum. Information.")
                .check((c, r) -> {
                    if (c.agreement()
                            .getFinalProvisions()
                            .filter(f ->
                                    f.getJurisdiction().filter(Text::present).isPresent())
                            .isEmpty()) {
                        r.add("missing", "finalProvisions.jurisdiction");
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
        d.rule("PARTY_AFFILIATES", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 2), gdpr("28", 4))
                .variants("controller", "processor")
                .note("Art. 28(3) requires a contract that binds the processor with regard to the controller, so each"
                        + " controller must be identifiable. A controller stated as \"X and its affiliates\" leaves open"
                        + " which companies are controllers and may give instructions; a processor stated that way hides"
                        + " companies that process the data and are sub-processors under Art. 28(2) and (4), to be listed"
                        + " and bound like any other. Both are warnings: the parties can be identified from other"
                        + " documents, but the agreement itself does not name them.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    List<Party> controllers = a.getControllers();
                    for (int i = 0; i < controllers.size(); i++) {
                        if (controllers.get(i).getIncludesAffiliates().orElse(false)) {
                            r.add(
                                    "controller",
                                    "controllers[" + i + "].includesAffiliates",
                                    "party",
                                    name(controllers.get(i), i));
                        }
                    }
                    a.getProcessor()
                            .filter(p -> p.getIncludesAffiliates().orElse(false))
                            .ifPresent(p -> r.add("processor", "processor.includesAffiliates", "party", name(p, 0)));
                });
    }

    private static boolean hasContact(Party p) {
        return p.getContacts().stream().anyMatch(RuleSupport::reachable)
                || p.getRepresentatives().stream()
                        .anyMatch(rep ->
                                rep.getEmail().isPresent() || rep.getPhone().isPresent());
    }

    // ---- X_FORM_CONSISTENCY in the clauses' own words ----------------------------------------------------------

    /** The things whose form a clause sets, each with the variant of X_FORM_CONSISTENCY that reports it. */
    private static final String[] FORM_SUBJECTS = {"instructionsForm", "amendmentsForm", "consentForm", "noticesForm"};

    private static final int INSTRUCTIONS = 0;
    private static final int AMENDMENTS = 1;
    private static final int CONSENT = 2;
    private static final int NOTICES = 3;

    /** "in writing" or "written" as words; the sentences of a text are cut after ".", "!" or "?" (not ";"). */
    private static final Pattern WRITTEN_EN = Pattern.compile("\\bin writing\\b|\\bwritten\\b");

    private static final List<String> TEXT_FORM_WORDS =
            List.of("textform", "text form", "e-mail", "email", "per mail", "by mail");

    /** The words of written or text form, in lower case: a text without any says nothing on form. */
    static final List<String> FORM_WORDS =
            List.of("schrift", "writ", "textform", "text form", "e-mail", "email", "per mail", "by mail");

    /**
     * The words by which {@link #clauseForms} tells that a sentence requires written form ("schriftlich",
     * "schriftform", "in writing", "written") or text form ({@link #TEXT_FORM_WORDS}), in lower case. A sentence
     * without one requires neither, and is not cut out ("gesetzliche Vorschriften" passes the test of the text
     * before, for "schrift", issue #14).
     */
    static final List<String> FORM_REQUIREMENT_WORDS = List.of(
            "schriftlich",
            "schriftform",
            "in writing",
            "written",
            "textform",
            "text form",
            "e-mail",
            "email",
            "per mail",
            "by mail");

    /** A part of each of {@link #FORM_WORDS} with a rare first pair of letters ({@link ClauseWording}). */
    static final List<String> FORM_PARTS = List.of("hrift", "writ", "xt", "ail");

    /**
     * The letters each form word needs, in either case of its first letter ({@link #mayNameForm}): a text in capitals
     * ("SCHRIFTFORM") is not read.
     */
    private static final List<String> FORM_LETTERS = List.of("chrift", "rit", "ext", "mail", "Mail", "MAIL");

    /** Whether a text holds one of {@link #FORM_LETTERS}. */
    private static boolean mayNameForm(String text) {
        return Text.containsAny(text, FORM_LETTERS);
    }

    /** Sentences about something else than requiring a form: confirming or recording in writing, oral instructions. */
    private static final List<String> NOT_A_FORM_REQUIREMENT = List.of(
            "bestätig",
            "confirm",
            "dokumentier",
            "document",
            "protokoll",
            "record",
            "mündlich",
            "oral",
            "telefon",
            "phone");

    private static final List<String> SUBPROCESSOR_WORDS = List.of(
            "unterauftrag",
            "subunternehm",
            "subdienstleist",
            "weitere auftragsverarbeiter",
            "weiterer auftragsverarbeiter",
            "sub-processor",
            "subprocessor",
            "sub processor",
            "subcontract",
            "sub-contract");

    private static final List<String> CONSENT_WORDS =
            List.of("zustimm", "genehmig", "einwillig", "consent", "authoris", "authoriz", "approv");

    private static final List<String> AMENDMENT_WORDS = List.of(
            "änderung",
            "ergänzung",
            "nebenabrede",
            "amendment",
            "modification",
            "variation",
            "changes to",
            "change to");

    private static final List<String> NOTICE_WORDS =
            List.of("mitteilung", "erklärung", "notice", "notification", "communication");

    private static final List<String> AGREEMENT_WORDS = List.of("vereinbarung", "vertrag", "agreement", "contract");

    private static final List<String> BREACH_WORDS = List.of("verletzung", "vorfall", "breach", "incident");

    /** The words of written form that {@link #formRequired} reads without an expression. */
    private static final List<String> WRITTEN_WORDS = List.of("schriftlich", "schriftform");

    /** The words of written form that {@link #formRequired} reads with {@link #WRITTEN_EN}. */
    private static final List<String> WRITTEN_EN_WORDS = List.of("in writing", "written");

    /** The words of instructions ({@link #formSubjects}). */
    private static final List<String> INSTRUCTION_WORDS = List.of("weisung", "instruction");

    /**
     * Every word that {@link #formRequired} and {@link #formSubjects} look for in a sentence, found in one pass: each
     * sentence used to be searched for each of some sixty words (issue #14).
     */
    static final OnePassWords SENTENCE_WORDS = new OnePassWords(sentenceWords());

    static List<String> sentenceWords() {
        List<String> words = new ArrayList<>();
        for (List<String> list : List.of(
                WRITTEN_WORDS,
                WRITTEN_EN_WORDS,
                TEXT_FORM_WORDS,
                NOT_A_FORM_REQUIREMENT,
                INSTRUCTION_WORDS,
                SUBPROCESSOR_WORDS,
                CONSENT_WORDS,
                AMENDMENT_WORDS,
                NOTICE_WORDS,
                AGREEMENT_WORDS,
                BREACH_WORDS)) {
            words.addAll(list);
        }
        return words;
    }

    private static final long WRITTEN_BITS = SENTENCE_WORDS.bits(WRITTEN_WORDS);
    private static final long WRITTEN_EN_BITS = SENTENCE_WORDS.bits(WRITTEN_EN_WORDS);
    private static final long TEXT_FORM_BITS = SENTENCE_WORDS.bits(TEXT_FORM_WORDS);
    private static final long NOT_A_FORM_REQUIREMENT_BITS = SENTENCE_WORDS.bits(NOT_A_FORM_REQUIREMENT);
    private static final long INSTRUCTION_BITS = SENTENCE_WORDS.bits(INSTRUCTION_WORDS);
    private static final long SUBPROCESSOR_BITS = SENTENCE_WORDS.bits(SUBPROCESSOR_WORDS);
    private static final long CONSENT_BITS = SENTENCE_WORDS.bits(CONSENT_WORDS);
    private static final long AMENDMENT_BITS = SENTENCE_WORDS.bits(AMENDMENT_WORDS);
    private static final long NOTICE_BITS = SENTENCE_WORDS.bits(NOTICE_WORDS);
    private static final long AGREEMENT_BITS = SENTENCE_WORDS.bits(AGREEMENT_WORDS);
    private static final long BREACH_BITS = SENTENCE_WORDS.bits(BREACH_WORDS);

    /**
     * Reports, once per thing, a form that one sentence of the free texts requires and another sentence, or a typed
     * field, contradicts: written form against text form or e-mail.
     */
    private static void clauseForms(RuleContext c, SimpleRule.Reporter r) {
        DataProcessingAgreement a = c.agreement();
        // per thing: where written form is required, and where text form; a typed field stands in every language
        String[] typedWritten = new String[FORM_SUBJECTS.length];
        String[] typedText = new String[FORM_SUBJECTS.length];
        a.getFinalProvisions().flatMap(FinalProvisions::getAmendmentForm).ifPresent(f -> {
            if (f == AmendmentForm.WRITTEN) {
                typedWritten[AMENDMENTS] = "finalProvisions.amendmentForm";
            } else if (f == AmendmentForm.TEXT_FORM) {
                typedText[AMENDMENTS] = "finalProvisions.amendmentForm";
            }
        });
        a.getInstructions().ifPresent(i -> {
            boolean written = i.getForms().contains(CommunicationChannel.WRITTEN);
            boolean text = i.getForms().contains(CommunicationChannel.TEXT_FORM)
                    || i.getForms().contains(CommunicationChannel.EMAIL);
            if (written && !text) {
                typedWritten[INSTRUCTIONS] = "instructions.forms";
            } else if (text && !written) {
                typedText[INSTRUCTIONS] = "instructions.forms";
            }
        });
        Map<String, String[][]> byLanguage = new TreeMap<>();
        RunMemo memo = RunMemo.of(c);
        List<Map.Entry<ModelPath, LocalizedText>> texts = DocumentRules.texts(c);
        // only the texts that hold a part of a form word, which the run's scans found: the others say nothing on
        // form, and are not looked up one by one (issue #14)
        for (int i : memo.textsWith(texts, ClauseWording.FORM_WORDS.any())) {
            Map.Entry<ModelPath, LocalizedText> e = texts.get(i);
            int n = 0; // the position of the translation, as the run's scans keep them
            for (Map.Entry<String, String> t : e.getValue().getTranslations().entrySet()) {
                ClauseWording wording = memo.wording(texts, i, n++);
                if (!wording.holdsAny(ClauseWording.FORM_WORDS) || !mayNameForm(t.getValue())) {
                    continue; // most texts say nothing on form
                }
                String lower = wording.lower();
                String[][] found = byLanguage.computeIfAbsent(
                        t.getKey(), k -> new String[][] {typedWritten.clone(), typedText.clone()});
                // only a sentence with a word of a form requirement may require one: the others are not cut out
                // each word searched only where the text's pass found its part (issue #14)
                int[] places = wording.occurrences(ClauseWording.FORM_REQUIREMENTS);
                List<String> sentences = ClauseWording.sentencesAt(lower, places, false);
                for (int k = 0; k < sentences.size(); k++) { // by position: no iterator (issue #14)
                    String sentence = sentences.get(k);
                    long words = SENTENCE_WORDS.find(sentence); // every word read below, in one pass (issue #14)
                    int required = formRequired(sentence, words);
                    boolean written = required == WRITTEN;
                    if ((required != WRITTEN && required != TEXT_FORM) || (words & NOT_A_FORM_REQUIREMENT_BITS) != 0) {
                        continue; // no form, both forms as alternatives, or not a requirement of a form
                    }
                    String[] forms = written ? found[0] : found[1];
                    for (int subject : formSubjects(words)) {
                        if (forms[subject] == null) {
                            forms[subject] = e.getKey().toString();
                        }
                    }
                }
            }
        }
        boolean[] reported = new boolean[FORM_SUBJECTS.length];
        for (String[][] found : byLanguage.values()) {
            for (int s = 0; s < FORM_SUBJECTS.length; s++) {
                String written = found[0][s];
                String text = found[1][s];
                if (reported[s] || written == null || text == null) {
                    continue;
                }
                boolean writtenTyped = written.equals(typedWritten[s]);
                boolean textTyped = text.equals(typedText[s]);
                if (writtenTyped && textTyped) {
                    continue; // two typed fields never meet in one thing
                }
                reported[s] = true;
                r.add(FORM_SUBJECTS[s], textTyped ? written : text, "written", written, "textForm", text);
            }
        }
    }

    /** {@link #formRequired}: written form. */
    static final int WRITTEN = 1;

    /** {@link #formRequired}: text form or e-mail. */
    static final int TEXT_FORM = 2;

    /**
     * The forms a lower-case sentence names: {@link #WRITTEN}, {@link #TEXT_FORM}, both (as alternatives) or 0.
     */
    static int formRequired(String sentence) {
        return formRequired(sentence, SENTENCE_WORDS.find(sentence));
    }

    /** {@link #formRequired(String)}, with the {@link #SENTENCE_WORDS} the sentence holds. */
    private static int formRequired(String sentence, long words) {
        boolean written = (words & WRITTEN_BITS) != 0
                || ((words & WRITTEN_EN_BITS) != 0
                        && WRITTEN_EN.matcher(sentence).find());
        boolean text = (words & TEXT_FORM_BITS) != 0;
        return (written ? WRITTEN : 0) | (text ? TEXT_FORM : 0);
    }

    /**
     * The things whose form a lower-case sentence sets, as indexes into {@link #FORM_SUBJECTS}, from the
     * {@link #SENTENCE_WORDS} it holds.
     */
    private static List<Integer> formSubjects(long words) {
        List<Integer> subjects = new ArrayList<>(2);
        boolean instruction = (words & INSTRUCTION_BITS) != 0;
        boolean subprocessor = (words & SUBPROCESSOR_BITS) != 0;
        boolean agreement = (words & AGREEMENT_BITS) != 0;
        if (instruction) {
            subjects.add(INSTRUCTIONS);
        }
        if (agreement && !instruction && !subprocessor && (words & AMENDMENT_BITS) != 0) {
            subjects.add(AMENDMENTS);
        }
        if (subprocessor && (words & CONSENT_BITS) != 0) {
            subjects.add(CONSENT);
        }
        if (agreement && !instruction && !subprocessor && (words & BREACH_BITS) == 0 && (words & NOTICE_BITS) != 0) {
            subjects.add(NOTICES);
        }
        return subjects;
    }
}
