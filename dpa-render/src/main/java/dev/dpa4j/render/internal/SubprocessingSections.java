/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfFramework;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.catalog.AdequacyDecision;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The sections on sub-processors and third-country transfers, with the sub-processor table. */
final class SubprocessingSections extends Part {

    SubprocessingSections(Context context) {
        super(context);
    }

    Draft subprocessing() {
        Draft d = draft("subprocessing");
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
            listStatus(d, s);
            // Notice and objection are the mechanics of a general authorisation (Art. 28(2) sentence 2 GDPR).
            // Under a specific authorisation they apply only where the controller authorises generally, so
            // they are gathered under that condition instead of standing beside their opposite.
            // The same holds where engaging sub-processors is prohibited.
            AuthorisationType authorisation = s.getAuthorisation().orElse(null);
            boolean onlyIfGeneral =
                    authorisation == AuthorisationType.SPECIFIC || authorisation == AuthorisationType.PROHIBITED;
            List<Paragraph> conditional = new ArrayList<>();
            ClauseSink sink = onlyIfGeneral
                    ? (key, params, extra) -> conditional.add(new Paragraph(t.sentence(key, params.map())))
                    : d::clause;
            // the notice with its period and channel, and the objection with its period and consequence, each in
            // one paragraph, as a drafter writes them (lawyer's reading: a numbered paragraph per fact read as a form)
            List<String> keys = new ArrayList<>();
            List<P> params = new ArrayList<>();
            if (s.isChangeNotification()) {
                keys.add("subprocessing.change");
                params.add(p());
            }
            // under a specific authorisation the notice period is the lead time of the request for it (SCC 2021/915
            // Clause 7.7(a) option 1), as the validator reads it (X_SPECIFIC_AUTH): a term of the agreement, not a
            // mechanic of a general authorisation
            boolean request = authorisation == AuthorisationType.SPECIFIC
                    && s.getNoticePeriod().filter(Part::isLeadTime).isPresent();
            if (request) {
                d.clause(
                        "subprocessing.specificRequest",
                        p().runs("term", term(s.getNoticePeriod().get())));
                if (!s.getNoticeChannels().isEmpty()) {
                    d.clause(
                            s.getNoticeChannels().size() == 1
                                    ? "subprocessing.specificRequest.channels.one"
                                    : "subprocessing.specificRequest.channels",
                            p().plain("channels", t.labelsOr(s.getNoticeChannels())));
                }
            }
            // without the sentence that the processor informs, the period says what it is a period of
            String alone = s.isChangeNotification() ? "" : ".alone";
            s.getNoticePeriod().filter(n -> !request).ifPresent(n -> {
                keys.add((isLeadTime(n) ? "subprocessing.noticePeriod" : "subprocessing.noticePeriod.beforeChange")
                        + alone);
                params.add(isLeadTime(n) ? p().runs("term", term(n)) : p());
            });
            if (!s.getNoticeChannels().isEmpty() && !request) {
                keys.add(
                        s.getNoticeChannels().size() == 1
                                ? "subprocessing.noticeChannels.one"
                                : "subprocessing.noticeChannels");
                params.add(p().plain("channels", t.labelsOr(s.getNoticeChannels())));
            }
            group(d, onlyIfGeneral, conditional, keys, params);
            if (s.isObjectionRight()) {
                keys.add("subprocessing.objection");
                params.add(p());
            }
            s.getObjectionPeriod().filter(Part::isLeadTime).ifPresent(o -> {
                keys.add("subprocessing.objectionPeriod");
                params.add(
                        o.getPeriod().isPresent()
                                ? p().plain(
                                                "periodDative",
                                                t.periodDative(o.getPeriod().get()))
                                : p().runs("periodDative", term(o)));
            });
            s.getObjectionConsequence().ifPresent(c -> {
                keys.add("subprocessing.objectionConsequence." + c.name());
                params.add(p());
            });
            group(d, onlyIfGeneral, conditional, keys, params);
            approvalBySilence(sink, s);
            if (!conditional.isEmpty()) {
                d.clause("subprocessing.generalOnly", p(), new ListBlock(false, conditional));
            }
            noticeScope(d, s);
            d.flag(s.isFlowDown(), "subprocessing.flowDown");
            d.flag(s.isAuditRightsFlowDown(), "subprocessing.auditFlowDown");
            d.flag(s.isFullLiability(), "subprocessing.liability");
            d.flag(s.isFailureNotice(), "subprocessing.failureNotice");
            d.flag(
                    s.isContractCopyOnRequest(),
                    s.isContractCopyRedaction() ? "subprocessing.contractCopy.redacted" : "subprocessing.contractCopy");
            d.flag(s.isThirdPartyBeneficiaryDirect(), "subprocessing.thirdPartyBeneficiaryDirect");
            d.flag(s.isThirdPartyBeneficiary(), "subprocessing.thirdPartyBeneficiary");
            d.flag(s.isChainCovered(), "subprocessing.chain");
            d.flag(s.isThirdCountryConsentRequired(), "subprocessing.thirdCountryConsent");
            d.additional(s.getAdditionalProvisions());
        });
        return d;
    }

    Draft transfers() {
        Draft d = draft("transfers");
        agreement.getTransfers().ifPresent(tr -> {
            d.flag(tr.isEuEeaOnly(), "transfers.euEeaOnly");
            residencyExceptions(d, tr);
            d.flag(tr.isPriorConsentRequired(), "transfers.priorConsent");
            d.flag(tr.isChapterVConditions(), "transfers.chapterV");
            d.flag(tr.isChapterVConditions(), "transfers.lapse");
            tr.getProcessorTransfer()
                    .ifPresent(m -> d.clause(
                            "transfers.processorTransfer",
                            p().plain("mechanism", processorMechanism(m, TransferRegime.EU))));
            if (regimes().contains(TransferRegime.UK)) {
                tr.getProcessorUkTransfer()
                        .ifPresent(m -> d.clause(
                                "transfers.processorTransfer.UK",
                                p().plain("mechanism", processorMechanism(m, TransferRegime.UK))));
            }
            if (regimes().contains(TransferRegime.CH)) {
                tr.getProcessorSwissTransfer()
                        .ifPresent(m -> d.clause(
                                "transfers.processorTransfer.CH",
                                p().plain("mechanism", processorMechanism(m, TransferRegime.CH))));
            }
            d.flag(tr.isGovernmentAccessClause(), "transfers.governmentAccess");
            d.additional(tr.getAdditionalProvisions());
        });
        return d;
    }

    Table subprocessorTable() {
        return subprocessorTable(false);
    }

    /** The table of sub-processors; {@code withContact} adds a column with each one's contact (a person, a team or a mailbox). */
    Table subprocessorTable(boolean withContact) {
        List<Paragraph> header = new ArrayList<>();
        header.add(Paragraph.text(t.get("annex.subprocessors.name")));
        header.add(Paragraph.text(t.get("annex.subprocessors.address")));
        if (withContact) {
            header.add(Paragraph.text(t.get("annex.subprocessors.contact")));
        }
        header.add(Paragraph.text(t.get("annex.subprocessors.service")));
        header.add(Paragraph.text(t.get("annex.subprocessors.locations")));
        header.add(Paragraph.text(t.get("annex.subprocessors.transfer")));
        List<List<Paragraph>> rows = new ArrayList<>();
        agreement.getSubprocessing().ifPresent(s -> addRows(s.getSubprocessors(), Optional.empty(), withContact, rows));
        return new Table(Optional.empty(), List.copyOf(header), rows);
    }

    /**
     * The service a sub-processor performs, with the condition of its engagement and whether it also processes
     * for its own purposes, where the agreement states them.
     */
    private String serviceCell(Subprocessor s) {
        List<String> parts = new ArrayList<>();
        s.getService().map(t::resolve).ifPresent(parts::add);
        s.getEngagementCondition()
                .map(t::resolve)
                .ifPresent(c -> parts.add(t.plain("annex.subprocessors.condition", Map.of("condition", c))));
        if (s.getOwnPurposes().orElse(false)) {
            parts.add(t.get("annex.subprocessors.ownPurposes"));
        }
        if (parts.isEmpty()) {
            return t.get("format.dash");
        }
        StringBuilder cell = new StringBuilder(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            cell.append(cell.toString().endsWith(".") ? " " : ". ").append(part);
        }
        if (parts.size() > 1 && !cell.toString().endsWith(".")) {
            cell.append('.'); // a condition is a sentence of its own, ended like the others
        }
        return cell.toString();
    }

    private void addRows(
            List<Subprocessor> subprocessors,
            Optional<String> parent,
            boolean withContact,
            List<List<Paragraph>> rows) {
        for (Subprocessor s : subprocessors) {
            List<Run> name = new ArrayList<>();
            name.add(Run.strong(s.getName()));
            s.getProduct().ifPresent(p -> name.add(Run.text(" (" + p + ")")));
            parent.ifPresent(p -> name.add(Run.text(" " + t.plain("annex.subprocessors.via", Map.of("parent", p)))));
            String address = s.getAddress()
                    .map(this::addressInline)
                    .orElse(s.getCountry().map(t::country).orElse(t.get("format.dash")));
            List<String> locations = new ArrayList<>();
            s.getLocations().forEach(l -> locations.add(location(l)));
            List<Paragraph> row = new ArrayList<>();
            row.add(new Paragraph(name));
            row.add(Paragraph.text(address));
            if (withContact) {
                row.add(Paragraph.text(s.getContact().map(this::contact).orElse(t.get("format.dash"))));
            }
            row.add(Paragraph.text(serviceCell(s)));
            row.add(Paragraph.text(locations.isEmpty() ? t.get("format.dash") : String.join("; ", locations)));
            row.add(Paragraph.text(transferCell(s)));
            rows.add(List.copyOf(row));
            addRows(s.getSubprocessors(), Optional.of(s.getName()), withContact, rows);
        }
    }

    String transferCell(Subprocessor s) {
        Map<TransferRegime, TransferMechanism> tools = TransferSections.tools(s);
        Set<TransferRegime> regimes = regimes();
        Optional<CountryCode> country = destination(s);
        if (regimes.equals(Set.of(TransferRegime.EU))) {
            return single(s, tools.get(TransferRegime.EU), TransferRegime.EU, country);
        }
        List<String> lines = new ArrayList<>();
        for (TransferRegime regime : TransferRegime.values()) {
            if (regimes.contains(regime)) {
                TransferMechanism m = tools.get(regime);
                TransferMechanism eu = tools.get(TransferRegime.EU);
                if (m != null && eu != null && regime != TransferRegime.EU && sameAssessment(m, eu)) {
                    // the assessment and measures were stated for the GDPR tool already: not repeated
                    m = m.toBuilder()
                            .impactAssessment(Optional.empty())
                            .measures(List.of())
                            .supplementaryMeasures(List.of())
                            .transferImpactAssessment(false)
                            .build();
                }
                lines.add(t.get("transfer.regime." + regime.name()) + ": " + single(s, m, regime, country));
            }
        }
        return String.join("; ", lines);
    }

    /** Whether two tools of one recipient rest on the same assessment and the same supplementary measures. */
    private static boolean sameAssessment(TransferMechanism a, TransferMechanism b) {
        return a.getImpactAssessment().equals(b.getImpactAssessment())
                && a.getImpactAssessment().isPresent()
                && a.getMeasures().equals(b.getMeasures())
                && a.getSupplementaryMeasures().equals(b.getSupplementaryMeasures());
    }

    private String single(
            Subprocessor s, @Nullable TransferMechanism m, TransferRegime regime, Optional<CountryCode> country) {
        if (m != null) {
            return mechanism(m, regime, country);
        }
        if (countries.receivesOutsideEea(s)) {
            return t.get("format.noneStated");
        }
        // within the EU/EEA the GDPR needs no transfer tool; the UK GDPR and the Swiss FADP do treat it as a
        // transfer, one that their adequacy findings for the EEA States cover
        return regime == TransferRegime.EU
                ? t.get("annex.subprocessors.noTransfer")
                : t.get("transfer.mechanism." + regime.name() + ".ADEQUACY_DECISION");
    }

    /** The regimes under which the agreement exports data; none stated is the EU regime alone. */
    Set<TransferRegime> regimes() {
        Set<TransferRegime> set = agreement
                .getTransfers()
                .map(TransferTerms::getExportRegimes)
                .map(x -> (Set<TransferRegime>) x)
                .orElse(Set.of());
        return set.isEmpty() ? Set.of(TransferRegime.EU) : set;
    }

    /** The first country outside the EEA where the sub-processor processes data, else its seat. */
    private Optional<CountryCode> destination(Subprocessor s) {
        for (Optional<CountryCode> c : countries.destinations(s)) {
            if (c.isPresent() && !countries.isEea(c.get())) {
                return c;
            }
        }
        return Countries.seat(s);
    }

    String mechanism(TransferMechanism m) {
        return mechanism(m, TransferRegime.EU, Optional.empty());
    }

    /**
     * A mechanism as the sub-processor annex and the transfer clause state it: the tool under the regime, the module,
     * the adequacy decision's number, the Data Privacy Framework certification as checked (status, parts, HR data,
     * date of the check), the derogation, the reference, the date it was put in place and the transfer impact
     * assessment. Each date carries its label.
     */
    String mechanism(TransferMechanism m, TransferRegime regime, Optional<CountryCode> country) {
        return mechanism(m, regime, country, true);
    }

    /**
     * The processor's own transfer tool for its clause: the tool and its details, and where the Processor's
     * certification under the Data Privacy Framework is recorded, a sentence on it with the Processor as its subject
     * ("The Processor is certified under the EU-U.S. Data Privacy Framework, and its certification covers human
     * resources data; ..."), not the list of fields a table cell holds. The clause's own full stop ends it.
     */
    private String processorMechanism(TransferMechanism m, TransferRegime regime) {
        if (m.getDpf().isEmpty() && m.getDpfCertified().isEmpty()) {
            return mechanism(m, regime, Optional.empty(), true);
        }
        return mechanism(m, regime, Optional.empty(), false) + ". " + processorDpf(m, regime);
    }

    /** The Processor's Data Privacy Framework certification as a sentence, without its full stop. */
    private String processorDpf(TransferMechanism m, TransferRegime regime) {
        DpfFramework part = part(regime);
        DpfStatus status;
        Set<DpfFramework> frameworks;
        Optional<Boolean> hr;
        Optional<LocalDate> checked;
        if (m.getDpf().isPresent()) {
            DpfCertification d = m.getDpf().get();
            status = d.getStatus();
            frameworks = d.getFrameworks();
            hr = d.getHrCovered();
            checked = d.getCheckedOn();
        } else {
            status = m.getDpfCertified().orElseThrow() ? DpfStatus.CERTIFIED : DpfStatus.NOT_CERTIFIED;
            frameworks = Set.of();
            hr = m.getDpfHrCovered();
            checked = Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        if (status == DpfStatus.CERTIFIED) {
            Map<String, String> named = Map.of("part", t.get("transfer.dpf.processor.framework." + part.name()));
            text.append(
                    frameworks.isEmpty()
                            ? t.get("transfer.dpf.processor.certified")
                            : t.plain(
                                    frameworks.contains(part)
                                            ? "transfer.dpf.processor.certifiedPart"
                                            : "transfer.dpf.processor.certifiedNotPart",
                                    named));
            hr.ifPresent(h -> text.append(t.get("transfer.dpf.processor.hr." + h)));
        } else {
            text.append(t.get("transfer.dpf.processor." + status.name()));
        }
        checked.ifPresent(day -> text.append(t.plain("transfer.dpf.processor.checkedOn", Map.of("date", t.date(day)))));
        return text.toString();
    }

    private static DpfFramework part(TransferRegime regime) {
        return switch (regime) {
            case EU -> DpfFramework.EU_US;
            case UK -> DpfFramework.UK_EXTENSION;
            case CH -> DpfFramework.SWISS_US;
        };
    }

    private String mechanism(TransferMechanism m, TransferRegime regime, Optional<CountryCode> country, boolean dpf) {
        String regimeKey =
                "transfer.mechanism." + regime.name() + "." + m.getType().name();
        List<String> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder(t.opt(regimeKey).orElseGet(() -> t.label(m.getType())));
        m.getSccModule()
                .ifPresent(module -> head.append(" (").append(t.label(module)).append(')'));
        parts.add(head.toString());
        if (m.getType() == TransferMechanismType.ADEQUACY_DECISION
                && regime == TransferRegime.EU
                && country.isPresent()) {
            Optional<LocalDate> day = countries.referenceDate();
            if (day.isPresent()) {
                Catalogs.standard()
                        .adequacyDecisions()
                        .find(country.get(), day.get())
                        .ifPresent(d -> parts.add(decisionNumber(d)));
            }
        }
        if (dpf) {
            m.getDpf()
                    .ifPresentOrElse(
                            d -> parts.add(
                                    dpf(d, regime, m.getType() == TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)),
                            () -> m.getDpfCertified()
                                    .ifPresent(c -> parts.add(t.get("transfer.dpf.legacy." + c)
                                            + m.getDpfHrCovered()
                                                    .map(hr -> ", " + t.get("transfer.dpf.hr." + hr))
                                                    .orElse(""))));
        }
        m.getDerogation().ifPresent(dg -> parts.add(t.label(dg)));
        m.getReference().ifPresent(parts::add);
        m.getDate().ifPresent(date -> parts.add(t.plain("transfer.mechanism.since", Map.of("date", t.date(date)))));
        m.getImpactAssessment()
                .filter(TransferImpactAssessment::isDone)
                .ifPresentOrElse(a -> parts.add(new TransferSections(context).tia(a)), () -> {
                    if (m.isTransferImpactAssessment()) {
                        parts.add(t.get("transfer.tia"));
                    }
                });
        if (!m.getMeasures().isEmpty() || !m.getSupplementaryMeasures().isEmpty()) {
            parts.add(
                    annexLabels.containsKey("transfers")
                            ? t.plain(
                                    "transfer.mechanism.measures.annex", Map.of("annex", annexLabels.get("transfers")))
                            : t.get("transfer.mechanism.measures"));
        }
        return String.join(", ", parts);
    }

    /**
     * The certification as checked: for the framework part of the regime (EU-U.S., UK Extension, Swiss-U.S.) whether
     * the listing covers it, HR data and the day of the check. Where the tool is not the framework itself (for example
     * the clauses for a recipient found not certified), the finding is named as one about the framework.
     */
    private String dpf(DpfCertification d, TransferRegime regime, boolean dpfTool) {
        StringBuilder text =
                new StringBuilder(t.get("transfer.dpf.status." + d.getStatus().name()));
        DpfFramework part = part(regime);
        if (d.getStatus() == DpfStatus.CERTIFIED && !d.getFrameworks().isEmpty()) {
            text.append(' ')
                    .append(t.plain(
                            d.getFrameworks().contains(part) ? "transfer.dpf.part" : "transfer.dpf.partMissing",
                            Map.of("part", t.label(part))));
        }
        d.getHrCovered().ifPresent(hr -> text.append(", ").append(t.get("transfer.dpf.hr." + hr)));
        d.getCheckedOn()
                .ifPresent(day ->
                        text.append(", ").append(t.plain("transfer.dpf.checkedOn", Map.of("date", t.date(day)))));
        return dpfTool ? text.toString() : t.plain("transfer.dpf.other", Map.of("status", text.toString()));
    }

    /**
     * The number of an adequacy decision in the language's form, for example "2000/518/EG" in German; a decision whose
     * reference carries no number of its own (the renewed UK decision, before its publication) by its date of adoption,
     * never by another act's number that its reference happens to cite ("under Regulation (EU) 2016/679").
     */
    private String decisionNumber(AdequacyDecision decision) {
        Matcher number = DECISION_NUMBER.matcher(decision.reference());
        if (!number.find()) {
            return t.plain("transfer.adequacy.decisionOf", Map.of("date", t.date(decision.adopted())));
        }
        String n = number.group(1);
        return t.plain(
                "transfer.adequacy.decision",
                Map.of("number", t.locale().getLanguage().equals("de") ? n.replace("/EC", "/EG") : n));
    }

    /** A decision's own number: the one that follows "Decision" or "Decision (EU)". */
    private static final Pattern DECISION_NUMBER =
            Pattern.compile("Decision (?:\\(EU\\) )?(\\d{4}/\\d+(?:/(?:EC|EU))?)");

    /** Whether the list is exhaustive and part of the agreement, and unlisted sub-processors (issue 11 section 4). */
    private void listStatus(Draft d, SubprocessingTerms s) {
        s.getListExhaustive()
                .ifPresent(x -> d.clause(x ? "subprocessing.listExhaustive" : "subprocessing.listExemplary", p()));
        s.getListPartOfAgreement()
                .ifPresent(x -> d.clause(x ? "subprocessing.listPartOfAgreement" : "subprocessing.listOutside", p()));
        d.flag(s.getUnlistedSubprocessors().orElse(false), "subprocessing.unlisted");
    }

    /** Approval by silence and consent implied by a choice (issue 11 section 4), beside the objection right. */
    private void approvalBySilence(ClauseSink sink, SubprocessingTerms s) {
        if (s.getDeemedApproval().orElse(false)) {
            sink.add("subprocessing.deemedApproval", p());
        }
        s.getImpliedConsent().ifPresent(c -> sink.add("subprocessing.impliedConsent", p().text("choice", c)));
    }

    /**
     * A notice of changes limited to some sub-processors, and a notice given only after the change (issue 11): each a
     * clause of its own that cites Art. 28(2), also under a specific authorisation, where it qualifies the notice
     * mechanics gathered above.
     */
    private void noticeScope(Draft d, SubprocessingTerms s) {
        s.getNoticeLimitation().ifPresent(l -> d.clause("subprocessing.noticeLimitation", p().text("limitation", l)));
        d.flag(s.getNoticeAfterChange().orElse(false), "subprocessing.noticeAfterChange");
    }

    /** The exceptions to the promise that data stays in the EU/EEA (issue 11 section 4), as a list after it. */
    private void residencyExceptions(Draft d, TransferTerms tr) {
        if (tr.getResidencyExceptions().isEmpty()) {
            return;
        }
        d.clause(
                tr.isEuEeaOnly() ? "transfers.residencyExceptions" : "transfers.residencyExceptions.noPromise",
                p(),
                list(tr.getResidencyExceptions()));
    }

    /**
     * Adds the sentences collected for one step as one paragraph: a numbered clause, or, where the mechanics apply
     * only under a general authorisation, one item of that condition's list; then empties the collection.
     */
    private void group(Draft d, boolean onlyIfGeneral, List<Paragraph> conditional, List<String> keys, List<P> params) {
        if (keys.isEmpty()) {
            return;
        }
        if (onlyIfGeneral) {
            conditional.add(new Paragraph(Draft.sentences(t, keys, params)));
        } else {
            d.clause(List.copyOf(keys), List.copyOf(params));
        }
        keys.clear();
        params.clear();
    }
}
