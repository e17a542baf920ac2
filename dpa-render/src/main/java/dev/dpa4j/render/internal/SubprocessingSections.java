/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            // Notice and objection are the mechanics of a general authorisation (Art. 28(2) sentence 2 GDPR).
            // Under a specific authorisation they apply only where the controller authorises generally, so
            // they are gathered under that condition instead of standing beside their opposite.
            boolean specific = s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC;
            List<Paragraph> conditional = new ArrayList<>();
            ClauseSink sink = specific
                    ? (key, params, extra) -> conditional.add(new Paragraph(t.sentence(key, params.map())))
                    : d::clause;
            if (s.isChangeNotification()) {
                sink.add("subprocessing.change", p());
            }
            s.getNoticePeriod()
                    .ifPresent(n -> sink.add(
                            isLeadTime(n) ? "subprocessing.noticePeriod" : "subprocessing.noticePeriod.beforeChange",
                            isLeadTime(n) ? p().runs("term", term(n)) : p()));
            if (!s.getNoticeChannels().isEmpty()) {
                sink.add(
                        s.getNoticeChannels().size() == 1
                                ? "subprocessing.noticeChannels.one"
                                : "subprocessing.noticeChannels",
                        p().plain("channels", t.labelsOr(s.getNoticeChannels())));
            }
            if (s.isObjectionRight()) {
                sink.add("subprocessing.objection", p());
            }
            s.getObjectionPeriod()
                    .filter(Part::isLeadTime)
                    .ifPresent(o -> sink.add(
                            "subprocessing.objectionPeriod",
                            o.getPeriod().isPresent()
                                    ? p().plain(
                                                    "periodDative",
                                                    t.periodDative(o.getPeriod().get()))
                                    : p().runs("periodDative", term(o))));
            s.getObjectionConsequence().ifPresent(c -> sink.add("subprocessing.objectionConsequence." + c.name(), p()));
            if (!conditional.isEmpty()) {
                d.clause("subprocessing.generalOnly", p(), new ListBlock(false, conditional));
            }
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

    Draft transfers() {
        Draft d = draft("transfers");
        agreement.getTransfers().ifPresent(tr -> {
            d.flag(tr.isEuEeaOnly(), "transfers.euEeaOnly");
            d.flag(tr.isPriorConsentRequired(), "transfers.priorConsent");
            d.flag(tr.isChapterVConditions(), "transfers.chapterV");
            d.flag(tr.isChapterVConditions(), "transfers.lapse");
            tr.getProcessorTransfer()
                    .ifPresent(m -> d.clause("transfers.processorTransfer", p().plain("mechanism", mechanism(m))));
            d.flag(tr.isGovernmentAccessClause(), "transfers.governmentAccess");
            d.additional(tr.getAdditionalProvisions());
        });
        return d;
    }

    Table subprocessorTable() {
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

    void addRows(List<Subprocessor> subprocessors, Optional<String> parent, List<List<Paragraph>> rows) {
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
            rows.add(List.of(
                    new Paragraph(name),
                    Paragraph.text(address),
                    Paragraph.text(s.getService().map(t::resolve).orElse(t.get("format.dash"))),
                    Paragraph.text(locations.isEmpty() ? t.get("format.dash") : String.join("; ", locations)),
                    Paragraph.text(transferCell(s))));
            addRows(s.getSubprocessors(), Optional.of(s.getName()), rows);
        }
    }

    String transferCell(Subprocessor s) {
        if (s.getTransfer().isPresent()) {
            return mechanism(s.getTransfer().get());
        }
        return countries.receivesOutsideEea(s) ? t.get("format.noneStated") : t.get("annex.subprocessors.noTransfer");
    }

    String mechanism(TransferMechanism m) {
        StringBuilder text = new StringBuilder(t.label(m.getType()));
        m.getSccModule()
                .ifPresent(module -> text.append(" (").append(t.label(module)).append(')'));
        m.getDerogation().ifPresent(dg -> text.append(" – ").append(t.label(dg)));
        m.getReference().ifPresent(r -> text.append(", ").append(r));
        m.getDate().ifPresent(date -> text.append(", ").append(t.date(date)));
        return text.toString();
    }
}
