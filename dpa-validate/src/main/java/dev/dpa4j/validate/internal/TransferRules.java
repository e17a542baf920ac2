/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyAttribute;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.catalog.AdequacyDecision;
import dev.dpa4j.model.catalog.AdequacyScope;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.Country;
import dev.dpa4j.model.catalog.RegimeValidity;
import dev.dpa4j.model.catalog.TransferMechanismEntry;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.LegalReference.Act;
import dev.dpa4j.validate.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The transfer rules of Chapter V GDPR (catalogue §1.M and §2) and § 80 SGB X. EU/EEA membership,
 * adequacy decisions and the validity of transfer instruments come from the reference catalogue
 * ({@link Catalogs#standard()}) and are judged at the validator's as-of date.
 */
final class TransferRules {

    /** The tools of Art. 46 GDPR, which need a transfer impact assessment. */
    static final Set<TransferMechanismType> ART_46 = EnumSet.of(
            TransferMechanismType.SCC_2021_914,
            TransferMechanismType.SUPERVISORY_AUTHORITY_SCC,
            TransferMechanismType.BINDING_CORPORATE_RULES_CONTROLLER,
            TransferMechanismType.BINDING_CORPORATE_RULES_PROCESSOR,
            TransferMechanismType.CODE_OF_CONDUCT,
            TransferMechanismType.CERTIFICATION,
            TransferMechanismType.PUBLIC_AUTHORITY_INSTRUMENT,
            TransferMechanismType.AD_HOC_CLAUSES,
            TransferMechanismType.ADMINISTRATIVE_ARRANGEMENT);

    static final CountryCode US = CountryCode.of("US");

    /**
     * {@link TransferRegime#values()}, made once: the transfer rules loop over the regimes for every recipient, and
     * {@code values()} copies its array on every call (issue #14). An array, so that the loops make neither a copy
     * nor an iterator; read only, never written.
     */
    static final TransferRegime[] REGIMES = TransferRegime.values();

    static final List<String> HR_STEMS = List.of(
            "beschäftigt",
            "mitarbeiter",
            "arbeitnehmer",
            "bewerber",
            "personal",
            "employee",
            "applicant",
            "staff",
            "payroll",
            "lohn",
            "gehalt");

    private TransferRules() {}

    /**
     * One recipient of data: the processor or a sub-processor, with the places it processes from. It keeps the model
     * path of the sub-processor only and builds the paths below it when a finding needs one: a list of recipients
     * is made for every validation run, and with ten thousand sub-processors the paths were most of its memory
     * (issue #14).
     *
     * @param name the name to show in messages
     * @param processor whether this is the processor rather than a sub-processor
     * @param path the model path of the sub-processor; unused for the processor
     * @param model the same path as a {@link ModelPath}, the root for the processor: the findings on a recipient's
     *     tools are reported at paths built from it, not read from text (issue #14)
     * @param places the places it processes from
     * @param eu the tool under the EU regime, or null
     * @param uk the tool under the UK regime, or null
     * @param swiss the tool under the Swiss regime, or null
     */
    record Recipient(
            String name,
            boolean processor,
            String path,
            ModelPath model,
            List<Place> places,
            @Nullable TransferMechanism eu,
            @Nullable TransferMechanism uk,
            @Nullable TransferMechanism swiss) {

        /** The model path of the tool under the EU regime. */
        String mechanismPath() {
            return path(TransferRegime.EU);
        }

        /** The model path of the tool under the UK regime. */
        String ukPath() {
            return path(TransferRegime.UK);
        }

        /** The model path of the tool under the Swiss regime. */
        String swissPath() {
            return path(TransferRegime.CH);
        }

        /** The tool under the EU regime, if stated. */
        Optional<TransferMechanism> mechanism() {
            return Optional.ofNullable(eu);
        }

        /** The tool under the UK regime, if stated. */
        Optional<TransferMechanism> ukMechanism() {
            return Optional.ofNullable(uk);
        }

        /** The tool under the Swiss regime, if stated. */
        Optional<TransferMechanism> swissMechanism() {
            return Optional.ofNullable(swiss);
        }

        /** The model path of the tool under a regime. */
        String path(TransferRegime regime) {
            if (processor) {
                return switch (regime) {
                    case EU -> "transfers.processorTransfer";
                    case UK -> "transfers.processorUkTransfer";
                    case CH -> "transfers.processorSwissTransfer";
                };
            }
            return switch (regime) {
                case EU -> path + ".transfer";
                case UK -> path + ".ukTransfer";
                case CH -> path + ".swissTransfer";
            };
        }

        /** {@link #path(TransferRegime)} as a {@link ModelPath}. */
        ModelPath modelPath(TransferRegime regime) {
            if (processor) {
                return model.property("transfers").property(path(regime).substring("transfers.".length()));
            }
            return model.property(
                    switch (regime) {
                        case EU -> "transfer";
                        case UK -> "ukTransfer";
                        case CH -> "swissTransfer";
                    });
        }

        /** {@link #mechanismPath()} as a {@link ModelPath}. */
        ModelPath mechanismModelPath() {
            return modelPath(TransferRegime.EU);
        }

        /** The tool under a regime, if stated. */
        Optional<TransferMechanism> mechanism(TransferRegime regime) {
            return switch (regime) {
                case EU -> mechanism();
                case UK -> ukMechanism();
                case CH -> swissMechanism();
            };
        }
    }

    /**
     * A country or an unspecified region where a recipient processes, with the model path, which is built when
     * asked for: from the path of the recipient ({@code owner}) and the index in its locations, or the recipient's
     * country ({@link #SEAT}); with {@link #FIXED}, {@code owner} is the whole path.
     *
     * @param country the country, empty for an unspecified region
     * @param owner the path of the recipient ({@code processing} for the processor), or the whole path
     * @param index the index in the recipient's locations, {@link #SEAT} or {@link #FIXED}
     * @param kind the kind of location
     */
    record Place(Optional<CountryCode> country, String owner, int index, LocationKind kind) {

        /** The index of a place whose {@code owner} is its whole path. */
        static final int FIXED = -1;

        /** The index of a place that is the recipient's country ({@code owner.country}). */
        static final int SEAT = -2;

        /** A place with a path of its own. */
        Place(Optional<CountryCode> country, String path, LocationKind kind) {
            this(country, path, FIXED, kind);
        }

        /** The model path of the location (or of the recipient's country). */
        String path() {
            return switch (index) {
                case FIXED -> owner;
                case SEAT -> owner + ".country";
                default -> owner + ".locations[" + index + "]";
            };
        }
    }

    static boolean isEea(CountryCode country, LocalDate asOf) {
        Optional<Country> entry = Catalogs.standard().countries().find(country);
        return entry.isPresent() && entry.get().isEea(asOf);
    }

    static Optional<AdequacyDecision> adequacy(CountryCode country, LocalDate asOf) {
        return Catalogs.standard().adequacyDecisions().find(country, asOf);
    }

    static boolean fullyAdequate(CountryCode country, LocalDate asOf) {
        return adequacy(country, asOf)
                .filter(d -> d.scope() == AdequacyScope.FULL)
                .isPresent();
    }

    /** A place outside the EEA without full adequacy at the date; unspecified third-country regions count. */
    static boolean needsMechanism(Place place, LocalDate asOf) {
        return place.country()
                .map(c -> !isEea(c, asOf) && !fullyAdequate(c, asOf))
                .orElse(true);
    }

    /**
     * What the catalogue says of one country at a date: whether it belongs to the EEA ({@link TransferRules#isEea})
     * and the adequacy decision in force ({@link TransferRules#adequacy}). A run looks each country up once ({@link RunMemo#country}) instead
     * of once per place, recipient and rule (issue #14).
     *
     * @param eea whether the country belongs to the EEA at the date
     * @param adequacy the adequacy decision in force at the date, or null
     */
    record CountryFacts(boolean eea, @Nullable AdequacyDecision adequacy) {

        /** The facts of a country at a date, from the catalogue. */
        static CountryFacts of(CountryCode country, LocalDate asOf) {
            return new CountryFacts(
                    TransferRules.isEea(country, asOf),
                    TransferRules.adequacy(country, asOf).orElse(null));
        }

        /** {@link TransferRules#fullyAdequate} of the country. */
        boolean fullyAdequate() {
            AdequacyDecision decision = adequacy;
            return decision != null && decision.scope() == AdequacyScope.FULL;
        }

        /** {@link TransferRules#needsMechanism} of a place in the country: outside the EEA without full adequacy. */
        boolean needsMechanism() {
            return !eea && !fullyAdequate();
        }
    }

    private static List<Place> places(List<Location> locations, String owner, Optional<CountryCode> seat) {
        List<Place> out = new ArrayList<>();
        Set<CountryCode> seen = new LinkedHashSet<>();
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            if (l.getCountry().isPresent()) {
                if (seen.add(l.getCountry().get())) {
                    out.add(new Place(l.getCountry(), owner, i, l.getKind()));
                }
            } else if (l.getRegion().filter(Region::mayBeOutsideEea).isPresent()) {
                out.add(new Place(Optional.empty(), owner, i, l.getKind()));
            }
        }
        if (seat.isPresent() && seen.add(seat.get())) {
            out.add(new Place(seat, owner, Place.SEAT, LocationKind.PROCESSING));
        }
        return List.copyOf(out);
    }

    /** The recipients of the agreement, listed once per validation run. */
    static List<Recipient> recipients(RuleContext c) {
        return c instanceof DefaultRuleContext context ? context.recipients() : recipients(c.agreement());
    }

    /** The processor (its own processing locations) and every sub-processor down the chain. */
    static List<Recipient> recipients(DataProcessingAgreement a) {
        return recipients(a, Subprocessors.list(a));
    }

    /**
     * {@link #recipients(DataProcessingAgreement)} from a list of its sub-processors ({@link Subprocessors#list}): a run
     * walks them once for its rules and its recipients, not once for each (issue #14).
     */
    static List<Recipient> recipients(DataProcessingAgreement a, List<Subprocessors.Entry> subprocessors) {
        List<Recipient> out = new ArrayList<>();
        Optional<TransferMechanism> processorMechanism = a.getTransfers().flatMap(TransferTerms::getProcessorTransfer);
        List<Location> locations =
                a.getProcessing().map(ProcessingDescription::getLocations).orElse(List.of());
        Optional<Party> processor = a.getProcessor();
        Optional<TransferTerms> terms = a.getTransfers();
        out.add(new Recipient(
                processor.flatMap(Party::getName).orElse("-"),
                true,
                "",
                ModelPath.root(),
                places(locations, "processing", Optional.empty()),
                processorMechanism.orElse(null),
                terms.flatMap(TransferTerms::getProcessorUkTransfer).orElse(null),
                terms.flatMap(TransferTerms::getProcessorSwissTransfer).orElse(null)));
        for (Subprocessors.Entry e : subprocessors) {
            Subprocessor sp = e.subprocessor();
            out.add(new Recipient(
                    Subprocessors.label(sp),
                    false,
                    e.path(),
                    e.modelPath(),
                    places(sp.getLocations(), e.path(), sp.getCountry()),
                    sp.getTransfer().orElse(null),
                    sp.getUkTransfer().orElse(null),
                    sp.getSwissTransfer().orElse(null)));
        }
        return out;
    }

    /** Whether a transfer impact assessment is recorded, in the typed record or the older flag. */
    static boolean assessed(TransferMechanism m) {
        return m.isTransferImpactAssessment()
                || m.getImpactAssessment()
                        .filter(dev.dpa4j.model.TransferImpactAssessment::isDone)
                        .isPresent();
    }

    static Optional<CountryCode> processorSeat(DataProcessingAgreement a) {
        return a.getProcessor().flatMap(Party::getAddress).flatMap(ad -> ad.getCountry());
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("TRANSFER_MECHANISM", ERROR)
                .refs(gdpr("44"), gdpr("45"), gdpr("46"), gdpr("28", 3, "a"))
                .variants("missing", "noAdequacy", "unspecifiedRegion")
                .note("Runs for the processor's processing locations and for every sub-processor, including the"
                        + " chain below it and remote access or support locations; the sub-processor's country of"
                        + " establishment counts as a location, since a recipient in a third country is an importer"
                        + " even if it stores the data in the EEA. A country in the EEA or with a full adequacy decision"
                        + " at the as-of date needs nothing. The EU-US Data Privacy Framework covers only certified"
                        + " organisations, so a US recipient without a stated mechanism is an error; for the other"
                        + " partial decisions (Canada, Israel, Japan, Korea) ADEQUACY_SCOPE warns instead. A location in the"
                        + " region \"third countries\" or \"worldwide\" (Region.mayBeOutsideEea) is a transfer as well:"
                        + " without a stated mechanism it is an error too, since no adequacy decision can be relied on"
                        + " for a country that is not named (Art. 44, 46 GDPR). One finding per recipient, naming the"
                        + " first country concerned.")
                .check((c, r) -> {
                    RunMemo memo = RunMemo.of(c);
                    for (Recipient rec : recipients(c)) {
                        TransferMechanism m = rec.eu();
                        if (m != null) {
                            if (m.getType() == TransferMechanismType.ADEQUACY_DECISION) {
                                for (Place p : rec.places()) {
                                    if (p.country().isEmpty()) {
                                        continue;
                                    }
                                    CountryFacts facts =
                                            memo.country(p.country().get());
                                    if (facts.needsMechanism() && facts.adequacy() == null) {
                                        r.add(
                                                "noAdequacy",
                                                rec.mechanismModelPath(),
                                                "recipient",
                                                rec.name(),
                                                "country",
                                                p.country().get().getCode());
                                        break;
                                    }
                                }
                            }
                            continue;
                        }
                        // the first place in a country that needs a tool and has no decision (or is the US, whose
                        // framework covers certified organisations only); else a region without a country
                        CountryCode missing = null;
                        boolean unspecified = false;
                        for (Place p : rec.places()) {
                            if (p.country().isEmpty()) {
                                unspecified = true;
                                continue;
                            }
                            CountryCode country = p.country().get();
                            CountryFacts facts = memo.country(country);
                            if (facts.needsMechanism() && (facts.adequacy() == null || country.equals(US))) {
                                missing = country;
                                break;
                            }
                        }
                        if (missing != null) {
                            r.add(
                                    "missing",
                                    rec.mechanismModelPath(),
                                    "recipient",
                                    rec.name(),
                                    "country",
                                    missing.getCode());
                        } else if (unspecified) {
                            // "third countries" or "worldwide" is a transfer as much as a named country, and an
                            // unnamed country cannot be shown to have an adequacy decision: an error like the US
                            r.add("unspecifiedRegion", rec.mechanismModelPath(), "recipient", rec.name());
                        }
                    }
                });
        d.rule("ADEQUACY_SCOPE", WARNING)
                .refs(gdpr("45", 1))
                .variants("unconfirmed")
                .note("For partial adequacy decisions other than the EU-US framework (see X_US_DPF), the recipient"
                        + " must be confirmed to fall within the decision (adequacyScopeConfirmed).")
                .check((c, r) -> {
                    RunMemo memo = RunMemo.of(c);
                    for (Recipient rec : recipients(c)) {
                        boolean confirmed = rec.mechanism()
                                .flatMap(TransferMechanism::getAdequacyScopeConfirmed)
                                .orElse(false);
                        boolean otherTool = rec.mechanism()
                                .filter(m -> m.getType() != TransferMechanismType.ADEQUACY_DECISION)
                                .isPresent();
                        if (confirmed || otherTool) {
                            continue;
                        }
                        for (Place p : rec.places()) {
                            if (p.country().isEmpty()) {
                                continue;
                            }
                            CountryCode country = p.country().get();
                            CountryFacts facts = memo.country(country);
                            AdequacyDecision decision = facts.adequacy();
                            if (decision != null
                                    && decision.scope() == AdequacyScope.PARTIAL
                                    && !country.equals(US)
                                    && !facts.eea()) {
                                r.add(
                                        "unconfirmed",
                                        rec.mechanismModelPath(),
                                        "recipient",
                                        rec.name(),
                                        "country",
                                        country.getCode(),
                                        "attribute",
                                        decision.requiredAttribute().orElse("-"));
                                break;
                            }
                        }
                    }
                });
        d.rule("X_US_DPF", WARNING)
                .refs(gdpr("45", 1), gdpr("45", 3))
                .variants("notCertified", "hrNotCovered")
                .note("Reads the older flags dpfCertified and dpfHrCovered of the GDPR tool. Where a recipient has a"
                        + " typed certification record (dpf), DPF_CERTIFICATION judges it instead.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean hr = a.getProcessing()
                            .map(p ->
                                    p.getDataSubjects().stream().anyMatch(s -> Text.containsAny(s.getName(), HR_STEMS))
                                            || p.getDataCategories().stream()
                                                    .anyMatch(dc -> Text.containsAny(dc.getName(), HR_STEMS)))
                            .orElse(false);
                    for (Recipient rec : recipients(c)) {
                        Optional<TransferMechanism> m = rec.mechanism()
                                .filter(x -> x.getType() == TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK
                                        || x.getType() == TransferMechanismType.ADEQUACY_DECISION);
                        if (m.isEmpty() || m.get().getDpf().isPresent()) {
                            continue; // a typed certification record is judged by DPF_CERTIFICATION
                        }
                        // asked only of a recipient with such a tool: the stream was made for every one (issue #14)
                        boolean us =
                                rec.places().stream().anyMatch(p -> p.country().equals(Optional.of(US)));
                        if (!us) {
                            continue;
                        }
                        if (!m.get().getDpfCertified().orElse(false)) {
                            r.add("notCertified", rec.mechanismModelPath(), "recipient", rec.name());
                        } else if (hr && !m.get().getDpfHrCovered().orElse(false)) {
                            r.add("hrNotCovered", rec.mechanismModelPath(), "recipient", rec.name());
                        }
                    }
                });
        d.rule("SCC_MODULE", WARNING)
                .refs(gdpr("46", 2, "c"))
                .variants("missing", "mismatch")
                .note("Controller to processor is module 2; processor to sub-processor is module 3.")
                .check((c, r) -> {
                    for (Recipient rec : recipients(c)) {
                        Optional<TransferMechanism> m =
                                rec.mechanism().filter(x -> x.getType() == TransferMechanismType.SCC_2021_914);
                        if (m.isEmpty()) {
                            continue;
                        }
                        SccModule expected = rec.processor() ? SccModule.MODULE_2 : SccModule.MODULE_3;
                        if (m.get().getSccModule().isEmpty()) {
                            r.add(
                                    "missing",
                                    rec.mechanismPath() + ".sccModule",
                                    "recipient",
                                    rec.name(),
                                    "expected",
                                    expected.name());
                        } else if (m.get().getSccModule().get() != expected) {
                            r.add(
                                    "mismatch",
                                    rec.mechanismPath() + ".sccModule",
                                    "recipient",
                                    rec.name(),
                                    "module",
                                    m.get().getSccModule().get().name(),
                                    "expected",
                                    expected.name());
                        }
                    }
                });
        d.rule("SCC_OUTDATED", ERROR)
                .refs(
                        gdpr("46", 2, "c"),
                        gdpr("46", 5),
                        LegalReference.of(Act.UK_GDPR, "46"),
                        LegalReference.of(Act.FADP, "16"))
                .variants("invalid", "ended")
                .note("Validity is read from the reference catalogue at the as-of date, per exporting regime: the"
                        + " repealed standard contractual clauses were usable for old contracts until 27 December 2022"
                        + " under the GDPR (Art. 4 of Decision 2021/914), until 21 March 2024 under the UK transitional"
                        + " provisions and until 31 December 2022 in Switzerland; Safe Harbor and Privacy Shield ended"
                        + " with the judgments C-362/14 and C-311/18, the Swiss-US Privacy Shield with the FDPIC's"
                        + " assessment of 8 September 2020. The finding names what ended the instrument (variant"
                        + " ended); a tool that was not yet in force at the date gives the variant invalid. The UK and"
                        + " Swiss tools (ukTransfer, swissTransfer) are judged under their regime.")
                .check((c, r) -> {
                    for (Recipient rec : recipients(c)) {
                        for (TransferRegime regime : REGIMES) {
                            Optional<TransferMechanism> m = rec.mechanism(regime);
                            if (m.isEmpty()) {
                                continue;
                            }
                            Optional<TransferMechanismEntry> entry = Catalogs.standard()
                                    .transferMechanisms()
                                    .find(m.get().getType());
                            if (entry.isEmpty() || entry.get().isValid(regime, c.asOf())) {
                                continue;
                            }
                            RegimeValidity validity = entry.get().validity(regime);
                            if (validity.endedBy().isPresent()
                                    && validity.validity()
                                            .until()
                                            .filter(u -> u.isBefore(c.asOf()))
                                            .isPresent()) {
                                r.add(
                                        "ended",
                                        rec.path(regime),
                                        "recipient",
                                        rec.name(),
                                        "mechanism",
                                        m.get().getType().name(),
                                        "regime",
                                        "regime." + regime.name(),
                                        "until",
                                        validity.validity().until().get().toString(),
                                        "endedBy",
                                        "ended." + (regime == TransferRegime.EU ? "" : regime.name() + ".")
                                                + m.get().getType().name());
                            } else {
                                r.add(
                                        "invalid",
                                        rec.path(regime),
                                        "recipient",
                                        rec.name(),
                                        "mechanism",
                                        m.get().getType().name(),
                                        "date",
                                        c.asOf().toString());
                            }
                        }
                    }
                });
        d.rule("TIA_DOCUMENTED", WARNING)
                .refs(gdpr("46", 1), gdpr("44"), LegalReference.of(Act.UK_GDPR, "46", 1))
                .variants("missing")
                .note("For every Art. 46 tool, under each regime (the GDPR tool, ukTransfer, swissTransfer): Clause 14"
                        + " of the standard contractual clauses 2021/914 makes the parties warrant a documented"
                        + " assessment, and Art. 46(1A) UK GDPR (since 5 February 2026) the data protection test. Read"
                        + " from impactAssessment.done or the older flag transferImpactAssessment. A warning, not an"
                        + " error: the assessment is a document of its own, which the agreement need not contain.")
                .check((c, r) -> {
                    for (Recipient rec : recipients(c)) {
                        for (TransferRegime regime : REGIMES) {
                            // without ifPresent: its capturing lambda was made for every regime of every recipient
                            if (rec.mechanism(regime)
                                    .filter(m -> ART_46.contains(m.getType()) && !assessed(m))
                                    .isPresent()) {
                                r.add("missing", rec.modelPath(regime), "recipient", rec.name());
                            }
                        }
                    }
                });
        d.rule("ART49_FOR_PROCESSOR", WARNING)
                .refs(gdpr("49", 1))
                .variants("derogation")
                .check((c, r) -> {
                    for (Recipient rec : recipients(c)) {
                        rec.mechanism()
                                .filter(m -> m.getType() == TransferMechanismType.DEROGATION_ART_49)
                                .ifPresent(m -> r.add("derogation", rec.mechanismModelPath(), "recipient", rec.name()));
                    }
                });
        d.rule("X_NON_EEA_PROCESSOR", ERROR)
                .refs(gdpr("44"), gdpr("46", 2, "c"))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<CountryCode> seat = processorSeat(a);
                    if (seat.isEmpty() || !needsMechanism(new Place(seat, "", LocationKind.PROCESSING), c.asOf())) {
                        return;
                    }
                    if (a.getTransfers()
                            .flatMap(TransferTerms::getProcessorTransfer)
                            .isEmpty()) {
                        r.add(
                                "missing",
                                "transfers.processorTransfer",
                                "recipient",
                                a.getProcessor().flatMap(Party::getName).orElse("-"),
                                "country",
                                seat.get().getCode());
                    }
                });
        d.rule("GOV_ACCESS_CLAUSE", INFO)
                .refs(gdpr("48"))
                .variants("processor", "subprocessor")
                .note("A warning where the processor itself is outside the EEA without full adequacy; information"
                        + " where a sub-processor or its parent company is (catalogue §4 item 11).")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getTransfers()
                            .filter(TransferTerms::isGovernmentAccessClause)
                            .isPresent()) {
                        return;
                    }
                    LocalDate asOf = c.asOf();
                    Optional<CountryCode> seat = processorSeat(a);
                    if (seat.isPresent() && needsMechanism(new Place(seat, "", LocationKind.PROCESSING), asOf)) {
                        r.add(
                                WARNING,
                                "processor",
                                "transfers.governmentAccessClause",
                                "country",
                                seat.get().getCode());
                        return;
                    }
                    Set<String> countries = new java.util.TreeSet<>();
                    RunMemo memo = RunMemo.of(c);
                    Subprocessors.each(c, (path, sp) -> {
                        for (Optional<CountryCode> co : List.of(sp.getCountry(), sp.getParentCountry())) {
                            if (co.isPresent() && memo.country(co.get()).needsMechanism()) {
                                countries.add(co.get().getCode());
                            }
                        }
                    });
                    if (!countries.isEmpty()) {
                        r.add(
                                "subprocessor",
                                "transfers.governmentAccessClause",
                                "countries",
                                String.join(", ", countries));
                    }
                });
        d.rule("ART3_2_IMPORTER", INFO)
                .refs(gdpr("3", 2), gdpr("46", 2, "c"))
                .variants("importerSubjectToGdpr")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean outside = a.getProcessor()
                            .filter(p -> p.getAttributes().contains(PartyAttribute.ESTABLISHED_OUTSIDE_EU))
                            .isPresent();
                    boolean scc = a.getTransfers()
                            .flatMap(TransferTerms::getProcessorTransfer)
                            .filter(m -> m.getType() == TransferMechanismType.SCC_2021_914)
                            .isPresent();
                    if (outside && scc) {
                        r.add("importerSubjectToGdpr", "transfers.processorTransfer");
                    }
                });
        d.rule("X_REMOTE_ACCESS", WARNING)
                .refs(gdpr("44"), gdpr("28", 3, "a"))
                .variants("unstated")
                .note("Remote access from a third country is a transfer; TRANSFER_MECHANISM checks every location of"
                        + " kind REMOTE_ACCESS or SUPPORT like any other. This rule fires where remote maintenance is"
                        + " declared but no remote-access or support location is stated, so the countries cannot be"
                        + " judged; a clause limiting all processing to the EU/EEA answers the question.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!RuleSupport.characteristics(a).contains(ProcessingCharacteristic.REMOTE_MAINTENANCE)
                            || a.getTransfers()
                                    .filter(TransferTerms::isEuEeaOnly)
                                    .isPresent()) {
                        return;
                    }
                    boolean stated = recipients(c).stream()
                            .flatMap(rec -> rec.places().stream())
                            .anyMatch(p -> p.kind() == LocationKind.REMOTE_ACCESS || p.kind() == LocationKind.SUPPORT);
                    if (!stated) {
                        r.add("unstated", "processing.locations");
                    }
                });
        d.rule("X_EEA_ONLY_CONTRADICTION", ERROR)
                .refs(gdpr("28", 3, "a"), gdpr("44"))
                .variants("outside", "conditional")
                .note("A promise to process only in the EU/EEA contradicts every stated location outside it, whether"
                        + " the country is adequate or not (an adequate country is still outside the EEA), and every"
                        + " location stated only as third countries or worldwide: an error, because the controller's"
                        + " instruction on transfers (Art. 28(3)(a)) is contradicted by the agreement itself. A"
                        + " location marked conditional (used only on a condition) is an exception to the promise and"
                        + " a warning. The seat of a sub-processor counts only where it states no location. A location of a"
                        + " recipient that an exception to the promise names (transfers.residencyExceptions) is such an"
                        + " exception too: the exceptions allow what it does, so it is a warning, not a contradiction.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getTransfers().filter(TransferTerms::isEuEeaOnly).isEmpty()) {
                        return;
                    }
                    List<Location> own = a.getProcessing()
                            .map(ProcessingDescription::getLocations)
                            .orElse(List.of());
                    List<LocalizedText> exceptions = a.getTransfers().get().getResidencyExceptions();
                    String processorName =
                            a.getProcessor().flatMap(Party::getName).orElse("-");
                    RunMemo memo = RunMemo.of(c);
                    eeaOnly(
                            r,
                            memo,
                            own,
                            "processing.locations",
                            processorName,
                            namedInException(exceptions, processorName));
                    Subprocessors.each(c, (path, sp) -> {
                        boolean excepted = namedInException(exceptions, sp.getName());
                        if (sp.getLocations().isEmpty()) {
                            sp.getCountry()
                                    .filter(co -> !memo.country(co).eea())
                                    .ifPresent(co -> r.add(
                                            excepted ? WARNING : ERROR,
                                            excepted ? "conditional" : "outside",
                                            path + ".country",
                                            "recipient",
                                            Subprocessors.label(sp),
                                            "place",
                                            co.getCode(),
                                            "region",
                                            ""));
                        } else {
                            eeaOnly(r, memo, sp.getLocations(), path + ".locations", Subprocessors.label(sp), excepted);
                        }
                    });
                });
        /*
         * GOVERNING_LAW_EU. Art. 28(3) GDPR asks for "a contract or other legal act under Union or Member State law"
         * and Art. 28(4) repeats the phrase for the contract with a sub-processor. Whether the phrase qualifies the
         * contract as well as the other legal act is disputed (catalogue §4 item 8). For it: the German text ("eines
         * Vertrags oder eines anderen Rechtsinstruments nach dem Unionsrecht oder dem Recht der Mitgliedstaaten, der
         * bzw. das ... bindet") ties both nouns to one phrase. Against it: the Commission's own Art. 28(7) clauses
         * (Decision (EU) 2021/915, which Art. 1 of that decision finds to meet Art. 28(3) and (4)) contain no
         * governing-law clause and leave the choice to the parties, while the transfer clauses of Decision (EU) 2021/914
         * require a Member State's law expressly (Clause 17), so the Commission requires one where it means to. No
         * court has decided. So the law does not make a contract under the law of a non-member state void for a
         * controller in the Union, but a supervisory authority that reads Art. 28(3) strictly would find no valid
         * contract, and the controller bears that risk (Art. 83(4)(a)): a warning, naming the controllers established
         * in the Union, whose Art. 28(3) duty it is (Art. 3(1)).
         */
        d.rule("GOVERNING_LAW_EU", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 4))
                .variants("nonEu", "nonEuUnionControllers")
                .note("Art. 28(3) asks for a contract \"under Union or Member State law\" (Art. 28(4) repeats it for"
                        + " sub-processors). Whether that phrase qualifies the contract or only another legal act is"
                        + " disputed (catalogue §4 item 8): the German text ties both to it, but the Commission's own"
                        + " Art. 28(7) clauses (Decision (EU) 2021/915) have no governing-law clause, while its transfer"
                        + " clauses (Decision (EU) 2021/914, Clause 17) require a Member State's law expressly. No court"
                        + " has decided, so the law of a non-member state does not make the agreement void and the rule"
                        + " is a warning, not an error; the risk that an authority reads Art. 28(3) strictly lies with"
                        + " the controllers established in the Union, which the message names. It fires only if a"
                        + " governing law outside the EEA is stated.")
                .check((c, r) -> c.agreement()
                        .getFinalProvisions()
                        .flatMap(f -> f.getGoverningLaw())
                        .filter(co -> !isEea(co, c.asOf()))
                        .ifPresent(co -> {
                            List<String> inUnion = new ArrayList<>();
                            for (Party p : c.agreement().getControllers()) {
                                p.getAddress()
                                        .flatMap(a -> a.getCountry())
                                        .filter(x -> isEea(x, c.asOf()))
                                        .ifPresent(
                                                x -> inUnion.add(p.getName().orElse("?") + " (" + x.getCode() + ")"));
                            }
                            if (inUnion.isEmpty()) {
                                r.add("nonEu", "finalProvisions.governingLaw", "country", co.getCode());
                            } else {
                                r.add(
                                        "nonEuUnionControllers",
                                        "finalProvisions.governingLaw",
                                        "country",
                                        co.getCode(),
                                        "controllers",
                                        String.join(", ", inUnion));
                            }
                        }));
        SccRules.define(d);
        RegimeTransferRules.define(d);
    }

    /** Whether an exception to the residency promise names the recipient (case-insensitive, whole name). */
    private static boolean namedInException(List<LocalizedText> exceptions, String recipient) {
        String name = Text.collapseWhiteSpace(recipient).strip().toLowerCase(Locale.ROOT);
        if (name.length() < 3) {
            return false;
        }
        for (LocalizedText exception : exceptions) {
            for (String value : exception.getTranslations().values()) {
                if (Text.collapseWhiteSpace(value).toLowerCase(Locale.ROOT).contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void eeaOnly(
            SimpleRule.Reporter r,
            RunMemo memo,
            List<Location> locations,
            String prefix,
            String recipient,
            boolean excepted) {
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            String place = "";
            String region = "";
            if (l.getCountry().isPresent()) {
                if (memo.country(l.getCountry().get()).eea()) {
                    continue;
                }
                place = l.getCountry().get().getCode();
            } else if (l.getRegion().filter(Region::mayBeOutsideEea).isPresent()) {
                region = "REGION_" + l.getRegion().get().name();
            } else {
                continue;
            }
            String path = prefix + "[" + i + "]";
            if (l.isConditional() || excepted) {
                r.add(WARNING, "conditional", path, "recipient", recipient, "place", place, "region", region);
            } else {
                r.add("outside", path, "recipient", recipient, "place", place, "region", region);
            }
        }
    }

    static void defineGerman(SimpleRule.Definitions d) {
        d.rule("SGBX80_SOCIAL_DATA", ERROR)
                .refs(
                        LegalReference.of(Act.SGB_X, "80", 2),
                        LegalReference.of(Act.SGB_X, "80", 1),
                        LegalReference.of(Act.SGB_I, "35", 7))
                .variants("location", "notifyAuthority")
                .note("Applies when a controller is a social service body or the processing characteristic"
                        + " SOCIAL_DATA is set. Allowed are the EEA (which includes Germany and the states equated by"
                        + " section 35(7) SGB I) and third countries with a full adequacy decision at the as-of date, or"
                        + " a partial one where the recipient is confirmed to be covered. Unspecified third-country"
                        + " regions are not allowed. The prior notice to the supervisory authority is reported as"
                        + " information.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean social = GermanRules.controllerHas(a, PartyAttribute.SOCIAL_SERVICE_BODY)
                            || RuleSupport.characteristics(a).contains(ProcessingCharacteristic.SOCIAL_DATA);
                    if (!social) {
                        return;
                    }
                    r.add(INFO, "notifyAuthority", "controllers");
                    RunMemo memo = RunMemo.of(c);
                    for (Recipient rec : recipients(c)) {
                        boolean confirmed = rec.mechanism()
                                .filter(m -> m.getAdequacyScopeConfirmed().orElse(false)
                                        || m.getDpfCertified().orElse(false))
                                .isPresent();
                        for (Place p : rec.places()) {
                            CountryFacts facts = p.country().isPresent()
                                    ? memo.country(p.country().get())
                                    : null;
                            boolean allowed = facts != null
                                    && (facts.eea()
                                            || facts.fullyAdequate()
                                            || (confirmed && facts.adequacy() != null));
                            if (!allowed) {
                                r.add(
                                        "location",
                                        p.path(),
                                        "recipient",
                                        rec.name(),
                                        "country",
                                        p.country().map(CountryCode::getCode).orElse("-"));
                            }
                        }
                    }
                });
    }
}
