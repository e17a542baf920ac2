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
import org.jspecify.annotations.Nullable;

/**
 * The plain strings of an agreement that the document prints as they are (names, addresses, e-mail addresses,
 * telephone numbers, references and addresses of web pages), with their model paths: the counterpart of
 * {@link dev.dpa4j.model.FreeTexts} for the properties that hold a string rather than a text per language.
 * Identifiers and codes that the document does not print as written ({@link #NOT_PRINTED}) are left out, and so
 * are the properties of a party that is a placeholder as a whole, which {@code PARTY_CONTROLLER_ID} and
 * {@code PARTY_PROCESSOR_ID} judge.
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
     * @param action receives the model path (its text as in findings) and the string
     */
    static void walk(DataProcessingAgreement a, Sink action) {
        one(P.root("version"), a.getVersion(), action);
        one(P.root("legalActReference"), a.getLegalActReference(), action);
        a.getMainContract().ifPresent(m -> one(P.root("mainContract").dot("reference"), m.getReference(), action));
        a.getConclusion().ifPresent(c -> one(P.root("conclusion").dot("reference"), c.getReference(), action));
        List<Party> controllers = a.getControllers();
        for (int i = 0; i < controllers.size(); i++) {
            Party p = controllers.get(i);
            if (!RuleSupport.isPlaceholderParty(p)) {
                party(P.root("controllers").at(i), p, action);
            }
        }
        // a party whose name is nothing but a placeholder is judged as a whole by PARTY_CONTROLLER_ID or
        // PARTY_PROCESSOR_ID (the starter's [[PROCESSOR]] is "not fully identified"), so its strings are not read
        a.getProcessor()
                .filter(p -> !RuleSupport.isPlaceholderParty(p))
                .ifPresent(p -> party(P.root("processor"), p, action));
        a.getInstructions().ifPresent(t -> {
            t.getIssuers().ifPresent(p -> persons(P.root("instructions").dot("issuers"), p, action));
            t.getRecipients().ifPresent(p -> persons(P.root("instructions").dot("recipients"), p, action));
        });
        a.getSecurity().ifPresent(s -> one(P.root("security").dot("measuresUrl"), s.getMeasuresUrl(), action));
        a.getSubprocessing().ifPresent(s -> {
            one(P.root("subprocessing").dot("listUrl"), s.getListUrl(), action);
            subprocessors(P.root("subprocessing").dot("subprocessors"), s.getSubprocessors(), action);
        });
        a.getTransfers().ifPresent(t -> transfers(t, action));
        a.getBreachNotification()
                .flatMap(b -> b.getContact())
                .ifPresent(c -> contact(P.root("breachNotification").dot("contact"), c, action));
        a.getAudits()
                .ifPresent(t -> evidence(P.root("audits").dot("acceptedEvidence"), t.getAcceptedEvidence(), action));
        List<Signature> signatures = a.getSignatures();
        for (int i = 0; i < signatures.size(); i++) {
            one(P.root("signatures").at(i).dot("name"), signatures.get(i).getName(), action);
        }
    }

    private static void party(P path, Party p, Sink action) {
        one(path.dot("name"), p.getName(), action);
        one(path.dot("legalForm"), p.getLegalForm(), action);
        one(path.dot("registration"), p.getRegistration(), action);
        many(path.dot("tradeNames"), p.getTradeNames(), action);
        p.getAddress().ifPresent(ad -> address(path.dot("address"), ad, action));
        List<Person> representatives = p.getRepresentatives();
        for (int i = 0; i < representatives.size(); i++) {
            person(path.dot("representatives").at(i), representatives.get(i), action);
        }
        List<ContactPoint> contacts = p.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            contact(path.dot("contacts").at(i), contacts.get(i), action);
        }
        p.getDataProtectionOfficer().ifPresent(d -> officer(path.dot("dataProtectionOfficer"), d, action));
        p.getEuRepresentative().ifPresent(r -> representative(path.dot("euRepresentative"), r, action));
        evidence(path.dot("certifications"), p.getCertifications(), action);
    }

    private static void officer(P path, DataProtectionOfficer d, Sink action) {
        one(path.dot("name"), d.getName(), action);
        one(path.dot("organisation"), d.getOrganisation(), action);
        d.getAddress().ifPresent(ad -> address(path.dot("address"), ad, action));
        one(path.dot("email"), d.getEmail(), action);
        one(path.dot("phone"), d.getPhone(), action);
    }

    private static void representative(P path, EuRepresentative r, Sink action) {
        one(path.dot("name"), r.getName(), action);
        r.getAddress().ifPresent(ad -> address(path.dot("address"), ad, action));
        one(path.dot("email"), r.getEmail(), action);
    }

    private static void persons(P path, AuthorisedPersons persons, Sink action) {
        List<Person> list = persons.getPersons();
        for (int i = 0; i < list.size(); i++) {
            person(path.dot("persons").at(i), list.get(i), action);
        }
    }

    private static void person(P path, Person p, Sink action) {
        one(path.dot("name"), p.getName(), action);
        one(path.dot("email"), p.getEmail(), action);
        one(path.dot("phone"), p.getPhone(), action);
    }

    private static void contact(P path, ContactPoint c, Sink action) {
        one(path.dot("email"), c.getEmail(), action);
        one(path.dot("phone"), c.getPhone(), action);
        one(path.dot("url"), c.getUrl(), action);
    }

    private static void address(P path, PostalAddress ad, Sink action) {
        many(path.dot("streetLines"), ad.getStreetLines(), action);
        one(path.dot("postalCode"), ad.getPostalCode(), action);
        one(path.dot("locality"), ad.getLocality(), action);
        one(path.dot("region"), ad.getRegion(), action);
    }

    private static void evidence(P path, List<Evidence> list, Sink action) {
        for (int i = 0; i < list.size(); i++) {
            one(path.at(i).dot("name"), list.get(i).getName(), action);
        }
    }

    private static void subprocessors(P path, List<Subprocessor> list, Sink action) {
        for (int i = 0; i < list.size(); i++) {
            Subprocessor s = list.get(i);
            P p = path.at(i);
            action.accept(p.dot("name"), s.getName());
            one(p.dot("product"), s.getProduct(), action);
            s.getAddress().ifPresent(ad -> address(p.dot("address"), ad, action));
            s.getContact().ifPresent(c -> contact(p.dot("contact"), c, action));
            s.getTransfer().ifPresent(t -> mechanism(p.dot("transfer"), t, action));
            s.getUkTransfer().ifPresent(t -> mechanism(p.dot("ukTransfer"), t, action));
            s.getSwissTransfer().ifPresent(t -> mechanism(p.dot("swissTransfer"), t, action));
            subprocessors(p.dot("subprocessors"), s.getSubprocessors(), action);
        }
    }

    private static void transfers(TransferTerms t, Sink action) {
        t.getProcessorTransfer().ifPresent(m -> mechanism(P.root("transfers").dot("processorTransfer"), m, action));
        t.getScc().ifPresent(s -> one(P.root("transfers").dot("scc").dot("reference"), s.getReference(), action));
        t.getUk().ifPresent(u -> {
            one(P.root("transfers").dot("uk").dot("version"), u.getVersion(), action);
            one(P.root("transfers").dot("uk").dot("reference"), u.getReference(), action);
            one(P.root("transfers").dot("uk").dot("linkedAgreement"), u.getLinkedAgreement(), action);
        });
        t.getProcessorUkTransfer().ifPresent(m -> mechanism(P.root("transfers").dot("processorUkTransfer"), m, action));
        t.getProcessorSwissTransfer()
                .ifPresent(m -> mechanism(P.root("transfers").dot("processorSwissTransfer"), m, action));
    }

    private static void mechanism(P path, TransferMechanism m, Sink action) {
        one(path.dot("reference"), m.getReference(), action);
        m.getDpf().ifPresent(d -> one(path.dot("dpf").dot("listingUrl"), d.getListingUrl(), action));
        m.getImpactAssessment()
                .ifPresent(i -> one(path.dot("impactAssessment").dot("reference"), i.getReference(), action));
    }

    private static void one(P path, Optional<String> value, Sink action) {
        if (value.isPresent()) {
            action.accept(path, value.get());
        }
    }

    private static void many(P path, List<String> values, Sink action) {
        for (int i = 0; i < values.size(); i++) {
            action.accept(path.at(i), values.get(i));
        }
    }

    /** Receives each printed string with its path, which costs nothing until it is printed. */
    interface Sink {
        /**
         * One string of the agreement.
         *
         * @param path where it is; {@link P#toString()} gives the model path as in findings
         * @param value the string
         */
        void accept(P path, String value);
    }

    /**
     * A model path built step by step without text: a property below a parent, or an index into the parent. Its
     * text is made only when a finding names it, so a walk over an agreement without placeholders builds no
     * string (most agreements; issue #14's measure of validation).
     */
    record P(@Nullable P parent, String name, int index) {

        static P root(String name) {
            return new P(null, name, -1);
        }

        P dot(String property) {
            return new P(this, property, -1);
        }

        P at(int i) {
            return new P(this, "", i);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            append(text);
            return text.toString();
        }

        private void append(StringBuilder text) {
            if (parent != null) {
                parent.append(text);
            }
            if (index >= 0) {
                text.append('[').append(index).append(']');
            } else {
                if (parent != null) {
                    text.append('.');
                }
                text.append(name);
            }
        }
    }
}
