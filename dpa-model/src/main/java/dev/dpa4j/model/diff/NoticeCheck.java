/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TomChangePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Checks a change set against the agreement in force: whether the changes that need notice can be notified under its
 * terms, and which changes need prior authorisation instead.
 *
 * <p>The result is a plain list of {@link NoticeFinding}s; the validation module may map them to its own findings.
 * An empty change set yields no finding.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoticeCheck {

    private NoticeCheck() {}

    /**
     * Checks the changes against the terms of the agreement in force.
     *
     * @param inForce the version in force when the notice is given (the old version of the diff), not null
     * @param changes the changes, not null
     * @return the findings, in the order of their codes; empty if there is nothing to report
     */
    public static List<NoticeFinding> check(DataProcessingAgreement inForce, ChangeSet changes) {
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(changes, "changes");
        Optional<SubprocessingTerms> terms = inForce.getSubprocessing();
        boolean general = terms.flatMap(SubprocessingTerms::getAuthorisation)
                .filter(t -> t == AuthorisationType.GENERAL)
                .isPresent();
        List<String> notice = changes.getChanges().stream()
                .filter(c ->
                        c.is(ChangeClass.NOTICE_REQUIRED) && c.getKind().name().startsWith("SUBPROCESSOR_"))
                .map(Change::getPath)
                .toList();
        List<String> authorisation = changes.withClass(ChangeClass.AUTHORISATION_REQUIRED).stream()
                .map(Change::getPath)
                .toList();
        List<NoticeFinding> findings = new ArrayList<>();
        if (general && !notice.isEmpty()) {
            SubprocessingTerms t = terms.get();
            if (!t.isChangeNotification()) {
                findings.add(new NoticeFinding(
                        NoticeFinding.Code.NOTICE_MECHANISM_MISSING,
                        NoticeFinding.Severity.ERROR,
                        notice,
                        LocalizedText.de(
                                        "Die Änderung der Unterauftragsverarbeiter ist nach Art. 28 Abs. 2 Satz 2 DSGVO"
                                                + " vorab mitzuteilen, der Vertrag sieht aber keine Pflicht zur Information über"
                                                + " beabsichtigte Änderungen vor (subprocessing.changeNotification).")
                                .with(
                                        "en",
                                        "The change of sub-processors must be notified in advance under"
                                                + " Art. 28(2) second sentence GDPR, but the agreement provides no duty to"
                                                + " inform of intended changes (subprocessing.changeNotification).")));
            }
            if (!t.isObjectionRight()) {
                findings.add(
                        new NoticeFinding(
                                NoticeFinding.Code.OBJECTION_RIGHT_MISSING,
                                NoticeFinding.Severity.ERROR,
                                notice,
                                LocalizedText.de("Der Vertrag räumt dem Verantwortlichen kein Einspruchsrecht gegen die"
                                                + " Änderung ein, wie es Art. 28 Abs. 2 Satz 2 DSGVO verlangt"
                                                + " (subprocessing.objectionRight).")
                                        .with(
                                                "en",
                                                "The agreement grants the controller no right to object to the change, as"
                                                        + " Art. 28(2) second sentence GDPR requires (subprocessing.objectionRight).")));
            } else if (t.getObjectionPeriod().flatMap(l -> l.getPeriod()).isEmpty()) {
                findings.add(new NoticeFinding(
                        NoticeFinding.Code.OBJECTION_PERIOD_NOT_TYPED,
                        NoticeFinding.Severity.WARNING,
                        notice,
                        LocalizedText.de("Der Vertrag nennt keine bezifferte Einspruchsfrist"
                                        + " (subprocessing.objectionPeriod); das Fristende lässt sich nicht berechnen.")
                                .with(
                                        "en",
                                        "The agreement states no objection period in figures"
                                                + " (subprocessing.objectionPeriod); its end cannot be computed.")));
            }
        }
        if (!authorisation.isEmpty()) {
            findings.add(
                    new NoticeFinding(
                            NoticeFinding.Code.PRIOR_AUTHORISATION_NEEDED,
                            NoticeFinding.Severity.INFO,
                            authorisation,
                            LocalizedText.de(
                                            "Diese Änderungen bedürfen der vorherigen Zustimmung des Verantwortlichen"
                                                    + " (Art. 28 Abs. 2 Satz 1, Abs. 3 lit. a DSGVO); eine Mitteilung genügt nicht.")
                                    .with(
                                            "en",
                                            "These changes need the controller's prior authorisation"
                                                    + " (Art. 28(2) first sentence, Art. 28(3)(a) GDPR); a notice does not suffice.")));
        }
        boolean noDowngrade = inForce.getSecurity()
                .flatMap(SecurityTerms::getChangePolicy)
                .filter(p -> p == TomChangePolicy.NO_DOWNGRADE)
                .isPresent();
        List<String> downgrades = changes.withClass(ChangeClass.LOWERS_PROTECTION).stream()
                .filter(c -> c.getKind() == ChangeKind.MEASURE_REMOVED || c.getKind() == ChangeKind.MEASURE_CHANGED)
                .map(Change::getPath)
                .toList();
        if (noDowngrade && !downgrades.isEmpty()) {
            findings.add(new NoticeFinding(
                    NoticeFinding.Code.DOWNGRADE_EXCLUDED,
                    NoticeFinding.Severity.ERROR,
                    downgrades,
                    LocalizedText.de("Der Vertrag schließt es aus, das Schutzniveau der technischen und"
                                    + " organisatorischen Maßnahmen zu unterschreiten (security.changePolicy); diese"
                                    + " Änderungen der Maßnahmen senken es (Art. 28 Abs. 3 lit. c, Art. 32 DSGVO).")
                            .with(
                                    "en",
                                    "The agreement excludes falling below the level of protection of the technical"
                                            + " and organisational measures (security.changePolicy); these changes of"
                                            + " measures lower it (Art. 28(3)(c), Art. 32 GDPR).")));
        }
        return List.copyOf(findings);
    }
}
