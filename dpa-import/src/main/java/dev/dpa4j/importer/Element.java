/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The parts of a data processing agreement the importer looks for, each with the provision that requires or
 * shapes it and the model path its facts go to.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Element {
    /** The parties: controller and processor. Art. 28(3) first sentence, Art. 4(7) and (8). */
    PARTIES("Art. 28(3) GDPR", "Art. 28 Abs. 3 DSGVO", "Parties", "Parteien", "processor"),
    /** Subject matter and duration of the processing. Art. 28(3) first sentence. */
    SUBJECT_AND_DURATION(
            "Art. 28(3) GDPR",
            "Art. 28 Abs. 3 DSGVO",
            "Subject matter and duration",
            "Gegenstand und Dauer",
            "processing.subjectMatter"),
    /** Nature and purpose of the processing. Art. 28(3) first sentence. */
    NATURE_AND_PURPOSE(
            "Art. 28(3) GDPR", "Art. 28 Abs. 3 DSGVO", "Nature and purpose", "Art und Zweck", "processing.purposes"),
    /** Types of personal data. Art. 28(3) first sentence. */
    DATA_CATEGORIES(
            "Art. 28(3) GDPR",
            "Art. 28 Abs. 3 DSGVO",
            "Types of personal data",
            "Arten personenbezogener Daten",
            "processing.dataCategories"),
    /** Categories of data subjects. Art. 28(3) first sentence. */
    DATA_SUBJECTS(
            "Art. 28(3) GDPR",
            "Art. 28 Abs. 3 DSGVO",
            "Categories of data subjects",
            "Kategorien betroffener Personen",
            "processing.dataSubjects"),
    /** Documented instructions. Art. 28(3)(a), 29. */
    INSTRUCTIONS("Art. 28(3)(a) GDPR", "Art. 28 Abs. 3 lit. a DSGVO", "Instructions", "Weisungen", "instructions"),
    /** Confidentiality of authorised persons. Art. 28(3)(b). */
    CONFIDENTIALITY(
            "Art. 28(3)(b) GDPR",
            "Art. 28 Abs. 3 lit. b DSGVO",
            "Confidentiality",
            "Vertraulichkeit",
            "confidentiality"),
    /** Security of processing. Art. 28(3)(c), 32. */
    SECURITY(
            "Art. 28(3)(c), 32 GDPR",
            "Art. 28 Abs. 3 lit. c, Art. 32 DSGVO",
            "Security of processing",
            "Sicherheit der Verarbeitung",
            "security"),
    /** Sub-processors. Art. 28(2), (3)(d) and (4). */
    SUBPROCESSING(
            "Art. 28(2), (3)(d), (4) GDPR",
            "Art. 28 Abs. 2, Abs. 3 lit. d, Abs. 4 DSGVO",
            "Sub-processors",
            "Unterauftragsverarbeiter",
            "subprocessing"),
    /** Assistance with data subject rights. Art. 28(3)(e). */
    DATA_SUBJECT_RIGHTS(
            "Art. 28(3)(e) GDPR",
            "Art. 28 Abs. 3 lit. e DSGVO",
            "Data subjects' rights",
            "Rechte betroffener Personen",
            "assistance"),
    /** Assistance with Articles 32 to 36. Art. 28(3)(f). */
    ASSISTANCE(
            "Art. 28(3)(f) GDPR",
            "Art. 28 Abs. 3 lit. f DSGVO",
            "Assistance with Arts. 32 to 36",
            "Unterstützung bei Art. 32 bis 36",
            "assistance"),
    /** Notification of personal data breaches. Art. 33(2). */
    BREACH_NOTIFICATION(
            "Art. 33(2) GDPR",
            "Art. 33 Abs. 2 DSGVO",
            "Breach notification",
            "Meldung von Datenschutzverletzungen",
            "breachNotification"),
    /** Deletion or return at the end. Art. 28(3)(g). */
    DELETION_RETURN(
            "Art. 28(3)(g) GDPR",
            "Art. 28 Abs. 3 lit. g DSGVO",
            "Deletion or return",
            "Löschung oder Rückgabe",
            "endOfProcessing"),
    /** Information and audits. Art. 28(3)(h). */
    AUDITS(
            "Art. 28(3)(h) GDPR",
            "Art. 28 Abs. 3 lit. h DSGVO",
            "Information and audits",
            "Nachweise und Überprüfungen",
            "audits"),
    /** Transfers to third countries. Art. 28(3)(a), 44 to 49. */
    TRANSFERS(
            "Art. 28(3)(a), 44-49 GDPR",
            "Art. 28 Abs. 3 lit. a, Art. 44 bis 49 DSGVO",
            "Third-country transfers",
            "Übermittlung in Drittländer",
            "transfers"),
    /** Liability. Art. 82. */
    LIABILITY("Art. 82 GDPR", "Art. 82 DSGVO", "Liability", "Haftung", "liability"),
    /** Final provisions: governing law, forum, form, severability. */
    FINAL_PROVISIONS("-", "-", "Final provisions", "Schlussbestimmungen", "finalProvisions");

    private final String reference;
    private final String germanReference;
    private final String english;
    private final String german;
    private final String modelPath;

    Element(String reference, String germanReference, String english, String german, String modelPath) {
        this.reference = reference;
        this.germanReference = germanReference;
        this.english = english;
        this.german = german;
        this.modelPath = modelPath;
    }

    /**
     * Returns the provision in the English citation style, for example {@code Art. 28(3)(h) GDPR}.
     *
     * @return the reference, or {@code -} where no single provision applies
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the provision in the citation style of a language.
     *
     * @param locale German for the German style ({@code Art. 28 Abs. 3 lit. h DSGVO}), any other for the English one
     * @return the reference, or {@code -} where no single provision applies
     * @since 0.2
     */
    public String reference(Locale locale) {
        return locale.getLanguage().equals("de") ? germanReference : reference;
    }

    /**
     * Returns the element's name as a reader sees it.
     *
     * @param locale German for the German name, any other for the English one
     * @return for example {@code Information and audits} or {@code Nachweise und Überprüfungen}
     * @since 0.2
     */
    public String label(Locale locale) {
        return locale.getLanguage().equals("de") ? german : english;
    }

    /**
     * Returns the path in the model where this element's facts go, as the validator writes paths.
     *
     * @return the model path, for example {@code audits}
     */
    public String modelPath() {
        return modelPath;
    }
}
