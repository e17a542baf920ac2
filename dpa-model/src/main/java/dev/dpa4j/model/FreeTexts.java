/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;

/**
 * The free texts of an agreement with their model paths, for checks that concern every text, such as
 * whether each one exists in a language.
 *
 * <p>A path is a {@link ModelPath}, as in validation findings: properties by their JSON name, list elements by
 * index, and map entries as the JSON has them, a member named after the enum constant that keys it, for example
 * {@code customClauses[0].heading} or {@code security.categoryObjectives.ACCESS_CONTROL}. Texts are visited in a fixed order (properties
 * sorted by name), so the result is deterministic. A path costs one small object per step and no text until
 * it is printed.
 *
 * <p>Some texts are <em>metadata</em>: they record how the data were obtained or interpreted and are
 * never part of the contract text ({@link #METADATA}). {@link #operative} leaves them out.
 *
 * <p>The walk is written out per model type, without reflection: it reads only the properties that can hold a
 * text and skips those that cannot (amounts, periods, addresses), which made it several times cheaper than a walk
 * that finds the getters by reflection, and it builds no reflection data on first use (issue #14). A test in
 * dpa-model compares it with such a reflective walk on random agreements of every shape and fails when a model
 * type gains a text-holding property that this walk does not visit.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class FreeTexts {

    /**
     * The properties, as {@code Type.property}, whose texts are metadata and never rendered: the note
     * on the conclusion ({@code conclusion.note}) and the note on a sub-processor
     * ({@code subprocessors[n].note}).
     */
    public static final Set<String> METADATA = Set.of("ConclusionEvidence.note", "Subprocessor.note");

    /**
     * The properties, as {@code Type.property}, that hold a short designation rather than a sentence and accept
     * a plain JSON string besides the object per language ({@link LocalizedText#plain(String)}): a person's or a
     * signatory's function, a contact's name and function, the place of jurisdiction, the place of signature, and
     * the SCC's competent supervisory authority and dispute resolution body.
     */
    public static final Set<String> PLAIN_STRING_ACCEPTED = Set.of(
            "ContactPoint.function",
            "ContactPoint.name",
            "FinalProvisions.jurisdiction",
            "Person.function",
            "SccTerms.competentAuthority",
            "SccTerms.redressBody",
            "Signature.function",
            "Signature.place");

    // The path segments of the properties walked, made once.
    private static final ModelPath.Property ACCEPTED_EVIDENCE = segment("acceptedEvidence");
    private static final ModelPath.Property ADDITIONAL_PROVISIONS = segment("additionalProvisions");
    private static final ModelPath.Property ALTERNATIVES = segment("alternatives");
    private static final ModelPath.Property ASSISTANCE = segment("assistance");
    private static final ModelPath.Property AUDITS = segment("audits");
    private static final ModelPath.Property BACKUP_HANDLING = segment("backupHandling");
    private static final ModelPath.Property BACKUP_RETENTION = segment("backupRetention");
    private static final ModelPath.Property BREACH_NOTIFICATION = segment("breachNotification");
    private static final ModelPath.Property CATEGORY_OBJECTIVES = segment("categoryObjectives");
    private static final ModelPath.Property CERTIFICATIONS = segment("certifications");
    private static final ModelPath.Property CITATION = segment("citation");
    private static final ModelPath.Property COMPETENT_AUTHORITY = segment("competentAuthority");
    private static final ModelPath.Property CONDITION = segment("condition");
    private static final ModelPath.Property CONFIDENTIALITY = segment("confidentiality");
    private static final ModelPath.Property CONTACT = segment("contact");
    private static final ModelPath.Property CONTACTS = segment("contacts");
    private static final ModelPath.Property CONTROLLERS = segment("controllers");
    private static final ModelPath.Property CONTROLLER_TERMS = segment("controllerTerms");
    private static final ModelPath.Property CUSTOM_CLAUSES = segment("customClauses");
    private static final ModelPath.Property DATA_CATEGORIES = segment("dataCategories");
    private static final ModelPath.Property DATA_SUBJECTS = segment("dataSubjects");
    private static final ModelPath.Property DEADLINE = segment("deadline");
    private static final ModelPath.Property DESCRIPTION = segment("description");
    private static final ModelPath.Property DESIGNATIONS = segment("designations");
    private static final ModelPath.Property DURATION = segment("duration");
    private static final ModelPath.Property END_OF_PROCESSING = segment("endOfProcessing");
    private static final ModelPath.Property ENGAGEMENT_CONDITION = segment("engagementCondition");
    private static final ModelPath.Property EVIDENCE_RETENTION = segment("evidenceRetention");
    private static final ModelPath.Property EXCLUSIONS = segment("exclusions");
    private static final ModelPath.Property FINAL_PROVISIONS = segment("finalProvisions");
    private static final ModelPath.Property JURISDICTION = segment("jurisdiction");
    private static final ModelPath.Property FORWARDING_DEADLINE = segment("forwardingDeadline");
    private static final ModelPath.Property FUNCTION = segment("function");
    private static final ModelPath.Property HEADING = segment("heading");
    private static final ModelPath.Property IMPLIED_CONSENT = segment("impliedConsent");
    private static final ModelPath.Property INFRINGEMENT_NOTICE_TIME = segment("infringementNoticeTime");
    private static final ModelPath.Property INSTRUCTIONS = segment("instructions");
    private static final ModelPath.Property ISSUERS = segment("issuers");
    private static final ModelPath.Property LIABILITY = segment("liability");
    private static final ModelPath.Property LOCATIONS = segment("locations");
    private static final ModelPath.Property MAIN_CONTRACT = segment("mainContract");
    private static final ModelPath.Property MEASURES = segment("measures");
    private static final ModelPath.Property NAME = segment("name");
    private static final ModelPath.Property NATURE = segment("nature");
    private static final ModelPath.Property NOTE = segment("note");
    private static final ModelPath.Property NOTICE = segment("notice");
    private static final ModelPath.Property NOTICE_LIMITATION = segment("noticeLimitation");
    private static final ModelPath.Property NOTICE_PERIOD = segment("noticePeriod");
    private static final ModelPath.Property OBJECTION_PERIOD = segment("objectionPeriod");
    private static final ModelPath.Property OWN_USE = segment("ownUse");
    private static final ModelPath.Property PERSONS = segment("persons");
    private static final ModelPath.Property PLACE = segment("place");
    private static final ModelPath.Property PREAMBLE = segment("preamble");
    private static final ModelPath.Property PROCESSING = segment("processing");
    private static final ModelPath.Property PROCESSOR = segment("processor");
    private static final ModelPath.Property PROCESSOR_SWISS_TRANSFER = segment("processorSwissTransfer");
    private static final ModelPath.Property PROCESSOR_TRANSFER = segment("processorTransfer");
    private static final ModelPath.Property PROCESSOR_UK_TRANSFER = segment("processorUkTransfer");
    private static final ModelPath.Property PURPOSES = segment("purposes");
    private static final ModelPath.Property RECIPIENTS = segment("recipients");
    private static final ModelPath.Property RECORDS = segment("records");
    private static final ModelPath.Property REDRESS_BODY = segment("redressBody");
    private static final ModelPath.Property REPRESENTATIVES = segment("representatives");
    private static final ModelPath.Property RESIDENCY_EXCEPTIONS = segment("residencyExceptions");
    private static final ModelPath.Property RETENTION = segment("retention");
    private static final ModelPath.Property RETENTION_AFTER_END = segment("retentionAfterEnd");
    private static final ModelPath.Property SCC = segment("scc");
    private static final ModelPath.Property SCOPE = segment("scope");
    private static final ModelPath.Property SECURITY = segment("security");
    private static final ModelPath.Property SENSITIVE_DATA_SAFEGUARDS = segment("sensitiveDataSafeguards");
    private static final ModelPath.Property SERVICE = segment("service");
    private static final ModelPath.Property SERVICES = segment("services");
    private static final ModelPath.Property SIGNATURES = segment("signatures");
    private static final ModelPath.Property SUBJECT_MATTER = segment("subjectMatter");
    private static final ModelPath.Property SUBPROCESSING = segment("subprocessing");
    private static final ModelPath.Property SUBPROCESSORS = segment("subprocessors");
    private static final ModelPath.Property SUBPROCESSOR_DEADLINE = segment("subprocessorDeadline");
    private static final ModelPath.Property SUPPLEMENTARY_MEASURES = segment("supplementaryMeasures");
    private static final ModelPath.Property SWISS_TRANSFER = segment("swissTransfer");
    private static final ModelPath.Property TERMINATION = segment("termination");
    private static final ModelPath.Property TEXT = segment("text");
    private static final ModelPath.Property TITLE = segment("title");
    private static final ModelPath.Property TRANSFER = segment("transfer");
    private static final ModelPath.Property TRANSFERS = segment("transfers");
    private static final ModelPath.Property UK_TRANSFER = segment("ukTransfer");
    private static final ModelPath.Property WORDING = segment("wording");

    /** The constants of {@link TomCategory} in the order of their names, the order of a map's members. */
    private static final TomCategory[] TOM_CATEGORIES_BY_NAME = byName(TomCategory.values());

    private final BiConsumer<ModelPath, LocalizedText> action;

    private FreeTexts(BiConsumer<ModelPath, LocalizedText> action) {
        this.action = action;
    }

    /**
     * Visits every operative free text of the agreement (every {@link LocalizedText} except metadata).
     *
     * @param agreement the agreement, not null
     * @param action receives the model path and the text
     */
    public static void operative(DataProcessingAgreement agreement, BiConsumer<ModelPath, LocalizedText> action) {
        new FreeTexts(action).agreement(agreement, ModelPath.root());
    }

    private static TomCategory[] byName(TomCategory[] constants) {
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        Arrays.sort(names);
        TomCategory[] sorted = new TomCategory[names.length];
        for (int i = 0; i < names.length; i++) {
            sorted[i] = TomCategory.valueOf(names[i]);
        }
        return sorted;
    }

    private static ModelPath.Property segment(String name) {
        return new ModelPath.Property(name);
    }

    // Each type's properties in the order of their names; a property that cannot hold a text is left out with a
    // comment, so that the walk and the model can be read side by side.

    private void agreement(DataProcessingAgreement a, ModelPath path) {
        if (a.getAssistance().isPresent()) {
            assistance(a.getAssistance().get(), path.append(ASSISTANCE));
        }
        if (a.getAudits().isPresent()) {
            audits(a.getAudits().get(), path.append(AUDITS));
        }
        if (a.getBreachNotification().isPresent()) {
            breachNotification(a.getBreachNotification().get(), path.append(BREACH_NOTIFICATION));
        }
        // conclusion: its only text, the note, is metadata
        if (a.getConfidentiality().isPresent()) {
            confidentiality(a.getConfidentiality().get(), path.append(CONFIDENTIALITY));
        }
        if (a.getControllerTerms().isPresent()) {
            additionalProvisions(a.getControllerTerms().get().getAdditionalProvisions(), path.append(CONTROLLER_TERMS));
        }
        List<Party> controllers = a.getControllers();
        if (!controllers.isEmpty()) {
            ModelPath at = path.append(CONTROLLERS);
            for (int i = 0; i < controllers.size(); i++) {
                party(controllers.get(i), at.index(i));
            }
        }
        List<CustomClause> clauses = a.getCustomClauses();
        if (!clauses.isEmpty()) {
            ModelPath at = path.append(CUSTOM_CLAUSES);
            for (int i = 0; i < clauses.size(); i++) {
                customClause(clauses.get(i), at.index(i));
            }
        }
        if (a.getEndOfProcessing().isPresent()) {
            endOfProcessing(a.getEndOfProcessing().get(), path.append(END_OF_PROCESSING));
        }
        if (a.getFinalProvisions().isPresent()) {
            FinalProvisions f = a.getFinalProvisions().get();
            ModelPath at = path.append(FINAL_PROVISIONS);
            additionalProvisions(f.getAdditionalProvisions(), at);
            text(f.getJurisdiction(), at, JURISDICTION);
        }
        if (a.getInstructions().isPresent()) {
            instructions(a.getInstructions().get(), path.append(INSTRUCTIONS));
        }
        if (a.getLiability().isPresent()) {
            LiabilityTerms liability = a.getLiability().get();
            ModelPath at = path.append(LIABILITY);
            additionalProvisions(liability.getAdditionalProvisions(), at);
            text(liability.getDescription(), at, DESCRIPTION);
        }
        if (a.getMainContract().isPresent()) {
            text(a.getMainContract().get().getTitle(), path.append(MAIN_CONTRACT), TITLE);
        }
        if (a.getOwnUse().isPresent()) {
            text(a.getOwnUse().get().getDescription(), path.append(OWN_USE), DESCRIPTION);
        }
        text(a.getPreamble(), path, PREAMBLE);
        if (a.getProcessing().isPresent()) {
            processing(a.getProcessing().get(), path.append(PROCESSING));
        }
        if (a.getProcessor().isPresent()) {
            party(a.getProcessor().get(), path.append(PROCESSOR));
        }
        if (a.getRecords().isPresent()) {
            additionalProvisions(a.getRecords().get().getAdditionalProvisions(), path.append(RECORDS));
        }
        if (a.getSecurity().isPresent()) {
            security(a.getSecurity().get(), path.append(SECURITY));
        }
        List<Signature> signatures = a.getSignatures();
        if (!signatures.isEmpty()) {
            ModelPath at = path.append(SIGNATURES);
            for (int i = 0; i < signatures.size(); i++) {
                Signature s = signatures.get(i);
                text(s.getFunction(), at.index(i), FUNCTION);
                text(s.getPlace(), at.index(i), PLACE);
            }
        }
        if (a.getSubprocessing().isPresent()) {
            subprocessing(a.getSubprocessing().get(), path.append(SUBPROCESSING));
        }
        if (a.getTermination().isPresent()) {
            additionalProvisions(a.getTermination().get().getAdditionalProvisions(), path.append(TERMINATION));
        }
        text(a.getTitle(), path, TITLE);
        if (a.getTransfers().isPresent()) {
            transfers(a.getTransfers().get(), path.append(TRANSFERS));
        }
    }

    private void assistance(AssistanceTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        // fee: an amount
        timeLimit(t.getForwardingDeadline(), path, FORWARDING_DEADLINE);
    }

    private void audits(AuditTerms t, ModelPath path) {
        List<Evidence> evidence = t.getAcceptedEvidence();
        if (!evidence.isEmpty()) {
            ModelPath at = path.append(ACCEPTED_EVIDENCE);
            for (int i = 0; i < evidence.size(); i++) {
                text(evidence.get(i).getDescription(), at.index(i), DESCRIPTION);
            }
        }
        additionalProvisions(t.getAdditionalProvisions(), path);
        // fee: an amount; frequencyLimit: a period
        timeLimit(t.getNotice(), path, NOTICE);
    }

    private void breachNotification(BreachNotificationTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        if (t.getContact().isPresent()) {
            contact(t.getContact().get(), path.append(CONTACT));
        }
        timeLimit(t.getDeadline(), path, DEADLINE);
        timeLimit(t.getSubprocessorDeadline(), path, SUBPROCESSOR_DEADLINE);
    }

    private void confidentiality(ConfidentialityTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        // trainingInterval: a period
    }

    private void party(Party p, ModelPath path) {
        // address: no text
        List<Evidence> certifications = p.getCertifications();
        if (!certifications.isEmpty()) {
            ModelPath at = path.append(CERTIFICATIONS);
            for (int i = 0; i < certifications.size(); i++) {
                text(certifications.get(i).getDescription(), at.index(i), DESCRIPTION);
            }
        }
        List<ContactPoint> contacts = p.getContacts();
        if (!contacts.isEmpty()) {
            ModelPath at = path.append(CONTACTS);
            for (int i = 0; i < contacts.size(); i++) {
                contact(contacts.get(i), at.index(i));
            }
        }
        // dataProtectionOfficer: an address, no text
        text(p.getDescription(), path, DESCRIPTION);
        list(p.getDesignations(), path, DESIGNATIONS);
        // euRepresentative: an address, no text
        persons(p.getRepresentatives(), path, REPRESENTATIVES);
    }

    private void persons(List<Person> persons, ModelPath path, ModelPath.Property property) {
        if (!persons.isEmpty()) {
            ModelPath at = path.append(property);
            for (int i = 0; i < persons.size(); i++) {
                text(persons.get(i).getFunction(), at.index(i), FUNCTION);
            }
        }
    }

    private void contact(ContactPoint c, ModelPath path) {
        text(c.getFunction(), path, FUNCTION);
        text(c.getName(), path, NAME);
        text(c.getNote(), path, NOTE);
    }

    private void customClause(CustomClause c, ModelPath path) {
        text(c.getCitation(), path, CITATION);
        action.accept(path.append(HEADING), c.getHeading());
        action.accept(path.append(TEXT), c.getText());
    }

    private void endOfProcessing(EndOfProcessingTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        text(t.getBackupHandling(), path, BACKUP_HANDLING);
        timeLimit(t.getBackupRetention(), path, BACKUP_RETENTION);
        timeLimit(t.getDeadline(), path, DEADLINE);
        text(t.getEvidenceRetention(), path, EVIDENCE_RETENTION);
        // fee: an amount
    }

    private void instructions(InstructionTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        // extraInstructionFee: an amount
        timeLimit(t.getInfringementNoticeTime(), path, INFRINGEMENT_NOTICE_TIME);
        authorisedPersons(t.getIssuers(), path, ISSUERS);
        // legalObligationException: no text
        authorisedPersons(t.getRecipients(), path, RECIPIENTS);
    }

    private void authorisedPersons(Optional<AuthorisedPersons> persons, ModelPath path, ModelPath.Property property) {
        if (persons.isPresent()) {
            ModelPath at = path.append(property);
            text(persons.get().getDescription(), at, DESCRIPTION);
            persons(persons.get().getPersons(), at, PERSONS);
        }
    }

    private void processing(ProcessingDescription d, ModelPath path) {
        List<DataCategory> categories = d.getDataCategories();
        if (!categories.isEmpty()) {
            ModelPath at = path.append(DATA_CATEGORIES);
            for (int i = 0; i < categories.size(); i++) {
                DataCategory category = categories.get(i);
                ModelPath element = at.index(i);
                text(category.getDescription(), element, DESCRIPTION);
                action.accept(element.append(NAME), category.getName());
                timeLimit(category.getRetention(), element, RETENTION);
                timeLimit(category.getRetentionAfterEnd(), element, RETENTION_AFTER_END);
            }
        }
        List<DataSubjectCategory> subjects = d.getDataSubjects();
        if (!subjects.isEmpty()) {
            ModelPath at = path.append(DATA_SUBJECTS);
            for (int i = 0; i < subjects.size(); i++) {
                DataSubjectCategory subject = subjects.get(i);
                ModelPath element = at.index(i);
                text(subject.getDescription(), element, DESCRIPTION);
                action.accept(element.append(NAME), subject.getName());
            }
        }
        if (d.getDuration().isPresent()) {
            // noticePeriod: a period
            text(d.getDuration().get().getDescription(), path.append(DURATION), DESCRIPTION);
        }
        list(d.getExclusions(), path, EXCLUSIONS);
        locations(d.getLocations(), path);
        List<ProcessingNature> nature = d.getNature();
        if (!nature.isEmpty()) {
            ModelPath at = path.append(NATURE);
            for (int i = 0; i < nature.size(); i++) {
                text(nature.get(i).getDescription(), at.index(i), DESCRIPTION);
            }
        }
        List<Purpose> purposes = d.getPurposes();
        if (!purposes.isEmpty()) {
            ModelPath at = path.append(PURPOSES);
            for (int i = 0; i < purposes.size(); i++) {
                action.accept(at.index(i).append(DESCRIPTION), purposes.get(i).getDescription());
            }
        }
        text(d.getRetention(), path, RETENTION);
        text(d.getScope(), path, SCOPE);
        list(d.getSensitiveDataSafeguards(), path, SENSITIVE_DATA_SAFEGUARDS);
        list(d.getServices(), path, SERVICES);
        text(d.getSubjectMatter(), path, SUBJECT_MATTER);
    }

    private void locations(List<Location> locations, ModelPath path) {
        if (!locations.isEmpty()) {
            ModelPath at = path.append(LOCATIONS);
            for (int i = 0; i < locations.size(); i++) {
                text(locations.get(i).getDescription(), at.index(i), DESCRIPTION);
            }
        }
    }

    private void security(SecurityTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        Map<TomCategory, LocalizedText> objectives = t.getCategoryObjectives();
        if (!objectives.isEmpty()) {
            // an enum key is a member name in the JSON, like a property; members in the order of their names
            ModelPath at = path.append(CATEGORY_OBJECTIVES);
            for (TomCategory category : TOM_CATEGORIES_BY_NAME) {
                LocalizedText objective = objectives.get(category);
                if (objective != null) {
                    action.accept(at.property(category.name()), objective);
                }
            }
        }
        List<TechnicalOrganisationalMeasure> measures = t.getMeasures();
        if (!measures.isEmpty()) {
            ModelPath at = path.append(MEASURES);
            for (int i = 0; i < measures.size(); i++) {
                TechnicalOrganisationalMeasure measure = measures.get(i);
                ModelPath element = at.index(i);
                action.accept(element.append(DESCRIPTION), measure.getDescription());
                text(measure.getScope(), element, SCOPE);
            }
        }
        // reviewInterval: a period
    }

    private void subprocessing(SubprocessingTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        text(t.getImpliedConsent(), path, IMPLIED_CONSENT);
        text(t.getNoticeLimitation(), path, NOTICE_LIMITATION);
        timeLimit(t.getNoticePeriod(), path, NOTICE_PERIOD);
        timeLimit(t.getObjectionPeriod(), path, OBJECTION_PERIOD);
        subprocessors(t.getSubprocessors(), path);
    }

    private void subprocessors(List<Subprocessor> subprocessors, ModelPath path) {
        if (!subprocessors.isEmpty()) {
            ModelPath at = path.append(SUBPROCESSORS);
            for (int i = 0; i < subprocessors.size(); i++) {
                subprocessor(subprocessors.get(i), at.index(i));
            }
        }
    }

    private void subprocessor(Subprocessor s, ModelPath path) {
        // address: no text
        if (s.getContact().isPresent()) {
            contact(s.getContact().get(), path.append(CONTACT));
        }
        text(s.getEngagementCondition(), path, ENGAGEMENT_CONDITION);
        locations(s.getLocations(), path);
        // note: metadata
        text(s.getService(), path, SERVICE);
        subprocessors(s.getSubprocessors(), path);
        transferMechanism(s.getSwissTransfer(), path, SWISS_TRANSFER);
        transferMechanism(s.getTransfer(), path, TRANSFER);
        transferMechanism(s.getUkTransfer(), path, UK_TRANSFER);
    }

    private void transfers(TransferTerms t, ModelPath path) {
        additionalProvisions(t.getAdditionalProvisions(), path);
        transferMechanism(t.getProcessorSwissTransfer(), path, PROCESSOR_SWISS_TRANSFER);
        transferMechanism(t.getProcessorTransfer(), path, PROCESSOR_TRANSFER);
        transferMechanism(t.getProcessorUkTransfer(), path, PROCESSOR_UK_TRANSFER);
        list(t.getResidencyExceptions(), path, RESIDENCY_EXCEPTIONS);
        if (t.getScc().isPresent()) {
            SccTerms scc = t.getScc().get();
            ModelPath at = path.append(SCC);
            // clause9Period: a period
            text(scc.getCompetentAuthority(), at, COMPETENT_AUTHORITY);
            text(scc.getRedressBody(), at, REDRESS_BODY);
            text(scc.getRetention(), at, RETENTION);
        }
        // swissAdaptations, uk: no text
    }

    private void transferMechanism(Optional<TransferMechanism> mechanism, ModelPath path, ModelPath.Property property) {
        if (mechanism.isPresent()) {
            TransferMechanism m = mechanism.get();
            // dpf, impactAssessment: no text
            List<SupplementaryMeasure> measures = m.getMeasures();
            List<LocalizedText> supplementary = m.getSupplementaryMeasures();
            if (!measures.isEmpty() || !supplementary.isEmpty()) {
                ModelPath at = path.append(property);
                if (!measures.isEmpty()) {
                    ModelPath list = at.append(MEASURES);
                    for (int i = 0; i < measures.size(); i++) {
                        text(measures.get(i).getDescription(), list.index(i), DESCRIPTION);
                    }
                }
                list(supplementary, at, SUPPLEMENTARY_MEASURES);
            }
        }
    }

    private void timeLimit(Optional<TimeLimit> limit, ModelPath path, ModelPath.Property property) {
        if (limit.isPresent()) {
            timeLimit(limit.get(), path.append(property));
        }
    }

    private void timeLimit(TimeLimit limit, ModelPath path) {
        List<TimeLimit> alternatives = limit.getAlternatives();
        if (!alternatives.isEmpty()) {
            ModelPath at = path.append(ALTERNATIVES);
            for (int i = 0; i < alternatives.size(); i++) {
                timeLimit(alternatives.get(i), at.index(i));
            }
        }
        text(limit.getCondition(), path, CONDITION);
        // period: a period
        text(limit.getWording(), path, WORDING);
    }

    private void additionalProvisions(List<LocalizedText> texts, ModelPath path) {
        list(texts, path, ADDITIONAL_PROVISIONS);
    }

    private void list(List<LocalizedText> texts, ModelPath path, ModelPath.Property property) {
        if (!texts.isEmpty()) {
            ModelPath at = path.append(property);
            for (int i = 0; i < texts.size(); i++) {
                action.accept(at.index(i), texts.get(i));
            }
        }
    }

    private void text(Optional<LocalizedText> text, ModelPath path, ModelPath.Property property) {
        if (text.isPresent()) {
            action.accept(path.append(property), text.get());
        }
    }
}
