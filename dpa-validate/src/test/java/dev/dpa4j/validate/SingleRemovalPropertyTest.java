/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: the complete agreement with any single element removed produces at least one finding on that
 * element (or on the object that holds it), unless the element is optional by law; the optional ones are
 * listed below with the reason. Every property at every depth of {@link Fixtures#complete()} is removed in
 * turn, through the JSON form, so the test follows the model as fields are added.
 */
class SingleRemovalPropertyTest {

    /** Elements whose removal the law does not object to, as model paths without indexes, with the reason. */
    private static final Map<String, String> OPTIONAL = optional();

    private static Map<String, String> optional() {
        Map<String, String> m = new TreeMap<>();
        String id = "an identifier for cross-references, no content of the agreement";
        for (String p : List.of(
                "id",
                "controllers.id",
                "processor.id",
                "processing.dataCategories.id",
                "subprocessing.subprocessors.id")) {
            m.put(p, id);
        }
        m.put("schemaVersion", "format version of the JSON, not content");
        m.put("languages", "the language list of the document, not content");
        m.put("status", "draft or executed is a property of the file, judged through the profile");
        m.put("conclusion.date", "the method alone evidences the conclusion (Art. 28(9))");
        m.put("controllers.address.postalCode", "an address is identified by street and locality");
        m.put("processor.address.postalCode", "an address is identified by street and locality");
        m.put("subprocessing.subprocessors.address.postalCode", "an address is identified by street and locality");
        m.put("subprocessing.subprocessors.address.streetLines", "a sub-processor is identified by name and country");
        m.put("subprocessing.subprocessors.address.locality", "a sub-processor is identified by name and country");
        m.put("subprocessing.subprocessors.address", "a sub-processor is identified by name and country");
        m.put("subprocessing.subprocessors.country", "the locations and the address state the country");
        m.put("controllers.contacts.name", "a contact is a channel; the name of a department is optional");
        m.put("processor.contacts.url", "one channel is enough");
        m.put("processor.contacts.phone", "one channel is enough");
        m.put("processor.contacts.email", "one channel is enough");
        m.put("controllers.dataProtectionOfficer.name", "the DPO is reached through the contact details");
        m.put("processor.certifications.name", "the type identifies the evidence");
        m.put(
                "processing.dataCategories.specialCategory",
                "NONE is the default reading; ART9_FLAG_SET asks only when no category states it");
        m.put(
                "processing.dataCategories.criminalOffenceData",
                "false is the default reading; ART10_FLAG_SET asks only when no category states it");
        m.put("processing.locations", "the sub-processors' locations state where data is processed");
        m.put("processing.locations.kind", "a location without kind is still a location");
        m.put("subprocessing.subprocessors.locations.kind", "a location without kind is still a location");
        m.put("subprocessing.subprocessors.since", "the date of engagement is information, not a requirement");
        m.put(
                "subprocessing.subprocessors.transfer.supplementaryMeasures",
                "supplementary measures depend on the transfer impact assessment, not modelled");
        m.put(
                "subprocessing.priorWrittenAuthorisation",
                "under a general authorisation the written form follows from the agreement itself");
        m.put("security.measures.category", "the wording of a measure is judged when it has no heading");
        m.put(
                "instructions.legalObligationException.scope",
                "without a scope the exception is read as the statutory one");
        m.put("confidentiality.beforeAccess", "best practice, reported together with other scope items (INFO)");
        m.put("transfers.governmentAccessClause", "needed only with third-country transfers under Art. 46");
        m.put("breachNotification.phasedNotification", "Art. 33(4) is a permission");
        m.put("finalProvisions.governingLaw", "the GDPR does not require a choice of law");
        m.put("controllerTerms.instructionRight", "one statement of the controller's rights is enough");
        m.put("controllerTerms.auditRight", "one statement of the controller's rights is enough");
        m.put("controllerTerms.responsibleForLawfulness", "one statement of the controller's rights is enough");
        m.put("security.article32Commitment", "the listed measures carry the Art. 32 obligation");
        m.put("controllers.dataProtectionOfficer", "required only in the cases of Art. 37(1), see X_DPO_REQUIRED");
        m.put("breachNotification.contact", "a channel or a contact is enough (BREACH_CONTACT)");
        m.put("breachNotification.channels", "a channel or a contact is enough (BREACH_CONTACT)");
        m.put(
                "breachNotification.subprocessorDeadline",
                "Art. 28(4) flows the processor's own deadline down; a shorter one is best practice");
        m.put("breachNotification.trigger", "without a trigger the statutory one (awareness) applies");
        m.put("breachNotification.contact.email", "the stated channels reach the controller's contact");
        m.put("conclusion.method", "the date alone evidences the conclusion (Art. 28(9))");
        m.put("instructions.issuers.persons.email", "the name identifies the person");
        m.put("instructions.issuers.persons.name", "the e-mail address identifies the person");
        m.put("instructions.recipients.persons.email", "the name identifies the person");
        m.put("instructions.recipients.persons.name", "the e-mail address identifies the person");
        m.put("instructions.transfersCovered", "the transfer clause's prior consent covers transfers instead");
        m.put("transfers.priorConsentRequired", "the instruction clause covers transfers instead");
        m.put("transfers.chapterVConditions", "Chapter V applies by law; the mechanisms are checked per recipient");
        m.put("liability", "Art. 82 applies by law");
        m.put("liability.regime", "Art. 82 applies by law");
        m.put("ownUse", "without a permission Art. 28(10) applies by law");
        m.put("termination.suspensionRight", "one of suspension or termination for breach is enough");
        m.put("termination.terminationForBreach", "one of suspension or termination for breach is enough");
        m.put("assistance.noDirectResponse", "best practice, not required by Art. 28(3)(e)");
        m.put("audits.costBearer", "notice or cost rules are best practice; either is enough (AUDIT_MODALITIES)");
        m.put("audits.notice", "notice or cost rules are best practice; either is enough (AUDIT_MODALITIES)");
        m.put("subprocessing.subprocessors.address.country", "the sub-processor's country field states it");
        m.put("subprocessing.subprocessors.locations", "the country of establishment counts as the location");
        return m;
    }

    @Test
    void should_report_the_element_when_any_single_element_is_removed() {
        // given
        Validator validator = Fixtures.validator();
        JsonNode complete = DpaJson.mapper().readTree(DpaJson.write(Fixtures.complete()));
        DataProcessingAgreement original = DpaJson.read(complete.toString());
        List<String> pointers = new ArrayList<>();
        collect(complete, "", pointers);

        // when
        Set<String> silent = new TreeSet<>();
        int removals = 0;
        int silentRemovals = 0;
        for (String pointer : pointers) {
            JsonNode copy = complete.deepCopy();
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
            ((ObjectNode) parent).remove(pointer.substring(slash + 1));
            DataProcessingAgreement reduced;
            try {
                reduced = DpaJson.read(copy.toString());
            } catch (DpaJsonException e) {
                removals++;
                continue; // the reader names the missing required property
            }
            if (reduced.equals(original)) {
                continue; // a property at its default value (false): removing it changes nothing
            }
            removals++;
            ModelPath path = ModelPath.fromJsonPointer(pointer);
            boolean found =
                    validator.validate(reduced).getFindings().stream().anyMatch(f -> related(f.getModelPath(), path));
            if (!found) {
                silent.add(withoutIndexes(path));
                silentRemovals++;
            }
        }

        System.out.printf(
                java.util.Locale.ROOT,
                "SingleRemovalPropertyTest: %d elements removed, %d reported, %d silent (all listed as optional)%n",
                removals,
                removals - silentRemovals,
                silentRemovals);

        // then
        assertThat(removals).isGreaterThan(100);
        assertThat(silent)
                .as("removed elements that no finding reports and that are not listed as optional")
                .isSubsetOf(OPTIONAL.keySet());
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + e.getKey();
                out.add(child);
                collect(e.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A finding is on the element if its path is the element, inside it, or the object that holds it. */
    private static boolean related(ModelPath findingPath, ModelPath elementPath) {
        return within(findingPath, elementPath) || within(elementPath, findingPath);
    }

    private static boolean within(ModelPath inner, ModelPath outer) {
        List<ModelPath.Segment> i = inner.segments();
        List<ModelPath.Segment> o = outer.segments();
        return i.size() >= o.size() && i.subList(0, o.size()).equals(o);
    }

    /** The path with its list indexes left out, as the list of optional elements names it. */
    private static String withoutIndexes(ModelPath path) {
        ModelPath out = ModelPath.root();
        for (ModelPath.Segment s : path.segments()) {
            if (s instanceof ModelPath.Property p) {
                out = out.property(p.name());
            }
        }
        return out.toString();
    }
}
