/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SccClause13Basis;
import dev.dpa4j.model.SccClause17Option;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on the standard contractual clauses 2021/914 as the agreement incorporates them ({@code transfers.scc}):
 * modules for the roles, the Clause 9 option against the agreement's own sub-processing terms, the law and courts of
 * Clauses 17 and 18, and the Annex I information. They run only where the agreement states its SCC terms; the
 * recipient-level checks (module per recipient, validity, assessment) are in {@link TransferRules}.
 */
final class SccRules {

    /** The modules with Clauses 13, 17 Options and 18(a) to (d), and Annex I.C: all but module 4. */
    private static final Set<SccModule> MODULES_1_TO_3 =
            EnumSet.of(SccModule.MODULE_1, SccModule.MODULE_2, SccModule.MODULE_3);

    /** The modules with Clause 9 (use of sub-processors). */
    private static final Set<SccModule> MODULES_2_3 = EnumSet.of(SccModule.MODULE_2, SccModule.MODULE_3);

    private SccRules() {}

    static Optional<SccTerms> scc(DataProcessingAgreement a) {
        return a.getTransfers().flatMap(TransferTerms::getScc);
    }

    private static boolean any(Set<SccModule> modules, Set<SccModule> of) {
        return modules.stream().anyMatch(of::contains);
    }

    private static String number(SccModule m) {
        return m.name();
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("SCC_MODULES", ERROR)
                .refs(gdpr("46", 2, "c"), gdpr("28", 4))
                .variants("missingModule", "foreignModule")
                .note("Where the agreement states its SCC terms, the modules incorporated must include the one for"
                        + " every recipient that relies on the clauses, under any regime: module 2 for the processor"
                        + " (controller to processor), module 3 for a sub-processor at any depth (processor to"
                        + " processor). A missing module is an error, as no clauses then bind that recipient. Modules 1"
                        + " and 4 govern controller-to-controller and processor-to-controller transfers, which an"
                        + " agreement under Art. 28 does not make; they give a warning.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<SccTerms> scc = scc(a);
                    if (scc.isEmpty()) {
                        return;
                    }
                    Set<SccModule> needed = EnumSet.noneOf(SccModule.class);
                    for (TransferRules.Recipient rec : TransferRules.recipients(c)) {
                        for (TransferRegime regime : TransferRules.REGIMES) {
                            if (rec.mechanism(regime)
                                    .filter(m -> m.getType() == TransferMechanismType.SCC_2021_914)
                                    .isPresent()) {
                                needed.add(rec.processor() ? SccModule.MODULE_2 : SccModule.MODULE_3);
                            }
                        }
                    }
                    for (SccModule m : needed) {
                        if (!scc.get().getModules().contains(m)) {
                            r.add(
                                    "missingModule",
                                    "transfers.scc.modules",
                                    "module",
                                    number(m),
                                    "role",
                                    m == SccModule.MODULE_2 ? "role.processor" : "role.subprocessor");
                        }
                    }
                    for (SccModule m : scc.get().getModules()) {
                        if (m == SccModule.MODULE_1 || m == SccModule.MODULE_4) {
                            r.add(WARNING, "foreignModule", "transfers.scc.modules", "module", number(m));
                        }
                    }
                });
        d.rule("SCC_CLAUSE9", ERROR)
                .refs(gdpr("28", 2), gdpr("46", 2, "c"))
                .variants("optionMissing", "periodMissing", "prohibited", "optionMismatch", "periodMismatch")
                .note("For modules 2 and 3, Clause 9(a) must be completed: option 1 (specific prior authorisation)"
                        + " or option 2 (general written authorisation), each with a period. The option must be the"
                        + " agreement's own authorisation model (subprocessing.authorisation): SPECIFIC is option 1,"
                        + " GENERAL option 2, and a prohibition matches neither. A contradiction or a blank is an error,"
                        + " as Clause 5 makes the clauses prevail and the agreement then says two things. A period that"
                        + " differs from the agreement's notice period is a warning: the clauses prevail, so a period"
                        + " still applies, but the controller reads two.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<SccTerms> scc = scc(a);
                    if (scc.isEmpty() || !any(scc.get().getModules(), MODULES_2_3)) {
                        return;
                    }
                    Optional<AuthorisationType> option = scc.get().getClause9Option();
                    if (option.isEmpty()) {
                        r.add("optionMissing", "transfers.scc.clause9Option");
                    } else if (option.get() == AuthorisationType.PROHIBITED) {
                        r.add("prohibited", "transfers.scc.clause9Option");
                    }
                    if (scc.get().getClause9Period().isEmpty()) {
                        r.add("periodMissing", "transfers.scc.clause9Period");
                    }
                    Optional<SubprocessingTerms> sub = a.getSubprocessing();
                    Optional<AuthorisationType> own = sub.flatMap(SubprocessingTerms::getAuthorisation);
                    if (option.isPresent() && own.isPresent() && option.get() != own.get()) {
                        r.add(
                                "optionMismatch",
                                "transfers.scc.clause9Option",
                                "option",
                                "clause9." + option.get().name(),
                                "own",
                                "clause9." + own.get().name());
                    }
                    Optional<TimePeriod> ownPeriod =
                            sub.flatMap(SubprocessingTerms::getNoticePeriod).flatMap(TimeLimit::getPeriod);
                    Optional<TimePeriod> period = scc.get().getClause9Period();
                    if (period.isPresent()
                            && ownPeriod.isPresent()
                            && !period.get().equals(ownPeriod.get())) {
                        r.add(
                                WARNING,
                                "periodMismatch",
                                "transfers.scc.clause9Period",
                                "period",
                                Text.period(period.get()),
                                "own",
                                Text.period(ownPeriod.get()));
                    }
                });
        d.rule("SCC_GOVERNING_LAW", ERROR)
                .refs(gdpr("46", 2, "c"), gdpr("46", 1))
                .variants("missing", "notMemberState", "option2Module1")
                .note("Clause 17 (modules 1 to 3) submits the clauses to the law of an EU member state that allows"
                        + " third-party beneficiary rights, since data subjects enforce the clauses under Clause 3."
                        + " Option 2 (the law of the exporter's member state) exists only for modules 2 and 3 and may"
                        + " leave the state unnamed; otherwise the law must be named. A law outside the EEA cannot carry"
                        + " those rights as the clauses require; the EEA EFTA states count as member states under"
                        + " Protocol 1 of the EEA Agreement (our reading). Module 4 alone allows any country's law and"
                        + " is not checked.")
                .check((c, r) -> {
                    Optional<SccTerms> scc = scc(c.agreement());
                    if (scc.isEmpty() || !any(scc.get().getModules(), MODULES_1_TO_3)) {
                        return;
                    }
                    boolean option2 = scc.get()
                            .getClause17Option()
                            .filter(o -> o == SccClause17Option.OPTION_2)
                            .isPresent();
                    if (option2 && scc.get().getModules().contains(SccModule.MODULE_1)) {
                        r.add("option2Module1", "transfers.scc.clause17Option");
                    }
                    Optional<CountryCode> law = scc.get().getGoverningLaw();
                    if (law.isEmpty() && !option2) {
                        r.add("missing", "transfers.scc.governingLaw");
                    } else if (law.isPresent() && !TransferRules.isEea(law.get(), c.asOf())) {
                        r.add(
                                "notMemberState",
                                "transfers.scc.governingLaw",
                                "country",
                                law.get().getCode());
                    }
                });
        d.rule("SCC_FORUM", ERROR)
                .refs(gdpr("46", 2, "c"), gdpr("79", 2))
                .variants("missing", "notMemberState")
                .note("Clause 18(b) (modules 1 to 3) names the courts of an EU member state; data subjects may in"
                        + " addition sue where they habitually reside (Clause 18(c), Art. 79(2) GDPR). Courts outside"
                        + " the EEA, or none, leave the clause incomplete. Module 4 alone allows any country's courts"
                        + " and is not checked.")
                .check((c, r) -> {
                    Optional<SccTerms> scc = scc(c.agreement());
                    if (scc.isEmpty() || !any(scc.get().getModules(), MODULES_1_TO_3)) {
                        return;
                    }
                    Optional<CountryCode> forum = scc.get().getForum();
                    if (forum.isEmpty()) {
                        r.add("missing", "transfers.scc.forum");
                    } else if (!TransferRules.isEea(forum.get(), c.asOf())) {
                        r.add(
                                "notMemberState",
                                "transfers.scc.forum",
                                "country",
                                forum.get().getCode());
                    }
                });
        d.rule("SCC_CLAUSE13", WARNING)
                .refs(gdpr("46", 2, "c"), gdpr("27", 1))
                .variants("exporterOutsideEu")
                .note("Clause 13(a) has three options: the authority responsible for the data exporter established in"
                        + " the Union, that of the member state of its Art. 27(1) representative, or that of a member"
                        + " state where the data subjects are. The exporters are the controllers under modules 1 and 2"
                        + " and the processor under module 3; where every exporter whose seat is stated is outside the"
                        + " EEA, the first option describes no one. A warning, since an exporter may have an"
                        + " establishment in the Union that the agreement does not record.")
                .check((c, r) -> {
                    Optional<SccTerms> scc = scc(c.agreement());
                    if (scc.isEmpty()
                            || scc.get().getClause13Basis().orElse(null) != SccClause13Basis.EXPORTER_ESTABLISHED) {
                        return;
                    }
                    Set<SccModule> modules = scc.get().getModules();
                    List<Party> exporters = new ArrayList<>();
                    if (modules.contains(SccModule.MODULE_1) || modules.contains(SccModule.MODULE_2)) {
                        exporters.addAll(c.agreement().getControllers());
                    }
                    if (modules.contains(SccModule.MODULE_3)) {
                        c.agreement().getProcessor().ifPresent(exporters::add);
                    }
                    List<Party> seated = exporters.stream()
                            .filter(x ->
                                    x.getAddress().flatMap(a -> a.getCountry()).isPresent())
                            .toList();
                    if (seated.isEmpty()
                            || seated.stream()
                                    .anyMatch(x -> TransferRules.isEea(
                                            x.getAddress()
                                                    .flatMap(a -> a.getCountry())
                                                    .orElseThrow(),
                                            c.asOf()))) {
                        return;
                    }
                    Party first = seated.get(0);
                    r.add(
                            "exporterOutsideEu",
                            "transfers.scc.clause13Basis",
                            "name",
                            first.getName().orElse("?"),
                            "country",
                            first.getAddress()
                                    .flatMap(a -> a.getCountry())
                                    .orElseThrow()
                                    .getCode());
                });
        d.rule("SCC_ANNEX", ERROR)
                .refs(gdpr("46", 2, "c"), gdpr("28", 3))
                .variants("authority", "frequency", "retention", "safeguards")
                .note("What the Annexes need beyond the agreement's other data, which the renderer shows as a visible"
                        + " gap and never fills in: the competent supervisory authority under Clause 13 (Annex I.C,"
                        + " modules 1 to 3), an error when missing; the frequency of the transfer, the retention period"
                        + " (transfers.scc.retention, else processing.retention) and, where special categories or"
                        + " criminal-offence data are transferred, the restrictions or safeguards applied to them"
                        + " (processing.sensitiveDataSafeguards) (Annex I.B). These give errors in the EXECUTED profile,"
                        + " where an incomplete Appendix would be signed, and warnings in the TEMPLATE profile.")
                .check((c, r) -> {
                    Optional<SccTerms> scc = scc(c.agreement());
                    if (scc.isEmpty()) {
                        return;
                    }
                    if (any(scc.get().getModules(), MODULES_1_TO_3)
                            && scc.get().getCompetentAuthority().isEmpty()) {
                        r.add("authority", "transfers.scc.competentAuthority");
                    }
                    Severity annexI = c.profile() == Profile.EXECUTED ? ERROR : WARNING;
                    if (scc.get().getFrequency().isEmpty()) {
                        r.add(annexI, "frequency", "transfers.scc.frequency");
                    }
                    boolean retention = scc.get().getRetention().isPresent()
                            || c.agreement()
                                    .getProcessing()
                                    .flatMap(ProcessingDescription::getRetention)
                                    .isPresent();
                    if (!retention) {
                        r.add(annexI, "retention", "transfers.scc.retention");
                    }
                    if (RuleSupport.hasSpecialData(c.agreement())
                            && c.agreement()
                                    .getProcessing()
                                    .map(p -> p.getSensitiveDataSafeguards().isEmpty())
                                    .orElse(true)) {
                        r.add(annexI, "safeguards", "processing.sensitiveDataSafeguards");
                    }
                });
    }
}
