/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleDescriptor;
import dev.dpa4j.validate.spi.RulePack;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Generates {@code docs/rules.md} from the descriptors and bundles of the built-in packs. */
public final class RulesDocument {

    private static final List<String[]> NOT_IMPLEMENTED = List.of(
            new String[] {
                "SUPPLEMENTARY_MEASURES",
                "The model records whether a transfer impact assessment was made, not whether it found gaps; without"
                        + " that fact the rule cannot tell when supplementary measures are required."
            },
            new String[] {
                "X_CONTEXT_LINKS",
                "Not a rule of its own: TRANSFER_MECHANISM already runs for the processor and every sub-processor"
                        + " location including the chain, and SGBX80_SOCIAL_DATA for every location."
            },
            new String[] {
                "BDSG62_LED (logs under section 76 BDSG)",
                "The model has no attribute for the provision of logs; the other items of section 62(5) BDSG are"
                        + " checked."
            },
            new String[] {
                "ART32_1_C_RESTORE (restore targets)",
                "Recovery time and recovery point objectives are not modelled; only the presence of a restore measure"
                        + " is checked."
            },
            new String[] {
                "STGB203_SECRECY (flow-down to sub-processors)",
                "The model has no per-sub-processor secrecy undertaking; the undertaking of the processor is checked."
            },
            new String[] {
                "X_DPO_REQUIRED (section 38(1) BDSG head count)",
                "Whether at least 20 persons regularly process personal data is not recorded in an agreement."
            },
            new String[] {
                "A sub-processor named in a measure or a clause but not on the list",
                "The model holds the fact (subprocessing.unlistedSubprocessors, judged by SUBPROC_UNLISTED), but free"
                        + " texts are not searched for company names, so the validator does not find such a name"
                        + " itself."
            },
            new String[] {
                "Notice after the change; end-of-service terms against the deletion clause",
                "Both are stated in free text (\"after the change\", \"spätestens mit Beendigung\"); the model"
                        + " holds periods without their reference event, so only numeric periods are compared."
            });

    /**
     * The facts of issue 11 section 4 that the model holds, each with the rule that judges it or the reason why no
     * rule does: field, rules, reasoning.
     */
    private static final List<String[]> FACTS = List.of(
            new String[] {
                "subprocessing.unlistedSubprocessors, subprocessing.listExhaustive",
                "SUBPROC_UNLISTED",
                "Art. 28(2): only authorised sub-processors may be engaged; unlisted ones or an exemplary list escape"
                        + " both kinds of authorisation."
            },
            new String[] {
                "subprocessing.listPartOfAgreement",
                "SUBPROC_LIST_OUTSIDE",
                "Art. 28(2), (9); EDPB Guidelines 07/2020 on keeping the list available: outside the agreement it is"
                        + " no written specific authorisation, and under a general one the authorised state at"
                        + " conclusion is not fixed."
            },
            new String[] {
                "subprocessing.deemedApproval, subprocessing.impliedConsent",
                "SUBPROC_DEEMED_APPROVAL",
                "Art. 28(2): silence approves only under a general authorisation with notice and objection."
            },
            new String[] {
                "subprocessing.noticeLimitation",
                "SUBPROC_NOTICE_SCOPE",
                "Art. 28(2) second sentence: notice of any intended addition or replacement; a notice or objection"
                        + " confined to some sub-processors leaves the others without the controller's say."
            },
            new String[] {
                "subprocessing.noticeAfterChange",
                "SUBPROC_NOTICE_AFTER_CHANGE",
                "Art. 28(2) second sentence: notice of an intended change, before it takes effect, so that the"
                        + " controller can object."
            },
            new String[] {
                "endOfProcessing.backupRetention",
                "BACKUP_RETENTION",
                "Art. 28(3)(g), 5(1)(e): backups that outlast the deletion need a stated period; a wording without"
                        + " one leaves the data kept for an open time."
            },
            new String[] {
                "subprocessing.subprocessors[].engagementCondition",
                "none",
                "The condition narrows an engagement the controller has already authorised (by name or generally);"
                        + " Art. 28(2) sets no requirement on it. It is recorded for review and the diff."
            },
            new String[] {
                "subprocessing.subprocessors[].ownPurposes, processing.dataCategories[].ownPurposes",
                "ART28_10_OWN_PURPOSES",
                "Art. 28(10): processing for own purposes makes the recipient a controller for that part."
            },
            new String[] {
                "processing.dataCategories[].retention",
                "RETENTION_PERIODS",
                "Art. 5(1)(e), 28(3)(a), (g): a period during the processing that outlasts the deletion deadline, or a"
                        + " retention without a figure."
            },
            new String[] {
                "processing.dataCategories[].retentionAfterEnd",
                "RETENTION_AFTER_END",
                "Art. 28(3)(g): nothing is kept after the end beyond the deletion deadline without a legal obligation."
            },
            new String[] {
                "<time limit>.condition, <time limit>.alternatives",
                "X_PERIOD_CONFLICT",
                "Two periods for one obligation without conditions that separate them contradict each other."
            },
            new String[] {
                "finalProvisions.deemedConsentToAmendments, finalProvisions.unilateralAmendment",
                "UNILATERAL_AMENDMENT",
                "Art. 28(3)(a), (9): the processor cannot change the controller's instructions alone."
            },
            new String[] {
                "finalProvisions.prevailingLanguage",
                "DOC_PREVAILING_LANGUAGE",
                "Art. 28(9): with several language versions one must decide the content of the instructions."
            },
            new String[] {
                "controllers[].tradeNames, processor.tradeNames",
                "PARTY_TRADE_NAME",
                "Art. 28(3): the contract binds identifiable legal entities; a trade name alone is none."
            },
            new String[] {
                "controllers[].includesAffiliates, processor.includesAffiliates",
                "PARTY_AFFILIATES",
                "Art. 28(2), (3), (4): which companies are controllers, and which affiliates are sub-processors."
            },
            new String[] {
                "confidentiality.boundPersons",
                "ART28_3_B_CONFIDENTIALITY",
                "Art. 28(3)(b), 29: every person authorised to process is bound, not only employees."
            },
            new String[] {
                "security.measures[].responsibleParty",
                "TOM_RESPONSIBILITY (and the Art. 32 checks ignore controller measures)",
                "Art. 28(3)(c): the processor must commit to the measures itself."
            },
            new String[] {
                "security.measures[].scope",
                "none",
                "What a measure covers (a product, a site) is free text; whether it covers the processing of this"
                        + " agreement needs a reader of both. Recorded for review and the diff."
            },
            new String[] {
                "security.measures[].specialCategorySafeguard",
                "X_SPECIAL_SAFEGUARDS_TEXT",
                "Art. 9, 10, 32: special categories need safeguards; a typed safeguard satisfies the rule."
            },
            new String[] {
                "breachNotification.riskThreshold",
                "ART33_2_PROCESSOR_NOTIFY",
                "Art. 33(2): the processor notifies every breach; the risk assessment is the controller's."
            },
            new String[] {
                "transfers.residencyExceptions",
                "RESIDENCY_EXCEPTIONS; X_EEA_ONLY_CONTRADICTION",
                "Art. 28(3)(a), 44: exceptions are part of the transfer instruction and need a condition and a place;"
                        + " a location an exception names is an exception, not a contradiction."
            },
            new String[] {
                "assistance.costBearer, endOfProcessing.costBearer, endOfProcessing.fee",
                "STATUTORY_DUTY_FEES",
                "Art. 28(3)(e)-(g): statutory assistance and deletion must not be made practically impossible by"
                        + " costs."
            },
            new String[] {
                "instructions.costBearer",
                "none",
                "Charging for instructions beyond the agreed service is lawful; the GDPR is silent on it."
            },
            new String[] {
                "transfers.scc.competentAuthority",
                "SCC_ANNEX",
                "SCC 2021/914 Annex I.C names the competent supervisory authority."
            });

    private RulesDocument() {}

    /**
     * Renders the rule catalogue as Markdown.
     *
     * @return the document, with {@code \n} line ends
     */
    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# dpa4j validation rules\n\n");
        out.append("<!-- Generated from the rule descriptors and message bundles by RulesDocument;"
                + " do not edit. Update with: ./mvnw -pl dpa-validate -am test -Dtest=RulesDocumentTest"
                + " -Ddpa.docs.update=true -->\n\n");
        out.append("Built-in packs, version ")
                .append(BuiltInPacks.VERSION)
                .append(". Severity: **ERROR** = content"
                        + " required by law is missing or contradicted; **WARNING** = present but weak, vague or risky;"
                        + " **INFO** = best practice. Where a rule can report several severities, the table shows the highest;"
                        + " the variant is in the finding. Every default severity was reviewed against this scheme"
                        + " in December 2026 (issue 11); where a rule reports mandatory content below ERROR, or best"
                        + " practice above INFO, its decision note below says why.\n\n");
        out.append("Rule ids are stable. The built-in packs keep the ids of the project's rule catalogue (upper case,"
                + " unqualified); rules of any other pack are qualified with their pack id, for example"
                + " `acme-policy:EEA_ONLY`. Pack ids `structure`, `gdpr`, `de`, `change` and the prefix `dpa` are"
                + " reserved. The pack `gdpr` runs for the regime GDPR only; the pack `de` decides per rule from the"
                + " regime, party attributes and processing characteristics. The pack `change` judges intended"
                + " changes against the version in force and runs only in `Validator.validateChange(inForce, changes)`"
                + " (`dpa diff`); each of its findings names the path of one change.\n");
        for (RulePack pack : BuiltInPacks.all()) {
            out.append("\n## Pack `").append(pack.id()).append("`\n\n");
            out.append("| Id | Severity | Legal references | Summary (English) | Zusammenfassung (Deutsch) |\n");
            out.append("|---|---|---|---|---|\n");
            for (Rule rule : pack.rules()) {
                RuleDescriptor d = rule.descriptor();
                out.append("| `")
                        .append(d.getId())
                        .append("` | ")
                        .append(d.getDefaultSeverity())
                        .append(" | ")
                        .append(cell(refs(d, Locale.ENGLISH)))
                        .append(refs(d, Locale.ENGLISH).isEmpty() ? "" : "<br>" + cell(refs(d, Locale.GERMAN)))
                        .append(" | ")
                        .append(cell(d.summary(Locale.ENGLISH)))
                        .append(" | ")
                        .append(cell(d.summary(Locale.GERMAN)))
                        .append(" |\n");
            }
        }
        out.append("\n## Decisions\n\n");
        out.append("How rules decide where the law leaves room or the catalogue is contested.\n\n");
        for (RulePack pack : BuiltInPacks.all()) {
            for (Rule rule : pack.rules()) {
                out.append(decision(rule.descriptor()));
            }
        }
        out.append("\n## Facts beside the clauses (issue 11, section 4)\n\n");
        out.append("Each fact the model holds beside the clauses, with the rule that judges it or the reason why"
                + " none does.\n\n");
        out.append("| Fact | Rule | Reasoning |\n|---|---|---|\n");
        for (String[] fact : FACTS) {
            out.append("| `")
                    .append(cell(fact[0]).replace(", ", "`, `"))
                    .append("` | ")
                    .append(cell(fact[1]))
                    .append(" | ")
                    .append(cell(fact[2]))
                    .append(" |\n");
        }
        out.append("\n## Not implemented\n\n");
        out.append("Catalogue entries, or parts of them, that cannot be checked on the structured model.\n\n");
        for (String[] item : NOT_IMPLEMENTED) {
            out.append("- **").append(item[0]).append("**: ").append(item[1]).append('\n');
        }
        return out.toString();
    }

    /**
     * The entry of a rule in the list of decisions: its note whole, never cut at a full stop (notes cite "Art. 28(2)"
     * and say "e.g.") nor at a length, on one line so that a line break in the note cannot end the list item; empty
     * for a rule without a note.
     */
    static String decision(RuleDescriptor d) {
        String note = d.getNote().strip().replaceAll("\\s+", " ");
        return note.isEmpty() ? "" : "- **`" + d.getId() + "`**: " + note + "\n";
    }

    private static String refs(RuleDescriptor d, Locale locale) {
        return d.getLegalReferences().stream().map(r -> r.format(locale)).collect(Collectors.joining("; "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
