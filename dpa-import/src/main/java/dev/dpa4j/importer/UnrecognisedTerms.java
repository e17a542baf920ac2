/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A term of Art. 28 GDPR that the draft of an imported agreement lacks is either absent from the document or stated in
 * words the importer does not type. The validator sees only the draft, in which both look the same (a flag left
 * false, a list left empty), and reports the term as missing. The completeness table reads the document itself: where
 * it finds the requirement the term belongs to (status {@code FOUND}), the document states it, and an error saying the
 * agreement lacks it would be the importer's failure presented as the vendor's. The review then reports the rule's
 * variant {@code notRecognised} instead, a warning that says the importer did not recognise the term and points to the
 * passage to read. Where the table does not find the requirement, the error stays: the term is absent.
 *
 * <p>Where the table finds the requirement weaker (the term is there but falls short), the draft lacks the term too,
 * since the importer sets a yes/no fact only from a term met, and the error "missing" would send the reviewer looking
 * for nothing. The review then reports the rule's variant {@code weaker} at the same severity: the term is stated, but
 * weaker than the law requires, quoted at the passage the table names first (the one that weakens it, see {@link
 * #weakened}). The variant {@code partial} of the assistance with Arts. 32 to 36 names the articles not covered and
 * stays as it is beside a weaker table; so does the description of the measures ({@code ART32_TOMS_DOCUMENTED}), a
 * fact of its own beside a commitment to security that the table finds weaker; and so does a part of the requirement
 * that the table's note itself reports absent ({@link #ABSENT}).
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

    /**
     * The weaker readings of the completeness table whose note says that a part of the requirement is absent, by the
     * part: the rule's id, or the term a rule lists ({@code X_GENERAL_AUTH_BUNDLE}'s {@code missing}). A finding on that
     * part stays "missing": the table agrees with it ("the subject matter without the duration", "notice of changes
     * without a right to object").
     */
    private static final Map<String, Set<String>> ABSENT = Map.of(
            "the subject matter without the duration of the processing", Set.of("ART28_3_DURATION"),
            "notice of changes without a right to object", Set.of("OBJECTION_RIGHT"));

    /**
     * The terms of a rule's list that the table vouches for only where its note speaks of them, by the word the note
     * then uses. The table's weaker verdict on the notice of changes ({@link Requirement#SUBPROCESSOR_CHANGES}) rests
     * on a sentence giving notice: the notice is there, weaker. Whether the objection is there it says only where its
     * note is about the objection ("an objection whose only remedy is termination …"); after a note on the notice
     * ("notice only by publishing a list …") an objection the draft lacks stays missing.
     */
    private static final Map<String, String> NAMED_BY_NOTE = Map.of("OBJECTION_RIGHT", "objection");

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
            Status status = requirement == null
                    ? Status.NOT_FOUND
                    : result.getRequirement(requirement).status();
            String weaker = f.getRuleId() + ".weaker";
            if (requirement != null
                    && f.getSeverity() == Severity.ERROR
                    && status == Status.FOUND
                    && f.getRule().getMessageKeys().contains(variant)) {
                findings.add(Finding.of(f.getRule(), Severity.WARNING, f.getModelPath(), variant, f.getParams()));
                changed = true;
            } else if (requirement != null
                    && status == Status.WEAKER
                    && f.getMessageKey().endsWith(".missing")
                    && f.getRule().getMessageKeys().contains(weaker)) {
                Set<String> absent =
                        ABSENT.getOrDefault(result.getRequirement(requirement).note(), Set.of());
                String terms = f.getParams().get("missing");
                if (terms == null) {
                    findings.add(
                            absent.contains(f.getRuleId())
                                    ? f
                                    : Finding.of(
                                            f.getRule(), f.getSeverity(), f.getModelPath(), weaker, f.getParams()));
                } else {
                    // a list of terms: those the table's note says are absent stay missing, the rest are weaker
                    List<String> stated = new ArrayList<>();
                    List<String> missing = new ArrayList<>();
                    String note = result.getRequirement(requirement).note();
                    for (String t : terms.split(",")) {
                        String term = t.strip();
                        String word = NAMED_BY_NOTE.get(term);
                        boolean vouched = word == null || note.contains(word);
                        (absent.contains(term) || !vouched ? missing : stated).add(term);
                    }
                    if (!missing.isEmpty()) {
                        findings.add(Finding.of(
                                f.getRule(),
                                f.getSeverity(),
                                f.getModelPath(),
                                f.getMessageKey(),
                                Map.of("missing", String.join(",", missing))));
                    }
                    if (!stated.isEmpty()) {
                        findings.add(Finding.of(
                                f.getRule(),
                                f.getSeverity(),
                                f.getModelPath(),
                                weaker,
                                Map.of("missing", String.join(",", stated))));
                    }
                }
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

    /**
     * The requirement whose weaker wording a finding of {@link #adjust} reports, if it is one: the review quotes the
     * table's first passage for it (the weakening sentence), not the draft's element.
     *
     * @param f a finding of the adjusted report
     * @return the requirement, or empty for any other finding
     */
    static Optional<Requirement> weakened(Finding f) {
        if (!f.getMessageKey().equals(f.getRuleId() + ".weaker")) {
            return Optional.empty();
        }
        return Optional.ofNullable(MISSING.get(f.getRuleId() + ".missing"));
    }
}
