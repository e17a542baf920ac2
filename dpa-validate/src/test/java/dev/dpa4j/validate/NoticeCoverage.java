/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.validate.PlantedDefects.Defect;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The planted defects and their lawful neighbours for the notice of sub-processor changes (Art. 28(2) GDPR, second
 * sentence: notice of <em>any intended</em> addition or replacement) and for companies a text names that the list
 * does not: a notice limited to some sub-processors, a notice after the change, and an unlisted company named in a
 * measure or a further provision; and backups kept after the deletion without a stated period (Art. 28(3)(g),
 * Art. 5(1)(e)).
 */
final class NoticeCoverage {

    private NoticeCoverage() {}

    private static Defect d(
            String requirement, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        return new Defect(requirement, ruleId, severity, plant);
    }

    private static DataProcessingAgreement provision(DataProcessingAgreement a, LocalizedText text) {
        return subprocessing(a, s -> s.addAdditionalProvisions(text));
    }

    private static DataProcessingAgreement measure(DataProcessingAgreement a, String text) {
        return security(
                a,
                s -> s.addMeasures(TechnicalOrganisationalMeasure.builder()
                        .category(TomCategory.AVAILABILITY_CONTROL)
                        .description(LocalizedText.de(text))
                        .build()));
    }

    static List<Defect> defects() {
        return List.of(
                d(
                        "Art. 28(2): notice and objection limited to sub-processors of the main services",
                        "SUBPROC_NOTICE_SCOPE",
                        ERROR,
                        a -> subprocessing(
                                a,
                                s -> s.noticeLimitation(LocalizedText.de(
                                        "nur Unterauftragsverarbeiter, die Hauptleistungen erbringen")))),
                d(
                        "Art. 28(2): a further provision confines notice to sub-processors of the main services",
                        "SUBPROC_NOTICE_SCOPE",
                        WARNING,
                        a -> provision(
                                a,
                                LocalizedText.de("Die Mitteilungs- und Widerspruchsregel gilt für neue"
                                        + " Unterauftragsverarbeiter, die Hauptleistungen erbringen."))),
                d(
                        "Art. 28(2): notice only of material sub-processors",
                        "SUBPROC_NOTICE_SCOPE",
                        WARNING,
                        a -> provision(
                                a,
                                LocalizedText.en(
                                        "The Processor will notify the Customer only of new material sub-processors."))),
                d(
                        "Art. 28(2): notice only after the change",
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        ERROR,
                        a -> subprocessing(a, s -> s.noticeAfterChange(true))),
                d(
                        "Art. 28(2): a further provision informs after the engagement",
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        WARNING,
                        a -> provision(
                                a,
                                LocalizedText.de("Der Auftragsverarbeiter informiert den Verantwortlichen nach"
                                        + " Beauftragung eines neuen Unterauftragsverarbeiters."))),
                d(
                        "Art. 28(2): the notice period is worded as after engaging",
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        WARNING,
                        a -> subprocessing(
                                a,
                                s -> s.noticePeriod(dev.dpa4j.model.TimeLimit.builder()
                                        .wording(LocalizedText.en("within ten days after engaging the sub-processor"))
                                        .build()))),
                d(
                        "Art. 28(2), (4): a measure names a company that is not on the list",
                        "SUBPROC_NAMED_UNLISTED",
                        WARNING,
                        a -> measure(a, "Tägliche Sicherung der Datenbank bei der Backup Solutions GmbH in Frankfurt")),
                d(
                        "Art. 28(2), (4): a further provision names a company that is not on the list",
                        "SUBPROC_NAMED_UNLISTED",
                        WARNING,
                        a -> provision(
                                a,
                                LocalizedText.en("Support requests are answered by Helpdesk Partners Ltd. in"
                                        + " Manchester on behalf of the Processor."))));
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                c(
                        "SUBPROC_NOTICE_SCOPE",
                        "the main service only defines what counts as sub-processing",
                        a -> provision(
                                a,
                                LocalizedText.de("Als Unterauftragsverhältnisse gelten Leistungen, die sich unmittelbar"
                                        + " auf die Erbringung der Hauptleistung beziehen."))),
                c(
                        "SUBPROC_NOTICE_SCOPE",
                        "notice of every change, whatever the service",
                        a -> provision(
                                a,
                                LocalizedText.de("Der Auftragsverarbeiter informiert über jede Änderung, gleich ob der"
                                        + " Unterauftragsverarbeiter Haupt- oder Nebenleistungen erbringt."))),
                c(
                        "SUBPROC_NOTICE_SCOPE",
                        "a limitation stated while sub-processing is prohibited",
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.PROHIBITED)
                                        .subprocessors(List.of())
                                        .noticeLimitation(LocalizedText.de("nur Hauptleistungen")))),
                c(
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        "notice stated not to come after the change",
                        a -> subprocessing(a, s -> s.noticeAfterChange(false))),
                c(
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        "notice before the engagement",
                        a -> provision(
                                a,
                                LocalizedText.de("Der Auftragsverarbeiter informiert den Verantwortlichen mindestens"
                                        + " 30 Tage vor der Beauftragung eines neuen Unterauftragsverarbeiters."))),
                c(
                        "SUBPROC_NOTICE_AFTER_CHANGE",
                        "notice before engaging, in English",
                        a -> provision(
                                a,
                                LocalizedText.en("The Processor notifies the Customer 30 days before engaging a new"
                                        + " sub-processor."))),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "'der AG' and 'Auftraggeber (AG)' are the controller, not a company",
                        a -> provision(
                                a,
                                LocalizedText.de("Der Auftraggeber (AG) erteilt Weisungen. Der AG kann sie jederzeit"
                                        + " ändern; Weisungen des AG sind zu dokumentieren."))),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "an auditor is no sub-processor",
                        a -> audits(
                                a,
                                x -> x.addAdditionalProvisions(LocalizedText.de("Die Prüfung kann durch die"
                                        + " Wirtschaftsprüfer der Muster Revision GmbH erfolgen.")))),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "a certification body is no sub-processor",
                        a -> measure(a, "Zertifizierung des Rechenzentrums durch die Nordcert Zertifizierungs AG")),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "a listed sub-processor named in a measure",
                        a -> measure(a, "Die Server stehen bei der Beispiel Rechenzentrum GmbH in Nürnberg")),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "a company of the processor's group",
                        a -> provision(
                                a, LocalizedText.de("Die Acme Holding GmbH stellt die Rechenzentrumsflächen bereit."))),
                c(
                        "SUBPROC_NAMED_UNLISTED",
                        "the controller named in a measure",
                        a -> measure(a, "Schlüsselübergabe an die Beispiel Handels GmbH nur gegen Quittung")));
    }

    private static DataProcessingAgreement backups(DataProcessingAgreement a, String handling, TimeLimit retention) {
        return end(
                a,
                e -> e.backupHandling(Optional.ofNullable(handling).map(LocalizedText::de))
                        .backupRetention(Optional.ofNullable(retention)));
    }

    /** Backups kept after the deletion without a stated period (Art. 28(3)(g), Art. 5(1)(e)). */
    static List<Defect> backupDefects() {
        return List.of(
                d(
                        "Art. 28(3)(g), 5(1)(e): backups kept after the deletion until overwritten, no period",
                        "BACKUP_RETENTION",
                        WARNING,
                        a -> backups(a, null, wording("bis zum Überschreiben im regulären Sicherungszyklus"))),
                d(
                        "Art. 28(3)(g), 5(1)(e): the text on backups keeps them without a period",
                        "BACKUP_RETENTION",
                        WARNING,
                        a -> backups(a, "Daten in Sicherungen verbleiben dort bis zur Rotation", null)));
    }

    static Stream<Arguments> backupNearMisses() {
        return Stream.of(
                c("BACKUP_RETENTION", "backups kept 30 days after the deletion", a -> backups(a, null, days(30))),
                c(
                        "BACKUP_RETENTION",
                        "a wording that names the period",
                        a -> backups(a, null, wording("längstens 35 Tage, dann überschrieben"))),
                c(
                        "BACKUP_RETENTION",
                        "the text on backups names its period",
                        a -> backups(a, "Sicherungen werden binnen 35 Tagen überschrieben", null)),
                c(
                        "BACKUP_RETENTION",
                        "backups deleted with the data",
                        a -> backups(a, "Sicherungen werden zusammen mit den Daten gelöscht", null)));
    }

    private static Arguments c(String ruleId, String why, UnaryOperator<DataProcessingAgreement> change) {
        return Arguments.of(ruleId, why, change);
    }
}
