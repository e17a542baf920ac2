/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MainContractReference;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.render.AnnexLayout;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The sections on the processing itself: subject matter, duration, nature and purposes, data and data subjects. */
final class ProcessingSections extends Part {

    ProcessingSections(Context context) {
        super(context);
    }

    /**
     * Definitions and interpretation: GDPR terms as in Art. 4 GDPR, read in line with the GDPR (SCC 2021/915 Cl. 3),
     * and what a business day is where a period printed elsewhere counts them: compose it after the other parts.
     */
    Draft definitions() {
        Draft d = draft("definitions");
        d.clause("definitions.gdpr", p());
        if (agreement.getSubprocessing().isPresent()) {
            d.clause("definitions.subprocessor", p());
        }
        if (t.printedBusinessDays()) {
            d.clause("definitions.businessDays", p());
        }
        if (agreement.getControllers().size() > 1) {
            // the party block calls each of them "the Controller": say what the singular means
            d.clause("definitions.severalControllers", p());
        }
        if (swissLawApplies()) {
            d.clause("definitions.fadp", p());
        }
        d.clause("definitions.interpretation", p());
        return d;
    }

    /**
     * Whether the Swiss FADP governs (part of) the processing: a controller in Switzerland, or data exported under the
     * Swiss regime. The GDPR's terms and provisions then need their FADP counterparts (Art. 9 FADP).
     */
    private boolean swissLawApplies() {
        boolean swissController = agreement.getControllers().stream()
                .anyMatch(c -> c.getAddress()
                        .map(a -> a.getCountry().equals(Optional.of(CountryCode.of("CH"))))
                        .orElse(false));
        boolean swissExport = agreement
                .getTransfers()
                .map(tr -> tr.getExportRegimes().contains(TransferRegime.CH))
                .orElse(false);
        return swissController || swissExport;
    }

    Draft subject() {
        Draft d = draft("subject");
        agreement.getProcessing().ifPresent(p -> {
            p.getSubjectMatter().ifPresent(s -> d.clause("subject.subjectMatter", p().text("subjectMatter", s)));
            if (!p.getServices().isEmpty()) {
                d.clause("subject.services", p(), list(p.getServices()));
            }
            p.getScope().ifPresent(s -> d.clause("subject.scope", p().continuing("scope", s)));
            if (!p.getExclusions().isEmpty()) {
                d.clause("subject.exclusions", p(), list(p.getExclusions()));
            }
        });
        // Clauses on duration, termination and precedence speak of "the Main Contract" whether or not the
        // agreement identifies it, so the term is always defined here, if need be as the parties' service contract.
        Optional<MainContractReference> main = agreement
                .getMainContract()
                .filter(m -> m.getTitle().isPresent()
                        || m.getReference().isPresent()
                        || m.getDate().isPresent());
        if (main.isPresent()) {
            d.clause("subject.mainContract", p().plain("mainContract", mainContract(main.get())));
        } else {
            d.clause("subject.mainContract.unidentified", p());
        }
        if (agreement.getInstrument().orElse(null) == InstrumentType.OTHER_LEGAL_ACT) {
            d.clause(
                    "subject.legalAct",
                    p().plain("legalAct", agreement.getLegalActReference().orElse(t.get("format.notStated"))));
        }
        agreement
                .getProcessing()
                .filter(p -> annexLabels.containsKey("description"))
                .ifPresent(p -> {
                    List<String> items = annexContents(p);
                    if (!items.isEmpty()) {
                        d.clause(
                                "subject.annexDescribes",
                                p().plain("annex", Objects.requireNonNull(annexLabels.get("description")))
                                        .plain("items", t.join(items))
                                        .plain(
                                                "annexesPart",
                                                t.get(
                                                        options.getAnnexLayout() == AnnexLayout.SCC_2021_915
                                                                ? "subject.annexesPart.scc"
                                                                : annexLabels.size() == 1
                                                                        ? "subject.annexesPart.one"
                                                                        : "subject.annexesPart")));
                    }
                });
        return d;
    }

    /**
     * What the description annex sets out, in the words of the one clause that points to it (SCC 2021/915
     * Cl. 6): the sections on the nature and the data are not printed when the annex holds them, so the
     * contract says once where the details are.
     */
    private List<String> annexContents(ProcessingDescription p) {
        List<String> items = new ArrayList<>();
        // the nature, purposes, data and data subjects are in the annex in any case: as stated or as a visible gap
        items.add(t.get("subject.annexDescribes.natureAndPurposes"));
        if (!p.getCharacteristics().isEmpty()) {
            items.add(t.get("subject.annexDescribes.characteristics"));
        }
        items.add(t.get("subject.annexDescribes.data"));
        items.add(t.get("subject.annexDescribes.subjects"));
        if (!p.getSensitiveDataSafeguards().isEmpty()
                || agreement.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of()).stream()
                        .anyMatch(m -> m.getSpecialCategorySafeguard().orElse(false))) {
            items.add(t.get("subject.annexDescribes.safeguards"));
        }
        if (p.getRetention().isPresent()
                || p.getDataCategories().stream()
                        .anyMatch(c -> c.getRetention().isPresent()
                                || c.getRetentionAfterEnd().isPresent())) {
            items.add(t.get("subject.annexDescribes.retention"));
        }
        if (!p.getLocations().isEmpty()) {
            items.add(t.get("subject.annexDescribes.locations"));
        }
        return items;
    }

    String mainContract(MainContractReference m) {
        List<String> parts = new ArrayList<>();
        m.getTitle().ifPresent(title -> parts.add(t.resolve(title)));
        m.getReference().ifPresent(r -> parts.add(t.plain("subject.mainContract.reference", Map.of("reference", r))));
        m.getDate().ifPresent(date -> parts.add(t.plain("subject.mainContract.date", Map.of("date", t.date(date)))));
        return parts.isEmpty() ? t.get("subject.mainContract.unnamed") : String.join(" ", parts);
    }

    Draft duration() {
        Draft d = draft("duration");
        agreement.getEffectiveDate().ifPresent(e -> d.clause("duration.effective", p().plain("date", t.date(e))));
        Optional<ProcessingDuration> duration = agreement.getProcessing().flatMap(ProcessingDescription::getDuration);
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

    Draft nature() {
        Draft d = draft("nature");
        agreement.getProcessing().ifPresent(p -> {
            if (!annexLabels.containsKey("description")) {
                natureBlocks(p, d::clause); // with the annex, the subject section points to it once
            }
        });
        return d;
    }

    void natureBlocks(ProcessingDescription p, ClauseSink sink) {
        List<Paragraph> operations = new ArrayList<>();
        for (ProcessingNature nature : p.getNature()) {
            List<String> parts = new ArrayList<>();
            nature.getOperation().ifPresent(o -> parts.add(t.label(o)));
            nature.getDescription().ifPresent(text -> parts.add(t.resolve(text)));
            if (!parts.isEmpty()) { // an entry that states neither operation nor description says nothing
                operations.add(Paragraph.text(String.join(" – ", parts)));
            }
        }
        // nature, purposes, types of data and categories of data subjects are what Art. 28(3) GDPR requires the
        // contract to set out: where the agreement leaves one open, the document shows the gap instead of leaving
        // the heading out
        sink.add("nature.operations", p(), operations.isEmpty() ? gap("nature") : new ListBlock(false, operations));
        if (p.getPurposes().isEmpty()) {
            sink.add("nature.purposes", p(), gap("processingPurposes"));
        } else {
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

    /** A list holding only the visible gap "[to be completed: …]" of a required description the agreement lacks. */
    private ListBlock gap(String what) {
        return new ListBlock(
                false, List.of(Paragraph.text(t.plain("transfer.gap", Map.of("what", t.get("transfer.gap." + what))))));
    }

    Draft data() {
        Draft d = draft("data");
        agreement.getProcessing().ifPresent(p -> {
            if (!annexLabels.containsKey("description")) {
                dataBlocks(p, d::clause); // with the annex, the subject section points to it once
            }
        });
        return d;
    }

    void dataBlocks(ProcessingDescription p, ClauseSink sink) {
        if (p.getDataCategories().isEmpty()) {
            sink.add("data.categories", p(), gap("data"));
        } else {
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
                if (c.getOwnPurposes().orElse(false)) {
                    runs.add(Run.text(" " + t.get("data.ownPurposes")));
                }
                items.add(new Paragraph(runs));
            }
            sink.add("data.categories", p(), new ListBlock(false, items));
        }
        if (!p.getSensitiveDataSafeguards().isEmpty()) {
            sink.add("data.safeguards", p(), list(p.getSensitiveDataSafeguards()));
        }
        safeguardMeasures(sink);
        if (p.getDataSubjects().isEmpty()) {
            sink.add("data.subjects", p(), gap("subjects"));
        } else {
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
        categoryRetention(p, sink);
        if (!p.getLocations().isEmpty()) {
            List<Paragraph> items = new ArrayList<>();
            p.getLocations().forEach(l -> items.add(Paragraph.text(location(l))));
            sink.add("data.locations", p(), new ListBlock(false, items));
        }
    }

    /** Retention periods per data category during and after the processing (issue 11 section 4), as a list. */
    private void categoryRetention(ProcessingDescription p, ClauseSink sink) {
        List<Paragraph> items = new ArrayList<>();
        for (DataCategory c : p.getDataCategories()) {
            c.getRetention()
                    .ifPresent(r -> items.add(new Paragraph(t.fill(
                            "data.categoryRetention.during",
                            p().plain("category", t.resolve(c.getName()))
                                    .runs("term", term(r))
                                    .map()))));
            c.getRetentionAfterEnd()
                    .ifPresent(r -> items.add(new Paragraph(t.fill(
                            "data.categoryRetention.afterEnd",
                            p().plain("category", t.resolve(c.getName()))
                                    .runs("term", term(r))
                                    .map()))));
        }
        if (!items.isEmpty()) {
            sink.add("data.categoryRetention", p(), new ListBlock(false, items));
        }
    }

    /** The measures typed as safeguards for special categories of data (Art. 9, 10), as a list. */
    private void safeguardMeasures(ClauseSink sink) {
        List<LocalizedText> measures =
                agreement.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of()).stream()
                        .filter(m -> m.getSpecialCategorySafeguard().orElse(false))
                        .map(TechnicalOrganisationalMeasure::getDescription)
                        .toList();
        if (!measures.isEmpty()) {
            sink.add("data.safeguardMeasures", p(), list(measures));
        }
    }
}
