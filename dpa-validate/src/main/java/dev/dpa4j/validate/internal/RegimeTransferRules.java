/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfFramework;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.SwissAdaptations;
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.UkTransferTerms;
import dev.dpa4j.model.UkTransferTool;
import dev.dpa4j.model.catalog.AdequacyDecision;
import dev.dpa4j.model.catalog.AdequacyDecisionCatalog;
import dev.dpa4j.model.catalog.AdequacyScope;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.LegalReference.Act;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.internal.TransferRules.Place;
import dev.dpa4j.validate.internal.TransferRules.Recipient;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transfer rules that depend on the exporting regime: the Data Privacy Framework per recipient and regime, the
 * supplementary measures a transfer impact assessment asks for, and the UK and Swiss tools where the agreement covers
 * UK or Swiss exports ({@code transfers.exportRegimes}). Shares the recipient walk of {@link TransferRules}, so the
 * whole chain of sub-processors is judged at any depth.
 */
final class RegimeTransferRules {

    /**
     * A check of the Data Privacy Framework List older than this many days before the as-of date is stale:
     * certifications are renewed every year, so an older check says nothing about today's status.
     */
    static final long DPF_CHECK_MAX_AGE_DAYS = 365;

    private static final CountryCode GB = CountryCode.of("GB");
    private static final CountryCode CH = CountryCode.of("CH");

    private RegimeTransferRules() {}

    static Set<TransferRegime> regimes(DataProcessingAgreement a) {
        Set<TransferRegime> set = a.getTransfers()
                .map(TransferTerms::getExportRegimes)
                .map(s -> (Set<TransferRegime>) s)
                .orElse(Set.of());
        return set.isEmpty() ? Set.of(TransferRegime.EU) : set;
    }

    private static AdequacyDecisionCatalog catalogue(TransferRegime regime) {
        return regime == TransferRegime.UK
                ? Catalogs.standard().ukAdequacyRegulations()
                : Catalogs.standard().swissAdequacy();
    }

    /** The places of a recipient that need a tool under the UK or Swiss regime; the processor's seat counts. */
    static List<Place> needingTool(DataProcessingAgreement a, Recipient rec, TransferRegime regime, LocalDate asOf) {
        List<Place> places = new ArrayList<>(rec.places());
        if (rec.processor()) {
            TransferRules.processorSeat(a)
                    .filter(seat -> places.stream().noneMatch(p -> p.country().equals(Optional.of(seat))))
                    .ifPresent(seat -> places.add(
                            new Place(Optional.of(seat), "processor.address.country", LocationKind.PROCESSING)));
        }
        CountryCode home = regime == TransferRegime.UK ? GB : CH;
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (p.country().isEmpty()) {
                continue; // TRANSFER_MECHANISM already warns about unspecified regions
            }
            CountryCode co = p.country().get();
            boolean covered = co.equals(home)
                    || TransferRules.isEea(co, asOf)
                    || catalogue(regime)
                            .find(co, asOf)
                            .filter(x -> x.scope() == AdequacyScope.FULL)
                            .isPresent();
            if (!covered) {
                out.add(p);
            }
        }
        return out;
    }

    private static DpfFramework framework(TransferRegime regime) {
        return switch (regime) {
            case EU -> DpfFramework.EU_US;
            case UK -> DpfFramework.UK_EXTENSION;
            case CH -> DpfFramework.SWISS_US;
        };
    }

    static boolean hrData(DataProcessingAgreement a) {
        return a.getProcessing()
                .map(p -> p.getDataSubjects().stream()
                                .anyMatch(s -> Text.containsAny(s.getName(), TransferRules.HR_STEMS))
                        || p.getDataCategories().stream()
                                .anyMatch(dc -> Text.containsAny(dc.getName(), TransferRules.HR_STEMS)))
                .orElse(false);
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("DPF_CERTIFICATION", ERROR)
                .refs(gdpr("45", 1), LegalReference.of(Act.UK_GDPR, "45A"), LegalReference.of(Act.FADP, "16", 1))
                .variants("notCertified", "unknown", "unchecked", "stale", "framework", "hrNotCovered", "unstated")
                .note("For every recipient whose tool under a regime is the Data Privacy Framework, from its typed"
                        + " record (dpf). The framework covers only organisations on the Data Privacy Framework List,"
                        + " for the part of the framework of the exporting regime (EU-US, UK Extension, Swiss-US) and,"
                        + " for HR data, only where the certification says so: a recipient found not certified, a"
                        + " missing part or uncovered HR data leave the transfer without a tool (errors). An unknown"
                        + " status, a missing check date, or a check more than " + DPF_CHECK_MAX_AGE_DAYS + " days"
                        + " before the as-of date (certifications are renewed yearly) give warnings. HR data are"
                        + " recognised as in X_US_DPF. A UK or Swiss slot relying on the framework without a record is"
                        + " a warning (unstated); the older flags of the GDPR slot are judged by X_US_DPF.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean hr = hrData(a);
                    for (Recipient rec : TransferRules.recipients(c)) {
                        for (TransferRegime regime : TransferRules.REGIMES) {
                            Optional<TransferMechanism> m = rec.mechanism(regime)
                                    .filter(x -> x.getType() == TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK);
                            if (m.isEmpty()) {
                                continue;
                            }
                            String path = rec.path(regime);
                            Optional<DpfCertification> dpf = m.get().getDpf();
                            if (dpf.isEmpty()) {
                                if (regime != TransferRegime.EU) {
                                    r.add(WARNING, "unstated", path, "recipient", rec.name());
                                }
                                continue;
                            }
                            DpfCertification cert = dpf.get();
                            if (cert.getStatus() == DpfStatus.NOT_CERTIFIED) {
                                r.add("notCertified", path + ".dpf.status", "recipient", rec.name());
                                continue;
                            }
                            if (cert.getStatus() == DpfStatus.UNKNOWN) {
                                r.add(WARNING, "unknown", path + ".dpf.status", "recipient", rec.name());
                            }
                            if (cert.getCheckedOn().isEmpty()) {
                                r.add(WARNING, "unchecked", path + ".dpf.checkedOn", "recipient", rec.name());
                            } else if (ChronoUnit.DAYS.between(
                                            cert.getCheckedOn().get(), c.asOf())
                                    > DPF_CHECK_MAX_AGE_DAYS) {
                                r.add(
                                        WARNING,
                                        "stale",
                                        path + ".dpf.checkedOn",
                                        "recipient",
                                        rec.name(),
                                        "checkedOn",
                                        cert.getCheckedOn().get().toString(),
                                        "days",
                                        Long.toString(DPF_CHECK_MAX_AGE_DAYS));
                            }
                            if (cert.getStatus() == DpfStatus.CERTIFIED
                                    && !cert.getFrameworks().contains(framework(regime))) {
                                r.add(
                                        "framework",
                                        path + ".dpf.frameworks",
                                        "recipient",
                                        rec.name(),
                                        "framework",
                                        "dpf." + framework(regime).name());
                            }
                            if (hr && !cert.getHrCovered().orElse(false)) {
                                r.add("hrNotCovered", path + ".dpf.hrCovered", "recipient", rec.name());
                            }
                        }
                    }
                });
        d.rule("TIA_MEASURES", ERROR)
                .refs(gdpr("46", 1), LegalReference.of(Act.UK_GDPR, "46", 1))
                .variants("missing")
                .note("Where the transfer impact assessment of a recipient concludes that supplementary measures are"
                        + " needed (impactAssessment.supplementaryMeasuresRequired), the tool is effective only with"
                        + " them (EDPB Recommendations 01/2020, step 4; Clause 14(b) of the clauses 2021/914). Relying on"
                        + " it with no measure stated, typed or as text, contradicts the assessment: an error.")
                .check((c, r) -> {
                    for (Recipient rec : TransferRules.recipients(c)) {
                        for (TransferRegime regime : TransferRules.REGIMES) {
                            // without ifPresent: its lambda, capturing the recipient and the regime, was made for
                            // every regime of every recipient (issue #14)
                            if (rec.mechanism(regime)
                                    .filter(m -> m.getImpactAssessment()
                                            .flatMap(TransferImpactAssessment::getSupplementaryMeasuresRequired)
                                            .orElse(false))
                                    .filter(m -> m.getMeasures().isEmpty()
                                            && m.getSupplementaryMeasures().isEmpty())
                                    .isPresent()) {
                                r.add("missing", rec.path(regime) + ".measures", "recipient", rec.name());
                            }
                        }
                    }
                });
        d.rule("UK_TRANSFER_TOOL", ERROR)
                .refs(
                        LegalReference.of(Act.UK_GDPR, "44A"),
                        LegalReference.of(Act.UK_GDPR, "45A"),
                        LegalReference.of(Act.UK_GDPR, "46", 2, "d"))
                .variants(
                        "missing",
                        "noAdequacy",
                        "toolUnstated",
                        "sccWithoutAddendum",
                        "addendumWithoutScc",
                        "ending",
                        "idtaLaw",
                        "idtaForum",
                        "idtaChoicesOnAddendum",
                        "idtaExporterStatus",
                        "idtaImporterStatus")
                .note("Runs where transfers.exportRegimes includes UK. Every recipient, at any depth, that processes"
                        + " outside the UK and the EEA in a country without a full UK adequacy finding (UK adequacy"
                        + " regulations catalogue) needs a UK tool in ukTransfer (processorUkTransfer for the"
                        + " processor, whose seat counts): the UK Addendum or the IDTA (SCC_2021_914 or"
                        + " SUPERVISORY_AUTHORITY_SCC, with transfers.uk saying which), the UK Extension to the"
                        + " Data Privacy Framework, or ADEQUACY_DECISION where UK regulations cover the country. The EU"
                        + " clauses alone are no UK tool, so SCC_2021_914 needs the Addendum. A missing Table 4 choice"
                        + " (which party may end the Addendum when the Commissioner issues a revised Addendum) leaves a"
                        + " table of the Addendum blank: an error in the EXECUTED profile, where the Addendum would be"
                        + " signed incomplete, and a warning in the TEMPLATE profile. The IDTA (issued, like the"
                        + " Addendum, by the Commissioner under section 119A of the Data Protection Act 2018) asks in"
                        + " its Table 2 for the part of the United Kingdom whose law governs it and whose courts are"
                        + " the primary place for legal claims (uk.governingLaw, uk.forum): each missing choice is an"
                        + " error in the EXECUTED profile and a warning in the TEMPLATE profile. The Addendum has no"
                        + " such table, so these choices on the Addendum are a warning: they are not rendered. Table 2"
                        + " also asks for the status of the exporter and of the importer (controller, processor or"
                        + " sub-processor; uk.exporterStatus, uk.importerStatus): each missing one is judged like the"
                        + " law and the forum.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!regimes(a).contains(TransferRegime.UK)) {
                        return;
                    }
                    Optional<UkTransferTerms> uk = a.getTransfers().flatMap(TransferTerms::getUk);
                    boolean clausesUsed = false;
                    for (Recipient rec : TransferRules.recipients(c)) {
                        List<Place> needing = needingTool(a, rec, TransferRegime.UK, c.asOf());
                        Optional<TransferMechanism> m = rec.ukMechanism();
                        if (m.isEmpty()) {
                            if (!needing.isEmpty()) {
                                r.add(
                                        "missing",
                                        rec.ukPath(),
                                        "recipient",
                                        rec.name(),
                                        "country",
                                        needing.get(0).country().get().getCode());
                            }
                            continue;
                        }
                        TransferMechanismType type = m.get().getType();
                        if (type == TransferMechanismType.ADEQUACY_DECISION) {
                            for (Place p : needing) {
                                Optional<AdequacyDecision> found = catalogue(TransferRegime.UK)
                                        .find(p.country().get(), c.asOf());
                                if (found.isEmpty()) {
                                    r.add(
                                            "noAdequacy",
                                            rec.ukPath(),
                                            "recipient",
                                            rec.name(),
                                            "country",
                                            p.country().get().getCode());
                                    break;
                                }
                            }
                        }
                        if (type == TransferMechanismType.SCC_2021_914) {
                            clausesUsed = true;
                            if (uk.filter(u -> u.getTool() == UkTransferTool.IDTA)
                                    .isPresent()) {
                                r.add("sccWithoutAddendum", rec.ukPath(), "recipient", rec.name());
                            }
                        }
                        if (type == TransferMechanismType.SUPERVISORY_AUTHORITY_SCC) {
                            clausesUsed = true;
                        }
                    }
                    // a blank table of the Addendum or the IDTA would be signed incomplete
                    Severity tables = c.profile() == Profile.EXECUTED ? ERROR : WARNING;
                    if (clausesUsed && uk.isEmpty()) {
                        r.add("toolUnstated", "transfers.uk");
                    }
                    if (uk.filter(u -> u.getTool() == UkTransferTool.ADDENDUM).isPresent()) {
                        if (SccRules.scc(a).isEmpty()) {
                            r.add("addendumWithoutScc", "transfers.uk");
                        }
                        if (uk.get().getEnding().isEmpty()) {
                            r.add(tables, "ending", "transfers.uk.ending");
                        }
                        if (uk.get().getGoverningLaw().isPresent()
                                || uk.get().getForum().isPresent()) {
                            r.add(WARNING, "idtaChoicesOnAddendum", "transfers.uk");
                        }
                    }
                    if (uk.filter(u -> u.getTool() == UkTransferTool.IDTA).isPresent()) {
                        if (uk.get().getGoverningLaw().isEmpty()) {
                            r.add(tables, "idtaLaw", "transfers.uk.governingLaw");
                        }
                        if (uk.get().getForum().isEmpty()) {
                            r.add(tables, "idtaForum", "transfers.uk.forum");
                        }
                        if (uk.get().getExporterStatus().isEmpty()) {
                            r.add(tables, "idtaExporterStatus", "transfers.uk.exporterStatus");
                        }
                        if (uk.get().getImporterStatus().isEmpty()) {
                            r.add(tables, "idtaImporterStatus", "transfers.uk.importerStatus");
                        }
                    }
                });
        d.rule("CH_TRANSFER_TOOL", ERROR)
                .refs(LegalReference.of(Act.FADP, "16", 1), LegalReference.of(Act.FADP, "16", 2, "d"))
                .variants("missing", "noAdequacy", "adaptationsMissing", "adaptationsIncomplete")
                .note("Runs where transfers.exportRegimes includes CH (Swiss data subjects or exporters). Every"
                        + " recipient, at any depth, that processes outside Switzerland and the EEA in a state not on"
                        + " the Swiss list (Annex 1 DPO) with full scope needs a Swiss tool in swissTransfer"
                        + " (processorSwissTransfer for the processor): the EU clauses with the Swiss adaptations, the"
                        + " Swiss-US Data Privacy Framework, or ADEQUACY_DECISION where the Swiss list covers the state."
                        + " The FDPIC recognised the 2021 clauses on condition of the adaptations: the FDPIC as"
                        + " competent authority, references to the GDPR read as the FADP, and the right of data"
                        + " subjects in Switzerland to sue at their habitual residence. Each missing adaptation is an"
                        + " error.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!regimes(a).contains(TransferRegime.CH)) {
                        return;
                    }
                    boolean sccUsed = false;
                    for (Recipient rec : TransferRules.recipients(c)) {
                        List<Place> needing = needingTool(a, rec, TransferRegime.CH, c.asOf());
                        Optional<TransferMechanism> m = rec.swissMechanism();
                        if (m.isEmpty()) {
                            if (!needing.isEmpty()) {
                                r.add(
                                        "missing",
                                        rec.swissPath(),
                                        "recipient",
                                        rec.name(),
                                        "country",
                                        needing.get(0).country().get().getCode());
                            }
                            continue;
                        }
                        if (m.get().getType() == TransferMechanismType.ADEQUACY_DECISION) {
                            for (Place p : needing) {
                                if (catalogue(TransferRegime.CH)
                                        .find(p.country().get(), c.asOf())
                                        .isEmpty()) {
                                    r.add(
                                            "noAdequacy",
                                            rec.swissPath(),
                                            "recipient",
                                            rec.name(),
                                            "country",
                                            p.country().get().getCode());
                                    break;
                                }
                            }
                        }
                        sccUsed |= m.get().getType() == TransferMechanismType.SCC_2021_914;
                    }
                    if (!sccUsed) {
                        return;
                    }
                    Optional<SwissAdaptations> swiss = a.getTransfers().flatMap(TransferTerms::getSwissAdaptations);
                    if (swiss.isEmpty()) {
                        r.add("adaptationsMissing", "transfers.swissAdaptations");
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    if (!swiss.get().isFdpicCompetent()) {
                        missing.add("swiss.fdpicCompetent");
                    }
                    if (!swiss.get().isFadpReferences()) {
                        missing.add("swiss.fadpReferences");
                    }
                    if (!swiss.get().isHabitualResidenceForum()) {
                        missing.add("swiss.habitualResidenceForum");
                    }
                    if (!missing.isEmpty()) {
                        r.add(
                                "adaptationsIncomplete",
                                "transfers.swissAdaptations",
                                "missing",
                                String.join(",", missing));
                    }
                });
    }
}
