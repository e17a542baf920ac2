/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyAttribute;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.Regime;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.LegalReference.Act;
import java.util.ArrayList;
import java.util.List;

/**
 * The German pack ({@code de}): § 62 BDSG for the law-enforcement regime, § 203 StGB for professional
 * secrets, § 80 SGB X for social data and § 22 BDSG for special categories. Each rule fires only when the
 * agreement says the German specific applies: the regime {@link Regime#LED_DE}, a {@link PartyAttribute} or a
 * {@link ProcessingCharacteristic}.
 */
final class GermanRules {
    private GermanRules() {}

    static boolean controllerHas(DataProcessingAgreement a, PartyAttribute attribute) {
        return a.getControllers().stream().anyMatch(p -> p.getAttributes().contains(attribute));
    }

    static boolean germanController(DataProcessingAgreement a) {
        return a.getControllers().stream()
                .map(Party::getAddress)
                .flatMap(java.util.Optional::stream)
                .map(PostalAddress::getCountry)
                .flatMap(java.util.Optional::stream)
                .anyMatch(CountryCode.of("DE")::equals);
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("BDSG62_LED", ERROR)
                .refs(LegalReference.of(Act.BDSG, "62", 5), LegalReference.of(Act.BDSG, "62", 6))
                .variants("missing")
                .note("Runs only for the regime LED_DE; the GDPR pack is then skipped. Checked items: duty to flag"
                        + " unlawful instructions, measures under § 64 BDSG, assistance, deletion or return, audits,"
                        + " and written or electronic form. The provision of logs under § 76 BDSG is not modelled.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getRegime() != Regime.LED_DE) {
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    if (a.getInstructions()
                            .filter(i -> i.isDocumentedInstructionsOnly())
                            .isEmpty()) {
                        missing.add("INSTRUCTIONS");
                    }
                    if (a.getInstructions()
                            .filter(i -> i.isInfringementNotice())
                            .isEmpty()) {
                        missing.add("INFRINGEMENT_NOTICE");
                    }
                    if (a.getConfidentiality()
                            .filter(x -> x.isPersonnelCommitted())
                            .isEmpty()) {
                        missing.add("CONFIDENTIALITY_COMMITMENT");
                    }
                    if (Tom.measures(a).isEmpty()) {
                        missing.add("TOMS");
                    }
                    if (a.getAssistance()
                            .filter(x ->
                                    x.isDataSubjectRights() && !x.getArticles().isEmpty())
                            .isEmpty()) {
                        missing.add("ASSISTANCE");
                    }
                    if (a.getEndOfProcessing().flatMap(e -> e.getChoice()).isEmpty()) {
                        missing.add("DELETION_RETURN");
                    }
                    if (a.getAudits().filter(x -> x.isInformationProvision()).isEmpty()) {
                        missing.add("INFORMATION");
                    }
                    if (a.getForm().filter(f -> f != AgreementForm.ORAL).isEmpty()) {
                        missing.add("FORM");
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "", "missing", String.join(",", missing));
                    }
                });
        d.rule("X_LED_REGIME", INFO)
                .refs(LegalReference.of(Act.BDSG, "45"), LegalReference.of(Act.BDSG, "62"))
                .variants("competentAuthority")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getRegime() == Regime.GDPR && controllerHas(a, PartyAttribute.COMPETENT_AUTHORITY)) {
                        r.add("competentAuthority", "regime");
                    }
                });
        d.rule("STGB203_SECRECY", WARNING)
                .refs(LegalReference.of(Act.STGB, "203", 3), LegalReference.of(Act.STGB, "203", 4))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean secrets = controllerHas(a, PartyAttribute.PROFESSIONAL_SECRECY_HOLDER)
                            || RuleSupport.characteristics(a).contains(ProcessingCharacteristic.PROFESSIONAL_SECRETS);
                    if (secrets
                            && a.getConfidentiality()
                                    .filter(x -> x.isProfessionalSecrecyUndertaking())
                                    .isEmpty()) {
                        r.add("missing", "confidentiality.professionalSecrecyUndertaking");
                    }
                });
        d.rule("X_SPECIAL_BDSG22", INFO)
                .refs(LegalReference.of(Act.BDSG, "22", 2))
                .variants("checklist")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (RuleSupport.hasSpecialData(a) && germanController(a) && a.getRegime() == Regime.GDPR) {
                        r.add("checklist", "security.measures");
                    }
                });
        TransferRules.defineGerman(d);
    }
}
