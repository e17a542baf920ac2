/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A term of an imported agreement that a reviewer should read but that the model does not type: fees for
 * assistance and audits, limits on audit frequency, liability caps, the Clause 11 option of the 2021/914 clauses,
 * the UK Addendum or IDTA, Swiss adaptations. Reported with the sentence, never turned into a model value.
 *
 * @param topic what the sentence is about
 * @param span the sentence
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Note(Topic topic, SourceSpan span) {

    /** What a note is about. */
    public enum Topic {
        /** Fees or costs charged for assistance or audits (checklist: conditional fees only). */
        FEES("Fees for assistance or audits", "Vergütung für Unterstützung oder Prüfungen"),
        /** A limit on how often the controller may audit. */
        AUDIT_FREQUENCY("Audit frequency limit", "Begrenzung der Prüfhäufigkeit"),
        /** A cap on liability. */
        LIABILITY_CAP("Liability cap", "Haftungsbegrenzung"),
        /** The option of Clause 11 of the 2021/914 clauses (independent dispute resolution body). */
        SCC_CLAUSE_11("SCC Clause 11 option", "SCC Klausel 11 (Option)"),
        /** The UK International Data Transfer Addendum or Agreement. */
        UK_TRANSFER_TOOL("UK Addendum or IDTA", "UK Addendum oder IDTA"),
        /** Adaptations of the 2021/914 clauses for transfers under the Swiss FADP. */
        SWISS_ADAPTATIONS("Swiss adaptations", "Schweizer Anpassungen"),
        /** A model form's choice none of whose options is ticked: nothing is agreed on it. */
        FORM_CHOICE_NOT_MADE(
                "Form: no option ticked, nothing agreed", "Formular: keine Option angekreuzt, nichts vereinbart"),
        /** A model form's choice of one option with more than one ticked (or both "yes" and "no"). */
        FORM_CHOICE_CONTRADICTORY(
                "Form: options that exclude each other both ticked",
                "Formular: einander ausschließende Optionen angekreuzt");

        private final String english;
        private final String german;

        Topic(String english, String german) {
            this.english = english;
            this.german = german;
        }

        /**
         * Returns the topic's name for a reviewer.
         *
         * @param locale German for the German name, any other for the English one
         * @return the name
         */
        public String label(Locale locale) {
            return locale.getLanguage().equals("de") ? german : english;
        }
    }

    /**
     * Checks the values.
     *
     * @param topic the topic
     * @param span the sentence
     */
    public Note {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(span, "span");
    }
}
