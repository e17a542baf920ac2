/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.IdtaPartyStatus;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.SupplementaryMeasure;
import dev.dpa4j.model.SwissAdaptations;
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.UkTransferTerms;
import dev.dpa4j.model.UkTransferTool;
import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transfer instruments the agreement incorporates, and their annexes: the standard contractual clauses of
 * Implementing Decision (EU) 2021/914 by reference with every option stated (never their text), the UK Addendum or
 * IDTA, and the Swiss adaptations; the Appendix of the clauses (Annexes I.A, I.B, I.C, II, III) filled from the
 * agreement's own data, and the Addendum's tables. Each part appears only where a recipient of the data relies on
 * the instrument. What the model does not state is never invented: it is shown as a visible gap, and the validator
 * (SCC_ANNEX, SCC_CLAUSE9, SCC_GOVERNING_LAW, SCC_FORUM, UK_TRANSFER_TOOL, CH_TRANSFER_TOOL) reports it.
 */
final class TransferSections extends Part {

    /** One recipient of data and its tools per regime; {@code parent} is the engaging processor. */
    record Recipient(String name, String parent, boolean processor, Map<TransferRegime, TransferMechanism> tools) {}

    TransferSections(Context context) {
        super(context);
    }

    // ------------------------------------------------------------------ when

    private Optional<TransferTerms> terms() {
        return agreement.getTransfers();
    }

    private Set<TransferRegime> regimes() {
        Set<TransferRegime> set =
                terms().map(TransferTerms::getExportRegimes).orElse(java.util.Collections.emptySortedSet());
        return set.isEmpty() ? Set.of(TransferRegime.EU) : set;
    }

    /** The processor and every sub-processor down the chain, with the tools stated for them. */
    List<Recipient> recipients() {
        List<Recipient> out = new ArrayList<>();
        Map<TransferRegime, TransferMechanism> own = new java.util.EnumMap<>(TransferRegime.class);
        terms().flatMap(TransferTerms::getProcessorTransfer).ifPresent(m -> own.put(TransferRegime.EU, m));
        terms().flatMap(TransferTerms::getProcessorUkTransfer).ifPresent(m -> own.put(TransferRegime.UK, m));
        terms().flatMap(TransferTerms::getProcessorSwissTransfer).ifPresent(m -> own.put(TransferRegime.CH, m));
        String processorName = agreement
                .getProcessor()
                .map(p -> partyName(p, dev.dpa4j.model.PartyRole.PROCESSOR))
                .orElse(t.get("parties.unnamed.PROCESSOR"));
        out.add(new Recipient(processorName, "", true, own));
        agreement.getSubprocessing().ifPresent(s -> addRecipients(s.getSubprocessors(), processorName, out));
        return out;
    }

    private void addRecipients(List<Subprocessor> subprocessors, String parent, List<Recipient> out) {
        for (Subprocessor s : subprocessors) {
            out.add(new Recipient(s.getName(), parent, false, tools(s)));
            addRecipients(s.getSubprocessors(), s.getName(), out);
        }
    }

    /** The tools of a sub-processor per regime, in the order EU, UK, CH. */
    static Map<TransferRegime, TransferMechanism> tools(Subprocessor s) {
        Map<TransferRegime, TransferMechanism> tools = new java.util.EnumMap<>(TransferRegime.class);
        s.getTransfer().ifPresent(m -> tools.put(TransferRegime.EU, m));
        s.getUkTransfer().ifPresent(m -> tools.put(TransferRegime.UK, m));
        s.getSwissTransfer().ifPresent(m -> tools.put(TransferRegime.CH, m));
        return tools;
    }

    private boolean relies(TransferRegime regime, Set<TransferMechanismType> types) {
        if (!regimes().contains(regime)) {
            return false;
        }
        for (Recipient r : recipients()) {
            TransferMechanism m = r.tools().get(regime);
            if (m != null && types.contains(m.getType())) {
                return true;
            }
        }
        return false;
    }

    /** The SCC terms, where the agreement states them and a recipient relies on the clauses under any regime. */
    Optional<SccTerms> scc() {
        Optional<SccTerms> scc = terms().flatMap(TransferTerms::getScc);
        if (scc.isEmpty()) {
            return scc;
        }
        Set<TransferMechanismType> clauses = Set.of(TransferMechanismType.SCC_2021_914);
        for (TransferRegime regime : TransferRegime.values()) {
            if (relies(regime, clauses)) {
                return scc;
            }
        }
        return Optional.empty();
    }

    /** The UK tool, where UK exports are covered and a recipient relies on the Addendum or the IDTA. */
    Optional<UkTransferTerms> uk() {
        return terms().flatMap(TransferTerms::getUk)
                .filter(u -> relies(
                        TransferRegime.UK,
                        Set.of(TransferMechanismType.SCC_2021_914, TransferMechanismType.SUPERVISORY_AUTHORITY_SCC)));
    }

    /** The Swiss adaptations, where Swiss exports are covered and a recipient relies on the clauses. */
    Optional<SwissAdaptations> swiss() {
        return terms().flatMap(TransferTerms::getSwissAdaptations)
                .filter(x -> relies(TransferRegime.CH, Set.of(TransferMechanismType.SCC_2021_914)));
    }

    /** Plans the labels of the transfer annexes after the others ({@code scc}, {@code uk}). */
    void planAnnexes(int next) {
        int n = next;
        boolean roman = options.getAnnexLayout() == dev.dpa4j.render.AnnexLayout.SCC_2021_915;
        if (scc().isPresent() || uk().isPresent()) {
            annexLabels.put("transfers", label(roman, ++n));
        }
        if (uk().isPresent()) {
            annexLabels.put("ukAddendum", label(roman, ++n));
        }
    }

    private String label(boolean roman, int n) {
        return roman
                ? t.plain(
                        "annex.scc.label.n",
                        Map.of(
                                "n",
                                List.of("I", "II", "III", "IV", "V", "VI", "VII")
                                        .get(n - 1)))
                : t.plain("annex.label", Map.of("n", Integer.toString(n)));
    }

    // ------------------------------------------------------------------ the clause

    /** A gap the model leaves open: visible, never filled in by us. */
    /**
     * An authority's name as running text needs it: "is the Data Protection Commission (Ireland)", not "is Data
     * Protection Commission (Ireland)", where the language has one article for every name (English) and the name
     * does not carry it already ("the Federal Data Protection and Information Commissioner").
     */
    String withArticle(String name) {
        return t.opt("transfer.scc.clause13.article")
                .filter(a -> !a.isBlank())
                .filter(a -> !name.regionMatches(true, 0, a + " ", 0, a.length() + 1))
                .map(a -> a + " " + name)
                .orElse(name);
    }

    String gap(String what) {
        return t.plain("transfer.gap", Map.of("what", t.get("transfer.gap." + what)));
    }

    Draft instruments() {
        Draft d = draft("transferTools");
        Optional<SccTerms> scc = scc();
        scc.ifPresent(s -> sccClauses(d, s));
        uk().ifPresent(u -> ukClauses(d, u));
        swiss().ifPresent(x -> swissClauses(d, x));
        return d;
    }

    /**
     * Whether the clauses apply only in Module 3, between the processor and its sub-processors: then neither party
     * concludes them with the other, and the controller is named in Annex I.A only as the one on whose behalf the
     * exporter acts.
     */
    static boolean module3Only(Set<SccModule> modules) {
        return modules.contains(SccModule.MODULE_3) && modules.stream().allMatch(m -> m == SccModule.MODULE_3);
    }

    private String annexRef(String kind) {
        return Optional.ofNullable(annexLabels.get(kind)).orElse(gap("annex"));
    }

    private void sccClauses(Draft d, SccTerms s) {
        List<String> modules = new ArrayList<>();
        s.getModules().forEach(m -> modules.add(t.get("transfer.module." + m.name())));
        d.clause(
                "transfer.scc.incorporation",
                p().plain("modules", modules.isEmpty() ? gap("modules") : t.join(modules)));
        if (s.getModules().contains(SccModule.MODULE_2)) {
            d.clause("transfer.scc.module2", p());
        }
        if (s.getModules().contains(SccModule.MODULE_3)) {
            d.clause("transfer.scc.module3", p().plain("annex", annexRef("subprocessors")));
        }
        if (module3Only(s.getModules())) {
            // the parties are not parties to Module 3: the processor concludes it with each sub-processor
            d.clause("transfer.scc.conclusion.module3Only", p());
        } else {
            d.clause("transfer.scc.conclusion", p());
            s.getDate().ifPresent(date -> d.clause("transfer.scc.date", p().plain("date", t.date(date))));
        }
        d.clause("transfer.scc.precedence", p());
        s.getDockingClause()
                .ifPresentOrElse(
                        docking -> d.clause("transfer.scc.docking." + docking, p()),
                        () -> d.clause("transfer.scc.docking.gap", p().plain("gap", gap("docking"))));
        boolean clause9 =
                s.getModules().contains(SccModule.MODULE_2) || s.getModules().contains(SccModule.MODULE_3);
        if (clause9) {
            Optional<AuthorisationType> option = s.getClause9Option().filter(o -> o != AuthorisationType.PROHIBITED);
            String period = s.getClause9Period().map(t::period).orElse(gap("clause9Period"));
            if (option.isPresent()) {
                d.clause(
                        "transfer.scc.clause9." + option.get().name(),
                        p().plain("period", period).plain("annex", annexRef("subprocessors")));
            } else {
                d.clause("transfer.scc.clause9.gap", p().plain("gap", gap("clause9Option")));
            }
        }
        s.getRedressBody()
                .ifPresentOrElse(
                        body -> d.clause("transfer.scc.clause11.body", p().plain("body", t.resolve(body))),
                        () -> d.clause("transfer.scc.clause11.none", p()));
        boolean modules1to3 = s.getModules().stream().anyMatch(m -> m != SccModule.MODULE_4);
        if (modules1to3) {
            String authority = s.getCompetentAuthority()
                    .map(t::resolve)
                    .map(this::withArticle)
                    .orElse(gap("authority"));
            d.clause(
                    s.getClause13Basis().isPresent() ? "transfer.scc.clause13.basis" : "transfer.scc.clause13",
                    p().plain("authority", authority)
                            .plain(
                                    "basis",
                                    s.getClause13Basis()
                                            .map(b -> t.get("transfer.clause13." + b.name()))
                                            .orElse("")));
        }
        String option17 = s.getClause17Option().map(Enum::name).orElse("NONE");
        d.clause(
                "transfer.scc.clause17." + option17,
                p().plain("law", s.getGoverningLaw().map(this::law).orElse(gap("governingLaw"))));
        d.clause(
                "transfer.scc.clause18",
                p().plain("country", s.getForum().map(t::country).orElse(gap("forum"))));
        d.clause("transfer.scc.appendix", p().plain("annex", annexRef("transfers")));
    }

    private void ukClauses(Draft d, UkTransferTerms u) {
        String version = u.getVersion().orElse(gap("ukVersion"));
        if (u.getTool() == UkTransferTool.ADDENDUM) {
            d.clause("transfer.uk.addendum", p().plain("version", version).plain("annex", annexRef("ukAddendum")));
            d.clause("transfer.uk.mandatory", p());
            d.clause(
                    "transfer.uk.ending",
                    p().plain(
                                    "who",
                                    u.getEnding()
                                            .map(e -> t.get("transfer.uk.ending." + e.name()))
                                            .orElse(gap("ukEnding"))));
        } else {
            d.clause("transfer.uk.idta", p().plain("version", version).plain("annex", annexRef("ukAddendum")));
            d.clause("transfer.uk.idta.law", p().plain("law", idtaLaw(u)).plain("courts", idtaCourts(u)));
        }
        // named by the term the clause above defined ("UK Addendum" or "IDTA"), not by a second, undefined name
        u.getDate()
                .ifPresent(date -> d.clause("transfer.uk.date." + u.getTool().name(), p().plain("date", t.date(date))));
    }

    /** The part of the United Kingdom whose law governs the IDTA (Table 2), or a visible gap. */
    private String idtaLaw(UkTransferTerms u) {
        return u.getGoverningLaw()
                .map(j -> t.get("transfer.uk.jurisdiction." + j.name()))
                .orElse(gap("idtaLaw"));
    }

    /** The part of the United Kingdom whose courts are the primary place for claims under the IDTA, or a gap. */
    private String idtaCourts(UkTransferTerms u) {
        return u.getForum()
                .map(j -> t.get("transfer.uk.jurisdiction." + j.name()))
                .orElse(gap("idtaForum"));
    }

    private void swissClauses(Draft d, SwissAdaptations x) {
        List<Paragraph> items = new ArrayList<>();
        items.add(Paragraph.text(x.isFdpicCompetent() ? t.get("transfer.ch.fdpic") : gap("chFdpic")));
        items.add(Paragraph.text(x.isFadpReferences() ? t.get("transfer.ch.fadp") : gap("chFadp")));
        items.add(Paragraph.text(x.isHabitualResidenceForum() ? t.get("transfer.ch.forum") : gap("chForum")));
        x.getGoverningLaw()
                .ifPresent(c -> items.add(Paragraph.text(t.plain("transfer.ch.law", Map.of("law", law(c))))));
        x.getForum()
                .ifPresent(c ->
                        items.add(Paragraph.text(t.plain("transfer.ch.courts", Map.of("country", t.country(c))))));
        Paragraph last = items.get(items.size() - 1);
        items.set(
                items.size() - 1, Paragraph.text(withFullStop(last.runs().get(0).text())));
        d.clause("transfer.ch.intro", p(), new ListBlock(false, items));
        x.getDate().ifPresent(date -> d.clause("transfer.ch.date", p().plain("date", t.date(date))));
    }

    /** The law of a country as the final provisions name it ("irischem Recht", "the laws of Ireland"). */
    private String law(dev.dpa4j.model.CountryCode c) {
        return t.opt("law." + c.getCode()).orElse(t.plain("law.default", Map.of("country", t.country(c))));
    }

    /** The item of a list as its last one: a closing semicolon becomes a full stop. */
    static String withFullStop(String item) {
        String text = item.strip();
        if (text.endsWith(";")) {
            return text.substring(0, text.length() - 1) + ".";
        }
        return text;
    }

    /** A text as part of a sentence: without its closing full stop. */
    static String clause(String text) {
        String s = text.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    // ------------------------------------------------------------------ the annexes

    List<Block> annexes() {
        List<Block> annexes = new ArrayList<>();
        if (annexLabels.containsKey("transfers")) {
            annexes.add(new Annex(
                    "annex-transfers", annexLabels.get("transfers"), t.get("transfer.annex.title"), appendix()));
        }
        uk().filter(u -> annexLabels.containsKey("ukAddendum"))
                .ifPresent(u -> annexes.add(new Annex(
                        "annex-uk",
                        java.util.Objects.requireNonNull(annexLabels.get("ukAddendum")),
                        t.get(
                                u.getTool() == UkTransferTool.ADDENDUM
                                        ? "transfer.uk.annex.title"
                                        : "transfer.idta.annex.title"),
                        ukTables(u))));
        return annexes;
    }

    private Section section(String id, String titleKey, List<Block> content) {
        return new Section(id, Optional.empty(), t.get(titleKey), Optional.empty(), content);
    }

    private static Paragraph cell(String text) {
        return Paragraph.text(text);
    }

    private List<Block> appendix() {
        List<Block> content = new ArrayList<>();
        Optional<SccTerms> scc = scc().or(() -> terms().flatMap(TransferTerms::getScc));
        content.add(cell(t.get("transfer.annex.intro")));
        content.add(section("annex-transfers-1a", "transfer.annex.1a", partiesList(scc)));
        content.add(section("annex-transfers-1b", "transfer.annex.1b", description(scc)));
        if (scc.map(s -> s.getModules().stream().anyMatch(m -> m != SccModule.MODULE_4))
                .orElse(true)) {
            List<Block> authority = new ArrayList<>();
            authority.add(cell(
                    scc.flatMap(SccTerms::getCompetentAuthority).map(t::resolve).orElse(gap("authority"))));
            swiss().filter(SwissAdaptations::isFdpicCompetent)
                    .ifPresent(x -> authority.add(cell(t.get("transfer.annex.1c.fdpic"))));
            content.add(section("annex-transfers-1c", "transfer.annex.1c", authority));
        }
        content.add(section("annex-transfers-2", "transfer.annex.2", measures()));
        content.add(section("annex-transfers-3", "transfer.annex.3", subprocessorList()));
        return content;
    }

    private List<Block> partiesList(Optional<SccTerms> scc) {
        Set<SccModule> modules =
                scc.map(SccTerms::getModules).map(s -> (Set<SccModule>) s).orElse(Set.of());
        List<Paragraph> header = List.of(
                cell(t.get("transfer.annex.party")),
                cell(t.get("transfer.annex.role")),
                cell(t.get("annex.parties.address")),
                cell(t.get("transfer.annex.contact")),
                cell(t.get("transfer.annex.activities")),
                cell(t.get("transfer.annex.signature")));
        List<List<Paragraph>> rows = new ArrayList<>();
        String activities = agreement
                .getProcessing()
                .flatMap(ProcessingDescription::getSubjectMatter)
                .map(t::resolve)
                .orElse(gap("activities"));
        boolean module3Only = module3Only(modules);
        for (Party c : agreement.getControllers()) {
            rows.add(partyRow(
                    c,
                    dev.dpa4j.model.PartyRole.CONTROLLER,
                    t.get(module3Only ? "transfer.annex.role.controllerModule3" : "transfer.annex.role.controller"),
                    activities,
                    module3Only
                            ? t.get("transfer.annex.signature.notParty")
                            : signature(dev.dpa4j.model.PartyRole.CONTROLLER)));
        }
        agreement.getProcessor().ifPresent(p -> {
            List<String> roles = new ArrayList<>();
            if (modules.contains(SccModule.MODULE_2) || modules.isEmpty()) {
                roles.add(t.get("transfer.annex.role.processor"));
            }
            if (modules.contains(SccModule.MODULE_3)) {
                roles.add(t.get("transfer.annex.role.processorExporter"));
            }
            rows.add(partyRow(
                    p,
                    dev.dpa4j.model.PartyRole.PROCESSOR,
                    String.join("; ", roles),
                    activities,
                    module3Only
                            ? t.get("transfer.annex.signature.eachImporter")
                            : signature(dev.dpa4j.model.PartyRole.PROCESSOR)));
        });
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(Optional.empty(), header, rows));
        if (modules.contains(SccModule.MODULE_3)) {
            List<Paragraph> pairs = new ArrayList<>();
            for (Recipient r : recipients()) {
                if (!r.processor()
                        && r.tools().values().stream()
                                .anyMatch(m -> m.getType() == TransferMechanismType.SCC_2021_914)) {
                    pairs.add(cell(t.plain(
                            "transfer.annex.module3.pair", Map.of("exporter", r.parent(), "importer", r.name()))));
                }
            }
            if (!pairs.isEmpty()) {
                blocks.add(cell(t.plain("transfer.annex.module3", Map.of("annex", annexRef("subprocessors")))));
                blocks.add(new ListBlock(false, pairs));
            }
        }
        return blocks;
    }

    private List<Paragraph> partyRow(
            Party party, dev.dpa4j.model.PartyRole role, String roles, String activities, String signature) {
        List<String> contacts = new ArrayList<>();
        party.getContacts().forEach(c -> contacts.add(contact(c)));
        party.getDataProtectionOfficer()
                .ifPresent(o -> contacts.add(t.get("annex.parties.dpo") + ": " + officer(o, party)));
        party.getEuRepresentative()
                .ifPresent(r -> contacts.add(t.get("transfer.annex.representative") + ": " + representative(r)));
        return List.of(
                cell(partyName(party, role)),
                cell(roles),
                cell(party.getAddress().map(this::addressInline).orElse(gap("address"))),
                cell(contacts.isEmpty() ? gap("contact") : String.join("; ", contacts)),
                cell(activities),
                cell(signature));
    }

    /** How a party signed: the conclusion of the agreement, a dated signature, or a gap. */
    String signature(dev.dpa4j.model.PartyRole role) {
        Optional<java.time.LocalDate> concluded = agreement.getConclusion().flatMap(ConclusionEvidence::getDate);
        if (concluded.isPresent()) {
            return t.plain("transfer.annex.signature.concluded", Map.of("date", t.date(concluded.get())));
        }
        Optional<java.time.LocalDate> signed = agreement.getSignatures().stream()
                .filter(s -> s.getRole() == role)
                .map(Signature::getDate)
                .flatMap(Optional::stream)
                .findFirst();
        if (signed.isPresent()) {
            return t.plain("transfer.annex.signature.signed", Map.of("date", t.date(signed.get())));
        }
        return agreement.getStatus() == AgreementStatus.EXECUTED
                ? gap("signature")
                : t.get("transfer.annex.signature.pending");
    }

    private List<Block> description(Optional<SccTerms> scc) {
        Optional<ProcessingDescription> p = agreement.getProcessing();
        List<List<Paragraph>> rows = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        p.ifPresent(x -> x.getDataSubjects().forEach((DataSubjectCategory s) -> subjects.add(t.resolve(s.getName()))));
        rows.add(row("transfer.annex.1b.subjects", subjects.isEmpty() ? gap("subjects") : String.join("; ", subjects)));
        List<String> data = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        p.ifPresent(x -> x.getDataCategories().forEach((DataCategory c) -> {
            data.add(t.resolve(c.getName()));
            if (c.getSpecialCategory()
                            .filter(sc -> sc != dev.dpa4j.model.SpecialCategory.NONE)
                            .isPresent()
                    || c.getCriminalOffenceData().orElse(false)) {
                sensitive.add(t.resolve(c.getName()));
            }
        }));
        rows.add(row("transfer.annex.1b.data", data.isEmpty() ? gap("data") : String.join("; ", data)));
        String sensitiveText;
        if (sensitive.isEmpty()) {
            sensitiveText = t.get("transfer.annex.1b.sensitive.none");
        } else {
            List<String> safeguards = new ArrayList<>();
            p.ifPresent(x -> x.getSensitiveDataSafeguards().forEach(s -> safeguards.add(t.resolve(s))));
            sensitiveText = t.plain(
                    "transfer.annex.1b.sensitive.some",
                    Map.of(
                            "data",
                            String.join("; ", sensitive),
                            "safeguards",
                            safeguards.isEmpty() ? gap("safeguards") : String.join("; ", safeguards)));
        }
        rows.add(row("transfer.annex.1b.sensitive", sensitiveText));
        rows.add(row(
                "transfer.annex.1b.frequency",
                scc.flatMap(SccTerms::getFrequency).map(t::label).orElse(gap("frequency"))));
        List<String> nature = new ArrayList<>();
        p.ifPresent(x -> x.getNature().forEach((ProcessingNature n) -> {
            List<String> parts = new ArrayList<>();
            n.getOperation().ifPresent(o -> parts.add(t.label(o)));
            n.getDescription().ifPresent(text -> parts.add(t.resolve(text)));
            if (!parts.isEmpty()) { // an entry that states neither operation nor description says nothing
                nature.add(String.join(" – ", parts));
            }
        }));
        rows.add(row("transfer.annex.1b.nature", nature.isEmpty() ? gap("nature") : String.join("; ", nature)));
        List<String> purposes = new ArrayList<>();
        p.ifPresent(x -> x.getPurposes().forEach((Purpose u) -> purposes.add(t.resolve(u.getDescription()))));
        rows.add(row("transfer.annex.1b.purposes", purposes.isEmpty() ? gap("purposes") : String.join("; ", purposes)));
        String retention = scc.flatMap(SccTerms::getRetention)
                .or(() -> p.flatMap(ProcessingDescription::getRetention))
                .map(t::resolve)
                .orElse(gap("retention"));
        rows.add(row("transfer.annex.1b.retention", retention));
        rows.add(row(
                "transfer.annex.1b.subjectMatter",
                p.flatMap(ProcessingDescription::getSubjectMatter)
                        .map(t::resolve)
                        .orElse(gap("subjectMatter"))));
        rows.add(row("transfer.annex.1b.duration", t.get("transfer.annex.1b.duration.text")));
        if (!allSubprocessors().isEmpty()) {
            rows.add(row(
                    "transfer.annex.1b.subprocessors",
                    t.plain("transfer.annex.1b.subprocessors.text", Map.of("annex", annexRef("subprocessors")))));
        }
        return List.of(new Table(
                Optional.empty(),
                List.of(cell(t.get("transfer.annex.item")), cell(t.get("transfer.annex.details"))),
                rows));
    }

    private List<Paragraph> row(String key, String value) {
        return List.of(cell(t.get(key)), cell(value));
    }

    private List<Block> measures() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(cell(
                annexLabels.containsKey("measures")
                        ? t.plain("transfer.annex.2.text", Map.of("annex", annexLabels.get("measures")))
                        : gap("measures")));
        List<Paragraph> items = new ArrayList<>();
        for (Recipient r : recipients()) {
            Set<String> lines = new LinkedHashSet<>();
            for (TransferMechanism m : r.tools().values()) {
                m.getImpactAssessment().filter(TransferImpactAssessment::isDone).ifPresent(a -> lines.add(tia(a)));
                for (SupplementaryMeasure sm : m.getMeasures()) {
                    lines.add(t.label(sm.getType())
                            + sm.getDescription()
                                    .map(x -> ": " + clause(t.resolve(x)))
                                    .orElse(""));
                }
                m.getSupplementaryMeasures().forEach(x -> lines.add(clause(t.resolve(x))));
            }
            if (!lines.isEmpty()) {
                List<Run> runs = new ArrayList<>();
                runs.add(Run.strong(r.name()));
                runs.add(Run.text(": " + String.join("; ", lines) + "."));
                items.add(new Paragraph(runs));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(cell(t.get("transfer.annex.2.supplementary")));
            blocks.add(new ListBlock(false, items));
        }
        return blocks;
    }

    String tia(TransferImpactAssessment a) {
        List<String> parts = new ArrayList<>();
        a.getDate().ifPresent(d -> parts.add(t.plain("transfer.tia.date", Map.of("date", t.date(d)))));
        a.getReference().ifPresent(parts::add);
        return parts.isEmpty() ? t.get("transfer.tia") : t.get("transfer.tia") + " (" + String.join(", ", parts) + ")";
    }

    private List<Block> subprocessorList() {
        List<Block> blocks = new ArrayList<>();
        if (allSubprocessors().isEmpty()) {
            blocks.add(cell(t.get("transfer.annex.3.none")));
            return blocks;
        }
        blocks.add(cell(t.plain("transfer.annex.3.text", Map.of("annex", annexRef("subprocessors")))));
        List<List<Paragraph>> rows = new ArrayList<>();
        for (Subprocessor s : allSubprocessors()) {
            rows.add(List.of(
                    new Paragraph(List.of(Run.strong(s.getName()))),
                    cell(s.getAddress().map(this::addressInline).orElse(gap("address"))),
                    cell(s.getContact().map(this::contact).orElse(gap("contact"))),
                    cell(s.getService().map(t::resolve).orElse(gap("service")))));
        }
        blocks.add(new Table(
                Optional.empty(),
                List.of(
                        cell(t.get("annex.subprocessors.name")),
                        cell(t.get("annex.subprocessors.address")),
                        cell(t.get("transfer.annex.contact")),
                        cell(t.get("transfer.annex.3.processing"))),
                rows));
        return blocks;
    }

    private List<Block> ukTables(UkTransferTerms u) {
        List<Block> content = new ArrayList<>();
        String appendix = annexRef("transfers");
        String start = u.getDate().map(t::date).orElse(gap("ukDate"));
        if (u.getTool() == UkTransferTool.ADDENDUM) {
            content.add(section(
                    "annex-uk-1",
                    "transfer.uk.table1",
                    List.of(cell(t.plain("transfer.uk.table1.text", Map.of("date", start, "annex", appendix))))));
            List<List<Paragraph>> rows = new ArrayList<>();
            Optional<SccTerms> scc = terms().flatMap(TransferTerms::getScc);
            for (SccModule m :
                    scc.map(SccTerms::getModules).map(x -> (Set<SccModule>) x).orElse(Set.of())) {
                SccTerms s = scc.get();
                boolean clause9 = m == SccModule.MODULE_2 || m == SccModule.MODULE_3;
                rows.add(List.of(
                        cell(t.label(m)),
                        cell(s.getDockingClause()
                                .map(b -> t.get("transfer.yesNo." + b))
                                .orElse(gap("docking"))),
                        cell(s.getRedressBody().map(t::resolve).orElse(t.get("transfer.uk.table2.noBody"))),
                        cell(
                                clause9
                                        ? s.getClause9Option()
                                                .map(o -> t.get("transfer.uk.table2.clause9." + o.name()))
                                                .orElse(gap("clause9Option"))
                                        : t.get("format.dash")),
                        cell(
                                clause9
                                        ? s.getClause9Period().map(t::period).orElse(gap("clause9Period"))
                                        : t.get("format.dash"))));
            }
            List<Block> table2 = new ArrayList<>();
            table2.add(cell(t.plain("transfer.uk.table2.text", Map.of("section", "{section:transferTools}"))));
            if (!rows.isEmpty()) {
                table2.add(new Table(
                        Optional.empty(),
                        List.of(
                                cell(t.get("transfer.uk.table2.module")),
                                cell(t.get("transfer.uk.table2.clause7")),
                                cell(t.get("transfer.uk.table2.clause11")),
                                cell(t.get("transfer.uk.table2.clause9")),
                                cell(t.get("transfer.uk.table2.clause9Period"))),
                        rows));
            } else {
                table2.add(cell(gap("modules")));
            }
            content.add(section("annex-uk-2", "transfer.uk.table2", table2));
            content.add(section(
                    "annex-uk-3",
                    "transfer.uk.table3",
                    List.of(cell(t.plain("transfer.uk.table3.text", Map.of("annex", appendix))))));
            content.add(section(
                    "annex-uk-4",
                    "transfer.uk.table4",
                    List.of(cell(u.getEnding()
                            .map(e -> t.get("transfer.uk.table4." + e.name()))
                            .orElse(gap("ukEnding"))))));
        } else {
            content.add(cell(t.plain("transfer.idta.annex.text", Map.of("date", start, "annex", appendix))));
            List<Block> table2 = new ArrayList<>();
            table2.add(cell(t.plain("transfer.idta.table2.text", Map.of("law", idtaLaw(u), "courts", idtaCourts(u)))));
            table2.add(cell(t.plain(
                    "transfer.idta.table2.status",
                    Map.of(
                            "exporter",
                            u.getExporterStatus()
                                    .map(x -> t.get("transfer.idta.status." + x.name()))
                                    .orElse(gap("idtaExporterStatus")),
                            "importer",
                            u.getImporterStatus()
                                    .map(x -> t.get("transfer.idta.status." + x.name()))
                                    .orElse(gap("idtaImporterStatus"))))));
            // the Linked Agreement (IDTA Section 1.4) exists only where the importer processes on the exporter's behalf
            if (u.getImporterStatus()
                    .filter(x -> x != IdtaPartyStatus.CONTROLLER)
                    .isPresent()) {
                table2.add(cell(t.plain(
                        "transfer.idta.table2.linked",
                        Map.of(
                                "agreement",
                                u.getLinkedAgreement().orElse(t.get("transfer.idta.table2.linked.this"))))));
            }
            u.getReviewDate()
                    .ifPresent(r ->
                            table2.add(cell(t.plain("transfer.idta.table2.review", Map.of("date", t.date(r))))));
            content.add(section("annex-uk-2", "transfer.idta.table2", table2));
        }
        return content;
    }
}
