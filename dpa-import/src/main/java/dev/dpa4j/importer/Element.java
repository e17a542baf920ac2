/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

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
    PARTIES("Art. 28(3) GDPR", "processor"),
    /** Subject matter and duration of the processing. Art. 28(3) first sentence. */
    SUBJECT_AND_DURATION("Art. 28(3) GDPR", "processing.subjectMatter"),
    /** Nature and purpose of the processing. Art. 28(3) first sentence. */
    NATURE_AND_PURPOSE("Art. 28(3) GDPR", "processing.purposes"),
    /** Types of personal data. Art. 28(3) first sentence. */
    DATA_CATEGORIES("Art. 28(3) GDPR", "processing.dataCategories"),
    /** Categories of data subjects. Art. 28(3) first sentence. */
    DATA_SUBJECTS("Art. 28(3) GDPR", "processing.dataSubjects"),
    /** Documented instructions. Art. 28(3)(a), 29. */
    INSTRUCTIONS("Art. 28(3)(a) GDPR", "instructions"),
    /** Confidentiality of authorised persons. Art. 28(3)(b). */
    CONFIDENTIALITY("Art. 28(3)(b) GDPR", "confidentiality"),
    /** Security of processing. Art. 28(3)(c), 32. */
    SECURITY("Art. 28(3)(c), 32 GDPR", "security"),
    /** Sub-processors. Art. 28(2), (3)(d) and (4). */
    SUBPROCESSING("Art. 28(2), (3)(d), (4) GDPR", "subprocessing"),
    /** Assistance with data subject rights. Art. 28(3)(e). */
    DATA_SUBJECT_RIGHTS("Art. 28(3)(e) GDPR", "assistance"),
    /** Assistance with Articles 32 to 36. Art. 28(3)(f). */
    ASSISTANCE("Art. 28(3)(f) GDPR", "assistance"),
    /** Notification of personal data breaches. Art. 33(2). */
    BREACH_NOTIFICATION("Art. 33(2) GDPR", "breachNotification"),
    /** Deletion or return at the end. Art. 28(3)(g). */
    DELETION_RETURN("Art. 28(3)(g) GDPR", "endOfProcessing"),
    /** Information and audits. Art. 28(3)(h). */
    AUDITS("Art. 28(3)(h) GDPR", "audits"),
    /** Transfers to third countries. Art. 28(3)(a), 44 to 49. */
    TRANSFERS("Art. 28(3)(a), 44-49 GDPR", "transfers"),
    /** Liability. Art. 82. */
    LIABILITY("Art. 82 GDPR", "liability"),
    /** Final provisions: governing law, forum, form, severability. */
    FINAL_PROVISIONS("-", "finalProvisions");

    private final String reference;
    private final String modelPath;

    Element(String reference, String modelPath) {
        this.reference = reference;
        this.modelPath = modelPath;
    }

    /**
     * Returns the provision, for example {@code Art. 28(3)(h) GDPR}.
     *
     * @return the reference, or {@code -} where no single provision applies
     */
    public String reference() {
        return reference;
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
