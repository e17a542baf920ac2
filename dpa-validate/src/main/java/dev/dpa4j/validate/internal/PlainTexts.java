/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.EuRepresentative;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferTerms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The plain strings of an agreement that the document prints as they are (names, addresses, e-mail addresses,
 * telephone numbers, references and addresses of web pages), with their model paths: the counterpart of
 * {@link dev.dpa4j.model.FreeTexts} for the properties that hold a string rather than a text per language.
 * Identifiers and codes that the document does not print as written ({@link #NOT_PRINTED}) are left out, and so
 * are the properties of a controller that is a placeholder as a whole, which {@code PARTY_CONTROLLER_ID} judges.
 * Written out per type like {@code FreeTexts}; a test in this module finds every string property of the model by
 * reflection and fails when one is neither in {@link #WALKED} nor in {@link #NOT_PRINTED}.
 */
final class PlainTexts {

    /** The properties, as {@code Type.property}, that this walk visits. */
    static final Set<String> WALKED = Set.of(
            "ConclusionEvidence.reference",
            "ContactPoint.email",
            "ContactPoint.phone",
            "ContactPoint.url",
            "DataProcessingAgreement.legalActReference",
            "DataProcessingAgreement.version",
            "DataProtectionOfficer.email",
            "DataProtectionOfficer.name",
            "DataProtectionOfficer.organisation",
            "DataProtectionOfficer.phone",
            "DpfCertification.listingUrl",
            "EuRepresentative.email",
            "EuRepresentative.name",
            "Evidence.name",
            "MainContractReference.reference",
            "Party.legalForm",
            "Party.name",
            "Party.registration",
            "Party.tradeNames",
            "Person.email",
            "Person.name",
            "Person.phone",
            "PostalAddress.locality",
            "PostalAddress.postalCode",
            "PostalAddress.region",
            "PostalAddress.streetLines",
            "SccTerms.reference",
            "SecurityTerms.measuresUrl",
            "Signature.name",
            "SubprocessingTerms.listUrl",
            "Subprocessor.name",
            "Subprocessor.product",
            "TransferImpactAssessment.reference",
            "TransferMechanism.reference",
            "UkTransferTerms.linkedAgreement",
            "UkTransferTerms.reference",
            "UkTransferTerms.version");

    /**
     * The string properties, as {@code Type.property}, that are identifiers, codes or guidance rather than words
     * of the document: ids and the references to them, language tags, the schema version, currency and country
     * codes, and the starter's guidance in {@code placeholders}, which is never rendered.
     */
    static final Set<String> NOT_PRINTED = Set.of(
            "CountryCode.code",
            "CustomClause.id",
            "DataCategory.code",
            "DataCategory.id",
            "DataProcessingAgreement.id",
            "DataProcessingAgreement.languages",
            "DataProcessingAgreement.placeholders",
            "DataProcessingAgreement.schemaVersion",
            "DataSubjectCategory.code",
            "DataSubjectCategory.id",
            "FinalProvisions.prevailingLanguage",
            "MonetaryRate.currency",
            "Party.id",
            "Purpose.code",
            "Signature.partyId",
            "Subprocessor.dataCategories",
            "Subprocessor.id",
            "TechnicalOrganisationalMeasure.code",
            "TechnicalOrganisationalMeasure.id");

    private PlainTexts() {}

    /**
     * Visits every printed plain string of the agreement, in a fixed order.
     *
     * @param a the agreement
     * @param action receives the model path, as in findings, and the string
     */
    static void walk(DataProcessingAgreement a, BiConsumer<String, String> action) {
        one("version", a.getVersion(), action);
        one("legalActReference", a.getLegalActReference(), action);
        a.getMainContract().ifPresent(m -> one("mainContract.reference", m.getReference(), action));
        a.getConclusion().ifPresent(c -> one("conclusion.reference", c.getReference(), action));
        List<Party> controllers = a.getControllers();
        for (int i = 0; i < controllers.size(); i++) {
            Party p = controllers.get(i);
            if (!RuleSupport.isPlaceholderParty(p)) {
                party("controllers[" + i + "]", p, action);
            }
        }
        a.getProcessor().ifPresent(p -> party("processor", p, action));
        a.getInstructions().ifPresent(t -> {
            t.getIssuers().ifPresent(p -> persons("instructions.issuers", p, action));
            t.getRecipients().ifPresent(p -> persons("instructions.recipients", p, action));
        });
        a.getSecurity().ifPresent(s -> one("security.measuresUrl", s.getMeasuresUrl(), action));
        a.getSubprocessing().ifPresent(s -> {
            one("subprocessing.listUrl", s.getListUrl(), action);
            subprocessors("subprocessing.subprocessors", s.getSubprocessors(), action);
        });
        a.getTransfers().ifPresent(t -> transfers(t, action));
        a.getBreachNotification()
                .flatMap(b -> b.getContact())
                .ifPresent(c -> contact("breachNotification.contact", c, action));
        a.getAudits().ifPresent(t -> evidence("audits.acceptedEvidence", t.getAcceptedEvidence(), action));
        List<Signature> signatures = a.getSignatures();
        for (int i = 0; i < signatures.size(); i++) {
            one("signatures[" + i + "].name", signatures.get(i).getName(), action);
        }
    }

    private static void party(String path, Party p, BiConsumer<String, String> action) {
        one(path + ".name", p.getName(), action);
        one(path + ".legalForm", p.getLegalForm(), action);
        one(path + ".registration", p.getRegistration(), action);
        many(path + ".tradeNames", p.getTradeNames(), action);
        p.getAddress().ifPresent(ad -> address(path + ".address", ad, action));
        List<Person> representatives = p.getRepresentatives();
        for (int i = 0; i < representatives.size(); i++) {
            person(path + ".representatives[" + i + "]", representatives.get(i), action);
        }
        List<ContactPoint> contacts = p.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            contact(path + ".contacts[" + i + "]", contacts.get(i), action);
        }
        p.getDataProtectionOfficer().ifPresent(d -> officer(path + ".dataProtectionOfficer", d, action));
        p.getEuRepresentative().ifPresent(r -> representative(path + ".euRepresentative", r, action));
        evidence(path + ".certifications", p.getCertifications(), action);
    }

    private static void officer(String path, DataProtectionOfficer d, BiConsumer<String, String> action) {
        one(path + ".name", d.getName(), action);
        one(path + ".organisation", d.getOrganisation(), action);
        d.getAddress().ifPresent(ad -> address(path + ".address", ad, action));
        one(path + ".email", d.getEmail(), action);
        one(path + ".phone", d.getPhone(), action);
    }

    private static void representative(String path, EuRepresentative r, BiConsumer<String, String> action) {
        one(path + ".name", r.getName(), action);
        r.getAddress().ifPresent(ad -> address(path + ".address", ad, action));
        one(path + ".email", r.getEmail(), action);
    }

    private static void persons(String path, AuthorisedPersons persons, BiConsumer<String, String> action) {
        List<Person> list = persons.getPersons();
        for (int i = 0; i < list.size(); i++) {
            person(path + ".persons[" + i + "]", list.get(i), action);
        }
    }

    private static void person(String path, Person p, BiConsumer<String, String> action) {
        one(path + ".name", p.getName(), action);
        one(path + ".email", p.getEmail(), action);
        one(path + ".phone", p.getPhone(), action);
    }

    private static void contact(String path, ContactPoint c, BiConsumer<String, String> action) {
        one(path + ".email", c.getEmail(), action);
        one(path + ".phone", c.getPhone(), action);
        one(path + ".url", c.getUrl(), action);
    }

    private static void address(String path, PostalAddress ad, BiConsumer<String, String> action) {
        many(path + ".streetLines", ad.getStreetLines(), action);
        one(path + ".postalCode", ad.getPostalCode(), action);
        one(path + ".locality", ad.getLocality(), action);
        one(path + ".region", ad.getRegion(), action);
    }

    private static void evidence(String path, List<Evidence> list, BiConsumer<String, String> action) {
        for (int i = 0; i < list.size(); i++) {
            one(path + "[" + i + "].name", list.get(i).getName(), action);
        }
    }

    private static void subprocessors(String path, List<Subprocessor> list, BiConsumer<String, String> action) {
        for (int i = 0; i < list.size(); i++) {
            Subprocessor s = list.get(i);
            String p = path + "[" + i + "]";
            action.accept(p + ".name", s.getName());
            one(p + ".product", s.getProduct(), action);
            s.getAddress().ifPresent(ad -> address(p + ".address", ad, action));
            s.getContact().ifPresent(c -> contact(p + ".contact", c, action));
            s.getTransfer().ifPresent(t -> mechanism(p + ".transfer", t, action));
            s.getUkTransfer().ifPresent(t -> mechanism(p + ".ukTransfer", t, action));
            s.getSwissTransfer().ifPresent(t -> mechanism(p + ".swissTransfer", t, action));
            subprocessors(p + ".subprocessors", s.getSubprocessors(), action);
        }
    }

    private static void transfers(TransferTerms t, BiConsumer<String, String> action) {
        t.getProcessorTransfer().ifPresent(m -> mechanism("transfers.processorTransfer", m, action));
        t.getScc().ifPresent(s -> one("transfers.scc.reference", s.getReference(), action));
        t.getUk().ifPresent(u -> {
            one("transfers.uk.version", u.getVersion(), action);
            one("transfers.uk.reference", u.getReference(), action);
            one("transfers.uk.linkedAgreement", u.getLinkedAgreement(), action);
        });
        t.getProcessorUkTransfer().ifPresent(m -> mechanism("transfers.processorUkTransfer", m, action));
        t.getProcessorSwissTransfer().ifPresent(m -> mechanism("transfers.processorSwissTransfer", m, action));
    }

    private static void mechanism(String path, TransferMechanism m, BiConsumer<String, String> action) {
        one(path + ".reference", m.getReference(), action);
        m.getDpf().ifPresent(d -> one(path + ".dpf.listingUrl", d.getListingUrl(), action));
        m.getImpactAssessment().ifPresent(i -> one(path + ".impactAssessment.reference", i.getReference(), action));
    }

    private static void one(String path, Optional<String> value, BiConsumer<String, String> action) {
        value.ifPresent(v -> action.accept(path, v));
    }

    private static void many(String path, List<String> values, BiConsumer<String, String> action) {
        for (int i = 0; i < values.size(); i++) {
            action.accept(path + "[" + i + "]", values.get(i));
        }
    }
}
