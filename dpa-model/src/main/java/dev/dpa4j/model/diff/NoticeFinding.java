/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.LocalizedText;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A finding of {@link NoticeCheck}: a stable code, a severity, the paths of the changes concerned and a message in
 * German and English. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoticeFinding {

    /** How serious a finding is. */
    public enum Severity {
        /** The change cannot lawfully be made as the agreement stands. */
        ERROR,
        /** The change can be made, but a date or a step cannot be derived from the agreement. */
        WARNING,
        /** Something the processor must do before the change. */
        INFO;
    }

    /** The stable codes of the findings. */
    public enum Code {
        /**
         * A change needs notice, the agreement grants a general authorisation, but it has no duty to inform of
         * changes (Art. 28(2) second sentence GDPR).
         */
        NOTICE_MECHANISM_MISSING,
        /** A change needs notice under a general authorisation, but the agreement grants no right to object. */
        OBJECTION_RIGHT_MISSING,
        /** The agreement grants a right to object but states no typed objection period, so no deadline follows. */
        OBJECTION_PERIOD_NOT_TYPED,
        /** A change needs the controller's prior authorisation; a notice alone does not suffice. */
        PRIOR_AUTHORISATION_NEEDED,
        /**
         * A measure is removed or weakened although the agreement excludes lowering the level of protection
         * ({@code security.changePolicy} {@code NO_DOWNGRADE}).
         */
        DOWNGRADE_EXCLUDED;
    }

    private final Code code;
    private final Severity severity;
    private final List<String> paths;
    private final LocalizedText message;

    NoticeFinding(Code code, Severity severity, List<String> paths, LocalizedText message) {
        this.code = code;
        this.severity = severity;
        this.paths = List.copyOf(paths);
        this.message = message;
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    public Code getCode() {
        return code;
    }

    /**
     * Returns the severity.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the model paths of the changes concerned, in the change set's order.
     *
     * @return the paths of the changes concerned
     */
    public List<String> getPaths() {
        return paths;
    }

    /**
     * Returns the message, in German ({@code de}) and English ({@code en}).
     *
     * @return the message
     */
    public LocalizedText getMessage() {
        return message;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NoticeFinding that
                && code == that.code
                && severity == that.severity
                && paths.equals(that.paths)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, paths, message);
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + paths;
    }
}
