/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.ControllerTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.EvidenceType;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LegalObligationException;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.RecordsTerms;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TerminationTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferTerms;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Test agreements: {@link #complete()} is built to satisfy every built-in rule (no finding at all, not
 * even INFO), so that each rule can be shown to fire by changing one thing in it.
 */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final CountryCode DE = CountryCode.of("DE");
    static final CountryCode US = CountryCode.of("US");

    private Fixtures() {}

    static Validator validator() {
        return Validator.builder().asOf(AS_OF).build();
    }

    static PostalAddress address(String street, String postalCode, String city, CountryCode country) {
        return PostalAddress.builder()
                .addStreetLines(street)
                .postalCode(postalCode)
                .locality(city)
                .country(country)
                .build();
    }

    static TimeLimit hours(int hours) {
        return TimeLimit.builder().period(TimePeriod.ofHours(hours)).build();
    }

    static TimeLimit days(int days) {
        return TimeLimit.builder().period(TimePeriod.ofCalendarDays(days)).build();
    }

    static TimeLimit wording(String german) {
        return TimeLimit.builder().wording(LocalizedText.de(german)).build();
    }

    static TechnicalOrganisationalMeasure measure(TomCategory category, String text) {
        return TechnicalOrganisationalMeasure.builder()
                .category(category)
                .description(LocalizedText.de(text))
                .build();
    }

    static Subprocessor usMailer() {
        return Subprocessor.builder()
                .id("mailer")
                .name("Example Mail Inc.")
                .address(address("1 Market Street", "94105", "San Francisco", US))
                .country(US)
                .service(LocalizedText.de("Versand von Transaktions-E-Mails"))
                .addDataCategories("contact")
                .addLocations(Location.builder()
                        .kind(LocationKind.PROCESSING)
                        .country(US)
                        .build())
                .transfer(TransferMechanism.builder()
                        .type(TransferMechanismType.SCC_2021_914)
                        .sccModule(SccModule.MODULE_3)
                        .transferImpactAssessment(true)
                        .addSupplementaryMeasures(LocalizedText.de("Ende-zu-Ende-Verschlüsselung der Inhalte"))
                        .build())
                .build();
    }

    static Subprocessor germanHost() {
        return Subprocessor.builder()
                .id("hosting")
                .name("Beispiel Rechenzentrum GmbH")
                .address(address("Industriestraße 5", "90402", "Nürnberg", DE))
                .country(DE)
                .service(LocalizedText.de("Betrieb der Server im Rechenzentrum"))
                .addDataCategories("contact")
                .addLocations(Location.builder()
                        .kind(LocationKind.STORAGE)
                        .country(DE)
                        .build())
                .build();
    }

    static DataProcessingAgreement complete() {
        return DataProcessingAgreement.builder()
                .id("complete")
                .addLanguages("de")
                .status(AgreementStatus.EXECUTED)
                .instrument(InstrumentType.CONTRACT)
                .form(AgreementForm.ELECTRONIC)
                .conclusion(ConclusionEvidence.builder()
                        .method(ConclusionMethod.CLICK_THROUGH)
                        .date(LocalDate.of(2026, 3, 1))
                        .build())
                .addControllers(Party.builder()
                        .id("controller")
                        .name("Beispiel Handels GmbH")
                        .address(address("Hauptstraße 1", "10115", "Berlin", DE))
                        .addContacts(ContactPoint.builder()
                                .name("Vertrieb")
                                .email("vertrieb@handel.example")
                                .build())
                        .dataProtectionOfficer(DataProtectionOfficer.builder()
                                .name("Dr. Erika Muster")
                                .email("datenschutz@handel.example")
                                .build())
                        .build())
                .processor(Party.builder()
                        .id("processor")
                        .name("Acme Cloud GmbH")
                        .address(address("Leopoldstraße 10", "80802", "München", DE))
                        .addContacts(ContactPoint.builder()
                                .email("privacy@acme.example")
                                .url("https://acme.example/privacy")
                                .phone("+49 89 123456")
                                .build())
                        .addCertifications(Evidence.builder()
                                .type(EvidenceType.ISO_27001)
                                .name("ISO/IEC 27001")
                                .build())
                        .build())
                .processing(ProcessingDescription.builder()
                        .subjectMatter(LocalizedText.de(
                                "Hosting, Betrieb und Support der Kundenverwaltungssoftware des Verantwortlichen"))
                        .duration(ProcessingDuration.builder()
                                .type(DurationType.COUPLED_TO_MAIN_CONTRACT)
                                .build())
                        .addNature(ProcessingNature.builder()
                                .operation(ProcessingOperation.STORAGE)
                                .build())
                        .addNature(ProcessingNature.builder()
                                .operation(ProcessingOperation.RETRIEVAL)
                                .build())
                        .addPurposes(Purpose.builder()
                                .description(LocalizedText.de(
                                        "Bereitstellung der Kundenverwaltung für den Vertrieb des Verantwortlichen"))
                                .build())
                        .addDataCategories(DataCategory.builder()
                                .id("contact")
                                .name(LocalizedText.de("Kontaktdaten (Name, E-Mail-Adresse, Telefonnummer)"))
                                .specialCategory(SpecialCategory.NONE)
                                .criminalOffenceData(false)
                                .build())
                        .addDataSubjects(DataSubjectCategory.builder()
                                .name(LocalizedText.de("Kunden und Interessenten des Verantwortlichen"))
                                .build())
                        .addLocations(Location.builder()
                                .kind(LocationKind.STORAGE)
                                .country(DE)
                                .build())
                        .build())
                .controllerTerms(ControllerTerms.builder()
                        .instructionRight(true)
                        .auditRight(true)
                        .responsibleForLawfulness(true)
                        .build())
                .instructions(InstructionTerms.builder()
                        .documentedInstructionsOnly(true)
                        .transfersCovered(true)
                        .addForms(CommunicationChannel.EMAIL)
                        .issuers(AuthorisedPersons.builder()
                                .addPersons(Person.builder()
                                        .name("Max Beispiel")
                                        .email("max@handel.example")
                                        .build())
                                .build())
                        .recipients(AuthorisedPersons.builder()
                                .addPersons(Person.builder()
                                        .name("Eva Betrieb")
                                        .email("eva@acme.example")
                                        .build())
                                .build())
                        .changeOfAuthorisedPersonsNotified(true)
                        .infringementNotice(true)
                        .suspensionRight(true)
                        .legalObligationException(LegalObligationException.builder()
                                .scope(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                                .priorNotice(true)
                                .build())
                        .build())
                .confidentiality(ConfidentialityTerms.builder()
                        .personnelCommitted(true)
                        .beforeAccess(true)
                        .survivesEngagement(true)
                        .needToKnow(true)
                        .build())
                .security(SecurityTerms.builder()
                        .article32Commitment(true)
                        .addMeasures(measure(
                                TomCategory.ENCRYPTION,
                                "TLS 1.3 für alle Verbindungen, AES-256 für gespeicherte Daten"))
                        .addMeasures(measure(
                                TomCategory.PHYSICAL_ACCESS_CONTROL,
                                "Zutritt zum Rechenzentrum nur mit Chipkarte und Protokoll"))
                        .addMeasures(measure(
                                TomCategory.DATA_ACCESS_CONTROL,
                                "Rollenbasierte Berechtigungen nach dem Prinzip der geringsten Rechte"))
                        .addMeasures(measure(
                                TomCategory.USER_IDENTIFICATION_AUTHORISATION,
                                "Zwei-Faktor-Anmeldung für alle Administratoren"))
                        .addMeasures(measure(
                                TomCategory.EVENT_LOGGING,
                                "Protokollierung aller administrativen Zugriffe mit Aufbewahrung über 90 Tage"))
                        .addMeasures(measure(
                                TomCategory.RESILIENCE, "Redundante Auslegung der Server in zwei Brandabschnitten"))
                        .addMeasures(measure(
                                TomCategory.RECOVERY,
                                "Tägliche Datensicherung mit monatlich getesteter Wiederherstellung"))
                        .addMeasures(measure(
                                TomCategory.INCIDENT_RESPONSE,
                                "Dokumentierter Prozess für Sicherheitsvorfälle mit Rufbereitschaft"))
                        .addMeasures(measure(
                                TomCategory.REVIEW_PROCEDURES,
                                "Jährlicher Penetrationstest durch einen externen Dienstleister"))
                        .changePolicy(TomChangePolicy.NO_DOWNGRADE)
                        .reviewInterval(TimePeriod.of(12, dev.dpa4j.model.PeriodUnit.MONTHS))
                        .build())
                .subprocessing(SubprocessingTerms.builder()
                        .authorisation(AuthorisationType.GENERAL)
                        .priorWrittenAuthorisation(true)
                        .changeNotification(true)
                        .noticePeriod(days(30))
                        .addNoticeChannels(CommunicationChannel.EMAIL)
                        .objectionRight(true)
                        .objectionPeriod(days(14))
                        .objectionConsequence(ObjectionConsequence.ENGAGEMENT_BLOCKED)
                        .flowDown(true)
                        .fullLiability(true)
                        .contractCopyOnRequest(true)
                        .thirdPartyBeneficiary(true)
                        .failureNotice(true)
                        .chainCovered(true)
                        .auditRightsFlowDown(true)
                        .addSubprocessors(germanHost())
                        .addSubprocessors(usMailer())
                        .build())
                .transfers(TransferTerms.builder()
                        .priorConsentRequired(true)
                        .chapterVConditions(true)
                        .governmentAccessClause(true)
                        .build())
                .assistance(AssistanceTerms.builder()
                        .dataSubjectRights(true)
                        .forwardingDeadline(TimeLimit.builder()
                                .period(TimePeriod.of(2, dev.dpa4j.model.PeriodUnit.BUSINESS_DAYS))
                                .build())
                        .noDirectResponse(true)
                        .addArticles(AssistedArticle.values())
                        .inaccurateDataNotice(true)
                        .build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(hours(24))
                        .trigger(BreachTrigger.AWARENESS)
                        .addMinimumContent(BreachNoticeContent.values())
                        .phasedNotification(true)
                        .addChannels(CommunicationChannel.EMAIL)
                        .contact(ContactPoint.builder()
                                .email("security@acme.example")
                                .build())
                        .noUnilateralReporting(true)
                        .subprocessorDeadline(hours(12))
                        .build())
                .endOfProcessing(EndOfProcessingTerms.builder()
                        .choice(EndOfProcessingChoice.CONTROLLER_CHOICE)
                        .deadline(days(30))
                        .copiesIncluded(true)
                        .backupHandling(LocalizedText.de(
                                "Sicherungen werden spätestens 30 Tage nach der Löschung überschrieben"))
                        .subprocessorsIncluded(true)
                        .deletionConfirmation(true)
                        .evidenceRetention(LocalizedText.de("Abrechnungsbelege zehn Jahre nach § 147 AO"))
                        .build())
                .audits(AuditTerms.builder()
                        .informationProvision(true)
                        .inspections(true)
                        .mandatedAuditor(true)
                        .notice(days(14))
                        .costBearer(CostBearer.EACH_PARTY_OWN)
                        .supervisoryAuthorityAccess(true)
                        .build())
                .records(RecordsTerms.builder().processorRecords(true).build())
                .ownUse(OwnUseTerms.builder()
                        .permission(OwnUsePermission.PROHIBITED)
                        .build())
                .liability(LiabilityTerms.builder()
                        .regime(LiabilityRegime.STATUTORY)
                        .build())
                .termination(TerminationTerms.builder()
                        .suspensionRight(true)
                        .terminationForBreach(true)
                        .build())
                .finalProvisions(FinalProvisions.builder()
                        .precedence(Precedence.AGREEMENT_PREVAILS_ON_DATA_PROTECTION)
                        .governingLaw(DE)
                        .jurisdiction("Berlin")
                        .build())
                .build();
    }

    // ---- editing helpers: change one clause of an agreement --------------------------------------------------

    static DataProcessingAgreement instructions(
            DataProcessingAgreement a, UnaryOperator<InstructionTerms.Builder> change) {
        return a.toBuilder()
                .instructions(change.apply(a.getInstructions().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement processing(
            DataProcessingAgreement a, UnaryOperator<ProcessingDescription.Builder> change) {
        return a.toBuilder()
                .processing(change.apply(a.getProcessing().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement security(DataProcessingAgreement a, UnaryOperator<SecurityTerms.Builder> change) {
        return a.toBuilder()
                .security(
                        change.apply(a.getSecurity().orElseThrow().toBuilder()).build())
                .build();
    }

    static DataProcessingAgreement subprocessing(
            DataProcessingAgreement a, UnaryOperator<SubprocessingTerms.Builder> change) {
        return a.toBuilder()
                .subprocessing(change.apply(a.getSubprocessing().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement breach(
            DataProcessingAgreement a, UnaryOperator<BreachNotificationTerms.Builder> change) {
        return a.toBuilder()
                .breachNotification(change.apply(a.getBreachNotification().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement end(DataProcessingAgreement a, UnaryOperator<EndOfProcessingTerms.Builder> change) {
        return a.toBuilder()
                .endOfProcessing(change.apply(a.getEndOfProcessing().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement audits(DataProcessingAgreement a, UnaryOperator<AuditTerms.Builder> change) {
        return a.toBuilder()
                .audits(change.apply(a.getAudits().orElseThrow().toBuilder()).build())
                .build();
    }

    static DataProcessingAgreement assistance(
            DataProcessingAgreement a, UnaryOperator<AssistanceTerms.Builder> change) {
        return a.toBuilder()
                .assistance(change.apply(a.getAssistance().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement processor(DataProcessingAgreement a, UnaryOperator<Party.Builder> change) {
        return a.toBuilder()
                .processor(
                        change.apply(a.getProcessor().orElseThrow().toBuilder()).build())
                .build();
    }

    static DataProcessingAgreement controller(DataProcessingAgreement a, UnaryOperator<Party.Builder> change) {
        return a.toBuilder()
                .controllers(java.util.List.of(
                        change.apply(a.getControllers().get(0).toBuilder()).build()))
                .build();
    }

    static DataProcessingAgreement transfers(DataProcessingAgreement a, UnaryOperator<TransferTerms.Builder> change) {
        return a.toBuilder()
                .transfers(
                        change.apply(a.getTransfers().orElseThrow().toBuilder()).build())
                .build();
    }

    /** Replaces the US sub-processor (index 1) with a changed copy. */
    static DataProcessingAgreement usSubprocessor(
            DataProcessingAgreement a, UnaryOperator<Subprocessor.Builder> change) {
        return subprocessing(
                a,
                s -> s.subprocessors(java.util.List.of(
                        a.getSubprocessing().orElseThrow().getSubprocessors().get(0),
                        change.apply(a.getSubprocessing().orElseThrow().getSubprocessors().get(1).toBuilder())
                                .build())));
    }

    static TransferMechanism.Builder mechanism(TransferMechanismType type) {
        return TransferMechanism.builder().type(type);
    }
}
