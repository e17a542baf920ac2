/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review of an agreement that states deletion or return at the end without saying who chooses ("the processor
 * shall delete or return all personal data"). The draft cannot hold that: its choice stays empty, and the validator
 * then reports deletion or return as not regulated ({@code ART28_3_G_DELETE_RETURN}), which contradicts the
 * completeness table that quotes the obligation. The obligation is there; what is missing is the controller's choice
 * (Art. 28(3)(g) GDPR: "at the choice of the controller"). Where the table finds the requirement (met or weaker) and the
 * draft names no choice, the review reports that instead, as a warning ({@code ART28_3_G_CONTROLLER_CHOICE},
 * "unassigned"). An agreement that says nothing of deletion or return keeps the error.
 */
final class UnassignedChoice {

    static final String NOT_REGULATED = "ART28_3_G_DELETE_RETURN";
    static final String CHOICE = "ART28_3_G_CONTROLLER_CHOICE";

    private UnassignedChoice() {}

    /**
     * The report with "not regulated" replaced where the import states the obligation.
     *
     * @param result the import
     * @param report the validator's report on its draft
     * @param rules the validator's rules
     * @return the report to review
     */
    static ValidationReport adjust(ImportResult result, ValidationReport report, List<RuleDescriptor> rules) {
        Status stated = result.getRequirement(Requirement.DELETION_RETURN).status();
        Optional<RuleDescriptor> choice =
                rules.stream().filter(r -> r.getId().equals(CHOICE)).findFirst();
        if (stated == Status.NOT_FOUND
                || choice.isEmpty()
                || report.getFindings(NOT_REGULATED).isEmpty()
                || result.getDraft()
                        .getEndOfProcessing()
                        .flatMap(e -> e.getChoice())
                        .isPresent()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : report.getFindings()) {
            findings.add(
                    f.getRuleId().equals(NOT_REGULATED)
                            ? Finding.of(
                                    choice.get(),
                                    Severity.WARNING,
                                    "endOfProcessing.choice",
                                    CHOICE + ".unassigned",
                                    Map.of())
                            : f);
        }
        return ValidationReport.of(
                findings, report.getAsOf(), report.getProfile(), report.getFailOn(), report.getPacks());
    }
}
