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
                "X_SPECIFIC_AUTH (\"in use but not listed\" part)",
                "The model has one list of sub-processors; under a specific authorisation it is the authorisation, so"
                        + " a sub-processor in use but not on it cannot be expressed. The lead-time part is implemented."
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
                "Sub-processors used but not listed, conditional engagement, per-recipient own purposes",
                "Issue 11 section 4: the model has no fields for them yet, so a sub-processor named only in a measure"
                        + " or a clause cannot be compared with the list."
            },
            new String[] {
                "Notice after the change; end-of-service terms against the deletion clause",
                "Both are stated in free text (\"after the change\", \"spätestens mit Beendigung\"); the model"
                        + " holds periods without their reference event, so only numeric periods are compared."
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
                RuleDescriptor d = rule.descriptor();
                if (!d.getNote().isEmpty()) {
                    out.append("- **`")
                            .append(d.getId())
                            .append("`**: ")
                            .append(d.getNote())
                            .append('\n');
                }
            }
        }
        out.append("\n## Not implemented\n\n");
        out.append("Catalogue entries, or parts of them, that cannot be checked on the structured model.\n\n");
        for (String[] item : NOT_IMPLEMENTED) {
            out.append("- **").append(item[0]).append("**: ").append(item[1]).append('\n');
        }
        return out.toString();
    }

    private static String refs(RuleDescriptor d, Locale locale) {
        return d.getLegalReferences().stream().map(r -> r.format(locale)).collect(Collectors.joining("; "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
