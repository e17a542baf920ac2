/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.notice;

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
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.notice.ChangeNotice;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Composes a {@link ChangeNotice} in one language into the module's document tree. */
public final class NoticeComposer {

    private final ChangeNotice notice;
    private final Words w;
    private final NoticeDocument doc = new NoticeDocument();

    private NoticeComposer(ChangeNotice notice, Words words) {
        this.notice = notice;
        this.w = words;
    }

    /**
     * Composes the notice.
     *
     * @param notice the notice
     * @param words the language's words
     * @return the document
     */
    public static Document compose(ChangeNotice notice, Words words) {
        return new NoticeComposer(notice, words)
                .run()
                .build(
                        words.locale(),
                        notice.getIntended().getId(),
                        notice.getIntended().getVersion());
    }

    private NoticeDocument run() {
        DataProcessingAgreement old = notice.getInForce();
        DataProcessingAgreement next = notice.getIntended();
        ChangeSet changes = notice.getChanges();
        String processor = processorName(old);

        doc.heading(1, w.t("notice.noticeOfIntendedChangesTo"));
        List<List<Run>> head = new ArrayList<>();
        head.add(NoticeDocument.line()
                .strong(w.t("notice.processor"))
                .text(processor)
                .runs());
        head.add(NoticeDocument.line()
                .strong(w.t("notice.agreement"))
                .text(old.getTitle().map(w::text).orElse(w.t("notice.dataProcessingAgreement")))
                .text(" (" + old.getId() + ")")
                .runs());
        head.add(NoticeDocument.line()
                .strong(w.t("notice.inForce"))
                .text(version(old))
                .runs());
        head.add(NoticeDocument.line()
                .strong(w.t("notice.intended"))
                .text(version(next))
                .runs());
        notice.getSchedule()
                .ifPresent(s -> head.add(NoticeDocument.line()
                        .strong(w.t("notice.dateOfThisNotice"))
                        .text(w.date(s.getNoticeGiven().toLocalDate()))
                        .runs()));
        doc.lines(head);

        if (changes.isEmpty()) {
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.theTwoVersionsDoNot"))
                    .runs());
            return doc;
        }
        doc.paragraph(NoticeDocument.line()
                .pattern(w.t("notice.intendsToMakeTheChanges"), processor)
                .runs());

        doc.heading(2, w.t("notice.theChanges"));
        java.util.function.Predicate<Change> parties = c -> c.getKind().subject() == ChangeKind.Subject.PARTY;
        java.util.function.Predicate<Change> subprocessors =
                c -> c.getKind().subject() == ChangeKind.Subject.SUBPROCESSOR;
        java.util.function.Predicate<Change> scope = c -> {
            String k = c.getKind().name();
            return k.startsWith("DATA_") || k.startsWith("PURPOSE_") || k.startsWith("PROCESSING_");
        };
        java.util.function.Predicate<Change> measures = c -> c.getKind().subject() == ChangeKind.Subject.MEASURE;
        java.util.function.Predicate<Change> clauses = c -> c.getKind().subject() == ChangeKind.Subject.CLAUSE;
        group(w.t("notice.parties"), changes, parties);
        group(w.t("notice.subProcessors"), changes, subprocessors);
        group(w.t("notice.subjectMatterAndScopeOf"), changes, scope);
        group(w.t("notice.technicalAndOrganisationalMeasures"), changes, measures);
        group(w.t("notice.termsOfTheAgreement"), changes, clauses);
        // a kind that no group above claims is still listed, never dropped
        group(
                w.t("notice.otherChanges"),
                changes,
                parties.or(subprocessors).or(scope).or(measures).or(clauses).negate());

        legalBasis(old, changes);
        deadlines(old);
        howToObject(old);
        return doc;
    }

    private String version(DataProcessingAgreement a) {
        String label = a.getVersion().map(v -> w.format("notice.version", v)).orElse(w.t("notice.unnamedVersion"));
        return a.getVersionDate()
                .map(d -> w.format("notice.versionOf", label, w.date(d)))
                .orElse(label);
    }

    private String processorName(DataProcessingAgreement a) {
        return a.getProcessor().flatMap(Party::getName).orElse(w.t("notice.theProcessor"));
    }

    private void group(String title, ChangeSet changes, java.util.function.Predicate<Change> filter) {
        List<List<Run>> items = new ArrayList<>();
        for (Change c : changes.getChanges()) {
            if (filter.test(c)) {
                NoticeDocument.Line line = NoticeDocument.line();
                describe(c, line);
                boolean subprocessor = c.getKind().subject() == ChangeKind.Subject.SUBPROCESSOR;
                line.text(" ("
                        + String.join(
                                "; ",
                                c.getClasses().stream()
                                        .map(k -> k == ChangeClass.NOTICE_REQUIRED && !subprocessor
                                                ? w.t("notice.priorNoticeRequired")
                                                : w.changeClass(k))
                                        .toList())
                        + ")");
                items.add(line.runs());
            }
        }
        if (!items.isEmpty()) {
            doc.heading(3, title);
            doc.bullets(items);
        }
    }

    private String oldValue(Change c) {
        return c.getOldValue().map(w::value).orElse(w.t("notice.notStated"));
    }

    private String newValue(Change c) {
        return c.getNewValue().map(w::value).orElse(w.t("notice.notStated"));
    }

    private void describe(Change c, NoticeDocument.Line line) {
        String s = c.getSubject();
        switch (c.getKind()) {
            case SUBPROCESSOR_ADDED -> {
                Subprocessor sp = (Subprocessor) c.getNewValue().orElseThrow();
                line.strong(w.t("notice.new")).text(w.subprocessorName(sp));
                List<String> facts = new ArrayList<>();
                sp.getCountry().ifPresent(x -> facts.add(w.t("notice.establishedIn") + w.country(x)));
                sp.getService().ifPresent(x -> facts.add(w.t("notice.service") + w.text(x)));
                if (!sp.getLocations().isEmpty()) {
                    facts.add(w.t("notice.locations") + w.locations(sp.getLocations()));
                }
                sp.getTransfer().ifPresent(x -> facts.add(w.t("notice.transferMechanism") + w.transfer(x)));
                if (!facts.isEmpty()) {
                    line.text(" – " + String.join("; ", facts));
                }
            }
            case SUBPROCESSOR_REMOVED ->
                line.strong(w.t("notice.removed")).pattern(w.t("notice.willNoLongerBeEngaged"), s);
            case SUBPROCESSOR_RENAMED, PARTY_RENAMED ->
                line.strong(s + ": ").pattern(w.t("notice.legalNameChanged"), oldValue(c), newValue(c));
            case SUBPROCESSOR_PRODUCT_CHANGED -> fromTo(line, s, w.t("notice.product"), c);
            case SUBPROCESSOR_SERVICE_CHANGED -> fromTo(line, s, w.t("notice.service2"), c);
            case SUBPROCESSOR_COUNTRY_CHANGED -> fromTo(line, s, w.t("notice.countryOfEstablishment"), c);
            case SUBPROCESSOR_PARENT_COUNTRY_CHANGED -> fromTo(line, s, w.t("notice.countryOfTheParentCompany"), c);
            case SUBPROCESSOR_ADDRESS_CHANGED -> fromTo(line, s, w.t("notice.address"), c);
            case SUBPROCESSOR_LOCATION_ADDED ->
                line.strong(s + ": ").pattern(w.t("notice.additionalLocation"), newValue(c));
            case SUBPROCESSOR_LOCATION_REMOVED ->
                line.strong(s + ": ").pattern(w.t("notice.locationDropped"), oldValue(c));
            case SUBPROCESSOR_LOCATION_MOVED -> fromTo(line, s, w.t("notice.location"), c);
            case SUBPROCESSOR_TRANSFER_CHANGED -> fromTo(line, s, w.t("notice.transferMechanism2"), c);
            case SUBPROCESSOR_DATA_CATEGORY_ADDED ->
                line.strong(s + ": ").pattern(w.t("notice.willAlsoProcessTheData"), category(c.getNewValue()));
            case SUBPROCESSOR_DATA_CATEGORY_REMOVED ->
                line.strong(s + ": ").pattern(w.t("notice.willNoLongerProcessThe"), category(c.getOldValue()));
            case SUBPROCESSOR_CONTACT_CHANGED -> fromTo(line, s, w.t("notice.contact"), c);
            case SUBPROCESSOR_DETAILS_CHANGED ->
                line.strong(s + ": ").text(w.t("notice.otherParticularsIdentifierStartNote"));
            case PARTY_ADDED -> line.strong(w.t("notice.newParty")).text(s);
            case PARTY_REMOVED -> line.strong(w.t("notice.partyNoLongerNamed")).text(s);
            case PARTY_ADDRESS_CHANGED -> fromTo(line, s, w.t("notice.address"), c);
            case PARTY_DPO_CHANGED -> fromTo(line, s, w.t("notice.dataProtectionOfficer"), c);
            case PARTY_CONTACTS_CHANGED ->
                line.strong(s + ": ").text(w.t("notice.representativesOrContactPointsChange"));
            case PARTY_DETAILS_CHANGED -> line.strong(s + ": ").text(w.t("notice.otherParticularsSuchAsThe"));
            case DATA_CATEGORY_ADDED ->
                line.strong(w.t("notice.newDataCategory")).text(newValue(c));
            case DATA_CATEGORY_REMOVED ->
                line.strong(w.t("notice.dataCategoryDropped")).text(oldValue(c));
            case DATA_CATEGORY_CHANGED -> fromTo(line, w.t("notice.dataCategory"), null, c);
            case DATA_SUBJECT_ADDED ->
                line.strong(w.t("notice.newCategoryOfDataSubjects")).text(newValue(c));
            case DATA_SUBJECT_REMOVED ->
                line.strong(w.t("notice.categoryOfDataSubjectsDropped")).text(oldValue(c));
            case DATA_SUBJECT_CHANGED -> fromTo(line, w.t("notice.categoryOfDataSubjects"), null, c);
            case PURPOSE_ADDED -> line.strong(w.t("notice.newPurpose")).text(newValue(c));
            case PURPOSE_REMOVED -> line.strong(w.t("notice.purposeDropped")).text(oldValue(c));
            case PURPOSE_CHANGED -> fromTo(line, w.t("notice.purpose"), null, c);
            case PROCESSING_LOCATION_ADDED ->
                line.strong(w.t("notice.newPlaceOfProcessing")).text(newValue(c));
            case PROCESSING_LOCATION_REMOVED ->
                line.strong(w.t("notice.placeOfProcessingDropped")).text(oldValue(c));
            case PROCESSING_LOCATION_MOVED -> fromTo(line, w.t("notice.placeOfProcessing"), null, c);
            case PROCESSING_DESCRIPTION_CHANGED ->
                line.strong(w.clause("processing") + ": ").text(w.t("notice.otherParticularsSuchAsSubject"));
            case MEASURE_ADDED -> line.strong(w.t("notice.newMeasure")).text(newValue(c));
            case MEASURE_REMOVED -> line.strong(w.t("notice.measureDropped")).text(oldValue(c));
            case MEASURE_CHANGED -> fromTo(line, w.t("notice.changedMeasure"), null, c);
            case CLAUSE_ADDED -> line.strong(w.t("notice.newClause")).text(w.clause(c.getPath()));
            case CLAUSE_REMOVED -> line.strong(w.t("notice.clauseDropped")).text(w.clause(c.getPath()));
            case CLAUSE_PARAMETER_CHANGED -> fromTo(line, w.parameter(c.getPath()), null, c);
            case CLAUSE_TEXT_CHANGED ->
                line.strong(w.clause(c.getPath()) + ": ").text(w.t("notice.theWordingOfTheClause"));
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

    private void fromTo(NoticeDocument.Line line, String subject, @Nullable String attribute, Change c) {
        line.strong(capitalised(subject) + ": ");
        if (attribute == null) {
            line.pattern(w.t("notice.fromTo"), oldValue(c), newValue(c));
        } else {
            line.pattern(w.t("notice.attributeChanged"), attribute, oldValue(c), newValue(c));
        }
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
        doc.heading(2, w.t("notice.legalBasis"));
        Optional<AuthorisationType> authorisation =
                old.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation);
        boolean subprocessorChanges =
                changes.getChanges().stream().anyMatch(c -> c.getKind().subject() == ChangeKind.Subject.SUBPROCESSOR);
        if (subprocessorChanges
                && authorisation.filter(a -> a == AuthorisationType.GENERAL).isPresent()) {
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.theAgreementPermitsTheEngagement"))
                    .runs());
        } else if (subprocessorChanges) {
            doc.paragraph(
                    NoticeDocument.line().text(w.t("notice.underArt282First")).runs());
        }
        boolean newProcessor = changes.getChanges().stream()
                .anyMatch(c -> c.is(ChangeClass.AUTHORISATION_REQUIRED) && c.getKind() == ChangeKind.PARTY_RENAMED);
        if (newProcessor) {
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.anotherEntityIsToTake"))
                    .runs());
        }
        boolean scope = changes.getChanges().stream()
                .anyMatch(c -> c.is(ChangeClass.AUTHORISATION_REQUIRED)
                        && c.getKind().subject() != ChangeKind.Subject.SUBPROCESSOR
                        && c.getKind().subject() != ChangeKind.Subject.MEASURE
                        && c.getKind().subject() != ChangeKind.Subject.PARTY);
        if (scope) {
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.asTheControllerYouDetermine"))
                    .runs());
        }
        boolean measures =
                changes.getChanges().stream().anyMatch(c -> c.getKind().subject() == ChangeKind.Subject.MEASURE);
        Optional<TomChangePolicy> policy = old.getSecurity().flatMap(SecurityTerms::getChangePolicy);
        if (measures) {
            String rule = policy.map(p -> switch (p) {
                        case PRIOR_APPROVAL, MATERIAL_CHANGES_AGREED -> w.t("notice.underTheAgreementSuchChanges");
                        case NOTICE -> w.t("notice.underTheAgreementSuchChanges2");
                        case NO_DOWNGRADE -> w.t("notice.underTheAgreementTheLevel");
                        case UNILATERAL -> w.t("notice.underTheAgreementTheProcessor");
                    })
                    .orElse("");
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.theTechnicalAndOrganisationalMeasures") + rule)
                    .runs());
        }
    }

    private void deadlines(DataProcessingAgreement old) {
        doc.heading(2, w.t("notice.deadlines"));
        Optional<NoticeSchedule> schedule = notice.getSchedule();
        Optional<SubprocessingTerms> terms = old.getSubprocessing();
        if (schedule.isEmpty()) {
            doc.paragraph(NoticeDocument.line()
                    .text(w.t("notice.theDateOfThisNotice"))
                    .runs());
            return;
        }
        NoticeSchedule s = schedule.get();
        if (s.getObjectionDeadline().isPresent()) {
            Deadline d = s.getObjectionDeadline().get();
            doc.paragraph(NoticeDocument.line()
                    .pattern(
                            w.t(d.isExtended() ? "notice.objectionDeadlineExtended" : "notice.objectionDeadline"),
                            new NoticeDocument.Strong(until(d)),
                            w.periodDative(d.getPeriod()),
                            w.date(s.getNoticeGiven().toLocalDate()))
                    .runs());
        } else {
            String sentence = terms.flatMap(SubprocessingTerms::getObjectionPeriod)
                    .flatMap(l -> l.getWording())
                    .map(x -> w.format("notice.noObjectionPeriodInDaysItSays", w.quote(w.text(x))))
                    .orElse(w.t("notice.theAgreementSetsNoObjection"));
            doc.paragraph(NoticeDocument.line().text(sentence).runs());
        }
        if (s.getEarliestEffective().isPresent()) {
            doc.paragraph(NoticeDocument.line()
                    .pattern(
                            w.t("notice.theChangesTakeEffect"),
                            new NoticeDocument.Strong(
                                    from(s.getEarliestEffective().get())))
                    .runs());
            // a new version dated before that day would read as already in force: say that it is not (yet)
            LocalDate earliest = s.getEarliestEffective().get().toLocalDate();
            notice.getChanges()
                    .getNewVersionDate()
                    .filter(d -> d.isBefore(earliest))
                    .ifPresent(d -> doc.paragraph(NoticeDocument.line()
                            .pattern(w.t("notice.versionDateBefore"), w.date(d))
                            .runs()));
        }
    }

    /** "bis zum Ablauf des 16. März 2026 (24:00 Uhr, Europe/Berlin)" or, for hours, the exact time. */
    private String until(Deadline d) {
        if (d.getPeriod().getUnit() == PeriodUnit.HOURS) {
            return w.format("notice.until", w.dateTime(d.getExpiresAt()));
        }
        return w.format(
                "notice.untilTheEndOf",
                w.date(d.getLastDay()),
                d.getExpiresAt().getZone().getId());
    }

    private String from(ZonedDateTime time) {
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return w.format("notice.on", w.date(time.toLocalDate()));
        }
        return w.format("notice.on", w.dateTime(time));
    }

    private void howToObject(DataProcessingAgreement old) {
        boolean general = old.getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .filter(a -> a == AuthorisationType.GENERAL)
                .isPresent();
        doc.heading(2, general ? w.t("notice.howToObject") : w.t("notice.consentAndObjection"));
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
            items.add(NoticeDocument.line().text(w.contact(c)).runs());
        }
        if (items.isEmpty()) {
            processor
                    .flatMap(Party::getDataProtectionOfficer)
                    .flatMap(d -> d.getEmail())
                    .ifPresent(e -> items.add(NoticeDocument.line()
                            .text(w.t("notice.dataProtectionOfficerEMail") + e)
                            .runs()));
        }
        if (items.isEmpty()) {
            String name = processorName(old);
            String address =
                    processor.flatMap(Party::getAddress).map(w::address).orElse("");
            items.add(NoticeDocument.line()
                    .text(address.isEmpty() ? name : name + ", " + address)
                    .runs());
        }
        doc.paragraph(NoticeDocument.line()
                .text(general ? w.t("notice.pleaseAddressYourObjectionTo") : w.t("notice.pleaseAddressYourConsentOr"))
                .runs());
        doc.bullets(items);
        old.getSubprocessing()
                .flatMap(SubprocessingTerms::getObjectionConsequence)
                .ifPresent(c -> doc.paragraph(NoticeDocument.line()
                        .text(
                                switch (c) {
                                    case ENGAGEMENT_BLOCKED -> w.t("notice.underTheAgreementTheSub");
                                    case TERMINATION_RIGHT -> w.t("notice.underTheAgreementYouMay");
                                    case RESTRICTION_OR_TERMINATION -> w.t("notice.ifThePartiesDoNot");
                                    case GOOD_FAITH_NEGOTIATION -> w.t("notice.afterAnObjectionTheParties");
                                })
                        .runs()));
    }
}
