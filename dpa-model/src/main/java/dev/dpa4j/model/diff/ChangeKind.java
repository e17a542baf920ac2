/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import org.apiguardian.api.API;

/**
 * The type of a {@link Change}. The values are grouped by the part of the agreement they concern; the old and new
 * values of a change hold model objects of the type named in each constant's description.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeKind {
    /** A sub-processor was engaged; new value: the {@code Subprocessor}. */
    SUBPROCESSOR_ADDED,
    /** A sub-processor is no longer engaged; old value: the {@code Subprocessor}. */
    SUBPROCESSOR_REMOVED,
    /** The legal name of a sub-processor changed; values: the names. */
    SUBPROCESSOR_RENAMED,
    /** The product or service name under a legal name changed; values: the product names. */
    SUBPROCESSOR_PRODUCT_CHANGED,
    /** The service or activity a sub-processor performs changed; values: {@code LocalizedText}. */
    SUBPROCESSOR_SERVICE_CHANGED,
    /** The country of establishment changed; values: {@code CountryCode}. */
    SUBPROCESSOR_COUNTRY_CHANGED,
    /** The country of the parent company changed; values: {@code CountryCode}. */
    SUBPROCESSOR_PARENT_COUNTRY_CHANGED,
    /** The postal address changed; values: {@code PostalAddress}. */
    SUBPROCESSOR_ADDRESS_CHANGED,
    /** A processing location (for example a server location) was added; new value: the {@code Location}. */
    SUBPROCESSOR_LOCATION_ADDED,
    /** A processing location was removed; old value: the {@code Location}. */
    SUBPROCESSOR_LOCATION_REMOVED,
    /** The one location of a kind (for example storage) moved to another place; values: {@code Location}. */
    SUBPROCESSOR_LOCATION_MOVED,
    /** The transfer mechanism was added, removed or changed; values: {@code TransferMechanism}. */
    SUBPROCESSOR_TRANSFER_CHANGED,
    /** A data category identifier was added to a sub-processor; new value: the identifier. */
    SUBPROCESSOR_DATA_CATEGORY_ADDED,
    /** A data category identifier was removed from a sub-processor; old value: the identifier. */
    SUBPROCESSOR_DATA_CATEGORY_REMOVED,
    /** The contact point changed; values: {@code ContactPoint}. */
    SUBPROCESSOR_CONTACT_CHANGED,
    /** Another particular (identifier, start date, note) changed; values: the {@code Subprocessor}s. */
    SUBPROCESSOR_DETAILS_CHANGED,

    /** A controller was added, or the agreement now names its processor; new value: the {@code Party}. */
    PARTY_ADDED,
    /** A controller was removed, or the agreement no longer names its processor; old value: the {@code Party}. */
    PARTY_REMOVED,
    /** The name or legal form of a party changed; values: the name followed by the legal form, if any. */
    PARTY_RENAMED,
    /** The postal address of a party changed; values: {@code PostalAddress}. */
    PARTY_ADDRESS_CHANGED,
    /** The data protection officer of a party changed; values: {@code DataProtectionOfficer}. */
    PARTY_DPO_CHANGED,
    /**
     * The representatives, contact points or representative in the Union (Art. 27 GDPR) of a party changed; values:
     * the {@code Party}s.
     */
    PARTY_CONTACTS_CHANGED,
    /**
     * Another particular of a party (identifier, description, registration, attributes, certifications, accession
     * date) changed; values: the {@code Party}s.
     */
    PARTY_DETAILS_CHANGED,

    /** A data category was added to the processing; new value: the {@code DataCategory}. */
    DATA_CATEGORY_ADDED,
    /** A data category was removed; old value: the {@code DataCategory}. */
    DATA_CATEGORY_REMOVED,
    /** A data category was reworded or reclassified; values: {@code DataCategory}. */
    DATA_CATEGORY_CHANGED,
    /** A category of data subjects was added; new value: the {@code DataSubjectCategory}. */
    DATA_SUBJECT_ADDED,
    /** A category of data subjects was removed; old value: the {@code DataSubjectCategory}. */
    DATA_SUBJECT_REMOVED,
    /** A category of data subjects was reworded or reclassified; values: {@code DataSubjectCategory}. */
    DATA_SUBJECT_CHANGED,
    /** A purpose was added; new value: the {@code Purpose}. */
    PURPOSE_ADDED,
    /** A purpose was removed; old value: the {@code Purpose}. */
    PURPOSE_REMOVED,
    /** A purpose was reworded; values: {@code Purpose}. */
    PURPOSE_CHANGED,
    /** A location of the processor's own processing was added; new value: the {@code Location}. */
    PROCESSING_LOCATION_ADDED,
    /** A location of the processor's own processing was removed; old value: the {@code Location}. */
    PROCESSING_LOCATION_REMOVED,
    /** The one processing location of a kind moved; values: {@code Location}. */
    PROCESSING_LOCATION_MOVED,
    /** Another particular of the processing description changed (subject matter, duration, nature...). */
    PROCESSING_DESCRIPTION_CHANGED,

    /** A technical or organisational measure was added; new value: the measure. */
    MEASURE_ADDED,
    /** A technical or organisational measure was removed; old value: the measure. */
    MEASURE_REMOVED,
    /** A measure was reworded, recategorised or lost protection goals; values: the measures. */
    MEASURE_CHANGED,

    /** A clause the old version lacked was added; new value: the clause terms. */
    CLAUSE_ADDED,
    /** A clause of the old version was removed; old value: the clause terms. */
    CLAUSE_REMOVED,
    /** A typed parameter of a clause changed (a period, a deadline, a flag, the authorisation type). */
    CLAUSE_PARAMETER_CHANGED,
    /** A clause changed in a way no typed parameter captures (for example additional provisions). */
    CLAUSE_TEXT_CHANGED;

    /**
     * The part of the agreement a kind of change concerns: the groups in which the constants are declared.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Subject {
        /** A sub-processor or one of its details (Art. 28(2), (4)). */
        SUBPROCESSOR,
        /** A party: controller or processor. */
        PARTY,
        /** The description of the processing: data categories, data subjects, purposes, locations (Art. 28(3)). */
        SCOPE,
        /** A technical or organisational measure (Art. 32). */
        MEASURE,
        /** A clause and its typed parameters. */
        CLAUSE
    }

    /**
     * Returns the part of the agreement this kind of change concerns, so that callers group changes without reading
     * the constant's name.
     *
     * @return the subject
     * @since 0.1
     */
    public Subject subject() {
        return switch (this) {
            case SUBPROCESSOR_ADDED,
                    SUBPROCESSOR_REMOVED,
                    SUBPROCESSOR_RENAMED,
                    SUBPROCESSOR_PRODUCT_CHANGED,
                    SUBPROCESSOR_SERVICE_CHANGED,
                    SUBPROCESSOR_COUNTRY_CHANGED,
                    SUBPROCESSOR_PARENT_COUNTRY_CHANGED,
                    SUBPROCESSOR_ADDRESS_CHANGED,
                    SUBPROCESSOR_LOCATION_ADDED,
                    SUBPROCESSOR_LOCATION_REMOVED,
                    SUBPROCESSOR_LOCATION_MOVED,
                    SUBPROCESSOR_TRANSFER_CHANGED,
                    SUBPROCESSOR_DATA_CATEGORY_ADDED,
                    SUBPROCESSOR_DATA_CATEGORY_REMOVED,
                    SUBPROCESSOR_CONTACT_CHANGED,
                    SUBPROCESSOR_DETAILS_CHANGED -> Subject.SUBPROCESSOR;
            case PARTY_ADDED,
                    PARTY_REMOVED,
                    PARTY_RENAMED,
                    PARTY_ADDRESS_CHANGED,
                    PARTY_DPO_CHANGED,
                    PARTY_CONTACTS_CHANGED,
                    PARTY_DETAILS_CHANGED -> Subject.PARTY;
            case DATA_CATEGORY_ADDED,
                    DATA_CATEGORY_REMOVED,
                    DATA_CATEGORY_CHANGED,
                    DATA_SUBJECT_ADDED,
                    DATA_SUBJECT_REMOVED,
                    DATA_SUBJECT_CHANGED,
                    PURPOSE_ADDED,
                    PURPOSE_REMOVED,
                    PURPOSE_CHANGED,
                    PROCESSING_LOCATION_ADDED,
                    PROCESSING_LOCATION_REMOVED,
                    PROCESSING_LOCATION_MOVED,
                    PROCESSING_DESCRIPTION_CHANGED -> Subject.SCOPE;
            case MEASURE_ADDED, MEASURE_REMOVED, MEASURE_CHANGED -> Subject.MEASURE;
            case CLAUSE_ADDED, CLAUSE_REMOVED, CLAUSE_PARAMETER_CHANGED, CLAUSE_TEXT_CHANGED -> Subject.CLAUSE;
        };
    }
}
