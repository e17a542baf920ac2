/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A term of Art. 28 GDPR that the draft of an imported agreement lacks is either absent from the document or stated in
 * words the importer does not type. The validator sees only the draft, in which both look the same (a flag left
 * false, a list left empty), and reports the term as missing. The completeness table reads the document itself: where
 * it finds the requirement the term belongs to (status {@code FOUND}), the document states it, and an error saying the
 * agreement lacks it would be the importer's failure presented as the vendor's. The review then reports the rule's
 * variant {@code notRecognised} instead, a warning that says the importer did not recognise the term and points to the
 * passage to read. Where the table does not find the requirement, or finds it weaker, the error stays: the term is
 * absent, or the text states it in a deficient form.
 */
final class UnrecognisedTerms {

    /** The "missing" variants of the validator's rules, by the requirement of the completeness table they belong to. */
    private static final Map<String, Requirement> MISSING = Map.ofEntries(
            Map.entry("ART28_3_SUBJECT_MATTER.missing", Requirement.SUBJECT_AND_DURATION),
            Map.entry("ART28_3_DURATION.missing", Requirement.SUBJECT_AND_DURATION),
            Map.entry("ART28_3_NATURE.missing", Requirement.NATURE_AND_PURPOSE),
            Map.entry("ART28_3_PURPOSE.missing", Requirement.NATURE_AND_PURPOSE),
            Map.entry("ART28_3_DATA_TYPES.missing", Requirement.DATA_CATEGORIES),
            Map.entry("ART28_3_DATA_SUBJECTS.missing", Requirement.DATA_SUBJECTS),
            Map.entry("X_GENERAL_AUTH_BUNDLE.missing", Requirement.SUBPROCESSOR_CHANGES),
            Map.entry("ART28_3_A_TRANSFERS.missing", Requirement.TRANSFERS),
            Map.entry("ART32_TOMS_DOCUMENTED.missing", Requirement.SECURITY),
            Map.entry("ART28_3_C_SECURITY.missing", Requirement.SECURITY),
            Map.entry("ART28_3_F_ASSIST_32_36.missing", Requirement.ASSISTANCE),
            Map.entry("ART28_3_F_ASSIST_32_36.partial", Requirement.ASSISTANCE),
            Map.entry("ART28_3_H_INFORMATION.missing", Requirement.AUDIT_INFORMATION),
            Map.entry("ART28_3_H_AUDITS.missing", Requirement.AUDIT_INSPECTIONS),
            Map.entry("ART28_3_E_DSR_ASSIST.missing", Requirement.DATA_SUBJECT_RIGHTS),
            Map.entry("ART28_3_INFRINGING_INSTR.missing", Requirement.INFRINGING_INSTRUCTION),
            Map.entry("ART28_4_FLOW_DOWN.missing", Requirement.SUBPROCESSOR_OBLIGATIONS),
            Map.entry("ART28_3_B_CONFIDENTIALITY.missing", Requirement.CONFIDENTIALITY),
            Map.entry("ART28_3_A_INSTRUCTIONS.missing", Requirement.INSTRUCTIONS),
            Map.entry("ART33_2_PROCESSOR_NOTIFY.missing", Requirement.BREACH_NOTIFICATION));

    private UnrecognisedTerms() {}

    /**
     * The report with each "missing" error replaced by "not recognised" where the completeness table finds the
     * requirement in the document.
     *
     * @param result the import
     * @param report the validator's report on its draft
     * @return the report to review
     */
    static ValidationReport adjust(ImportResult result, ValidationReport report) {
        List<Finding> findings = new ArrayList<>();
        boolean changed = false;
        for (Finding f : report.getFindings()) {
            Requirement requirement = MISSING.get(f.getMessageKey());
            String variant = f.getRuleId() + ".notRecognised";
            if (requirement != null
                    && f.getSeverity() == Severity.ERROR
                    && result.getRequirement(requirement).status() == Status.FOUND
                    && f.getRule().getMessageKeys().contains(variant)) {
                findings.add(Finding.of(f.getRule(), Severity.WARNING, f.getModelPath(), variant, f.getParams()));
                changed = true;
            } else {
                findings.add(f);
            }
        }
        return changed
                ? ValidationReport.of(
                        findings, report.getAsOf(), report.getProfile(), report.getFailOn(), report.getPacks())
                : report;
    }
}
