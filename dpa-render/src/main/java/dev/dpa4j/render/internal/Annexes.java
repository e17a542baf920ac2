/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.render.AnnexLayout;
import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The annexes: planning of their labels and their content. */
final class Annexes extends Part {

    Annexes(Context context) {
        super(context);
    }

    void planAnnexes() {
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

    List<Block> annexes() {
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
                boolean shared = security.get().getMeasures().stream()
                        .anyMatch(m -> m.getResponsibleParty().orElse(null) == PartyRole.CONTROLLER);
                content.add(Paragraph.text(t.get(shared ? "annex.measures.intro.shared" : "annex.measures.intro")));
                content.addAll(new ObligationSections(context).measureBlocks(security.get()));
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
                // Annex IV of the 2021/915 clauses asks for each sub-processor's contact (a person or a mailbox)
                content.add(new SubprocessingSections(context).subprocessorTable(scc));
            }
            annexes.add(new Annex(
                    "annex-subprocessors",
                    annexLabels.get("subprocessors"),
                    t.get(scc ? "annex.scc.title.4" : "annex.subprocessors.title"),
                    content));
        }
        return annexes;
    }

    List<Block> partiesAnnex() {
        List<Paragraph> header = List.of(
                Paragraph.text(t.get("annex.parties.role")),
                Paragraph.text(t.get("annex.parties.name")),
                Paragraph.text(t.get("annex.parties.address")),
                Paragraph.text(t.get("annex.parties.contact")),
                Paragraph.text(t.get("annex.parties.signature")));
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

    List<Paragraph> partyRow(Party party, PartyRole role) {
        List<String> contacts = new ArrayList<>();
        party.getContacts().forEach(c -> contacts.add(contact(c)));
        party.getDataProtectionOfficer()
                .ifPresent(o -> contacts.add(t.get("annex.parties.dpo") + ": " + officer(o, party)));
        return List.of(
                Paragraph.text(t.get("signatures.role." + role.name())),
                Paragraph.text(partyName(party, role)),
                Paragraph.text(party.getAddress().map(this::addressInline).orElse(t.get("format.dash"))),
                Paragraph.text(contacts.isEmpty() ? t.get("format.dash") : String.join("; ", contacts)),
                // Annex I of the 2021/915 clauses asks for each party's signature and accession date
                Paragraph.text(new TransferSections(context).signature(role)));
    }

    List<Block> descriptionAnnex() {
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
        new ProcessingSections(context).natureBlocks(p, sink);
        new ProcessingSections(context).dataBlocks(p, sink);
        if (options.getAnnexLayout() == AnnexLayout.SCC_2021_915) {
            // Annex II of the 2021/915 clauses also asks for the duration, and for the processing by
            // sub-processors its subject matter, nature and duration
            sink.add("annex.scc.duration", p());
            if (!allSubprocessors().isEmpty()) {
                sink.add(
                        "annex.scc.subprocessing",
                        p().plain("annex", Objects.requireNonNull(annexLabels.get("subprocessors"))));
            }
        }
        if (options.isDiagram()) {
            content.add(new DataFlowDiagram(t, agreement, countries).figure(context.figureImages()));
        }
        return content;
    }
}
