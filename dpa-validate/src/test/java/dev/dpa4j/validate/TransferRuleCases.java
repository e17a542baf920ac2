/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.PartyAttribute;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.TransferMechanismType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Firing cases of the transfer rules (catalogue §1.M, §2 and § 80 SGB X). */
final class TransferRuleCases {
    private TransferRuleCases() {}

    static final CountryCode JP = CountryCode.of("JP");
    static final CountryCode IN = CountryCode.of("IN");

    static void add(Map<String, List<UnaryOperator<DataProcessingAgreement>>> m) {
        addRegimeCases(m);
        m.put(
                "TRANSFER_MECHANISM",
                List.of(
                        a -> usSubprocessor(a, s -> s.transfer(Optional.empty())),
                        a -> usSubprocessor(
                                a, s -> s.country(IN).locations(List.of()).transfer(Optional.empty())),
                        a -> usSubprocessor(
                                a,
                                s -> s.country(IN)
                                        .locations(List.of())
                                        .transfer(mechanism(TransferMechanismType.ADEQUACY_DECISION)
                                                .build())),
                        a -> usSubprocessor(
                                a,
                                s -> s.country(DE)
                                        .locations(List.of(Location.builder()
                                                .region(Region.THIRD_COUNTRIES)
                                                .build()))
                                        .transfer(Optional.empty())),
                        a -> processing(
                                a,
                                p -> p.addLocations(Location.builder()
                                        .kind(LocationKind.REMOTE_ACCESS)
                                        .country(IN)
                                        .build()))));
        m.put(
                "ADEQUACY_SCOPE",
                List.of(a -> usSubprocessor(
                        a,
                        s -> s.country(JP)
                                .locations(
                                        List.of(Location.builder().country(JP).build()))
                                .transfer(mechanism(TransferMechanismType.ADEQUACY_DECISION)
                                        .build()))));
        m.put(
                "X_US_DPF",
                List.of(
                        a -> usSubprocessor(
                                a,
                                s -> s.transfer(mechanism(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                                        .build())),
                        a -> processing(
                                usSubprocessor(
                                        a,
                                        s -> s.transfer(mechanism(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                                                .dpfCertified(true)
                                                .build())),
                                p -> p.addDataSubjects(dev.dpa4j.model.DataSubjectCategory.builder()
                                        .name(LocalizedText.de("Beschäftigte des Verantwortlichen"))
                                        .build()))));
        m.put(
                "SCC_MODULE",
                List.of(
                        a -> usSubprocessor(
                                a,
                                s -> s.transfer(mechanism(TransferMechanismType.SCC_2021_914)
                                        .sccModule(SccModule.MODULE_2)
                                        .transferImpactAssessment(true)
                                        .build())),
                        a -> usSubprocessor(
                                a,
                                s -> s.transfer(mechanism(TransferMechanismType.SCC_2021_914)
                                        .transferImpactAssessment(true)
                                        .build()))));
        m.put(
                "SCC_OUTDATED",
                List.of(
                        a -> usSubprocessor(
                                a,
                                s -> s.transfer(mechanism(TransferMechanismType.PRIVACY_SHIELD)
                                        .build())),
                        a -> usSubprocessor(
                                a,
                                s -> s.transfer(mechanism(TransferMechanismType.SCC_2010_87)
                                        .build()))));
        m.put(
                "TIA_DOCUMENTED",
                List.of(a -> usSubprocessor(
                        a,
                        s -> s.transfer(mechanism(TransferMechanismType.SCC_2021_914)
                                .sccModule(SccModule.MODULE_3)
                                .build()))));
        m.put(
                "ART49_FOR_PROCESSOR",
                List.of(a -> usSubprocessor(
                        a,
                        s -> s.transfer(mechanism(TransferMechanismType.DEROGATION_ART_49)
                                .build()))));
        m.put(
                "X_NON_EEA_PROCESSOR",
                List.of(a -> processor(a, p -> p.address(address("1 Main Street", "10001", "New York", US)))));
        m.put(
                "GOV_ACCESS_CLAUSE",
                List.of(
                        a -> transfers(a, t -> t.governmentAccessClause(false)),
                        a -> transfers(
                                processor(a, p -> p.address(address("1 Main Street", "10001", "New York", US))),
                                t -> t.governmentAccessClause(false))));
        m.put(
                "ART3_2_IMPORTER",
                List.of(a -> transfers(
                        processor(a, p -> p.addAttributes(PartyAttribute.ESTABLISHED_OUTSIDE_EU)),
                        t -> t.processorTransfer(mechanism(TransferMechanismType.SCC_2021_914)
                                .sccModule(SccModule.MODULE_2)
                                .transferImpactAssessment(true)
                                .build()))));
        m.put(
                "X_REMOTE_ACCESS",
                List.of(a -> processing(a, p -> p.addCharacteristics(ProcessingCharacteristic.REMOTE_MAINTENANCE))));
        m.put(
                "GOVERNING_LAW_EU",
                List.of(a -> a.toBuilder()
                        .finalProvisions(FinalProvisions.builder()
                                .precedence(dev.dpa4j.model.Precedence.AGREEMENT_PREVAILS)
                                .governingLaw(US)
                                .build())
                        .build()));
        m.put(
                "SGBX80_SOCIAL_DATA",
                List.of(
                        a -> controller(a, p -> p.addAttributes(PartyAttribute.SOCIAL_SERVICE_BODY)),
                        a -> processing(a, p -> p.addCharacteristics(ProcessingCharacteristic.SOCIAL_DATA))));
    }

    /** Firing cases of the rules of issue #12; TransferRegimeRulesTest holds the planted-defect tests in full. */
    static void addRegimeCases(Map<String, List<UnaryOperator<DataProcessingAgreement>>> m) {
        m.put(
                "SCC_MODULES",
                List.of(a -> TransferRegimeRulesTest.scc(
                        TransferRegimeRulesTest.base(), s -> s.modules(java.util.Set.of(SccModule.MODULE_2)))));
        m.put(
                "SCC_CLAUSE9",
                List.of(a -> TransferRegimeRulesTest.scc(
                        TransferRegimeRulesTest.base(),
                        s -> s.clause9Option(dev.dpa4j.model.AuthorisationType.SPECIFIC))));
        m.put(
                "SCC_GOVERNING_LAW",
                List.of(a -> TransferRegimeRulesTest.scc(TransferRegimeRulesTest.base(), s -> s.governingLaw(US))));
        m.put(
                "SCC_FORUM",
                List.of(a -> TransferRegimeRulesTest.scc(
                        TransferRegimeRulesTest.base(), s -> s.forum(CountryCode.of("GB")))));
        m.put("SCC_CLAUSE13", List.of(a -> TransferRegimeRulesTest.usProcessor(TransferRegimeRulesTest.base())));
        m.put(
                "SCC_ANNEX",
                List.of(a -> TransferRegimeRulesTest.scc(
                        TransferRegimeRulesTest.base(), s -> s.competentAuthority(Optional.empty()))));
        m.put(
                "DPF_CERTIFICATION",
                List.of(a -> TransferRegimeRulesTest.dpfMailer(
                        TransferRegimeRulesTest.base(),
                        TransferRegimeRulesTest.certified()
                                .status(dev.dpa4j.model.DpfStatus.NOT_CERTIFIED)
                                .build())));
        m.put(
                "TIA_MEASURES",
                List.of(a -> usSubprocessor(
                        TransferRegimeRulesTest.base(),
                        s -> s.transfer(TransferRegimeRulesTest.scc().toBuilder()
                                .measures(List.of())
                                .build()))));
        m.put(
                "UK_TRANSFER_TOOL",
                List.of(a -> transfers(a, t -> t.exportRegimes(java.util.Set.of(dev.dpa4j.model.TransferRegime.UK)))));
        m.put(
                "CH_TRANSFER_TOOL",
                List.of(a -> transfers(a, t -> t.exportRegimes(java.util.Set.of(dev.dpa4j.model.TransferRegime.CH)))));
    }
}
