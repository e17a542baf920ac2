/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** The sections on the controller and the processor's core duties: controller, instructions, confidentiality, security. */
final class ObligationSections extends Part {

    ObligationSections(Context context) {
        super(context);
    }

    Draft controller() {
        Draft d = draft("controller");
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

    Draft instructions() {
        Draft d = draft("instructions");
        agreement.getInstructions().ifPresent(i -> {
            if (i.isDocumentedInstructionsOnly()) {
                d.clause(i.isTransfersCovered() ? "instructions.documentedTransfers" : "instructions.documented", p());
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
                d.clause(
                        i.getForms().size() == 1 ? "instructions.forms.one" : "instructions.forms",
                        p().plain("forms", t.labelsOr(i.getForms())));
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
            i.getCostBearer().ifPresent(c -> d.clause("instructions.costs." + c.name(), p()));
            d.additional(i.getAdditionalProvisions());
        });
        return d;
    }

    void persons(Draft d, String key, AuthorisedPersons persons) {
        List<Paragraph> items = new ArrayList<>();
        persons.getPersons().forEach(p -> items.add(Paragraph.text(person(p))));
        persons.getDescription().ifPresent(desc -> items.add(Paragraph.text(t.resolve(desc))));
        if (!items.isEmpty()) {
            d.clause(key, p(), new ListBlock(false, items));
        }
    }

    Draft confidentiality() {
        Draft d = draft("confidentiality");
        agreement.getConfidentiality().ifPresent(c -> {
            if (c.getBoundPersons().isPresent()) {
                // the persons the commitment covers, as the agreement states them (Art. 28(3)(b) asks for every
                // person authorised to process; a narrower scope is the validator's CONFIDENTIALITY_SCOPE)
                d.clause(
                        "confidentiality.personnel." + c.getBoundPersons().get().name(), p());
            } else {
                d.flag(c.isPersonnelCommitted(), "confidentiality.personnel");
            }
            d.flag(c.isBeforeAccess(), "confidentiality.beforeAccess");
            d.flag(c.isSurvivesEngagement(), "confidentiality.survives");
            d.flag(c.isNeedToKnow(), "confidentiality.needToKnow");
            d.flag(c.isInstructionBound(), "confidentiality.instructionBound");
            d.flag(c.isTrainingProvided(), "confidentiality.training");
            c.getTrainingInterval()
                    .ifPresent(i -> d.clause(
                            "confidentiality.trainingInterval",
                            p().plain("period", t.period(i)).plain("periodDative", t.periodDative(i))));
            d.flag(c.isProfessionalSecrecyUndertaking(), "confidentiality.professionalSecrecy");
            d.flag(c.isMutualConfidentiality(), "confidentiality.mutual");
            d.additional(c.getAdditionalProvisions());
        });
        return d;
    }

    Draft security() {
        Draft d = draft("security");
        agreement.getSecurity().ifPresent(s -> {
            d.flag(s.isArticle32Commitment(), "security.article32");
            if (!s.getMeasures().isEmpty()) {
                if (annexLabels.containsKey("measures")) {
                    d.clause("security.measuresAnnex", p().plain("annex", annexLabels.get("measures")));
                } else {
                    boolean shared = s.getMeasures().stream()
                            .anyMatch(m -> m.getResponsibleParty().orElse(null) == PartyRole.CONTROLLER);
                    d.clause(shared ? "security.measuresBelow.shared" : "security.measuresBelow", p());
                    d.addAll(measureBlocks(s));
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

    List<Block> measureBlocks(SecurityTerms s) {
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
            // the protection goals that every measure of the area serves are stated once under its heading, not
            // after each measure: five "(protection goal: confidentiality)" in a row read as a slip
            SortedSet<ProtectionGoal> shared = e.getValue().get(0).getProtectionGoals();
            boolean once = e.getValue().size() > 1
                    && !shared.isEmpty()
                    && e.getValue().stream()
                            .allMatch(m -> m.getProtectionGoals().equals(shared));
            if (once) {
                content.add(Paragraph.of(
                        Run.strong(
                                t.get(shared.size() == 1 ? "annex.measures.sharedGoal" : "annex.measures.sharedGoals")
                                        + " "),
                        Run.text(t.labels(shared))));
            }
            List<Paragraph> items = new ArrayList<>();
            for (TechnicalOrganisationalMeasure m : e.getValue()) {
                String text = t.resolve(m.getDescription());
                if (m.getResponsibleParty().orElse(null) == PartyRole.CONTROLLER) {
                    text += " " + t.get("annex.measures.byController");
                }
                if (m.getScope().isPresent()) {
                    text += " "
                            + t.plain(
                                    "annex.measures.scope",
                                    Map.of("scope", t.resolve(m.getScope().get())));
                }
                if (!once && !m.getProtectionGoals().isEmpty()) {
                    String key = m.getProtectionGoals().size() == 1 ? "annex.measures.goal" : "annex.measures.goals";
                    text += " " + t.plain(key, Map.of("goals", t.labels(m.getProtectionGoals())));
                }
                items.add(Paragraph.text(text));
            }
            content.add(new ListBlock(false, items));
            blocks.add(new Section(
                    "tom-" + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Optional.of(++n + "."),
                    t.label(e.getKey()),
                    t.citation(e.getKey()),
                    content));
        }
        return blocks;
    }
}
