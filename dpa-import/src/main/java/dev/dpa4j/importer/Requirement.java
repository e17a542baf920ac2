/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The requirements a reviewer checks an incoming agreement against, first those of Art. 28(3) GDPR (first
 * sentence and points (a) to (h)), then further obligations of the Commission's standard contractual clauses
 * (Implementing Decision (EU) 2021/915), the benchmark of an adequate agreement, and the checklist items a
 * send-ready agreement has. Each names the provision it comes from and the element whose passages state it.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Requirement {
    /** Subject matter and duration of the processing. */
    SUBJECT_AND_DURATION(
            "Art. 28(3) sentence 1 GDPR",
            "Art. 28 Abs. 3 Satz 1 DSGVO",
            "Subject matter and duration",
            "Gegenstand und Dauer",
            Element.SUBJECT_AND_DURATION,
            false),
    /** Nature and purpose of the processing. */
    NATURE_AND_PURPOSE(
            "Art. 28(3) sentence 1 GDPR",
            "Art. 28 Abs. 3 Satz 1 DSGVO",
            "Nature and purpose",
            "Art und Zweck",
            Element.NATURE_AND_PURPOSE,
            false),
    /** Type of personal data. */
    DATA_CATEGORIES(
            "Art. 28(3) sentence 1 GDPR",
            "Art. 28 Abs. 3 Satz 1 DSGVO",
            "Types of personal data",
            "Art der personenbezogenen Daten",
            Element.DATA_CATEGORIES,
            false),
    /** Categories of data subjects. */
    DATA_SUBJECTS(
            "Art. 28(3) sentence 1 GDPR",
            "Art. 28 Abs. 3 Satz 1 DSGVO",
            "Categories of data subjects",
            "Kategorien betroffener Personen",
            Element.DATA_SUBJECTS,
            false),
    /** Processing only on documented instructions. */
    INSTRUCTIONS(
            "Art. 28(3)(a) GDPR; SCC 2021/915 Cl. 7.1(a)",
            "Art. 28 Abs. 3 lit. a DSGVO; Klausel 7.1 Buchst. a SCC 2021/915",
            "Only on documented instructions",
            "Nur auf dokumentierte Weisung",
            Element.INSTRUCTIONS,
            false),
    /** Informing the controller of an instruction that infringes data protection law. */
    INFRINGING_INSTRUCTION(
            "Art. 28(3) subpara. 2 GDPR; SCC 2021/915 Cl. 7.1(b)",
            "Art. 28 Abs. 3 UAbs. 2 DSGVO; Klausel 7.1 Buchst. b SCC 2021/915",
            "Notice of infringing instructions",
            "Hinweis auf rechtswidrige Weisungen",
            Element.INSTRUCTIONS,
            true),
    /** Transfers to third countries only on instructions and under Chapter V. */
    TRANSFERS(
            "Art. 28(3)(a), 44-49 GDPR; SCC 2021/915 Cl. 7.8",
            "Art. 28 Abs. 3 lit. a, Art. 44 bis 49 DSGVO; Klausel 7.8 SCC 2021/915",
            "Third-country transfers",
            "Übermittlung in Drittländer",
            Element.TRANSFERS,
            false),
    /** Confidentiality of the persons authorised to process. */
    CONFIDENTIALITY(
            "Art. 28(3)(b) GDPR; SCC 2021/915 Cl. 7.4(b)",
            "Art. 28 Abs. 3 lit. b DSGVO; Klausel 7.4 Buchst. b SCC 2021/915",
            "Confidentiality of staff",
            "Vertraulichkeit der Beschäftigten",
            Element.CONFIDENTIALITY,
            false),
    /** Security of processing under Art. 32. */
    SECURITY(
            "Art. 28(3)(c), 32 GDPR; SCC 2021/915 Cl. 7.4(a)",
            "Art. 28 Abs. 3 lit. c, Art. 32 DSGVO; Klausel 7.4 Buchst. a SCC 2021/915",
            "Security measures (Art. 32)",
            "Sicherheitsmaßnahmen (Art. 32)",
            Element.SECURITY,
            false),
    /** Prior specific or general written authorisation of sub-processors. */
    SUBPROCESSOR_AUTHORISATION(
            "Art. 28(2), (3)(d) GDPR; SCC 2021/915 Cl. 7.7(a)",
            "Art. 28 Abs. 2, Abs. 3 lit. d DSGVO; Klausel 7.7 Buchst. a SCC 2021/915",
            "Authorisation of sub-processors",
            "Genehmigung von Unterauftragsverarbeitern",
            Element.SUBPROCESSING,
            false),
    /** Notice of intended changes of sub-processors and the controller's objection. */
    SUBPROCESSOR_CHANGES(
            "Art. 28(2) sentence 2 GDPR; SCC 2021/915 Cl. 7.7(a) option 2",
            "Art. 28 Abs. 2 Satz 2 DSGVO; Klausel 7.7 Buchst. a Option 2 SCC 2021/915",
            "Notice of changes and objection",
            "Information über Änderungen und Einspruch",
            Element.SUBPROCESSING,
            true),
    /** The same data protection obligations imposed on sub-processors. */
    SUBPROCESSOR_OBLIGATIONS(
            "Art. 28(4) sentence 1 GDPR; SCC 2021/915 Cl. 7.7(b)",
            "Art. 28 Abs. 4 Satz 1 DSGVO; Klausel 7.7 Buchst. b SCC 2021/915",
            "Same obligations for sub-processors",
            "Gleiche Pflichten für Unterauftragsverarbeiter",
            Element.SUBPROCESSING,
            false),
    /** The processor remains fully liable for its sub-processors. */
    SUBPROCESSOR_LIABILITY(
            "Art. 28(4) sentence 2 GDPR; SCC 2021/915 Cl. 7.7(d)",
            "Art. 28 Abs. 4 Satz 2 DSGVO; Klausel 7.7 Buchst. d SCC 2021/915",
            "Full liability for sub-processors",
            "Volle Haftung für Unterauftragsverarbeiter",
            Element.SUBPROCESSING,
            false),
    /** Assistance with the rights of data subjects. */
    DATA_SUBJECT_RIGHTS(
            "Art. 28(3)(e) GDPR; SCC 2021/915 Cl. 8(a)-(b)",
            "Art. 28 Abs. 3 lit. e DSGVO; Klausel 8 Buchst. a und b SCC 2021/915",
            "Assistance with data subject rights",
            "Unterstützung bei Betroffenenrechten",
            Element.DATA_SUBJECT_RIGHTS,
            true),
    /** Assistance with Articles 32 to 36 (security, breaches, impact assessment, prior consultation). */
    ASSISTANCE(
            "Art. 28(3)(f) GDPR; SCC 2021/915 Cl. 8(c)",
            "Art. 28 Abs. 3 lit. f DSGVO; Klausel 8 Buchst. c SCC 2021/915",
            "Assistance with Arts. 32 to 36",
            "Unterstützung bei Art. 32 bis 36",
            Element.ASSISTANCE,
            true),
    /** Notice of personal data breaches to the controller. */
    BREACH_NOTIFICATION(
            "Art. 33(2) GDPR; SCC 2021/915 Cl. 9.2",
            "Art. 33 Abs. 2 DSGVO; Klausel 9.2 SCC 2021/915",
            "Breach notice to the controller",
            "Meldung von Datenschutzverletzungen",
            Element.BREACH_NOTIFICATION,
            true),
    /** Deletion or return at the controller's choice after the end of the services. */
    DELETION_RETURN(
            "Art. 28(3)(g) GDPR; SCC 2021/915 Cl. 10(d)",
            "Art. 28 Abs. 3 lit. g DSGVO; Klausel 10 Buchst. d SCC 2021/915",
            "Deletion or return at the end",
            "Löschung oder Rückgabe am Ende",
            Element.DELETION_RETURN,
            true),
    /** All information necessary to demonstrate compliance. */
    AUDIT_INFORMATION(
            "Art. 28(3)(h) GDPR; SCC 2021/915 Cl. 7.6(b)-(c)",
            "Art. 28 Abs. 3 lit. h DSGVO; Klausel 7.6 Buchst. b und c SCC 2021/915",
            "Information to demonstrate compliance",
            "Informationen zum Nachweis",
            Element.AUDITS,
            true),
    /** Audits, including inspections, by the controller or an auditor it mandates. */
    AUDIT_INSPECTIONS(
            "Art. 28(3)(h) GDPR; SCC 2021/915 Cl. 7.6(c)-(d)",
            "Art. 28 Abs. 3 lit. h DSGVO; Klausel 7.6 Buchst. c und d SCC 2021/915",
            "Audits including inspections",
            "Überprüfungen einschließlich Inspektionen",
            Element.AUDITS,
            true),
    /** Informing the controller when data it processes is inaccurate or outdated. */
    INACCURATE_DATA(
            "SCC 2021/915 Cl. 8(c)(3)",
            "Klausel 8 Buchst. c Nr. 3 SCC 2021/915",
            "Notice of inaccurate or outdated data",
            "Hinweis auf unrichtige oder veraltete Daten",
            null,
            true),
    /** A copy of the sub-processor agreement on request. */
    SUBPROCESSOR_CONTRACT_COPY(
            "SCC 2021/915 Cl. 7.7(c)",
            "Klausel 7.7 Buchst. c SCC 2021/915",
            "Copy of sub-processor agreements",
            "Kopie der Unterauftragsverträge",
            Element.SUBPROCESSING,
            true),
    /** Suspension of processing and termination on breach of the clauses. */
    SUSPENSION_AND_TERMINATION(
            "SCC 2021/915 Cl. 10(a)-(c)",
            "Klausel 10 Buchst. a bis c SCC 2021/915",
            "Suspension and termination on breach",
            "Aussetzung und Kündigung bei Verstößen",
            null,
            false),
    /** Deletion certified to the controller. */
    DELETION_CERTIFIED(
            "SCC 2021/915 Cl. 10(d)",
            "Klausel 10 Buchst. d SCC 2021/915",
            "Deletion certified",
            "Bestätigung der Löschung",
            Element.DELETION_RETURN,
            true),
    /** GDPR terms carry their GDPR meaning. */
    DEFINITIONS(
            "SCC 2021/915 Cl. 3",
            "Klausel 3 SCC 2021/915",
            "Terms as defined in the GDPR",
            "Begriffe wie in der DSGVO",
            null,
            false),
    /** The data protection terms prevail over other agreements. */
    ORDER_OF_PRECEDENCE(
            "SCC 2021/915 Cl. 4", "Klausel 4 SCC 2021/915", "Order of precedence", "Vorrangregelung", null, false),
    /** Handling of requests of public authorities for access to the data. */
    GOVERNMENT_ACCESS(
            "SCC 2021/914 Cl. 15; EDPB Recommendations 01/2020",
            "Klausel 15 SCC 2021/914; EDSA-Empfehlungen 01/2020",
            "Requests of public authorities",
            "Anfragen von Behörden",
            null,
            true),
    /** Liability, and how it relates to caps in the main contract. */
    LIABILITY(
            "Art. 82 GDPR; SCC 2021/915 Cl. 7.7(d)",
            "Art. 82 DSGVO; Klausel 7.7 Buchst. d SCC 2021/915",
            "Liability",
            "Haftung",
            Element.LIABILITY,
            false);

    private final String reference;
    private final String germanReference;
    private final String english;
    private final String german;
    private final @Nullable Element element;
    private final boolean duty;

    Requirement(
            String reference,
            String germanReference,
            String english,
            String german,
            @Nullable Element element,
            boolean duty) {
        this.reference = reference;
        this.germanReference = germanReference;
        this.english = english;
        this.german = german;
        this.element = element;
        this.duty = duty;
    }

    /**
     * Returns the provisions the requirement comes from, in the English citation style.
     *
     * @return for example {@code Art. 28(3)(h) GDPR; SCC 2021/915 Cl. 7.6(c)-(d)}
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the provisions in the citation style of a language.
     *
     * @param locale German for the German style ({@code Art. 28 Abs. 3 lit. h DSGVO; Klausel 7.6 Buchst. c und d SCC
     *     2021/915}), any other for the English one
     * @return the provisions
     * @since 0.2
     */
    public String reference(Locale locale) {
        return locale.getLanguage().equals("de") ? germanReference : reference;
    }

    /**
     * Returns the requirement's short name.
     *
     * @param locale German for the German name, any other for the English one
     * @return the name
     */
    public String label(Locale locale) {
        return locale.getLanguage().equals("de") ? german : english;
    }

    /**
     * Returns the element whose passages state the requirement.
     *
     * @return the element, or empty where the requirement may stand anywhere in the document
     */
    public Optional<Element> element() {
        return Optional.ofNullable(element);
    }

    /**
     * Tells whether the requirement is a duty of the processor to act (notify, assist, make available), which a
     * merely permissive wording ("the processor may notify") does not meet.
     *
     * @return whether it is a duty to act
     */
    public boolean isDutyToAct() {
        return duty;
    }
}
