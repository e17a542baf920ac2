/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Requirement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that ties a requirement of the completeness table to the yes/no facts of the draft that the
 * validator checks for it. The requirement's cues ({@code requirement-cues.txt}) and the fact's cues
 * ({@code fact-cues.txt}) are two lexicons for one concept; where a sentence meets the requirement without
 * weakening, the draft states the fact from that sentence too, so that a review never reports a requirement as met
 * and its duty as "not stipulated" at once. A weaker reading sets nothing: the fact stays for its own cue to decide.
 */
final class RequirementFacts {

    private RequirementFacts() {}

    private static final Map<Requirement, List<String>> FACTS = facts();

    private static Map<Requirement, List<String>> facts() {
        Map<Requirement, List<String>> m = new EnumMap<>(Requirement.class);
        m.put(Requirement.INSTRUCTIONS, List.of("instructions.documentedInstructionsOnly"));
        m.put(Requirement.INFRINGING_INSTRUCTION, List.of("instructions.infringementNotice"));
        m.put(Requirement.CONFIDENTIALITY, List.of("confidentiality.personnelCommitted"));
        // Art. 28(2): the prior specific or general written authorisation; the agreement that states it is written
        m.put(Requirement.SUBPROCESSOR_AUTHORISATION, List.of("subprocessing.priorWrittenAuthorisation"));
        m.put(Requirement.SUBPROCESSOR_OBLIGATIONS, List.of("subprocessing.flowDown"));
        m.put(Requirement.SUBPROCESSOR_LIABILITY, List.of("subprocessing.fullLiability"));
        m.put(Requirement.DATA_SUBJECT_RIGHTS, List.of("assistance.dataSubjectRights"));
        m.put(Requirement.BREACH_NOTIFICATION, List.of("breachNotification.notifyController"));
        m.put(Requirement.AUDIT_INFORMATION, List.of("audits.informationProvision"));
        m.put(Requirement.AUDIT_INSPECTIONS, List.of("audits.inspections"));
        m.put(Requirement.INACCURATE_DATA, List.of("assistance.inaccurateDataNotice"));
        m.put(Requirement.SUBPROCESSOR_CONTRACT_COPY, List.of("subprocessing.contractCopyOnRequest"));
        m.put(Requirement.DELETION_CERTIFIED, List.of("endOfProcessing.deletionConfirmation"));
        return m;
    }

    /**
     * The weaker readings that still state the duty: a breach notice in vague time words, under a condition ("as
     * appropriate", "soweit erforderlich"), after more than 72 hours or only for confirmed breaches is a notice duty
     * with weaker terms (the validator reports the deadline or trigger), not a missing one. The notes are those of
     * {@code requirement-cues.txt}.
     */
    private static final Map<Requirement, List<String>> DUTY_STANDS = Map.of(
            Requirement.BREACH_NOTIFICATION,
            List.of(
                    "a vague time or a condition instead of \"without undue delay\"",
                    "no deadline, only a reasonable time",
                    "a notice period longer than 72 hours",
                    "only confirmed breaches"));

    /**
     * Whether a weaker reading of a requirement still states its yes/no facts: the duty stands, its terms are
     * weaker.
     *
     * @param r the requirement
     * @param note the note of the weaker reading
     * @return whether the facts of {@link #of(Requirement)} hold
     */
    static boolean dutyStands(Requirement r, String note) {
        return DUTY_STANDS.getOrDefault(r, List.of()).contains(note);
    }

    /**
     * The yes/no facts a requirement stands for.
     *
     * @param r the requirement
     * @return the model paths, empty for a requirement that no single yes/no fact states
     */
    static List<String> of(Requirement r) {
        return FACTS.getOrDefault(r, List.of());
    }
}
