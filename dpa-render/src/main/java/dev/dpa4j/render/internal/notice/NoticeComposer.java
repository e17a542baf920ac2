/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.ContactPurpose;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.diff.Change;
import dev.dpa4j.model.diff.ChangeClass;
import dev.dpa4j.model.diff.ChangeKind;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.diff.Deadline;
import dev.dpa4j.model.diff.NoticeSchedule;
import dev.dpa4j.render.notice.Blocks.Block;
import dev.dpa4j.render.notice.Blocks.Bullets;
import dev.dpa4j.render.notice.Blocks.Heading;
import dev.dpa4j.render.notice.Blocks.Line;
import dev.dpa4j.render.notice.Blocks.Para;
import dev.dpa4j.render.notice.Blocks.Run;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Composes the notice tree from a {@link ChangeNotice} in one language. */
final class NoticeComposer {

    private final ChangeNotice notice;
    private final Words w;
    private final List<Block> blocks = new ArrayList<>();

    private NoticeComposer(ChangeNotice notice, Words words) {
        this.notice = notice;
        this.w = words;
    }

    static List<Block> compose(ChangeNotice notice, Words words) {
        return new NoticeComposer(notice, words).run();
    }

    private List<Block> run() {
        DataProcessingAgreement old = notice.getInForce();
        DataProcessingAgreement next = notice.getIntended();
        ChangeSet changes = notice.getChanges();
        String processor = processorName(old);

        blocks.add(new Heading(
                1,
                w.t(
                        "Mitteilung über beabsichtigte Änderungen der Auftragsverarbeitung",
                        "Notice of intended changes to the processing on your behalf")));
        List<List<Run>> head = new ArrayList<>();
        head.add(Blocks.line()
                .strong(w.t("Auftragsverarbeiter: ", "Processor: "))
                .text(processor)
                .runs());
        head.add(Blocks.line()
                .strong(w.t("Vereinbarung: ", "Agreement: "))
                .text(old.getTitle()
                        .map(w::text)
                        .orElse(w.t("Vereinbarung zur Auftragsverarbeitung", "Data processing agreement")))
                .text(" (" + old.getId() + ")")
                .runs());
        head.add(Blocks.line()
                .strong(w.t("Bisher: ", "In force: "))
                .text(version(old))
                .runs());
        head.add(Blocks.line()
                .strong(w.t("Künftig: ", "Intended: "))
                .text(version(next))
                .runs());
        notice.getSchedule()
                .ifPresent(s -> head.add(Blocks.line()
                        .strong(w.t("Datum der Mitteilung: ", "Date of this notice: "))
                        .text(w.date(s.getNoticeGiven().toLocalDate()))
                        .runs()));
        blocks.add(new Para(head));

        if (changes.isEmpty()) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "Die beiden Fassungen unterscheiden sich in keinem geprüften Punkt; es gibt nichts mitzuteilen.",
                            "The two versions do not differ in anything examined; there is nothing to notify."))
                    .runs()));
            return List.copyOf(blocks);
        }
        blocks.add(Para.of(Blocks.line()
                .text(processor)
                .text(w.t(
                        " beabsichtigt die nachstehenden Änderungen. Zu jeder Änderung ist angegeben, ob Sie Einspruch"
                                + " erheben können, ob Ihre Zustimmung erforderlich ist und ob sie das Schutzniveau senkt.",
                        " intends to make the changes below. Each change states whether you may object, whether it"
                                + " needs your consent and whether it lowers the level of protection."))
                .runs()));

        blocks.add(new Heading(2, w.t("Die Änderungen", "The changes")));
        java.util.function.Predicate<Change> parties = c -> c.getKind().name().startsWith("PARTY_");
        java.util.function.Predicate<Change> subprocessors =
                c -> c.getKind().name().startsWith("SUBPROCESSOR_");
        java.util.function.Predicate<Change> scope = c -> {
            String k = c.getKind().name();
            return k.startsWith("DATA_") || k.startsWith("PURPOSE_") || k.startsWith("PROCESSING_");
        };
        java.util.function.Predicate<Change> measures = c -> c.getKind().name().startsWith("MEASURE_");
        java.util.function.Predicate<Change> clauses = c -> c.getKind().name().startsWith("CLAUSE_");
        group(w.t("Vertragsparteien", "Parties"), changes, parties);
        group(w.t("Weitere Auftragsverarbeiter", "Sub-processors"), changes, subprocessors);
        group(
                w.t("Gegenstand und Umfang der Verarbeitung", "Subject matter and scope of the processing"),
                changes,
                scope);
        group(
                w.t("Technische und organisatorische Maßnahmen", "Technical and organisational measures"),
                changes,
                measures);
        group(w.t("Vertragliche Regelungen", "Terms of the agreement"), changes, clauses);
        // a kind that no group above claims is still listed, never dropped
        group(
                w.t("Weitere Änderungen", "Other changes"),
                changes,
                parties.or(subprocessors).or(scope).or(measures).or(clauses).negate());

        legalBasis(old, changes);
        deadlines(old);
        howToObject(old);
        return List.copyOf(blocks);
    }

    private String version(DataProcessingAgreement a) {
        String label = a.getVersion()
                .map(v -> w.t("Fassung ", "version ") + v)
                .orElse(w.t("Fassung ohne Bezeichnung", "unnamed version"));
        return a.getVersionDate()
                .map(d -> label + w.t(" vom ", " of ") + w.date(d))
                .orElse(label);
    }

    private String processorName(DataProcessingAgreement a) {
        return a.getProcessor().flatMap(Party::getName).orElse(w.t("Der Auftragsverarbeiter", "The processor"));
    }

    private void group(String title, ChangeSet changes, java.util.function.Predicate<Change> filter) {
        List<List<Run>> items = new ArrayList<>();
        for (Change c : changes.getChanges()) {
            if (filter.test(c)) {
                Line line = Blocks.line();
                describe(c, line);
                boolean subprocessor = c.getKind().name().startsWith("SUBPROCESSOR_");
                line.text(" ("
                        + String.join(
                                "; ",
                                c.getClasses().stream()
                                        .map(k -> k == ChangeClass.NOTICE_REQUIRED && !subprocessor
                                                ? w.t("vorab mitzuteilen", "prior notice required")
                                                : w.changeClass(k))
                                        .toList())
                        + ")");
                items.add(line.runs());
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Heading(3, title));
            blocks.add(new Bullets(items));
        }
    }

    private String oldValue(Change c) {
        return c.getOldValue().map(w::value).orElse(w.t("nicht angegeben", "not stated"));
    }

    private String newValue(Change c) {
        return c.getNewValue().map(w::value).orElse(w.t("nicht angegeben", "not stated"));
    }

    private void describe(Change c, Line line) {
        String s = c.getSubject();
        switch (c.getKind()) {
            case SUBPROCESSOR_ADDED -> {
                Subprocessor sp = (Subprocessor) c.getNewValue().orElseThrow();
                line.strong(w.t("Neu: ", "New: ")).text(w.subprocessorName(sp));
                List<String> facts = new ArrayList<>();
                sp.getCountry().ifPresent(x -> facts.add(w.t("Sitz: ", "established in: ") + w.country(x)));
                sp.getService().ifPresent(x -> facts.add(w.t("Leistung: ", "service: ") + w.text(x)));
                if (!sp.getLocations().isEmpty()) {
                    facts.add(w.t("Orte: ", "locations: ") + w.locations(sp.getLocations()));
                }
                sp.getTransfer()
                        .ifPresent(x ->
                                facts.add(w.t("Übermittlungsgrundlage: ", "transfer mechanism: ") + w.transfer(x)));
                if (!facts.isEmpty()) {
                    line.text(" – " + String.join("; ", facts));
                }
            }
            case SUBPROCESSOR_REMOVED ->
                line.strong(w.t("Entfällt: ", "Removed: "))
                        .text(s + w.t(" wird nicht mehr eingesetzt", " will no longer be engaged"));
            case SUBPROCESSOR_RENAMED, PARTY_RENAMED ->
                line.strong(s + ": ")
                        .text(w.t("Firma bisher ", "legal name previously ")
                                + oldValue(c)
                                + w.t(", künftig ", ", in future ")
                                + newValue(c));
            case SUBPROCESSOR_PRODUCT_CHANGED -> fromTo(line, s, w.t("Produkt", "product"), c);
            case SUBPROCESSOR_SERVICE_CHANGED -> fromTo(line, s, w.t("Leistung", "service"), c);
            case SUBPROCESSOR_COUNTRY_CHANGED -> fromTo(line, s, w.t("Sitz", "country of establishment"), c);
            case SUBPROCESSOR_PARENT_COUNTRY_CHANGED ->
                fromTo(line, s, w.t("Sitz der Muttergesellschaft", "country of the parent company"), c);
            case SUBPROCESSOR_ADDRESS_CHANGED -> fromTo(line, s, w.t("Anschrift", "address"), c);
            case SUBPROCESSOR_LOCATION_ADDED ->
                line.strong(s + ": ").text(w.t("zusätzlicher Ort ", "additional location ") + newValue(c));
            case SUBPROCESSOR_LOCATION_REMOVED ->
                line.strong(s + ": ").text(w.t("entfallender Ort ", "location dropped ") + oldValue(c));
            case SUBPROCESSOR_LOCATION_MOVED -> fromTo(line, s, w.t("Ort", "location"), c);
            case SUBPROCESSOR_TRANSFER_CHANGED ->
                fromTo(line, s, w.t("Übermittlungsgrundlage", "transfer mechanism"), c);
            case SUBPROCESSOR_DATA_CATEGORY_ADDED ->
                line.strong(s + ": ")
                        .text(w.t(
                                        "verarbeitet künftig auch die Datenkategorie ",
                                        "will also process the data category ")
                                + category(c.getNewValue()));
            case SUBPROCESSOR_DATA_CATEGORY_REMOVED ->
                line.strong(s + ": ")
                        .text(w.t("verarbeitet die Datenkategorie ", "will no longer process the data category ")
                                + category(c.getOldValue())
                                + w.t(" nicht mehr", ""));
            case SUBPROCESSOR_CONTACT_CHANGED -> fromTo(line, s, w.t("Kontakt", "contact"), c);
            case SUBPROCESSOR_DETAILS_CHANGED ->
                line.strong(s + ": ")
                        .text(w.t(
                                "weitere Angaben (Kennung, Beginn, Hinweis) ändern sich",
                                "other particulars (identifier, start, note) change"));
            case PARTY_ADDED ->
                line.strong(w.t("Neue Vertragspartei: ", "New party: ")).text(s);
            case PARTY_REMOVED ->
                line.strong(w.t("Entfallende Vertragspartei: ", "Party no longer named: "))
                        .text(s);
            case PARTY_ADDRESS_CHANGED -> fromTo(line, s, w.t("Anschrift", "address"), c);
            case PARTY_DPO_CHANGED -> fromTo(line, s, w.t("Datenschutzbeauftragter", "data protection officer"), c);
            case PARTY_CONTACTS_CHANGED ->
                line.strong(s + ": ")
                        .text(w.t(
                                "vertretungsberechtigte Personen oder Ansprechpartner ändern sich",
                                "representatives or contact points change"));
            case PARTY_DETAILS_CHANGED ->
                line.strong(s + ": ")
                        .text(w.t(
                                "weitere Angaben (etwa Registereintrag, Zertifizierungen) ändern sich",
                                "other particulars (such as the register entry or certifications) change"));
            case DATA_CATEGORY_ADDED ->
                line.strong(w.t("Neue Datenkategorie: ", "New data category: ")).text(newValue(c));
            case DATA_CATEGORY_REMOVED ->
                line.strong(w.t("Entfallende Datenkategorie: ", "Data category dropped: "))
                        .text(oldValue(c));
            case DATA_CATEGORY_CHANGED -> fromTo(line, w.t("Datenkategorie", "Data category"), null, c);
            case DATA_SUBJECT_ADDED ->
                line.strong(w.t("Neue Gruppe betroffener Personen: ", "New category of data subjects: "))
                        .text(newValue(c));
            case DATA_SUBJECT_REMOVED ->
                line.strong(w.t("Entfallende Gruppe betroffener Personen: ", "Category of data subjects dropped: "))
                        .text(oldValue(c));
            case DATA_SUBJECT_CHANGED ->
                fromTo(line, w.t("Gruppe betroffener Personen", "Category of data subjects"), null, c);
            case PURPOSE_ADDED ->
                line.strong(w.t("Neuer Zweck: ", "New purpose: ")).text(newValue(c));
            case PURPOSE_REMOVED ->
                line.strong(w.t("Entfallender Zweck: ", "Purpose dropped: ")).text(oldValue(c));
            case PURPOSE_CHANGED -> fromTo(line, w.t("Zweck", "Purpose"), null, c);
            case PROCESSING_LOCATION_ADDED ->
                line.strong(w.t("Neuer Verarbeitungsort: ", "New place of processing: "))
                        .text(newValue(c));
            case PROCESSING_LOCATION_REMOVED ->
                line.strong(w.t("Entfallender Verarbeitungsort: ", "Place of processing dropped: "))
                        .text(oldValue(c));
            case PROCESSING_LOCATION_MOVED -> fromTo(line, w.t("Verarbeitungsort", "Place of processing"), null, c);
            case PROCESSING_DESCRIPTION_CHANGED ->
                line.strong(w.clause("processing") + ": ")
                        .text(w.t(
                                "weitere Angaben (etwa Gegenstand, Dauer, Art) ändern sich",
                                "other particulars (such as subject matter, duration, nature) change"));
            case MEASURE_ADDED ->
                line.strong(w.t("Neue Maßnahme: ", "New measure: ")).text(newValue(c));
            case MEASURE_REMOVED ->
                line.strong(w.t("Entfallende Maßnahme: ", "Measure dropped: ")).text(oldValue(c));
            case MEASURE_CHANGED -> fromTo(line, w.t("Geänderte Maßnahme", "Changed measure"), null, c);
            case CLAUSE_ADDED ->
                line.strong(w.t("Neue Regelung: ", "New clause: ")).text(w.clause(c.getPath()));
            case CLAUSE_REMOVED ->
                line.strong(w.t("Entfallende Regelung: ", "Clause dropped: ")).text(w.clause(c.getPath()));
            case CLAUSE_PARAMETER_CHANGED -> fromTo(line, w.parameter(c.getPath()), null, c);
            case CLAUSE_TEXT_CHANGED ->
                line.strong(w.clause(c.getPath()) + ": ")
                        .text(w.t("der Wortlaut der Regelung ändert sich", "the wording of the clause changes"));
        }
    }

    private String category(Optional<Object> id) {
        String key = String.valueOf(id.orElse(""));
        return notice.getIntended()
                .getProcessing()
                .or(() -> notice.getInForce().getProcessing())
                .flatMap(p -> p.getDataCategories().stream()
                        .filter(d -> d.getId().filter(key::equals).isPresent())
                        .findFirst())
                .map(d -> w.quote(w.text(d.getName())))
                .orElse(w.quote(key));
    }

    private void fromTo(Line line, String subject, @Nullable String attribute, Change c) {
        line.strong(capitalised(subject) + ": ");
        line.text((attribute == null ? "" : attribute + " ")
                + w.t("bisher ", "previously ")
                + oldValue(c)
                + w.t(", künftig ", ", in future ")
                + newValue(c));
    }

    private static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first)))
                .toString();
    }

    private void legalBasis(DataProcessingAgreement old, ChangeSet changes) {
        blocks.add(new Heading(2, w.t("Rechtsgrundlage", "Legal basis")));
        Optional<AuthorisationType> authorisation =
                old.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation);
        boolean subprocessorChanges =
                changes.getChanges().stream().anyMatch(c -> c.getKind().name().startsWith("SUBPROCESSOR_"));
        if (subprocessorChanges
                && authorisation.filter(a -> a == AuthorisationType.GENERAL).isPresent()) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "Die Vereinbarung erlaubt die Hinzuziehung weiterer Auftragsverarbeiter aufgrund einer allgemeinen"
                                    + " schriftlichen Genehmigung. Nach Art. 28 Abs. 2 Satz 2 DSGVO und der Regelung der"
                                    + " Vereinbarung über weitere Auftragsverarbeiter sind Sie über jede beabsichtigte Hinzuziehung"
                                    + " oder Ersetzung vorab zu unterrichten; Sie können gegen diese Änderungen Einspruch erheben.",
                            "The agreement permits the engagement of sub-processors under a general written authorisation."
                                    + " Under Art. 28(2) second sentence GDPR and the agreement's clause on sub-processors, you"
                                    + " must be informed in advance of any intended addition or replacement, and you may object"
                                    + " to such changes."))
                    .runs()));
        } else if (subprocessorChanges) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "Nach Art. 28 Abs. 2 Satz 1 DSGVO und der Vereinbarung darf der Auftragsverarbeiter weitere"
                                    + " Auftragsverarbeiter nur mit Ihrer vorherigen gesonderten Genehmigung hinzuziehen."
                                    + " Änderungen mit dem Vermerk „Ihre Zustimmung erforderlich“ werden erst wirksam, wenn Sie"
                                    + " zugestimmt haben.",
                            "Under Art. 28(2) first sentence GDPR and the agreement, the processor may engage sub-processors"
                                    + " only with your prior specific authorisation. Changes marked “needs your consent” take"
                                    + " effect only once you have given it."))
                    .runs()));
        }
        boolean newProcessor = changes.getChanges().stream()
                .anyMatch(c -> c.is(ChangeClass.AUTHORISATION_REQUIRED) && c.getKind() == ChangeKind.PARTY_RENAMED);
        if (newProcessor) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "An die Stelle des bisherigen Auftragsverarbeiters soll ein anderes Unternehmen treten. Sie haben"
                                    + " den Auftragsverarbeiter nach Art. 28 Abs. 1 DSGVO wegen der von ihm gebotenen Garantien"
                                    + " ausgewählt; ein neuer Vertragspartner bedarf daher Ihrer Zustimmung.",
                            "Another entity is to take the place of the current processor. You chose the processor for the"
                                    + " guarantees it provides (Art. 28(1) GDPR); a new contracting party therefore needs your"
                                    + " consent."))
                    .runs()));
        }
        boolean scope = changes.getChanges().stream()
                .anyMatch(c -> c.is(ChangeClass.AUTHORISATION_REQUIRED)
                        && !c.getKind().name().startsWith("SUBPROCESSOR_")
                        && !c.getKind().name().startsWith("MEASURE_")
                        && !c.getKind().name().startsWith("PARTY_"));
        if (scope) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "Zwecke, Datenkategorien, betroffene Personen und Übermittlungen in Drittländer bestimmen Sie als"
                                    + " Verantwortlicher; der Auftragsverarbeiter handelt insoweit nur auf Ihre dokumentierte"
                                    + " Weisung (Art. 28 Abs. 3 lit. a, Art. 29 DSGVO). Solche Änderungen bedürfen Ihrer Zustimmung.",
                            "As the controller you determine the purposes, data categories, data subjects and transfers to"
                                    + " third countries; the processor acts in this respect only on your documented instructions"
                                    + " (Art. 28(3)(a), Art. 29 GDPR). Such changes need your consent."))
                    .runs()));
        }
        boolean measures =
                changes.getChanges().stream().anyMatch(c -> c.getKind().name().startsWith("MEASURE_"));
        Optional<TomChangePolicy> policy = old.getSecurity().flatMap(SecurityTerms::getChangePolicy);
        if (measures) {
            String rule = policy.map(p -> switch (p) {
                        case PRIOR_APPROVAL, MATERIAL_CHANGES_AGREED ->
                            w.t(
                                    " Nach der Vereinbarung bedürfen solche Änderungen Ihrer Zustimmung.",
                                    " Under the agreement such changes need your approval.");
                        case NOTICE ->
                            w.t(
                                    " Nach der Vereinbarung sind Ihnen solche Änderungen vorab mitzuteilen.",
                                    " Under the agreement such changes are to be notified to you in advance.");
                        case NO_DOWNGRADE ->
                            w.t(
                                    " Nach der Vereinbarung darf das Schutzniveau der Maßnahmen nicht unterschritten werden.",
                                    " Under the agreement the level of protection of the measures must not be lowered.");
                        case UNILATERAL ->
                            w.t(
                                    " Nach der Vereinbarung darf der Auftragsverarbeiter die Maßnahmen selbst anpassen.",
                                    " Under the agreement the processor may adapt the measures on its own.");
                    })
                    .orElse("");
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                                    "Die technischen und organisatorischen Maßnahmen müssen ein dem Risiko angemessenes"
                                            + " Schutzniveau gewährleisten (Art. 28 Abs. 3 lit. c, Art. 32 DSGVO).",
                                    "The technical and organisational measures must ensure a level of security appropriate to"
                                            + " the risk (Art. 28(3)(c), Art. 32 GDPR).")
                            + rule)
                    .runs()));
        }
    }

    private void deadlines(DataProcessingAgreement old) {
        blocks.add(new Heading(2, w.t("Fristen", "Deadlines")));
        Optional<NoticeSchedule> schedule = notice.getSchedule();
        Optional<SubprocessingTerms> terms = old.getSubprocessing();
        if (schedule.isEmpty()) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                            "Das Datum der Mitteilung ist nicht angegeben; die Fristen sind daher nicht berechnet.",
                            "The date of this notice is not stated, so the deadlines have not been computed."))
                    .runs()));
            return;
        }
        NoticeSchedule s = schedule.get();
        if (s.getObjectionDeadline().isPresent()) {
            Deadline d = s.getObjectionDeadline().get();
            blocks.add(Para.of(Blocks.line()
                    .text(w.t("Sie können ", "You may object "))
                    .strong(until(d))
                    .text(w.t(" Einspruch erheben. Die Einspruchsfrist von ", ". The objection period of "))
                    .text(w.periodDative(d.getPeriod()))
                    .text(w.t(
                            " beginnt mit dem Tag nach dem Zugang dieser Mitteilung (Zugang am ",
                            " starts on the day after this notice is received (received on "))
                    .text(w.date(s.getNoticeGiven().toLocalDate()))
                    .text(
                            d.isExtended()
                                    ? w.t(
                                            "). Da ihr letzter Tag auf einen Samstag, Sonntag oder Feiertag fiel, endet sie am nächsten Arbeitstag.",
                                            "). As its last day fell on a Saturday, Sunday or public holiday, it ends on the next business day.")
                                    : ").")
                    .runs()));
        } else {
            String wording = terms.flatMap(SubprocessingTerms::getObjectionPeriod)
                    .flatMap(l -> l.getWording())
                    .map(x -> w.t(" Sie spricht von ", " It says ") + w.quote(w.text(x)) + ".")
                    .orElse("");
            blocks.add(Para.of(Blocks.line()
                    .text(w.t(
                                    "Die Vereinbarung bestimmt keine nach Tagen bemessene Einspruchsfrist.",
                                    "The agreement sets no objection period in days.")
                            + wording)
                    .runs()));
        }
        if (s.getEarliestEffective().isPresent()) {
            blocks.add(Para.of(Blocks.line()
                    .text(w.t("Die Änderungen werden frühestens ", "The changes take effect "))
                    .strong(from(s.getEarliestEffective().get()))
                    .text(w.t(" wirksam.", " at the earliest."))
                    .runs()));
        }
    }

    /** "bis zum Ablauf des 16. März 2026 (24:00 Uhr, Europe/Berlin)" or, for hours, the exact time. */
    private String until(Deadline d) {
        if (d.getPeriod().getUnit() == PeriodUnit.HOURS) {
            return w.t("bis zum ", "until ") + w.dateTime(d.getExpiresAt());
        }
        return w.t("bis zum Ablauf des ", "until the end of ") + w.date(d.getLastDay()) + " ("
                + w.t("24:00 Uhr, ", "24:00, ") + d.getExpiresAt().getZone().getId() + ")";
    }

    private String from(ZonedDateTime time) {
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return w.t("am ", "on ") + w.date(time.toLocalDate());
        }
        return w.t("am ", "on ") + w.dateTime(time);
    }

    private void howToObject(DataProcessingAgreement old) {
        boolean general = old.getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .filter(a -> a == AuthorisationType.GENERAL)
                .isPresent();
        blocks.add(new Heading(
                2,
                general
                        ? w.t("So erheben Sie Einspruch", "How to object")
                        : w.t("Zustimmung und Einspruch", "Consent and objection")));
        Optional<Party> processor = old.getProcessor();
        List<ContactPoint> contacts = processor.map(Party::getContacts).orElse(List.of());
        List<ContactPoint> chosen = contacts.stream()
                .filter(c -> c.getPurposes().contains(ContactPurpose.SUBPROCESSOR_NOTICES))
                .toList();
        if (chosen.isEmpty()) {
            chosen = contacts.stream()
                    .filter(c -> c.getPurposes().contains(ContactPurpose.DATA_PROTECTION)
                            || c.getPurposes().contains(ContactPurpose.GENERAL))
                    .toList();
        }
        List<List<Run>> items = new ArrayList<>();
        for (ContactPoint c : chosen) {
            items.add(Blocks.line().text(w.contact(c)).runs());
        }
        if (items.isEmpty()) {
            processor
                    .flatMap(Party::getDataProtectionOfficer)
                    .flatMap(d -> d.getEmail())
                    .ifPresent(e -> items.add(Blocks.line()
                            .text(w.t("Datenschutzbeauftragter, E-Mail: ", "Data protection officer, e-mail: ") + e)
                            .runs()));
        }
        if (items.isEmpty()) {
            String name = processorName(old);
            String address =
                    processor.flatMap(Party::getAddress).map(w::address).orElse("");
            items.add(Blocks.line()
                    .text(address.isEmpty() ? name : name + ", " + address)
                    .runs());
        }
        blocks.add(Para.of(Blocks.line()
                .text(
                        general
                                ? w.t("Bitte richten Sie Ihren Einspruch an:", "Please address your objection to:")
                                : w.t(
                                        "Bitte richten Sie Ihre Zustimmung oder Ihren Einspruch an:",
                                        "Please address your consent or objection to:"))
                .runs()));
        blocks.add(new Bullets(items));
        old.getSubprocessing()
                .flatMap(SubprocessingTerms::getObjectionConsequence)
                .ifPresent(c -> blocks.add(Para.of(Blocks.line()
                        .text(
                                switch (c) {
                                    case ENGAGEMENT_BLOCKED ->
                                        w.t(
                                                "Nach der Vereinbarung wird der betroffene weitere Auftragsverarbeiter nach einem"
                                                        + " berechtigten Einspruch nicht eingesetzt.",
                                                "Under the agreement, the sub-processor concerned will not be engaged after a"
                                                        + " justified objection.");
                                    case TERMINATION_RIGHT ->
                                        w.t(
                                                "Nach der Vereinbarung können Sie die Vereinbarung kündigen, wenn die Änderung trotz"
                                                        + " Ihres Einspruchs erfolgt.",
                                                "Under the agreement, you may terminate it if the change is made despite your"
                                                        + " objection.");
                                    case RESTRICTION_OR_TERMINATION ->
                                        w.t(
                                                "Einigen sich die Parteien nach einem Einspruch nicht, wird die Verarbeitung nach der"
                                                        + " Vereinbarung eingeschränkt oder die Vereinbarung beendet.",
                                                "If the parties do not agree after an objection, the processing is restricted or the"
                                                        + " agreement ends, as the agreement provides.");
                                    case GOOD_FAITH_NEGOTIATION ->
                                        w.t(
                                                "Nach einem Einspruch suchen die Parteien nach der Vereinbarung in gutem Glauben eine"
                                                        + " Lösung.",
                                                "After an objection the parties seek a solution in good faith, as the agreement"
                                                        + " provides.");
                                })
                        .runs())));
    }
}
