/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.EuRepresentative;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.MainContractReference;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.AnnexLayout;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Composes one agreement into the document tree. Each clause is added only when the agreement states
 * the terms it needs; all wording comes from the clause library.
 */
public final class Composer {

    private final ClauseLibrary library;
    private final DataProcessingAgreement agreement;
    private final RenderOptions options;
    private final Countries countries;

    /**
     * Creates a composer for one agreement.
     *
     * @param library the clause library
     * @param agreement the agreement
     * @param options the options
     */
    public Composer(ClauseLibrary library, DataProcessingAgreement agreement, RenderOptions options) {
        this.library = library;
        this.agreement = agreement;
        this.options = options;
        this.countries =
                new Countries(options.getAsOf().or(agreement::getEffectiveDate).or(agreement::getVersionDate));
    }

    /**
     * Composes the document.
     *
     * @return the document
     */
    public Document compose() {
        Texts first = new Texts(options.getLocale(), library::text);
        List<Block> blocks = new Single(first).blocks();
        Optional<Locale> secondLanguage = options.getSecondLanguage();
        if (secondLanguage.isPresent()) {
            Texts second = new Texts(secondLanguage.get(), library::text);
            blocks = zip(first.locale(), blocks, second.locale(), new Single(second).blocks());
        }
        Optional<String> fingerprint = options.isFingerprint() ? Optional.of(fingerprint()) : Optional.empty();
        String title = agreement.getTitle().map(first::resolve).orElse(first.get("document.title"));
        List<String> footer = new ArrayList<>();
        footer.add(first.plain("document.footer.id", Map.of("id", agreement.getId())));
        agreement.getVersion().ifPresent(v -> footer.add(first.plain("document.footer.version", Map.of("version", v))));
        fingerprint.ifPresent(f -> footer.add(first.plain("document.footer.fingerprint", Map.of("fingerprint", f))));
        return new Document(
                new DocumentMetadata(
                        title,
                        first.locale(),
                        secondLanguage,
                        agreement.getId(),
                        agreement.getVersion(),
                        options.getAsOf(),
                        fingerprint,
                        Optional.of(String.join(" · ", footer))),
                blocks);
    }

    private static List<Block> zip(Locale firstLanguage, List<Block> first, Locale secondLanguage, List<Block> second) {
        List<Block> blocks = new ArrayList<>();
        int common = Math.min(first.size(), second.size());
        for (int i = 0; i < common; i++) {
            blocks.add(new Parallel(firstLanguage, first.get(i), secondLanguage, second.get(i)));
        }
        blocks.addAll(first.subList(common, first.size()));
        blocks.addAll(second.subList(common, second.size()));
        return blocks;
    }

    /**
     * The SHA-256 of the agreement's canonical JSON ({@link DpaJson#write(DataProcessingAgreement)}
     * as UTF-8), hashed while it is written instead of being built as a string first.
     */
    private String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
        DpaJson.write(agreement, new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The composition of the agreement in one language. */
    private final class Single {

        private final Texts t;
        private final Map<String, String> annexLabels = new LinkedHashMap<>();

        Single(Texts t) {
            this.t = t;
        }

        List<Block> blocks() {
            planAnnexes();
            List<Block> blocks = new ArrayList<>();
            blocks.add(title());
            parties().ifPresent(blocks::add);
            agreement
                    .getPreamble()
                    .ifPresent(p -> blocks.add(new Section(
                            "preamble", Optional.empty(), t.get("preamble.heading"), Optional.empty(), paragraphs(p))));
            List<Draft> drafts = new ArrayList<>();
            drafts.add(subject());
            drafts.add(duration());
            drafts.add(nature());
            drafts.add(data());
            drafts.add(controller());
            drafts.add(instructions());
            drafts.add(confidentiality());
            drafts.add(security());
            drafts.add(subprocessing());
            drafts.add(transfers());
            drafts.add(assistance());
            drafts.add(breach());
            drafts.add(endOfProcessing());
            drafts.add(audits());
            drafts.add(dpo());
            drafts.add(records());
            drafts.add(ownUse());
            drafts.add(liability());
            drafts.add(termination());
            int number = 0;
            for (Draft draft : drafts) {
                if (!draft.isEmpty()) {
                    blocks.add(draft.toSection(++number));
                }
            }
            for (CustomClause custom : agreement.getCustomClauses()) {
                String id = "custom-" + (custom.getId().orElse(Integer.toString(number + 1)));
                blocks.add(new Section(
                        id,
                        Optional.of(sectionNumber(++number)),
                        t.resolve(custom.getHeading()),
                        Optional.empty(),
                        paragraphs(custom.getText())));
            }
            Draft finalDraft = finalProvisions();
            if (!finalDraft.isEmpty()) {
                blocks.add(finalDraft.toSection(++number));
            }
            signatures().ifPresent(blocks::add);
            if (options.isAnnexes()) {
                blocks.addAll(annexes());
            }
            return blocks;
        }

        // ---------------------------------------------------------------- front matter

        private Title title() {
            String text = agreement.getTitle().map(t::resolve).orElse(t.get("document.title"));
            List<String> subtitles = new ArrayList<>();
            if (agreement.getTitle().isEmpty()) {
                subtitles.add(t.get("document.subtitle"));
            }
            agreement
                    .getVersion()
                    .ifPresent(v -> subtitles.add(agreement
                            .getVersionDate()
                            .map(d -> t.plain("document.versionDated", Map.of("version", v, "date", t.date(d))))
                            .orElse(t.plain("document.version", Map.of("version", v)))));
            if (agreement.getVersion().isEmpty()) {
                agreement
                        .getVersionDate()
                        .ifPresent(d -> subtitles.add(t.plain("document.versionDate", Map.of("date", t.date(d)))));
            }
            options.getAsOf().ifPresent(d -> subtitles.add(t.plain("document.asOf", Map.of("date", t.date(d)))));
            switch (agreement.getStatus()) {
                case TEMPLATE -> subtitles.add(t.get("document.status.TEMPLATE"));
                case DRAFT -> subtitles.add(t.get("document.status.DRAFT"));
                default -> {}
            }
            return new Title(text, subtitles);
        }

        private Optional<Block> parties() {
            List<PartyEntry> entries = new ArrayList<>();
            for (Party controller : agreement.getControllers()) {
                entries.add(partyEntry(controller, PartyRole.CONTROLLER));
            }
            agreement.getProcessor().ifPresent(p -> entries.add(partyEntry(p, PartyRole.PROCESSOR)));
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PartiesBlock(t.get("parties.between"), entries, t.get("parties.and")));
        }

        private PartyEntry partyEntry(Party party, PartyRole role) {
            List<String> details = new ArrayList<>();
            party.getAddress().ifPresent(a -> details.addAll(addressLines(a)));
            party.getRegistration().ifPresent(r -> details.add(t.plain("parties.registration", Map.of("text", r))));
            if (!party.getRepresentatives().isEmpty()) {
                List<String> names = new ArrayList<>();
                party.getRepresentatives().forEach(p -> names.add(person(p)));
                details.add(t.plain("parties.represented", Map.of("names", t.join(names))));
            }
            party.getDescription().ifPresent(d -> details.add(t.resolve(d)));
            party.getAccessionDate()
                    .ifPresent(d -> details.add(t.plain("parties.accession", Map.of("date", t.date(d)))));
            return new PartyEntry(partyName(party, role), details, t.get("parties.designation." + role.name()));
        }

        private String partyName(Party party, PartyRole role) {
            Optional<String> name = party.getName();
            if (name.isEmpty()) {
                return t.get("parties.unnamed." + role.name());
            }
            String full = name.get();
            Optional<String> legalForm = party.getLegalForm();
            if (legalForm.isPresent() && !full.contains(legalForm.get())) {
                full = full + " " + legalForm.get();
            }
            return full;
        }

        private List<String> addressLines(PostalAddress address) {
            List<String> lines = new ArrayList<>(address.getStreetLines());
            String locality = (address.getPostalCode().orElse("") + " "
                            + address.getLocality().orElse(""))
                    .strip();
            if (!locality.isEmpty()) {
                lines.add(locality);
            }
            address.getRegion().ifPresent(lines::add);
            address.getCountry().ifPresent(c -> lines.add(t.country(c)));
            return lines;
        }

        private String addressInline(PostalAddress address) {
            return String.join(", ", addressLines(address));
        }

        private String person(Person person) {
            List<String> parts = new ArrayList<>();
            person.getName().ifPresent(parts::add);
            person.getFunction().ifPresent(f -> parts.add(person.getName().isPresent() ? "(" + f + ")" : f));
            String head = String.join(" ", parts);
            List<String> all = new ArrayList<>();
            if (!head.isEmpty()) {
                all.add(head);
            }
            person.getEmail().ifPresent(all::add);
            person.getPhone().ifPresent(all::add);
            return all.isEmpty() ? t.get("format.notStated") : String.join(", ", all);
        }

        private String contact(ContactPoint contact) {
            List<String> parts = new ArrayList<>();
            contact.getName().ifPresent(parts::add);
            contact.getFunction().ifPresent(parts::add);
            contact.getEmail().ifPresent(parts::add);
            contact.getPhone().ifPresent(parts::add);
            contact.getUrl().ifPresent(parts::add);
            contact.getNote().ifPresent(n -> parts.add(t.resolve(n)));
            return parts.isEmpty() ? t.get("format.notStated") : String.join(", ", parts);
        }

        // ---------------------------------------------------------------- annex planning

        private void planAnnexes() {
            if (!options.isAnnexes()) {
                return;
            }
            if (options.getAnnexLayout() == AnnexLayout.SCC_2021_915) {
                annexLabels.put("parties", t.get("annex.scc.label.1"));
                annexLabels.put("description", t.get("annex.scc.label.2"));
                annexLabels.put("measures", t.get("annex.scc.label.3"));
                annexLabels.put("subprocessors", t.get("annex.scc.label.4"));
                return;
            }
            int n = 0;
            if (agreement.getProcessing().isPresent()) {
                annexLabels.put("description", t.plain("annex.label", Map.of("n", Integer.toString(++n))));
            }
            if (agreement.getSecurity().map(s -> !s.getMeasures().isEmpty()).orElse(false)) {
                annexLabels.put("measures", t.plain("annex.label", Map.of("n", Integer.toString(++n))));
            }
            if (!allSubprocessors().isEmpty()) {
                annexLabels.put("subprocessors", t.plain("annex.label", Map.of("n", Integer.toString(++n))));
            }
        }

        private List<Subprocessor> allSubprocessors() {
            List<Subprocessor> all = new ArrayList<>();
            agreement.getSubprocessing().ifPresent(s -> collect(s.getSubprocessors(), all));
            return all;
        }

        private void collect(List<Subprocessor> subprocessors, List<Subprocessor> into) {
            for (Subprocessor s : subprocessors) {
                into.add(s);
                collect(s.getSubprocessors(), into);
            }
        }

        // ---------------------------------------------------------------- sections

        private Draft subject() {
            Draft d = new Draft("subject");
            agreement.getProcessing().ifPresent(p -> {
                p.getSubjectMatter().ifPresent(s -> d.clause("subject.subjectMatter", p().text("subjectMatter", s)));
                if (!p.getServices().isEmpty()) {
                    d.clause("subject.services", p(), list(p.getServices()));
                }
                p.getScope().ifPresent(s -> d.clause("subject.scope", p().text("scope", s)));
                if (!p.getExclusions().isEmpty()) {
                    d.clause("subject.exclusions", p(), list(p.getExclusions()));
                }
            });
            agreement
                    .getMainContract()
                    .ifPresent(m -> d.clause("subject.mainContract", p().plain("mainContract", mainContract(m))));
            if (agreement.getInstrument().orElse(null) == InstrumentType.OTHER_LEGAL_ACT) {
                d.clause(
                        "subject.legalAct",
                        p().plain("legalAct", agreement.getLegalActReference().orElse(t.get("format.notStated"))));
            }
            if (agreement.getProcessing().isPresent() && annexLabels.containsKey("description")) {
                d.clause("subject.annex", p().plain("annex", annexLabels.get("description")));
            }
            return d;
        }

        private String mainContract(MainContractReference m) {
            List<String> parts = new ArrayList<>();
            m.getTitle().ifPresent(title -> parts.add(t.resolve(title)));
            m.getReference()
                    .ifPresent(r -> parts.add(t.plain("subject.mainContract.reference", Map.of("reference", r))));
            m.getDate()
                    .ifPresent(date -> parts.add(t.plain("subject.mainContract.date", Map.of("date", t.date(date)))));
            return parts.isEmpty() ? t.get("subject.mainContract.unnamed") : String.join(" ", parts);
        }

        private Draft duration() {
            Draft d = new Draft("duration");
            agreement.getEffectiveDate().ifPresent(e -> d.clause("duration.effective", p().plain("date", t.date(e))));
            Optional<ProcessingDuration> duration =
                    agreement.getProcessing().flatMap(ProcessingDescription::getDuration);
            duration.ifPresent(du -> {
                d.clause("duration.type." + du.getType().name(), p());
                du.getStart().ifPresent(s -> d.clause("duration.start", p().plain("date", t.date(s))));
                du.getEnd().ifPresent(e -> d.clause("duration.end", p().plain("date", t.date(e))));
                du.getNoticePeriod()
                        .ifPresent(n -> d.clause(
                                "duration.notice",
                                p().plain("period", t.period(n)).plain("periodDative", t.periodDative(n))));
                if (du.isContinuesWhileDataHeld()) {
                    d.clause("duration.whileDataHeld", p());
                }
                du.getDescription().ifPresent(text -> d.clause("duration.description", p().text("text", text)));
            });
            return d;
        }

        private Draft nature() {
            Draft d = new Draft("nature");
            agreement.getProcessing().ifPresent(p -> {
                if (annexLabels.containsKey("description")) {
                    if (!p.getNature().isEmpty() || !p.getPurposes().isEmpty()) {
                        d.clause("nature.seeAnnex", p().plain("annex", annexLabels.get("description")));
                    }
                } else {
                    natureBlocks(p, d::clause);
                }
            });
            return d;
        }

        private void natureBlocks(ProcessingDescription p, ClauseSink sink) {
            if (!p.getNature().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                for (ProcessingNature nature : p.getNature()) {
                    List<String> parts = new ArrayList<>();
                    nature.getOperation().ifPresent(o -> parts.add(t.label(o)));
                    nature.getDescription().ifPresent(text -> parts.add(t.resolve(text)));
                    items.add(Paragraph.text(String.join(" – ", parts)));
                }
                sink.add("nature.operations", p(), new ListBlock(false, items));
            }
            if (!p.getPurposes().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                for (Purpose purpose : p.getPurposes()) {
                    items.add(Paragraph.text(t.resolve(purpose.getDescription())));
                }
                sink.add("nature.purposes", p(), new ListBlock(false, items));
            }
            if (!p.getCharacteristics().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                p.getCharacteristics().forEach(c -> items.add(Paragraph.text(t.label(c))));
                sink.add("nature.characteristics", p(), new ListBlock(false, items));
            }
        }

        private Draft data() {
            Draft d = new Draft("data");
            agreement.getProcessing().ifPresent(p -> {
                if (annexLabels.containsKey("description")) {
                    if (!p.getDataCategories().isEmpty() || !p.getDataSubjects().isEmpty()) {
                        d.clause("data.seeAnnex", p().plain("annex", annexLabels.get("description")));
                    }
                } else {
                    dataBlocks(p, d::clause);
                }
            });
            return d;
        }

        private void dataBlocks(ProcessingDescription p, ClauseSink sink) {
            if (!p.getDataCategories().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                for (DataCategory c : p.getDataCategories()) {
                    List<Run> runs = new ArrayList<>();
                    runs.add(Run.text(t.resolve(c.getName())));
                    c.getDescription().ifPresent(text -> runs.add(Run.text(" – " + t.resolve(text))));
                    c.getSpecialCategory()
                            .filter(s -> s != SpecialCategory.NONE)
                            .ifPresent(s ->
                                    runs.add(Run.text(" " + t.plain("data.special", Map.of("category", t.label(s))))));
                    if (c.getCriminalOffenceData().orElse(false)) {
                        runs.add(Run.text(" " + t.get("data.criminal")));
                    }
                    if (c.isConditional()) {
                        runs.add(Run.text(" " + t.get("data.conditional")));
                    }
                    items.add(new Paragraph(runs));
                }
                sink.add("data.categories", p(), new ListBlock(false, items));
            }
            if (!p.getSensitiveDataSafeguards().isEmpty()) {
                sink.add("data.safeguards", p(), list(p.getSensitiveDataSafeguards()));
            }
            if (!p.getDataSubjects().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                for (DataSubjectCategory s : p.getDataSubjects()) {
                    StringBuilder text = new StringBuilder(t.resolve(s.getName()));
                    s.getDescription().ifPresent(desc -> text.append(" – ").append(t.resolve(desc)));
                    if (s.isVulnerable()) {
                        text.append(' ').append(t.get("data.vulnerable"));
                    }
                    items.add(Paragraph.text(text.toString()));
                }
                sink.add("data.subjects", p(), new ListBlock(false, items));
            }
            p.getRetention().ifPresent(r -> sink.add("data.retention", p().text("text", r)));
            if (!p.getLocations().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                p.getLocations().forEach(l -> items.add(Paragraph.text(location(l))));
                sink.add("data.locations", p(), new ListBlock(false, items));
            }
        }

        private String location(Location l) {
            List<String> parts = new ArrayList<>();
            l.getCountry().ifPresent(c -> parts.add(t.country(c)));
            l.getRegion().ifPresent(r -> parts.add(t.label(r)));
            l.getDescription().ifPresent(desc -> parts.add(t.resolve(desc)));
            String place = String.join(", ", parts);
            String text = l.getKind() == LocationKind.PROCESSING ? place : t.label(l.getKind()) + ": " + place;
            return l.isConditional() ? text + " " + t.get("data.conditional") : text;
        }

        private Draft controller() {
            Draft d = new Draft("controller");
            agreement.getControllerTerms().ifPresent(c -> {
                d.flag(c.isResponsibleForLawfulness(), "controller.lawfulness");
                d.flag(c.isInstructionRight(), "controller.instructionRight");
                d.flag(c.isRectificationAndErasureRight(), "controller.rectificationErasure");
                d.flag(c.isAuditRight(), "controller.auditRight");
                d.flag(c.isDutyToReportIrregularities(), "controller.reportIrregularities");
                d.additional(c.getAdditionalProvisions());
            });
            return d;
        }

        private Draft instructions() {
            Draft d = new Draft("instructions");
            agreement.getInstructions().ifPresent(i -> {
                if (i.isDocumentedInstructionsOnly()) {
                    d.clause(
                            i.isTransfersCovered() ? "instructions.documentedTransfers" : "instructions.documented",
                            p());
                } else if (i.isTransfersCovered()) {
                    d.clause("instructions.transfers", p());
                }
                i.getLegalObligationException().ifPresent(e -> {
                    d.clause("instructions.legalException." + e.getScope().name(), p());
                    if (e.isPriorNotice()) {
                        d.clause(
                                e.isNoticeUnlessProhibited()
                                        ? "instructions.priorNoticeUnlessProhibited"
                                        : "instructions.priorNotice",
                                p());
                    }
                });
                if (!i.getForms().isEmpty()) {
                    d.clause("instructions.forms", p().plain("forms", t.labels(i.getForms())));
                }
                d.flag(i.isOralInstructionsConfirmed(), "instructions.oralConfirmed");
                i.getIssuers().ifPresent(a -> persons(d, "instructions.issuers", a));
                i.getRecipients().ifPresent(a -> persons(d, "instructions.recipients", a));
                d.flag(i.isChangeOfAuthorisedPersonsNotified(), "instructions.changeNotified");
                if (i.isInfringementNotice()) {
                    Optional<TimeLimit> time = i.getInfringementNoticeTime();
                    if (time.isPresent()) {
                        d.clause("instructions.infringementWithin", p().runs("deadline", deadline(time.get())));
                    } else {
                        d.clause("instructions.infringement", p());
                    }
                }
                d.flag(i.isSuspensionRight(), "instructions.suspension");
                i.getExtraInstructionFee().ifPresent(f -> d.clause("instructions.fee", p().plain("fee", t.money(f))));
                d.additional(i.getAdditionalProvisions());
            });
            return d;
        }

        private void persons(Draft d, String key, AuthorisedPersons persons) {
            List<Paragraph> items = new ArrayList<>();
            persons.getPersons().forEach(p -> items.add(Paragraph.text(person(p))));
            persons.getDescription().ifPresent(desc -> items.add(Paragraph.text(t.resolve(desc))));
            if (!items.isEmpty()) {
                d.clause(key, p(), new ListBlock(false, items));
            }
        }

        private Draft confidentiality() {
            Draft d = new Draft("confidentiality");
            agreement.getConfidentiality().ifPresent(c -> {
                d.flag(c.isPersonnelCommitted(), "confidentiality.personnel");
                d.flag(c.isBeforeAccess(), "confidentiality.beforeAccess");
                d.flag(c.isSurvivesEngagement(), "confidentiality.survives");
                d.flag(c.isNeedToKnow(), "confidentiality.needToKnow");
                d.flag(c.isInstructionBound(), "confidentiality.instructionBound");
                d.flag(c.isTrainingProvided(), "confidentiality.training");
                d.flag(c.isProfessionalSecrecyUndertaking(), "confidentiality.professionalSecrecy");
                d.flag(c.isMutualConfidentiality(), "confidentiality.mutual");
                d.additional(c.getAdditionalProvisions());
            });
            return d;
        }

        private Draft security() {
            Draft d = new Draft("security");
            agreement.getSecurity().ifPresent(s -> {
                d.flag(s.isArticle32Commitment(), "security.article32");
                if (!s.getMeasures().isEmpty()) {
                    if (annexLabels.containsKey("measures")) {
                        d.clause("security.measuresAnnex", p().plain("annex", annexLabels.get("measures")));
                    } else {
                        d.clause("security.measuresBelow", p());
                        d.blocks.addAll(measureBlocks(s));
                    }
                }
                s.getMeasuresUrl().ifPresent(u -> d.clause("security.url", p().plain("url", u)));
                s.getChangePolicy().ifPresent(c -> d.clause("security.change." + c.name(), p()));
                s.getReviewInterval()
                        .ifPresent(r -> d.clause(
                                "security.review",
                                p().plain("period", t.period(r)).plain("periodDative", t.periodDative(r))));
                d.flag(s.isCurrentVersionOnRequest(), "security.currentVersion");
                d.flag(s.isOffPremisesProcessingSecured(), "security.offPremises");
                d.additional(s.getAdditionalProvisions());
            });
            return d;
        }

        private Draft subprocessing() {
            Draft d = new Draft("subprocessing");
            agreement.getSubprocessing().ifPresent(s -> {
                s.getAuthorisation()
                        .ifPresent(a -> d.clause(
                                "subprocessing.authorisation." + a.name()
                                        + (s.isPriorWrittenAuthorisation() ? ".written" : ""),
                                p()));
                if (!s.getSubprocessors().isEmpty()) {
                    if (annexLabels.containsKey("subprocessors")) {
                        d.clause("subprocessing.listAnnex", p().plain("annex", annexLabels.get("subprocessors")));
                    } else {
                        d.clause("subprocessing.listBelow", p(), subprocessorTable());
                    }
                }
                s.getListUrl().ifPresent(u -> d.clause("subprocessing.listUrl", p().plain("url", u)));
                if (s.isChangeNotification()) {
                    d.clause("subprocessing.change", p());
                }
                s.getNoticePeriod().ifPresent(n -> d.clause("subprocessing.noticePeriod", p().runs("term", term(n))));
                if (!s.getNoticeChannels().isEmpty()) {
                    d.clause("subprocessing.noticeChannels", p().plain("channels", t.labels(s.getNoticeChannels())));
                }
                d.flag(s.isObjectionRight(), "subprocessing.objection");
                s.getObjectionPeriod()
                        .ifPresent(o -> d.clause("subprocessing.objectionPeriod", p().runs("term", term(o))));
                s.getObjectionConsequence()
                        .ifPresent(c -> d.clause("subprocessing.objectionConsequence." + c.name(), p()));
                d.flag(s.isFlowDown(), "subprocessing.flowDown");
                d.flag(s.isAuditRightsFlowDown(), "subprocessing.auditFlowDown");
                d.flag(s.isFullLiability(), "subprocessing.liability");
                d.flag(s.isContractCopyOnRequest(), "subprocessing.contractCopy");
                d.flag(s.isThirdPartyBeneficiary(), "subprocessing.thirdPartyBeneficiary");
                d.flag(s.isChainCovered(), "subprocessing.chain");
                d.flag(s.isThirdCountryConsentRequired(), "subprocessing.thirdCountryConsent");
                d.additional(s.getAdditionalProvisions());
            });
            return d;
        }

        private Draft transfers() {
            Draft d = new Draft("transfers");
            agreement.getTransfers().ifPresent(tr -> {
                d.flag(tr.isEuEeaOnly(), "transfers.euEeaOnly");
                d.flag(tr.isPriorConsentRequired(), "transfers.priorConsent");
                d.flag(tr.isChapterVConditions(), "transfers.chapterV");
                tr.getProcessorTransfer()
                        .ifPresent(m -> d.clause("transfers.processorTransfer", p().plain("mechanism", mechanism(m))));
                d.flag(tr.isGovernmentAccessClause(), "transfers.governmentAccess");
                d.additional(tr.getAdditionalProvisions());
            });
            return d;
        }

        private Draft assistance() {
            Draft d = new Draft("assistance");
            agreement.getAssistance().ifPresent(a -> {
                d.flag(a.isDataSubjectRights(), "assistance.dataSubjectRights");
                a.getForwardingDeadline()
                        .ifPresent(f -> d.clause("assistance.forwarding", p().runs("deadline", deadline(f))));
                d.flag(a.isNoDirectResponse(), "assistance.noDirectResponse");
                if (!a.getArticles().isEmpty()) {
                    List<Paragraph> items = new ArrayList<>();
                    a.getArticles().forEach(article -> items.add(Paragraph.text(t.label(article))));
                    d.clause("assistance.articles", p(), new ListBlock(false, items));
                }
                d.flag(a.isAuthorityCooperation(), "assistance.authorityCooperation");
                d.flag(a.isAuthorityActionNotice(), "assistance.authorityActionNotice");
                a.getFee().ifPresent(f -> d.clause("assistance.fee", p().plain("fee", t.money(f))));
                d.additional(a.getAdditionalProvisions());
            });
            return d;
        }

        private Draft breach() {
            Draft d = new Draft("breach");
            agreement.getBreachNotification().ifPresent(b -> {
                breachNotice(d, b);
                if (!b.getMinimumContent().isEmpty()) {
                    List<Paragraph> items = new ArrayList<>();
                    b.getMinimumContent().forEach(c -> items.add(Paragraph.text(t.label(c))));
                    d.clause("breach.content", p(), new ListBlock(false, items));
                }
                d.flag(b.isPhasedNotification(), "breach.phased");
                if (!b.getChannels().isEmpty()) {
                    d.clause("breach.channels", p().plain("channels", t.labels(b.getChannels())));
                }
                b.getContact().ifPresent(c -> d.clause("breach.contact", p().plain("contact", contact(c))));
                d.flag(b.isNoUnilateralReporting(), "breach.noUnilateral");
                b.getSubprocessorDeadline()
                        .ifPresent(s -> d.clause("breach.subprocessors", p().runs("deadline", deadline(s))));
                d.additional(b.getAdditionalProvisions());
            });
            return d;
        }

        private void breachNotice(Draft d, BreachNotificationTerms b) {
            if (!b.isNotifyController() && b.getDeadline().isEmpty()) {
                return;
            }
            P p = p();
            String key = "breach.notify";
            if (b.getDeadline().isPresent()) {
                key += ".deadline";
                p.runs("deadline", deadline(b.getDeadline().get()));
            }
            if (b.getTrigger().isPresent()) {
                key += ".trigger";
                p.plain("trigger", t.label(b.getTrigger().get()));
            }
            d.clause(key, p);
        }

        private Draft endOfProcessing() {
            Draft d = new Draft("end");
            agreement.getEndOfProcessing().ifPresent((EndOfProcessingTerms e) -> {
                e.getChoice().ifPresent(c -> d.clause("end.choice." + c.name(), p()));
                e.getDeadline().ifPresent(dl -> d.clause("end.deadline", p().runs("deadline", deadline(dl))));
                d.flag(e.isCopiesIncluded(), "end.copies");
                e.getBackupHandling().ifPresent(b -> d.clause("end.backups", p().text("text", b)));
                d.flag(e.isSubprocessorsIncluded(), "end.subprocessors");
                e.getRetentionException().ifPresent(r -> d.clause("end.retention." + r.name(), p()));
                d.flag(e.isDeletionConfirmation(), "end.confirmation");
                e.getEvidenceRetention().ifPresent(r -> d.clause("end.evidence", p().text("text", r)));
                d.additional(e.getAdditionalProvisions());
            });
            return d;
        }

        private Draft audits() {
            Draft d = new Draft("audits");
            agreement.getAudits().ifPresent((AuditTerms a) -> {
                d.flag(a.isInformationProvision(), "audits.information");
                if (a.isInspections()) {
                    d.clause(a.isMandatedAuditor() ? "audits.inspectionsMandated" : "audits.inspections", p());
                } else if (a.isMandatedAuditor()) {
                    d.clause("audits.mandatedAuditor", p());
                }
                d.flag(a.isInspectionsExcluded(), "audits.inspectionsExcluded");
                d.flag(a.isCertificatesOnly(), "audits.certificatesOnly");
                if (!a.getAcceptedEvidence().isEmpty()) {
                    List<Paragraph> items = new ArrayList<>();
                    a.getAcceptedEvidence().forEach(e -> items.add(Paragraph.text(evidence(e))));
                    d.clause("audits.evidence", p(), new ListBlock(false, items));
                }
                d.flag(a.isEvidenceChangeNotice(), "audits.evidenceChange");
                a.getNotice().ifPresent(n -> d.clause("audits.notice", p().runs("term", term(n))));
                a.getFrequencyLimit()
                        .ifPresent(f -> d.clause(
                                "audits.frequency",
                                p().plain("period", t.period(f)).plain("periodDative", t.periodDative(f))));
                d.flag(a.isIncidentException(), "audits.incidentException");
                d.flag(a.isBusinessHoursOnly(), "audits.businessHours");
                a.getCostBearer().ifPresent(c -> d.clause("audits.cost." + c.name(), p()));
                a.getFee().ifPresent(f -> d.clause("audits.fee", p().plain("fee", t.money(f))));
                d.flag(a.isSupervisoryAuthorityAccess(), "audits.authority");
                d.additional(a.getAdditionalProvisions());
            });
            return d;
        }

        private String evidence(Evidence e) {
            StringBuilder text = new StringBuilder(t.label(e.getType()));
            e.getName().ifPresent(n -> text.append(": ").append(n));
            e.getDescription().ifPresent(desc -> text.append(" – ").append(t.resolve(desc)));
            e.getValidUntil()
                    .ifPresent(v -> text.append(' ').append(t.plain("audits.validUntil", Map.of("date", t.date(v)))));
            return text.toString();
        }

        private Draft dpo() {
            Draft d = new Draft("dpo");
            for (Party controller : agreement.getControllers()) {
                dpoOf(d, controller, PartyRole.CONTROLLER);
            }
            agreement.getProcessor().ifPresent(p -> dpoOf(d, p, PartyRole.PROCESSOR));
            List<Paragraph> contacts = new ArrayList<>();
            List<Party> parties = new ArrayList<>(agreement.getControllers());
            agreement.getProcessor().ifPresent(parties::add);
            for (Party party : parties) {
                PartyRole role =
                        agreement.getProcessor().orElse(null) == party ? PartyRole.PROCESSOR : PartyRole.CONTROLLER;
                for (ContactPoint c : party.getContacts()) {
                    String purposes = c.getPurposes().isEmpty() ? "" : " (" + t.labels(c.getPurposes()) + ")";
                    contacts.add(Paragraph.text(partyName(party, role) + purposes + ": " + contact(c)));
                }
            }
            if (!contacts.isEmpty()) {
                d.clause("dpo.contacts", p(), new ListBlock(false, contacts));
            }
            return d;
        }

        private void dpoOf(Draft d, Party party, PartyRole role) {
            party.getDataProtectionOfficer().ifPresent((DataProtectionOfficer o) -> {
                List<String> parts = new ArrayList<>();
                o.getName().ifPresent(parts::add);
                o.getOrganisation().ifPresent(parts::add);
                o.getAddress().ifPresent(a -> parts.add(addressInline(a)));
                o.getEmail().ifPresent(parts::add);
                o.getPhone().ifPresent(parts::add);
                d.clause(
                        "dpo.officer." + role.name(),
                        p().plain("party", partyName(party, role))
                                .plain(
                                        "officer",
                                        parts.isEmpty() ? t.get("format.notStated") : String.join(", ", parts)));
            });
            party.getEuRepresentative().ifPresent((EuRepresentative r) -> {
                List<String> parts = new ArrayList<>();
                r.getName().ifPresent(parts::add);
                r.getAddress().ifPresent(a -> parts.add(addressInline(a)));
                r.getEmail().ifPresent(parts::add);
                d.clause(
                        "dpo.representative",
                        p().plain("party", partyName(party, role))
                                .plain(
                                        "representative",
                                        parts.isEmpty() ? t.get("format.notStated") : String.join(", ", parts)));
            });
        }

        private Draft records() {
            Draft d = new Draft("records");
            agreement.getRecords().ifPresent(r -> {
                d.flag(r.isProcessorRecords(), "records.processor");
                d.flag(r.isControllerSupport(), "records.controllerSupport");
                d.additional(r.getAdditionalProvisions());
            });
            return d;
        }

        private Draft ownUse() {
            Draft d = new Draft("ownUse");
            agreement.getOwnUse().ifPresent(o -> {
                d.clause("ownUse." + o.getPermission().name(), p());
                o.getDescription().ifPresent(text -> d.clause("ownUse.description", p().text("text", text)));
            });
            return d;
        }

        private Draft liability() {
            Draft d = new Draft("liability");
            agreement.getLiability().ifPresent((LiabilityTerms l) -> {
                l.getRegime().ifPresent(r -> d.clause("liability.regime." + r.name(), p()));
                d.flag(l.isCapLimitsDataSubjectClaims(), "liability.capDataSubjects");
                l.getDescription().ifPresent(text -> d.clause("liability.description", p().text("text", text)));
                d.additional(l.getAdditionalProvisions());
            });
            return d;
        }

        private Draft termination() {
            Draft d = new Draft("termination");
            agreement.getTermination().ifPresent(tt -> {
                d.flag(tt.isSuspensionRight(), "termination.suspension");
                d.flag(tt.isTerminationForBreach(), "termination.forBreach");
                d.flag(tt.isExtraordinaryTerminationPreserved(), "termination.extraordinary");
                d.additional(tt.getAdditionalProvisions());
            });
            return d;
        }

        private Draft finalProvisions() {
            Draft d = new Draft("final");
            agreement.getFinalProvisions().ifPresent((FinalProvisions f) -> {
                f.getPrecedence().ifPresent(p -> d.clause("final.precedence." + p.name(), p()));
                f.getAmendmentForm().ifPresent(a -> d.clause("final.amendment." + a.name(), p()));
                d.flag(f.isUnilateralAmendment(), "final.unilateralAmendment");
                d.flag(f.isSupersedesPrevious(), "final.supersedes");
                f.getGoverningLaw().ifPresent(c -> d.clause("final.law", p().plain("country", t.country(c))));
                f.getJurisdiction().ifPresent(j -> d.clause("final.jurisdiction", p().plain("place", j)));
                d.flag(f.isSeverability(), "final.severability");
                d.additional(f.getAdditionalProvisions());
            });
            d.flag(agreement.isDockingClause(), "final.docking");
            agreement.getForm().ifPresent(f -> d.clause("final.form." + f.name(), p()));
            agreement.getConclusion().ifPresent(c -> {
                List<String> parts = new ArrayList<>();
                c.getMethod().ifPresent(m -> parts.add(t.label(m)));
                c.getDate()
                        .ifPresent(date -> parts.add(t.plain("final.conclusion.date", Map.of("date", t.date(date)))));
                c.getReference()
                        .ifPresent(r -> parts.add(t.plain("final.conclusion.reference", Map.of("reference", r))));
                c.getNote().ifPresent(n -> parts.add(t.resolve(n)));
                if (!parts.isEmpty()) {
                    d.clause("final.conclusion", p().plain("conclusion", String.join(", ", parts)));
                }
            });
            return d;
        }

        // ---------------------------------------------------------------- signatures

        private Optional<Block> signatures() {
            List<SignatureEntry> entries = new ArrayList<>();
            if (agreement.getSignatures().isEmpty()) {
                for (Party c : agreement.getControllers()) {
                    entries.add(
                            signatureEntry(PartyRole.CONTROLLER, partyName(c, PartyRole.CONTROLLER), Optional.empty()));
                }
                agreement
                        .getProcessor()
                        .ifPresent(p -> entries.add(signatureEntry(
                                PartyRole.PROCESSOR, partyName(p, PartyRole.PROCESSOR), Optional.empty())));
            } else {
                for (Signature s : agreement.getSignatures()) {
                    entries.add(signatureEntry(s.getRole(), signatoryParty(s), Optional.of(s)));
                }
            }
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SignatureBlock(t.get("signatures.heading"), entries));
        }

        private String signatoryParty(Signature s) {
            if (s.getRole() == PartyRole.PROCESSOR) {
                return agreement
                        .getProcessor()
                        .map(p -> partyName(p, PartyRole.PROCESSOR))
                        .orElse(t.get("parties.unnamed.PROCESSOR"));
            }
            Optional<Party> party = s.getPartyId()
                    .flatMap(id -> agreement.getControllers().stream()
                            .filter(c -> c.getId().equals(Optional.of(id)))
                            .findFirst());
            if (party.isEmpty() && agreement.getControllers().size() == 1) {
                party = Optional.of(agreement.getControllers().get(0));
            }
            return party.map(p -> partyName(p, PartyRole.CONTROLLER)).orElse(t.get("parties.unnamed.CONTROLLER"));
        }

        private SignatureEntry signatureEntry(PartyRole role, String party, Optional<Signature> signature) {
            List<SignatureField> fields = new ArrayList<>();
            Optional<String> place = signature.flatMap(Signature::getPlace);
            Optional<String> date = signature.flatMap(Signature::getDate).map(t::date);
            Optional<String> placeDate = place.isPresent() || date.isPresent()
                    ? Optional.of(String.join(", ", place.stream().toList())
                            + (place.isPresent() && date.isPresent() ? ", " : "")
                            + date.orElse(""))
                    : Optional.empty();
            fields.add(new SignatureField(t.get("signatures.placeDate"), placeDate));
            fields.add(new SignatureField(
                    t.get("signatures.signature"),
                    signature.filter(Signature::isSigned).map(s -> t.get("signatures.signed"))));
            fields.add(new SignatureField(t.get("signatures.name"), signature.flatMap(Signature::getName)));
            fields.add(new SignatureField(t.get("signatures.function"), signature.flatMap(Signature::getFunction)));
            return new SignatureEntry(t.get("signatures.role." + role.name()), party, fields);
        }

        // ---------------------------------------------------------------- annexes

        private List<Block> annexes() {
            List<Block> annexes = new ArrayList<>();
            boolean scc = options.getAnnexLayout() == AnnexLayout.SCC_2021_915;
            if (scc) {
                annexes.add(new Annex(
                        "annex-parties",
                        Objects.requireNonNull(annexLabels.get("parties")),
                        t.get("annex.scc.title.1"),
                        partiesAnnex()));
            }
            if (annexLabels.containsKey("description")) {
                annexes.add(new Annex(
                        "annex-description",
                        annexLabels.get("description"),
                        t.get(scc ? "annex.scc.title.2" : "annex.description.title"),
                        descriptionAnnex()));
            }
            if (annexLabels.containsKey("measures")) {
                List<Block> content = new ArrayList<>();
                Optional<SecurityTerms> security =
                        agreement.getSecurity().filter(s -> !s.getMeasures().isEmpty());
                if (security.isPresent()) {
                    content.add(Paragraph.text(t.get("annex.measures.intro")));
                    content.addAll(measureBlocks(security.get()));
                } else {
                    content.add(Paragraph.text(t.get("annex.notStated")));
                }
                annexes.add(new Annex(
                        "annex-measures",
                        annexLabels.get("measures"),
                        t.get(scc ? "annex.scc.title.3" : "annex.measures.title"),
                        content));
            }
            if (annexLabels.containsKey("subprocessors")) {
                List<Block> content = new ArrayList<>();
                if (allSubprocessors().isEmpty()) {
                    content.add(Paragraph.text(t.get("annex.notStated")));
                } else {
                    content.add(Paragraph.text(t.get("annex.subprocessors.intro")));
                    content.add(subprocessorTable());
                }
                annexes.add(new Annex(
                        "annex-subprocessors",
                        annexLabels.get("subprocessors"),
                        t.get(scc ? "annex.scc.title.4" : "annex.subprocessors.title"),
                        content));
            }
            return annexes;
        }

        private List<Block> partiesAnnex() {
            List<Paragraph> header = List.of(
                    Paragraph.text(t.get("annex.parties.role")),
                    Paragraph.text(t.get("annex.parties.name")),
                    Paragraph.text(t.get("annex.parties.address")),
                    Paragraph.text(t.get("annex.parties.contact")));
            List<List<Paragraph>> rows = new ArrayList<>();
            for (Party c : agreement.getControllers()) {
                rows.add(partyRow(c, PartyRole.CONTROLLER));
            }
            agreement.getProcessor().ifPresent(p -> rows.add(partyRow(p, PartyRole.PROCESSOR)));
            if (rows.isEmpty()) {
                return List.of(Paragraph.text(t.get("annex.notStated")));
            }
            return List.of(new Table(Optional.empty(), header, rows));
        }

        private List<Paragraph> partyRow(Party party, PartyRole role) {
            List<String> contacts = new ArrayList<>();
            party.getContacts().forEach(c -> contacts.add(contact(c)));
            party.getDataProtectionOfficer()
                    .ifPresent(o -> contacts.add(t.get("annex.parties.dpo") + ": "
                            + String.join(", ", o.getName().stream().toList())
                            + o.getEmail().map(e -> ", " + e).orElse("")));
            return List.of(
                    Paragraph.text(t.get("signatures.role." + role.name())),
                    Paragraph.text(partyName(party, role)),
                    Paragraph.text(party.getAddress().map(this::addressInline).orElse(t.get("format.dash"))),
                    Paragraph.text(contacts.isEmpty() ? t.get("format.dash") : String.join("; ", contacts)));
        }

        private List<Block> descriptionAnnex() {
            List<Block> content = new ArrayList<>();
            ProcessingDescription p = agreement.getProcessing().orElse(null);
            if (p == null) {
                content.add(Paragraph.text(t.get("annex.notStated")));
                return content;
            }
            ClauseSink sink = (key, params, extra) -> {
                content.add(new Section(
                        key.replace('.', '-'),
                        Optional.empty(),
                        t.get(key + ".title"),
                        Optional.empty(),
                        extra.length == 0 ? List.of(new Paragraph(t.sentence(key, params.map()))) : List.of(extra)));
            };
            natureBlocks(p, sink);
            dataBlocks(p, sink);
            if (options.isDiagram()) {
                content.add(new DataFlowDiagram(t, agreement, countries).figure());
            }
            return content;
        }

        private List<Block> measureBlocks(SecurityTerms s) {
            Map<TomCategory, List<TechnicalOrganisationalMeasure>> byCategory = new EnumMap<>(TomCategory.class);
            for (TechnicalOrganisationalMeasure m : s.getMeasures()) {
                byCategory
                        .computeIfAbsent(m.getCategory().orElse(TomCategory.OTHER), k -> new ArrayList<>())
                        .add(m);
            }
            List<Block> blocks = new ArrayList<>();
            int n = 0;
            for (Map.Entry<TomCategory, List<TechnicalOrganisationalMeasure>> e : byCategory.entrySet()) {
                List<Block> content = new ArrayList<>();
                LocalizedText objective = s.getCategoryObjectives().get(e.getKey());
                if (objective != null) {
                    content.add(Paragraph.of(
                            Run.strong(t.get("annex.measures.objective") + " "), Run.text(t.resolve(objective))));
                }
                List<Paragraph> items = new ArrayList<>();
                for (TechnicalOrganisationalMeasure m : e.getValue()) {
                    String text = t.resolve(m.getDescription());
                    if (!m.getProtectionGoals().isEmpty()) {
                        text += " "
                                + t.plain("annex.measures.goals", Map.of("goals", t.labels(m.getProtectionGoals())));
                    }
                    items.add(Paragraph.text(text));
                }
                content.add(new ListBlock(false, items));
                blocks.add(new Section(
                        "tom-" + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        Optional.of(++n + "."),
                        t.label(e.getKey()),
                        t.opt("cite.TomCategory." + e.getKey().name()),
                        content));
            }
            return blocks;
        }

        private Table subprocessorTable() {
            List<Paragraph> header = List.of(
                    Paragraph.text(t.get("annex.subprocessors.name")),
                    Paragraph.text(t.get("annex.subprocessors.address")),
                    Paragraph.text(t.get("annex.subprocessors.service")),
                    Paragraph.text(t.get("annex.subprocessors.locations")),
                    Paragraph.text(t.get("annex.subprocessors.transfer")));
            List<List<Paragraph>> rows = new ArrayList<>();
            agreement.getSubprocessing().ifPresent(s -> addRows(s.getSubprocessors(), Optional.empty(), rows));
            return new Table(Optional.empty(), header, rows);
        }

        private void addRows(List<Subprocessor> subprocessors, Optional<String> parent, List<List<Paragraph>> rows) {
            for (Subprocessor s : subprocessors) {
                List<Run> name = new ArrayList<>();
                name.add(Run.strong(s.getName()));
                s.getProduct().ifPresent(p -> name.add(Run.text(" (" + p + ")")));
                parent.ifPresent(p ->
                        name.add(Run.text(" " + t.plain("annex.subprocessors.via", Map.of("parent", p)))));
                String address = s.getAddress()
                        .map(this::addressInline)
                        .orElse(s.getCountry().map(t::country).orElse(t.get("format.dash")));
                List<String> locations = new ArrayList<>();
                s.getLocations().forEach(l -> locations.add(location(l)));
                rows.add(List.of(
                        new Paragraph(name),
                        Paragraph.text(address),
                        Paragraph.text(s.getService().map(t::resolve).orElse(t.get("format.dash"))),
                        Paragraph.text(locations.isEmpty() ? t.get("format.dash") : String.join("; ", locations)),
                        Paragraph.text(transferCell(s))));
                addRows(s.getSubprocessors(), Optional.of(s.getName()), rows);
            }
        }

        private String transferCell(Subprocessor s) {
            if (s.getTransfer().isPresent()) {
                return mechanism(s.getTransfer().get());
            }
            return countries.receivesOutsideEea(s)
                    ? t.get("format.noneStated")
                    : t.get("annex.subprocessors.noTransfer");
        }

        String mechanism(TransferMechanism m) {
            StringBuilder text = new StringBuilder(t.label(m.getType()));
            m.getSccModule()
                    .ifPresent(
                            module -> text.append(" (").append(t.label(module)).append(')'));
            m.getDerogation().ifPresent(dg -> text.append(" – ").append(t.label(dg)));
            m.getReference().ifPresent(r -> text.append(", ").append(r));
            m.getDate().ifPresent(date -> text.append(", ").append(t.date(date)));
            return text.toString();
        }

        // ---------------------------------------------------------------- helpers

        private List<Run> deadline(TimeLimit limit) {
            if (limit.getPeriod().isPresent() && limit.getWording().isPresent()) {
                return t.fill(
                        "format.timeLimit.wordingWithin",
                        p().runs("wording", quoted(limit.getWording().get()))
                                .plain(
                                        "periodDative",
                                        t.periodDative(limit.getPeriod().get()))
                                .map());
            }
            if (limit.getPeriod().isPresent()) {
                return t.fill(
                        "format.timeLimit.within",
                        p().plain(
                                        "periodDative",
                                        t.periodDative(limit.getPeriod().get()))
                                .map());
            }
            return quoted(limit.getWording().orElseThrow());
        }

        private List<Run> term(TimeLimit limit) {
            if (limit.getPeriod().isPresent() && limit.getWording().isPresent()) {
                return t.fill(
                        "format.timeLimit.wordingTerm",
                        p().runs("wording", quoted(limit.getWording().get()))
                                .plain("period", t.period(limit.getPeriod().get()))
                                .map());
            }
            if (limit.getPeriod().isPresent()) {
                return List.of(Run.text(t.period(limit.getPeriod().get())));
            }
            return quoted(limit.getWording().orElseThrow());
        }

        private List<Run> quoted(LocalizedText wording) {
            return List.of(
                    Run.text(t.get("format.quote.open")),
                    Run.emphasis(t.resolve(wording)),
                    Run.text(t.get("format.quote.close")));
        }

        private ListBlock list(List<LocalizedText> texts) {
            List<Paragraph> items = new ArrayList<>();
            texts.forEach(text -> items.add(Paragraph.text(t.resolve(text))));
            return new ListBlock(false, items);
        }

        private List<Block> paragraphs(LocalizedText text) {
            List<Block> blocks = new ArrayList<>();
            for (String part : t.resolve(text).split("\n\\s*\n")) {
                if (!part.isBlank()) {
                    blocks.add(Paragraph.text(part.strip()));
                }
            }
            if (blocks.isEmpty()) {
                blocks.add(Paragraph.text(""));
            }
            return blocks;
        }

        private String sectionNumber(int number) {
            return t.plain("format.sectionNumber", Map.of("n", Integer.toString(number)));
        }

        /** A section under construction. */
        private final class Draft {
            private final String id;
            private final List<Block> blocks = new ArrayList<>();
            private int clauses;

            Draft(String id) {
                this.id = id;
            }

            boolean isEmpty() {
                return blocks.isEmpty();
            }

            void flag(boolean condition, String key) {
                if (condition) {
                    clause(key, p());
                }
            }

            void additional(List<LocalizedText> provisions) {
                provisions.forEach(p -> clause(id + ".additional", p().text("text", p)));
            }

            void clause(String key, P params, Block... extra) {
                List<Block> content = new ArrayList<>();
                content.add(new Paragraph(t.sentence(key, params.map())));
                content.addAll(List.of(extra));
                blocks.add(new Clause(
                        key,
                        t.plain("format.clauseNumber", Map.of("n", Integer.toString(++clauses))),
                        t.opt(key + ".cite"),
                        content));
            }

            Section toSection(int number) {
                String prefix = id + ".extra.";
                if (!blocks.isEmpty()) {
                    for (String key : extraKeys(prefix)) {
                        clause(key, p());
                    }
                }
                return new Section(
                        id,
                        Optional.of(sectionNumber(number)),
                        t.get(id + ".heading"),
                        t.opt(id + ".citation"),
                        blocks);
            }

            private List<String> extraKeys(String prefix) {
                List<String> keys = new ArrayList<>();
                for (String key : libraryKeys()) {
                    if (key.startsWith(prefix) && !key.endsWith(".cite")) {
                        keys.add(key);
                    }
                }
                return keys;
            }
        }

        private List<String> libraryKeys() {
            if (extraKeys == null) {
                List<String> keys = new ArrayList<>();
                for (String key : library.keys(t.locale())) {
                    if (key.contains(".extra.")) {
                        keys.add(key);
                    }
                }
                extraKeys = keys;
            }
            return extraKeys;
        }

        private @Nullable List<String> extraKeys;

        /** Receives a clause: key, parameters and extra blocks. */
        @FunctionalInterface
        private interface ClauseSink {
            void add(String key, P params, Block... extra);
        }

        private P p() {
            return new P();
        }

        /** Parameters of a clause. */
        private final class P {
            private final Map<String, List<Run>> map = new LinkedHashMap<>();

            P plain(String name, String value) {
                map.put(name, List.of(Run.text(value)));
                return this;
            }

            P text(String name, LocalizedText value) {
                map.put(name, List.of(Run.text(t.resolve(value))));
                return this;
            }

            P runs(String name, List<Run> runs) {
                map.put(name, runs);
                return this;
            }

            Map<String, List<Run>> map() {
                return map;
            }
        }
    }
}
