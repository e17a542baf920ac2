/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv.internal;

import dev.dpa4j.model.Art49Derogation;
import dev.dpa4j.model.TransferMechanismType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of the mapping: namespaces and every term the export writes. Each DPV term was checked
 * against the DPV 2.3 release (core, pd, loc and legal/eu/gdpr); terms DPV has no concept for are in
 * the {@link #DPA4J} namespace and listed in docs/dpv.md.
 */
final class Terms {

    static final String DPV = "https://w3id.org/dpv#";
    static final String PD = "https://w3id.org/dpv/pd#";
    static final String LOC = "https://w3id.org/dpv/loc#";
    static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /** dpa4j's own terms, for facts of the model that DPV has no concept for (a URN: not dereferenceable). */
    static final String DPA4J = "urn:dpa4j:vocab:";

    /** The prefixes of the written context, in the order they are written (sorted). */
    static final Map<String, String> PREFIXES =
            Map.of("dct", DCT, "dpa4j", DPA4J, "dpv", DPV, "eu-gdpr", EU_GDPR, "loc", LOC, "pd", PD, "skos", SKOS);

    // classes
    static final String DATA_PROCESSING_AGREEMENT = DPV + "DataProcessingAgreement";
    static final String DATA_CONTROLLER = DPV + "DataController";
    static final String DATA_PROCESSOR = DPV + "DataProcessor";
    static final String DATA_SUB_PROCESSOR = DPV + "DataSubProcessor";
    static final String PROCESS = DPV + "Process";
    static final String PURPOSE = DPV + "Purpose";
    static final String PERSONAL_DATA = DPV + "PersonalData";
    static final String SPECIAL_CATEGORY_PERSONAL_DATA = DPV + "SpecialCategoryPersonalData";
    static final String CRIMINAL = PD + "Criminal";
    static final String DATA_SUBJECT = DPV + "DataSubject";
    static final String TOM = DPV + "TechnicalOrganisationalMeasure";
    static final String LOCATION = DPV + "Location";
    static final String LEGAL_BASIS = DPV + "LegalBasis";

    // properties
    static final String HAS_DATA_CONTROLLER = DPV + "hasDataController";
    static final String HAS_DATA_PROCESSOR = DPV + "hasDataProcessor";
    static final String HAS_PARTY = DPV + "hasParty";
    static final String HAS_PROCESS = DPV + "hasProcess";
    static final String HAS_PROCESSING = DPV + "hasProcessing";
    static final String HAS_PURPOSE = DPV + "hasPurpose";
    static final String HAS_PERSONAL_DATA = DPV + "hasPersonalData";
    static final String HAS_DATA_SUBJECT = DPV + "hasDataSubject";
    static final String HAS_TOM = DPV + "hasTechnicalOrganisationalMeasure";
    static final String HAS_RECIPIENT = DPV + "hasRecipient";
    static final String HAS_LOCATION = DPV + "hasLocation";
    static final String HAS_COUNTRY = DPV + "hasCountry";
    static final String HAS_NAME = DPV + "hasName";
    static final String HAS_LEGAL_BASIS = DPV + "hasLegalBasis";
    static final String IDENTIFIER = DCT + "identifier";
    static final String TITLE = DCT + "title";
    static final String DESCRIPTION = DCT + "description";
    static final String PREF_LABEL = SKOS + "prefLabel";
    static final String NOTATION = SKOS + "notation";

    // dpa4j terms (no DPV concept)
    static final String D_SPECIAL_CATEGORY = DPA4J + "specialCategory";
    static final String D_CRIMINAL_OFFENCE_DATA = DPA4J + "criminalOffenceData";
    static final String D_REGION = DPA4J + "region";
    static final String D_LOCATION_KIND = DPA4J + "locationKind";
    static final String D_CONDITIONAL = DPA4J + "conditional";
    static final String D_NATURE = DPA4J + "nature";
    static final String D_TOM_CATEGORY = DPA4J + "tomCategory";
    static final String D_PROTECTION_GOAL = DPA4J + "protectionGoal";
    static final String D_PRODUCT = DPA4J + "product";
    static final String D_SERVICE = DPA4J + "service";
    static final String D_SINCE = DPA4J + "since";
    static final String D_MECHANISM = DPA4J + "transferMechanism";
    static final String D_SCC_MODULE = DPA4J + "sccModule";
    static final String D_DEROGATION = DPA4J + "derogation";
    static final String D_REFERENCE = DPA4J + "reference";
    static final String D_DATE = DPA4J + "date";

    static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
    static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";

    private static final Map<TransferMechanismType, List<String>> MECHANISM_TYPES = mechanismTypes();
    private static final Map<Art49Derogation, String> DEROGATIONS = derogations();

    private Terms() {}

    /**
     * Returns the DPV classes a transfer of this kind is an instance of: the GDPR legal basis
     * (eu-gdpr:A45-3, A46-2-x, A46-3-x) and, where DPV names it, the transfer tool. Instruments that have
     * ended (the old clauses, Safe Harbor, Privacy Shield) and the Art. 49 derogations (see
     * {@link #derogation}) give no class here.
     */
    static List<String> mechanismClasses(TransferMechanismType type) {
        return MECHANISM_TYPES.getOrDefault(type, List.of());
    }

    /** Returns the legal basis class of an Art. 49 derogation, if DPV names it. */
    static Optional<String> derogation(Art49Derogation derogation) {
        return Optional.ofNullable(DEROGATIONS.get(derogation));
    }

    private static Map<TransferMechanismType, List<String>> mechanismTypes() {
        Map<TransferMechanismType, List<String>> map = new EnumMap<>(TransferMechanismType.class);
        map.put(TransferMechanismType.ADEQUACY_DECISION, List.of(EU_GDPR + "A45-3"));
        // the Data Privacy Framework is an adequacy decision (Art. 45(3)); DPV 2.3 has no term for it
        map.put(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK, List.of(EU_GDPR + "A45-3"));
        map.put(TransferMechanismType.SCC_2021_914, List.of(EU_GDPR + "A46-2-c", EU_GDPR + "SCCByCommission"));
        map.put(
                TransferMechanismType.SUPERVISORY_AUTHORITY_SCC,
                List.of(EU_GDPR + "A46-2-d", EU_GDPR + "SCCBySupervisoryAuthority"));
        map.put(
                TransferMechanismType.BINDING_CORPORATE_RULES_CONTROLLER,
                List.of(EU_GDPR + "A46-2-b", EU_GDPR + "BindingCorporateRules"));
        map.put(
                TransferMechanismType.BINDING_CORPORATE_RULES_PROCESSOR,
                List.of(EU_GDPR + "A46-2-b", EU_GDPR + "BindingCorporateRules"));
        map.put(
                TransferMechanismType.CODE_OF_CONDUCT,
                List.of(EU_GDPR + "A46-2-e", EU_GDPR + "CodesOfConductForDataTransfers"));
        map.put(
                TransferMechanismType.CERTIFICATION,
                List.of(EU_GDPR + "A46-2-f", EU_GDPR + "CertificationMechanismsForDataTransfers"));
        map.put(TransferMechanismType.PUBLIC_AUTHORITY_INSTRUMENT, List.of(EU_GDPR + "A46-2-a"));
        map.put(
                TransferMechanismType.AD_HOC_CLAUSES,
                List.of(EU_GDPR + "A46-3-a", EU_GDPR + "AdHocContractualClauses"));
        map.put(TransferMechanismType.ADMINISTRATIVE_ARRANGEMENT, List.of(EU_GDPR + "A46-3-b"));
        return map;
    }

    private static Map<Art49Derogation, String> derogations() {
        Map<Art49Derogation, String> map = new EnumMap<>(Art49Derogation.class);
        map.put(Art49Derogation.EXPLICIT_CONSENT, EU_GDPR + "A49-1-a");
        map.put(Art49Derogation.CONTRACT_WITH_DATA_SUBJECT, EU_GDPR + "A49-1-b");
        map.put(Art49Derogation.CONTRACT_IN_INTEREST_OF_DATA_SUBJECT, EU_GDPR + "A49-1-c");
        map.put(Art49Derogation.PUBLIC_INTEREST, EU_GDPR + "A49-1-d");
        map.put(Art49Derogation.LEGAL_CLAIMS, EU_GDPR + "A49-1-e");
        map.put(Art49Derogation.VITAL_INTERESTS, EU_GDPR + "A49-1-f");
        map.put(Art49Derogation.PUBLIC_REGISTER, EU_GDPR + "A49-1-g");
        // Art. 49(1) second subparagraph (compelling legitimate interests): no DPV 2.3 term was verified
        return map;
    }
}
