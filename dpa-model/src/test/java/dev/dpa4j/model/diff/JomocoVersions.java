/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.ContactPurpose;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of an agreement modelled on the Jomoco seed (facts: company and sub-processor names, countries), with
 * typed notice terms the seed leaves open. Version 1.1 adds Instantly Inc. (USA), drops Pipedrive OÜ, moves HubSpot's
 * storage from Germany to the USA, weakens the encryption measure, lengthens the breach deadline from 24 to 48 hours,
 * and re-types Mailgun's legal name with a comma (the same company).
 */
public final class JomocoVersions {

    /** The day on which EEA membership is judged in the tests. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private JomocoVersions() {}

    static Location at(String country, LocationKind kind) {
        return Location.builder().country(CountryCode.of(country)).kind(kind).build();
    }

    static Subprocessor hetzner() {
        return Subprocessor.builder()
                .id("hetzner")
                .name("Hetzner Online GmbH")
                .country(CountryCode.of("DE"))
                .service(LocalizedText.de("Hosting und Infrastrukturleistungen")
                        .with("en", "Hosting and infrastructure"))
                .addLocations(at("DE", LocationKind.PROCESSING))
                .build();
    }

    static Subprocessor hubspot(String storageCountry) {
        return Subprocessor.builder()
                .id("hubspot")
                .name("HubSpot Inc.")
                .country(CountryCode.of("US"))
                .service(LocalizedText.de("CRM-System für Marketing, Vertrieb und Service")
                        .with("en", "CRM for marketing, sales and service"))
                .addLocations(at(storageCountry, LocationKind.STORAGE), at("US", LocationKind.SUPPORT))
                .transfer(TransferMechanism.builder()
                        .type(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                        .dpfCertified(true)
                        .build())
                .build();
    }

    static Subprocessor mailgun(String name) {
        return Subprocessor.builder()
                .name(name)
                .country(CountryCode.of("US"))
                .service(
                        LocalizedText.de("Versand transaktionaler E-Mails").with("en", "Transactional e-mail delivery"))
                .addLocations(at("US", LocationKind.PROCESSING))
                .transfer(TransferMechanism.builder()
                        .type(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                        .dpfCertified(true)
                        .build())
                .build();
    }

    static Subprocessor pipedrive() {
        return Subprocessor.builder()
                .id("pipedrive")
                .name("Pipedrive OÜ")
                .country(CountryCode.of("EE"))
                .service(LocalizedText.de("CRM-System zur Vertriebssteuerung").with("en", "CRM for sales pipelines"))
                .addLocations(at("EE", LocationKind.PROCESSING))
                .build();
    }

    static Subprocessor instantly() {
        return Subprocessor.builder()
                .id("instantly")
                .name("Instantly Inc.")
                .country(CountryCode.of("US"))
                .service(LocalizedText.de("Automatisierung von E-Mail-Kampagnen")
                        .with("en", "E-mail outreach automation"))
                .addLocations(at("US", LocationKind.PROCESSING))
                .transfer(TransferMechanism.builder()
                        .type(TransferMechanismType.SCC_2021_914)
                        .sccModule(SccModule.MODULE_3)
                        .transferImpactAssessment(true)
                        .build())
                .build();
    }

    static TechnicalOrganisationalMeasure encryption(String strength, ProtectionGoal... goals) {
        return TechnicalOrganisationalMeasure.builder()
                .id("tom-encryption")
                .category(TomCategory.ENCRYPTION)
                .description(LocalizedText.de("Verschlüsselung gespeicherter Daten mit " + strength)
                        .with("en", "Encryption of stored data with " + strength))
                .addProtectionGoals(goals)
                .build();
    }

    static TechnicalOrganisationalMeasure mfa() {
        return TechnicalOrganisationalMeasure.builder()
                .id("tom-mfa")
                .category(TomCategory.SYSTEM_ACCESS_CONTROL)
                .description(LocalizedText.de("Zwei-Faktor-Authentisierung für administrative Zugänge")
                        .with("en", "Two-factor authentication for administrative access"))
                .addProtectionGoals(ProtectionGoal.CONFIDENTIALITY)
                .build();
    }

    static SubprocessingTerms.Builder terms() {
        return SubprocessingTerms.builder()
                .authorisation(AuthorisationType.GENERAL)
                .priorWrittenAuthorisation(true)
                .changeNotification(true)
                .addNoticeChannels(CommunicationChannel.EMAIL)
                .noticePeriod(TimeLimit.builder()
                        .period(TimePeriod.of(4, PeriodUnit.WEEKS))
                        .build())
                .objectionRight(true)
                .objectionPeriod(TimeLimit.builder()
                        .period(TimePeriod.ofCalendarDays(14))
                        .build())
                .objectionConsequence(ObjectionConsequence.TERMINATION_RIGHT)
                .flowDown(true);
    }

    static DataProcessingAgreement.Builder base() {
        return DataProcessingAgreement.builder()
                .id("jomoco-avv")
                .addLanguages("de", "en")
                .title(LocalizedText.de("Vereinbarung zur Auftragsverarbeitung")
                        .with("en", "Data processing agreement"))
                .processor(Party.builder()
                        .name("JoMoCo UG (haftungsbeschränkt) i. G.")
                        .address(PostalAddress.builder()
                                .addStreetLines("Wiesenblick 5")
                                .postalCode("87466")
                                .locality("Oy-Mittelberg")
                                .country(CountryCode.of("DE"))
                                .build())
                        .addContacts(ContactPoint.builder()
                                .addPurposes(ContactPurpose.SUBPROCESSOR_NOTICES, ContactPurpose.DATA_PROTECTION)
                                .name("Datenschutz JoMoCo")
                                .email("datenschutz@jomoco.example")
                                .build())
                        .build())
                .processing(ProcessingDescription.builder()
                        .addPurposes(Purpose.builder()
                                .code("platform")
                                .description(LocalizedText.de("Betrieb der Plattform Jomoco-Solutions")
                                        .with("en", "Operating the Jomoco-Solutions platform"))
                                .build())
                        .addDataCategories(DataCategory.builder()
                                .id("contact")
                                .name(LocalizedText.de("Kontaktdaten").with("en", "Contact data"))
                                .build())
                        .addDataSubjects(DataSubjectCategory.builder()
                                .id("customers")
                                .name(LocalizedText.de("Kunden des Verantwortlichen")
                                        .with("en", "The controller's customers"))
                                .build())
                        .addLocations(at("DE", LocationKind.PROCESSING))
                        .build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .build())
                        .build());
    }

    public static DataProcessingAgreement v1() {
        return base().version("1.0")
                .versionDate(LocalDate.of(2026, 1, 15))
                .subprocessing(terms().addSubprocessors(
                                hetzner(), hubspot("DE"), mailgun("Mailgun Technologies Inc."), pipedrive())
                        .build())
                .security(SecurityTerms.builder()
                        .article32Commitment(true)
                        .changePolicy(TomChangePolicy.NOTICE)
                        .addMeasures(
                                encryption("AES-256", ProtectionGoal.CONFIDENTIALITY, ProtectionGoal.INTEGRITY), mfa())
                        .build())
                .build();
    }

    public static DataProcessingAgreement v2() {
        DataProcessingAgreement v1 = v1();
        return v1.toBuilder()
                .version("1.1")
                .versionDate(LocalDate.of(2026, 3, 1))
                .subprocessing(terms()
                        // reordered on purpose
                        .addSubprocessors(instantly(), mailgun("Mailgun Technologies, Inc."), hubspot("US"), hetzner())
                        .build())
                .security(v1.getSecurity().orElseThrow().toBuilder()
                        .measures(List.of(mfa(), encryption("AES-128", ProtectionGoal.CONFIDENTIALITY)))
                        .build())
                .breachNotification(v1.getBreachNotification().orElseThrow().toBuilder()
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(48))
                                .build())
                        .build())
                .build();
    }

    /**
     * The next version of the real Jomoco example (examples/jomoco-avv-de.json): Vercel Inc. (USA) added, Pipedrive OÜ removed, Onepage's servers moved from the EU to the
     * USA, TLS encryption in transit weakened to "where the recipient supports it".
     */
    public static DataProcessingAgreement exampleNext(DataProcessingAgreement current) {
        SubprocessingTerms terms = current.getSubprocessing().orElseThrow();
        List<Subprocessor> subs = new ArrayList<>();
        for (Subprocessor s : terms.getSubprocessors()) {
            if (s.getId().orElse("").equals("pipedrive")) {
                continue;
            }
            if (s.getId().orElse("").equals("onepage")) {
                s = s.toBuilder()
                        .locations(List.of(
                                Location.builder().country(CountryCode.of("US")).build()))
                        .build();
            }
            subs.add(s);
        }
        subs.add(Subprocessor.builder()
                .id("vercel")
                .name("Vercel Inc.")
                .country(CountryCode.of("US"))
                .service(LocalizedText.de("Auslieferung der Weboberfläche über ein Content-Delivery-Netz"))
                .addLocations(Location.builder().country(CountryCode.of("US")).build())
                .build());
        SecurityTerms security = current.getSecurity().orElseThrow();
        List<TechnicalOrganisationalMeasure> measures = new ArrayList<>();
        for (TechnicalOrganisationalMeasure m : security.getMeasures()) {
            if (m.getId().orElse("").equals("2.1-1")) {
                m = m.toBuilder()
                        .description(LocalizedText.de("Übertragung über TLS, soweit die Gegenstelle es unterstützt"))
                        .protectionGoals(List.of())
                        .build();
            }
            measures.add(m);
        }
        return current.toBuilder()
                .version("2")
                .versionDate(LocalDate.of(2026, 12, 1))
                .subprocessing(terms.toBuilder().subprocessors(subs).build())
                .security(security.toBuilder().measures(measures).build())
                .build();
    }
}
