/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConfidentialityTerms;
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
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LegalObligationException;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.RecordsTerms;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferTerms;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Agreements built in code for tests, independent of the examples. */
final class TestAgreements {

    private TestAgreements() {}

    /** A bilingual agreement with terms in every section, a US sub-processor with SCCs and one without a mechanism. */
    static DataProcessingAgreement full() {
        return DataProcessingAgreement.builder()
                .id("acme-test")
                .version("2.1")
                .versionDate(LocalDate.of(2026, 2, 1))
                .controllers(java.util.List.of(Party.builder()
                        .id("customer")
                        .name("Beispiel Kunde")
                        .legalForm("GmbH")
                        .address(PostalAddress.builder()
                                .addStreetLines("Musterweg 5")
                                .postalCode("50667")
                                .locality("Köln")
                                .country(CountryCode.of("DE"))
                                .build())
                        .addRepresentatives(Person.builder()
                                .name("Erika Muster")
                                .function("Geschäftsführerin")
                                .build())
                        .build()))
                .processor(Party.builder()
                        .name("Acme Cloud")
                        .legalForm("GmbH")
                        .address(PostalAddress.builder()
                                .addStreetLines("Hafenstraße 1")
                                .postalCode("20457")
                                .locality("Hamburg")
                                .country(CountryCode.of("DE"))
                                .build())
                        .registration("Amtsgericht Hamburg, HRB 000000")
                        .dataProtectionOfficer(DataProtectionOfficer.builder()
                                .name("Dr. Daten Schutz")
                                .email("dsb@acme.example")
                                .build())
                        .build())
                .processing(ProcessingDescription.builder()
                        .subjectMatter(LocalizedText.de("Betrieb einer Online-Terminbuchung")
                                .with("en", "Operation of an online appointment booking service"))
                        .addServices(LocalizedText.de("Hosting der Anwendung").with("en", "Hosting the application"))
                        .duration(ProcessingDuration.builder()
                                .type(DurationType.COUPLED_TO_MAIN_CONTRACT)
                                .continuesWhileDataHeld(true)
                                .build())
                        .addNature(ProcessingNature.builder()
                                .operation(ProcessingOperation.STORAGE)
                                .build())
                        .addPurposes(Purpose.builder()
                                .description(
                                        LocalizedText.de("Terminverwaltung").with("en", "Managing appointments"))
                                .build())
                        .addDataCategories(DataCategory.builder()
                                .name(LocalizedText.de("Kontaktdaten").with("en", "Contact data"))
                                .build())
                        .addDataCategories(DataCategory.builder()
                                .name(LocalizedText.de("Terminanlass").with("en", "Reason for the appointment"))
                                .specialCategory(SpecialCategory.HEALTH)
                                .conditional(true)
                                .build())
                        .addDataSubjects(DataSubjectCategory.builder()
                                .name(LocalizedText.de("Patienten").with("en", "Patients"))
                                .build())
                        .addLocations(
                                Location.builder().country(CountryCode.of("DE")).build())
                        .build())
                .instructions(InstructionTerms.builder()
                        .documentedInstructionsOnly(true)
                        .transfersCovered(true)
                        .legalObligationException(LegalObligationException.builder()
                                .scope(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                                .priorNotice(true)
                                .noticeUnlessProhibited(true)
                                .build())
                        .addForms(CommunicationChannel.TEXT_FORM, CommunicationChannel.EMAIL)
                        .infringementNotice(true)
                        .infringementNoticeTime(TimeLimit.builder()
                                .wording(LocalizedText.de("umgehend").with("en", "promptly"))
                                .build())
                        .suspensionRight(true)
                        .extraInstructionFee(MonetaryRate.builder()
                                .amount(new BigDecimal("125"))
                                .currency("EUR")
                                .unit(RateUnit.STARTED_HOUR)
                                .net(true)
                                .build())
                        .build())
                .confidentiality(ConfidentialityTerms.builder()
                        .personnelCommitted(true)
                        .beforeAccess(true)
                        .survivesEngagement(true)
                        .build())
                .security(SecurityTerms.builder()
                        .article32Commitment(true)
                        .addMeasures(TechnicalOrganisationalMeasure.builder()
                                .description(LocalizedText.de("Verschlüsselung aller Datenträger mit AES-256")
                                        .with("en", "Encryption of all storage media with AES-256"))
                                .category(TomCategory.ENCRYPTION)
                                .build())
                        .addMeasures(TechnicalOrganisationalMeasure.builder()
                                .description(LocalizedText.de("Zutritt zum Rechenzentrum nur mit Chipkarte")
                                        .with("en", "Data centre access by chip card only"))
                                .category(TomCategory.PHYSICAL_ACCESS_CONTROL)
                                .build())
                        .putCategoryObjectives(
                                TomCategory.PHYSICAL_ACCESS_CONTROL,
                                LocalizedText.de("Unbefugten den Zutritt zu Verarbeitungsanlagen verwehren")
                                        .with("en", "Keep unauthorised persons away from processing facilities"))
                        .changePolicy(TomChangePolicy.MATERIAL_CHANGES_AGREED)
                        .reviewInterval(TimePeriod.of(12, PeriodUnit.MONTHS))
                        .build())
                .subprocessing(SubprocessingTerms.builder()
                        .authorisation(AuthorisationType.GENERAL)
                        .priorWrittenAuthorisation(true)
                        .changeNotification(true)
                        .noticePeriod(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(30))
                                .build())
                        .objectionRight(true)
                        .flowDown(true)
                        .addSubprocessors(Subprocessor.builder()
                                .name("Hetzner Online GmbH")
                                .country(CountryCode.of("DE"))
                                .service(LocalizedText.de("Rechenzentrum").with("en", "Data centre"))
                                .addLocations(Location.builder()
                                        .country(CountryCode.of("DE"))
                                        .build())
                                .build())
                        .addSubprocessors(Subprocessor.builder()
                                .name("Mailer Inc.")
                                .country(CountryCode.of("US"))
                                .service(LocalizedText.de("E-Mail-Versand").with("en", "E-mail delivery"))
                                .addLocations(Location.builder()
                                        .country(CountryCode.of("US"))
                                        .build())
                                .transfer(TransferMechanism.builder()
                                        .type(TransferMechanismType.SCC_2021_914)
                                        .sccModule(SccModule.MODULE_3)
                                        .build())
                                .build())
                        .addSubprocessors(Subprocessor.builder()
                                .name("Support Ltd")
                                .country(CountryCode.of("IN"))
                                .service(LocalizedText.en("First-level support").with("de", "Support der ersten Ebene"))
                                .build())
                        .build())
                .transfers(TransferTerms.builder().chapterVConditions(true).build())
                .assistance(AssistanceTerms.builder()
                        .dataSubjectRights(true)
                        .forwardingDeadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .wording(LocalizedText.de("unverzüglich").with("en", "without undue delay"))
                                .build())
                        .addArticles(AssistedArticle.ART_32, AssistedArticle.ART_35)
                        .build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .build())
                        .trigger(BreachTrigger.AWARENESS)
                        .addMinimumContent(BreachNoticeContent.NATURE, BreachNoticeContent.MEASURES)
                        .build())
                .endOfProcessing(EndOfProcessingTerms.builder()
                        .choice(EndOfProcessingChoice.CONTROLLER_CHOICE)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(30))
                                .build())
                        .retentionException(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                        .build())
                .audits(AuditTerms.builder()
                        .informationProvision(true)
                        .inspections(true)
                        .mandatedAuditor(true)
                        .addAcceptedEvidence(Evidence.builder()
                                .type(EvidenceType.ISO_27001)
                                .validUntil(LocalDate.of(2027, 6, 30))
                                .build())
                        .notice(TimeLimit.builder()
                                .period(TimePeriod.of(2, PeriodUnit.WEEKS))
                                .build())
                        .costBearer(CostBearer.CONTROLLER)
                        .build())
                .records(RecordsTerms.builder().processorRecords(true).build())
                .ownUse(OwnUseTerms.builder()
                        .permission(OwnUsePermission.PROHIBITED)
                        .build())
                .liability(LiabilityTerms.builder()
                        .regime(LiabilityRegime.MAIN_CONTRACT)
                        .build())
                .finalProvisions(FinalProvisions.builder()
                        .precedence(Precedence.AGREEMENT_PREVAILS_ON_DATA_PROTECTION)
                        .governingLaw(CountryCode.of("DE"))
                        .severability(true)
                        .build())
                .build();
    }

    private static final String[] HOSTILE = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![img](http://evil.example/x.png)",
        "<a href=\"http://evil.example\">x</a>",
        "Müller & Söhne \"quoted\" 'single' &amp; &lt;",
        "| cell | injection |",
        "# heading\n- list\n> quote\n1. item",
        "**bold** _em_ `code` ~~strike~~ \\",
        "ctrl\u0000\u0007\u001b[31m\u0085\r\nline",
        "\u202eRTL override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
        "x".repeat(10_000),
        "]]><!-- --> <![CDATA[ x ]]> <?xml?>",
        "{braces} {{double}} {deadline}",
    };

    /** The full agreement with hostile free text chosen by the seed. */
    static DataProcessingAgreement adversarial(long seed) {
        java.util.Random random = new java.util.Random(seed);
        java.util.function.Supplier<String> h =
                () -> HOSTILE[random.nextInt(HOSTILE.length)] + " " + HOSTILE[random.nextInt(HOSTILE.length)];
        DataProcessingAgreement full = full();
        return full.toBuilder()
                .title(LocalizedText.de(h.get()).with("en", h.get()))
                .version(h.get())
                .preamble(LocalizedText.de(h.get()))
                .controllers(java.util.List.of(full.getControllers().get(0).toBuilder()
                        .name(h.get())
                        .registration(h.get())
                        .build()))
                .processor(full.getProcessor().orElseThrow().toBuilder()
                        .name(h.get())
                        .legalForm(h.get())
                        .build())
                .processing(full.getProcessing().orElseThrow().toBuilder()
                        .subjectMatter(LocalizedText.de(h.get()).with("en", h.get()))
                        .addServices(LocalizedText.de(h.get()))
                        .addExclusions(LocalizedText.en(h.get()))
                        .addDataCategories(DataCategory.builder()
                                .name(LocalizedText.de(h.get()))
                                .build())
                        .build())
                .subprocessing(full.getSubprocessing().orElseThrow().toBuilder()
                        .addSubprocessors(Subprocessor.builder()
                                .name(h.get())
                                .product(h.get())
                                .service(LocalizedText.de(h.get()))
                                .addLocations(Location.builder()
                                        .description(LocalizedText.de(h.get()))
                                        .build())
                                .build())
                        .listUrl(h.get())
                        .addAdditionalProvisions(LocalizedText.de(h.get()))
                        .build())
                .breachNotification(full.getBreachNotification().orElseThrow().toBuilder()
                        .deadline(TimeLimit.builder()
                                .wording(LocalizedText.de(h.get()))
                                .build())
                        .build())
                .addCustomClauses(dev.dpa4j.model.CustomClause.builder()
                        .heading(LocalizedText.de(h.get()))
                        .text(LocalizedText.de(h.get() + "\n\n" + h.get()))
                        .build())
                .addSignatures(dev.dpa4j.model.Signature.builder()
                        .role(dev.dpa4j.model.PartyRole.PROCESSOR)
                        .place(h.get())
                        .name(h.get())
                        .build())
                .build();
    }
}
