/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CustomClause;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition of one agreement in one language: the order of the parts and the numbering of the
 * sections. What each section says lives in its own class.
 */
final class Composition extends Part {

    Composition(Context context) {
        super(context);
    }

    List<Block> blocks() {
        Annexes annexes = new Annexes(context);
        annexes.planAnnexes();
        TransferSections transferTools = new TransferSections(context);
        if (options.isAnnexes()) {
            transferTools.planAnnexes(annexLabels.size());
        }
        FrontMatter front = new FrontMatter(context);
        ProcessingSections processing = new ProcessingSections(context);
        ObligationSections obligations = new ObligationSections(context);
        SubprocessingSections subprocessing = new SubprocessingSections(context);
        AssistanceSections assistance = new AssistanceSections(context);
        ClosingSections closing = new ClosingSections(context);
        List<Block> blocks = new ArrayList<>();
        blocks.add(front.title());
        front.parties().ifPresent(blocks::add);
        agreement
                .getPreamble()
                .ifPresent(p -> blocks.add(new Section(
                        "preamble", Optional.empty(), t.get("preamble.heading"), Optional.empty(), paragraphs(p))));
        List<Draft> drafts = new ArrayList<>();
        drafts.add(processing.subject());
        drafts.add(processing.duration());
        drafts.add(processing.nature());
        drafts.add(processing.data());
        drafts.add(obligations.controller());
        drafts.add(obligations.instructions());
        drafts.add(obligations.confidentiality());
        drafts.add(obligations.security());
        drafts.add(subprocessing.subprocessing());
        drafts.add(subprocessing.transfers());
        drafts.add(transferTools.instruments());
        drafts.add(assistance.assistance());
        drafts.add(assistance.breach());
        drafts.add(assistance.endOfProcessing());
        drafts.add(assistance.audits());
        drafts.add(closing.dpo());
        drafts.add(closing.records());
        drafts.add(closing.ownUse());
        drafts.add(closing.liability());
        drafts.add(closing.termination());
        Draft finalDraft = closing.finalProvisions();
        Optional<Block> execution = new Signatures(context).execution();
        List<Block> annexBlocks = new ArrayList<>();
        if (options.isAnnexes()) {
            annexBlocks.addAll(annexes.annexes());
            annexBlocks.addAll(transferTools.annexes());
        }
        // last, so that it knows every period printed above and below it (a business day needs defining)
        drafts.add(0, processing.definitions());
        Map<String, String> labels = new HashMap<>();
        int number = 0;
        for (Draft draft : drafts) {
            if (!draft.isEmpty()) {
                Section section = draft.toSection(++number);
                labels.put("section:" + section.id(), sectionRef(number));
                blocks.add(section);
            }
        }
        for (CustomClause custom : agreement.getCustomClauses()) {
            String id = "custom-" + (custom.getId().orElse(Integer.toString(number + 1)));
            String label = sectionRef(number + 1);
            labels.put("section:" + id, label);
            custom.getId().ifPresent(own -> labels.putIfAbsent("section:" + own, label));
            blocks.add(new Section(
                    id,
                    Optional.of(sectionNumber(++number)),
                    t.resolve(custom.getHeading()),
                    custom.getCitation().map(t::resolve),
                    Draft.unnumberedIfAlone(numbered(paragraphs(custom.getText())))));
        }
        if (!finalDraft.isEmpty()) {
            blocks.add(finalDraft.toSection(++number));
            labels.put("section:final", sectionRef(number));
        }
        execution.ifPresent(blocks::add);
        blocks.addAll(annexBlocks);
        annexLabels.forEach((kind, label) -> labels.put("annex:" + kind, label));
        String description = annexLabels.get("description");
        if (description != null) {
            // the nature and the data are set out in the description annex, not in sections of their own
            labels.putIfAbsent("section:nature", description);
            labels.putIfAbsent("section:data", description);
        }
        labels.put("mainContract", t.get("reference.mainContract"));
        References references = new References(labels);
        return FallbackMarks.map(blocks, references::resolve, references::resolve);
    }

    /** A custom clause's paragraphs numbered like ours ("(1)", "(2)"), so that it reads as one of our sections. */
    private List<Block> numbered(List<Block> paragraphs) {
        List<Block> clauses = new ArrayList<>(paragraphs.size());
        for (Block paragraph : paragraphs) {
            clauses.add(new Clause(
                    "custom.paragraph",
                    t.numbered("format.clauseNumber", clauses.size() + 1),
                    Optional.empty(),
                    List.of(paragraph)));
        }
        return clauses;
    }

    private String sectionRef(int number) {
        return t.numbered("format.sectionRef", number);
    }
}
