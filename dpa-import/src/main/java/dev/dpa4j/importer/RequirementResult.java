/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.importer.internal.NoteWordings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether an imported agreement addresses one {@link Requirement}, and where.
 *
 * @param requirement the requirement
 * @param status found, found but weaker than the benchmark, or not found
 * @param evidence the sentences that state the requirement (for {@link Status#WEAKER} the weakening ones first),
 *     at most five; empty when not found
 * @param note why the wording counts as weaker (for example "no on-site audits"), in English; empty otherwise
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record RequirementResult(Requirement requirement, Status status, List<SourceSpan> evidence, String note) {

    /** How the document addresses a requirement. */
    public enum Status {
        /** A passage states the requirement without weakening it. */
        FOUND,
        /**
         * The document addresses the requirement, but in words weaker than the standard contractual clauses of
         * Implementing Decision (EU) 2021/915: negated, left to the processor's discretion, or limited.
         */
        WEAKER,
        /** No passage states the requirement. */
        NOT_FOUND
    }

    /**
     * Checks the values and copies the list.
     *
     * @param requirement the requirement
     * @param status the status
     * @param evidence the sentences
     * @param note the note
     */
    public RequirementResult {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        evidence = List.copyOf(evidence);
        if (status == Status.NOT_FOUND && !evidence.isEmpty()) {
            throw new IllegalArgumentException("a requirement not found has no evidence");
        }
        if (status != Status.NOT_FOUND && evidence.isEmpty()) {
            throw new IllegalArgumentException("a requirement found needs evidence");
        }
    }

    /**
     * Returns the note in the reader's language.
     *
     * @param locale German for the German wording, any other language for the note as {@link #note()} gives it
     * @return why the wording counts as weaker; empty where it does not
     * @since 0.2
     */
    public String note(Locale locale) {
        return NoteWordings.in(note, locale);
    }
}
