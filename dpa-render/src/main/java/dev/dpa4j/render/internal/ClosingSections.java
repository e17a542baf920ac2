/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The closing sections: contacts, records, own use, liability, termination and final provisions. */
final class ClosingSections extends Part {

    ClosingSections(Context context) {
        super(context);
    }

    Draft dpo() {
        Draft d = draft("dpo");
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

    void dpoOf(Draft d, Party party, PartyRole role) {
        party.getDataProtectionOfficer()
                .ifPresent(o -> d.clause(
                        "dpo.officer." + role.name(),
                        p().plain("party", partyName(party, role)).plain("officer", officer(o, party))));
        party.getEuRepresentative()
                .ifPresent(r -> d.clause(
                        "dpo.representative",
                        p().plain("party", partyName(party, role)).plain("representative", representative(r))));
    }

    Draft records() {
        Draft d = draft("records");
        agreement.getRecords().ifPresent(r -> {
            d.flag(r.isProcessorRecords(), "records.processor");
            d.flag(r.isControllerSupport(), "records.controllerSupport");
            d.additional(r.getAdditionalProvisions());
        });
        return d;
    }

    Draft ownUse() {
        Draft d = draft("ownUse");
        // the parts of the processing that the model marks as done for own purposes, stated as facts; what
        // follows from them (Art. 28(10): a controller for that part) is the validator's (ART28_10_OWN_PURPOSES)
        List<Paragraph> categories = new ArrayList<>();
        agreement
                .getProcessing()
                .ifPresent(p -> p.getDataCategories().stream()
                        .filter(c -> c.getOwnPurposes().orElse(false))
                        .forEach(c -> categories.add(Paragraph.text(t.resolve(c.getName())))));
        List<Paragraph> recipients = new ArrayList<>();
        allSubprocessors().stream()
                .filter(s -> s.getOwnPurposes().orElse(false))
                .forEach(s -> recipients.add(Paragraph.text(s.getName())));
        if (!categories.isEmpty()) {
            d.clause("ownUse.categories", p(), new ListBlock(false, categories));
        }
        if (!recipients.isEmpty()) {
            d.clause("ownUse.subprocessors", p(), new ListBlock(false, recipients));
        }
        boolean facts = !categories.isEmpty() || !recipients.isEmpty();
        agreement.getOwnUse().ifPresent(o -> {
            String key = "ownUse." + o.getPermission().name();
            d.clause(facts && t.has(key + ".otherwise") ? key + ".otherwise" : key, p());
            o.getDescription().ifPresent(text -> d.clause("ownUse.description", p().text("text", text)));
        });
        return d;
    }

    Draft liability() {
        Draft d = draft("liability");
        agreement.getLiability().ifPresent((LiabilityTerms l) -> {
            // the agreement's own wording of its liability rule says what the regime only classifies: both
            // printed read as the same rule twice ("The liability provisions of the Main Contract apply. Liability
            // between the parties follows the Main Contract. ..."), or as a rule and its narrower restatement
            if (l.getDescription().isEmpty()) {
                l.getRegime().ifPresent(r -> d.clause("liability.regime." + r.name(), p()));
            }
            d.flag(l.isCapLimitsDataSubjectClaims(), "liability.capDataSubjects");
            l.getDescription().ifPresent(text -> d.clause("liability.description", p().text("text", text)));
            d.additional(l.getAdditionalProvisions());
        });
        return d;
    }

    Draft termination() {
        Draft d = draft("termination");
        agreement.getTermination().ifPresent(tt -> {
            if (!tt.isSuspensionRight() && !tt.isTerminationForBreach()) {
                d.titled("termination.plain"); // no Clause 10 mechanics: neither heading nor citation claims them
            }
            // the mechanics of SCC 2021/915 Clause 10: inform, suspend, cure, terminate (both sides)
            d.flag(tt.isSuspensionRight() || tt.isTerminationForBreach(), "termination.cannotComply");
            d.flag(tt.isSuspensionRight(), "termination.suspension");
            d.flag(tt.isTerminationForBreach(), "termination.forBreach");
            d.flag(tt.isTerminationForBreach(), "termination.processorRight");
            d.flag(tt.isExtraordinaryTerminationPreserved(), "termination.extraordinary");
            d.additional(tt.getAdditionalProvisions());
        });
        return d;
    }

    Draft finalProvisions() {
        Draft d = draft("final");
        agreement.getFinalProvisions().ifPresent((FinalProvisions f) -> {
            f.getPrecedence().ifPresent(p -> d.clause("final.precedence." + p.name(), p()));
            f.getAmendmentForm().ifPresent(a -> d.clause("final.amendment." + a.name(), p()));
            d.flag(f.isUnilateralAmendment(), "final.unilateralAmendment");
            d.flag(f.getDeemedConsentToAmendments().orElse(false), "final.deemedConsentToAmendments");
            d.flag(f.isSupersedesPrevious(), "final.supersedes");
            f.getGoverningLaw()
                    .ifPresent(c -> d.clause(
                            "final.law",
                            p().plain(
                                            "law",
                                            t.opt("law." + c.getCode())
                                                    .orElse(t.plain("law.default", Map.of("country", t.country(c)))))));
            f.getJurisdiction().ifPresent(j -> d.clause("final.jurisdiction", p().plain("place", t.resolve(j))));
            d.flag(f.isSeverability(), "final.severability");
            f.getPrevailingLanguage()
                    .ifPresent(l -> d.clause(
                            t.opt("final.prevailingLanguage." + l).isPresent()
                                    ? "final.prevailingLanguage." + l
                                    : "final.prevailingLanguage",
                            p().plain("language", t.opt("language." + l).orElse(l))));
            d.additional(f.getAdditionalProvisions());
        });
        d.flag(agreement.isDockingClause(), "final.docking");
        agreement.getForm().ifPresent(f -> d.clause("final.form." + f.name(), p()));
        // how and when the agreement was concluded is an execution record (Signatures), not a clause;
        // conclusion.note is metadata and never printed
        return d;
    }
}
