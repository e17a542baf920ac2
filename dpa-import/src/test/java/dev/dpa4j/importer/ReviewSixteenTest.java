/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 16 of #16 (review side): the parties and the form that {@code dpa review} still read wrongly after round 15,
 * each rule where it fires and where it must not, in sentences of our own (never a fixture's), English and German.
 */
class ReviewSixteenTest {

    private static final String EN_BODY = "\n\n1. Instructions\n\nThe Processor processes personal data only on "
            + "documented instructions of the Controller.\n\n2. Confidentiality\n\nStaff who see the data are bound "
            + "to confidentiality.\n\n3. Security\n\nThe Processor takes the technical and organisational measures "
            + "required by Article 32 GDPR.\n\n4. Deletion\n\nAt the end of the services the Processor deletes or "
            + "returns all personal data, at the choice of the Controller.\n";

    private static final String DE_BODY = "\n\n§ 1 Weisungen\n\nDer Auftragsverarbeiter verarbeitet die Daten nur "
            + "auf dokumentierte Weisung des Verantwortlichen.\n\n§ 2 Vertraulichkeit\n\nDie Beschäftigten sind zur "
            + "Vertraulichkeit verpflichtet.\n\n§ 3 Sicherheit\n\nDer Auftragsverarbeiter trifft die technischen "
            + "und organisatorischen Maßnahmen nach Art. 32 DSGVO.\n\n§ 4 Löschung\n\nNach Ende der Leistungen "
            + "löscht der Auftragsverarbeiter alle personenbezogenen Daten oder gibt sie zurück, nach Wahl des "
            + "Verantwortlichen.\n";

    static ImportResult text(String doc) {
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    static String processorName(DataProcessingAgreement a) {
        return a.getProcessor().flatMap(Party::getName).orElse("");
    }

    private static List<String> findings(ImportResult r, Profile profile, String rule) {
        Validator v = Validator.builder()
                .profile(profile)
                .asOf(LocalDate.of(2026, 12, 6))
                .disable("DOC_REFERENCE")
                .build();
        return Review.of(r, v).getItems().stream()
                .map(Review.Item::finding)
                .filter(f -> f.getRuleId().equals(rule))
                .map(f -> f.getRuleId() + " " + f.getParams())
                .toList();
    }

    // --- (a) a role the agreement provides for as a case is not the role it gives ---

    @Test
    void should_not_read_a_conditional_role_as_the_partys_role() {
        DataProcessingAgreement a = text("Data Processing Agreement\n\nThis agreement is made between Tarnwick "
                        + "Systems Ltd, 2 Quay Street, Hull HU1 1AA, United Kingdom (\"Tarnwick\"), and the business "
                        + "that orders the service (\"Customer\").\n\n1. Roles\n\nCustomer acts as controller and "
                        + "Tarnwick as processor. Where Customer is a processor for another controller, Tarnwick is "
                        + "its sub-processor."
                        + EN_BODY)
                .getDraft();
        assertThat(processorName(a)).isEqualTo("Tarnwick Systems Ltd");
        assertThat(a.getControllers()).hasSize(1);
        assertThat(a.getControllers().get(0).getDesignations().toString()).contains("Customer");
        DataProcessingAgreement d = text("Auftragsverarbeitungsvertrag\n\nzwischen der Holmwerk GmbH, Hafenstraße 3, "
                        + "24103 Kiel (nachfolgend „Holmwerk“) und dem im Bestellformular genannten Unternehmen "
                        + "(nachfolgend „Kunde“).\n\n§ 0 Rollen\n\nDer Kunde handelt als Verantwortlicher und Holmwerk "
                        + "als Auftragsverarbeiter. Soweit der Kunde Auftragsverarbeiter ist, wird Holmwerk als "
                        + "weiterer Auftragsverarbeiter tätig."
                        + DE_BODY)
                .getDraft();
        assertThat(processorName(d)).isEqualTo("Holmwerk GmbH");
        // a role stated outright still decides, also against a role word ("Customer is the processor" of a
        // processor-to-processor agreement)
        DataProcessingAgreement p = text("Data Processing Agreement\n\nThis agreement is made between Tarnwick "
                        + "Systems Ltd, 2 Quay Street, Hull HU1 1AA, United Kingdom (\"Tarnwick\"), and Oakfield "
                        + "Analytics Ltd, 9 Mill Lane, Leeds LS1 6AB, United Kingdom (\"Customer\").\n\n1. Roles\n\n"
                        + "Customer is a processor for its clients, and Tarnwick is its sub-processor."
                        + EN_BODY)
                .getDraft();
        assertThat(processorName(p)).isEqualTo("Oakfield Analytics Ltd");
    }

    // --- (b) a processor named only in the definitions ---

    @Test
    void should_read_a_party_the_definitions_name_and_keep_alternatives_as_a_description() {
        DataProcessingAgreement one =
                text("Data Processing Agreement\n\n1. Definitions\n\n\"Processor\" means Tarnwick "
                                + "Systems Ltd, 2 Quay Street, Hull HU1 1AA, United Kingdom.\n\n\"Services\" means the hosted "
                                + "services described in the Order Form.\n"
                                + EN_BODY)
                        .getDraft();
        assertThat(processorName(one)).isEqualTo("Tarnwick Systems Ltd");
        assertThat(one.getProcessor().orElseThrow().getDesignations().toString())
                .contains("Processor");
        // alternatives chosen by the customer's billing address: the definition describes the party, names none
        DataProcessingAgreement alternatives = text("Data Processing Agreement\n\n1. Definitions\n\n\"Tarnwick\" means "
                        + "the Tarnwick entity that is a party to the Agreement, which for customers with a billing "
                        + "address in the United Kingdom is Tarnwick Systems Ltd, 2 Quay Street, Hull HU1 1AA, and "
                        + "otherwise Tarnwick Hosting, Inc., 10 Main Street, Austin, TX 78701.\n\n\"Services\" means "
                        + "the hosted services of Tarnwick.\n\n2. Roles\n\nTarnwick is a processor of the personal data "
                        + "of the Customer.\n"
                        + EN_BODY)
                .getDraft();
        Party p = alternatives.getProcessor().orElseThrow();
        assertThat(p.getName()).isEmpty();
        assertThat(p.getDescription().map(Object::toString).orElse(""))
                .contains("the Tarnwick entity")
                .contains("billing address");
        assertThat(p.getDesignations().toString()).contains("Tarnwick").doesNotContain("Service");
        // the law's definition names no party, and the plural "Services" is no processor's designation
        DataProcessingAgreement law =
                text("Data Processing Agreement\n\n1. Definitions\n\n\"Processor\" means a natural "
                                + "or legal person which processes personal data on behalf of the controller.\n\n\"Services\" "
                                + "means the hosted services described in the Order Form (the \"Services\").\n"
                                + EN_BODY)
                        .getDraft();
        assertThat(processorName(law)).isEmpty();
        assertThat(law.getProcessor().map(x -> x.getDesignations().toString()).orElse(""))
                .doesNotContain("Service");
    }

    // --- (d) the processor's liability for its sub-processors, not anyone's responsibility for obligations ---

    @Test
    void should_read_responsibility_for_obligations_as_liability_only_of_the_processor_for_sub_processors() {
        Requirement r = Requirement.SUBPROCESSOR_LIABILITY;
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "The Processor remains responsible to the Controller for the performance of its "
                                + "sub-processors' obligations.",
                        r))
                .isEqualTo(RequirementResult.Status.FOUND);
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "Where a sub-processor fails to fulfil its data protection obligations, the Processor remains "
                                + "fully liable to the Controller for the performance of those obligations.",
                        r))
                .isEqualTo(RequirementResult.Status.FOUND);
        // liability for a sub-processor's acts and omissions, whoever the sentence begins with
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "The Supplier shall bind each sub-processor by a written contract to the same obligations and "
                                + "shall be liable to the Customer for every act and omission of a sub-processor.",
                        r))
                .isEqualTo(RequirementResult.Status.FOUND);
        // the controller's responsibility for its own obligations, or a sub-processor's for its own, is not it
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "The Controller is responsible for complying with its obligations under data protection law "
                                + "when it instructs a sub-processor through the Processor.",
                        r))
                .isNotEqualTo(RequirementResult.Status.FOUND);
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "Each sub-processor is responsible for meeting the obligations of its own contract.",
                        r))
                .isNotEqualTo(RequirementResult.Status.FOUND);
    }

    // --- (c) a described customer of a vendor's form is the form's placeholder, as the model writes it ---

    @Test
    void should_read_a_described_customer_as_the_placeholder_of_a_form() {
        ImportResult r = text("Data Processing Addendum\n\nThis addendum is made between Tarnwick Systems Ltd, 2 Quay "
                + "Street, Hull HU1 1AA, United Kingdom (\"Tarnwick\"), and the customer named in the Order Form "
                + "(\"Customer\").\n\nTarnwick processes personal data on behalf of Customer." + EN_BODY);
        Party c = r.getDraft().getControllers().get(0);
        assertThat(c.isPlaceholder()).isTrue();
        assertThat(c.getDescription().map(Object::toString).orElse("")).contains("named in the Order Form");
        // the TEMPLATE profile (dpa review's) accepts the form's blank; the EXECUTED one reports it as a placeholder
        assertThat(findings(r, Profile.TEMPLATE, "PARTY_CONTROLLER_ID")).isEmpty();
        assertThat(findings(r, Profile.EXECUTED, "PARTY_CONTROLLER_ID"))
                .singleElement()
                .asString()
                .doesNotContain("NAME");
        // a named customer is no placeholder, and the processor is judged as before
        ImportResult named = text("Data Processing Addendum\n\nThis addendum is made between Tarnwick Systems Ltd, 2 "
                + "Quay Street, Hull HU1 1AA, United Kingdom (\"Tarnwick\"), and Oakfield Analytics Ltd, 9 Mill "
                + "Lane, Leeds LS1 6AB, United Kingdom (\"Customer\").\n\nTarnwick processes personal data on behalf "
                + "of Customer." + EN_BODY);
        assertThat(named.getDraft().getControllers().get(0).isPlaceholder()).isFalse();
    }

    // --- (e) a German address without its country, in a German agreement ---

    @Test
    void should_infer_germany_from_a_german_address_in_a_german_agreement_and_say_so() {
        ImportResult r = text("Auftragsverarbeitungsvertrag\n\nzwischen der Holmwerk GmbH, Hafenstraße 3, 24103 Kiel "
                + "(nachfolgend „Auftragnehmer“) und der Brandt Elektro KG, Mühlenweg 12, 79098 Freiburg (nachfolgend "
                + "„Auftraggeber“)." + DE_BODY);
        DataProcessingAgreement a = r.getDraft();
        assertThat(a.getProcessor()
                        .flatMap(Party::getAddress)
                        .flatMap(x -> x.getCountry())
                        .map(Object::toString))
                .contains("DE");
        assertThat(r.getFacts("processor.address.country"))
                .singleElement()
                .satisfies(f -> assertThat(f.inferred()).isTrue());
        assertThat(findings(r, Profile.TEMPLATE, "PARTY_PROCESSOR_ID")).isEmpty();
        assertThat(findings(r, Profile.TEMPLATE, "PARTY_CONTROLLER_ID")).isEmpty();
        assertThat(Review.of(
                                r,
                                Validator.builder()
                                        .asOf(LocalDate.of(2026, 12, 6))
                                        .build())
                        .toJson(java.util.Locale.GERMAN))
                .contains("\"inferred\"");
        // a country the document names is stated, not inferred; an English agreement, a four-digit postcode or a
        // foreign prefix give no inference
        ImportResult stated = text("Auftragsverarbeitungsvertrag\n\nzwischen der Holmwerk GmbH, Hafenstraße 3, "
                + "24103 Kiel, Deutschland (nachfolgend „Auftragnehmer“) und dem Kunden (nachfolgend „Auftraggeber“)."
                + DE_BODY);
        assertThat(stated.getFacts("processor.address.country"))
                .singleElement()
                .satisfies(f -> assertThat(f.inferred()).isFalse());
        ImportResult austrian = text("Auftragsverarbeitungsvertrag\n\nzwischen der Holmwerk GmbH, Annenstraße 5, "
                + "8020 Graz (nachfolgend „Auftragnehmer“) und dem Kunden (nachfolgend „Auftraggeber“)." + DE_BODY);
        assertThat(austrian.getFacts("processor.address.country")).isEmpty();
        ImportResult english = text("Data Processing Agreement\n\nThis agreement is made between Holmwerk GmbH, "
                + "Hafenstrasse 3, 24103 Kiel (\"Processor\"), and the customer named in the Order Form "
                + "(\"Customer\")." + EN_BODY);
        assertThat(english.getFacts("processor.address.country")).isEmpty();
    }

    // --- (f) a German place with a blank date is a signature only beside the parties who sign ---

    @Test
    void should_read_a_blank_place_and_date_as_the_written_form_only_beside_the_party_block() {
        String clause = "§ 5 Schlussbestimmungen\n\nEs gilt deutsches Recht.\n\n";
        Optional<AgreementForm> alone = text("Auftragsverarbeitungsvertrag" + DE_BODY + "\n" + clause
                        + "Kiel, den ____________\n")
                .getDraft()
                .getForm();
        assertThat(alone).isEmpty();
        // also where the place and blank date end a paragraph: no party signs beside it
        Optional<AgreementForm> version = text("Auftragsverarbeitungsvertrag" + DE_BODY
                        + "\n§ 5 Schlussbestimmungen\n\n"
                        + "Es gilt deutsches Recht. Stand dieser Fassung: Kiel, den ____________.\n")
                .getDraft()
                .getForm();
        assertThat(version).isEmpty();
        Optional<AgreementForm> signed = text("Auftragsverarbeitungsvertrag" + DE_BODY + "\n" + clause
                        + "Kiel, den ____________\n\n____________________ ____________________\n\nHolmwerk GmbH "
                        + "(Auftragnehmer) Brandt Elektro KG (Auftraggeber)\n")
                .getDraft()
                .getForm();
        assertThat(signed).contains(AgreementForm.WRITTEN);
    }
}
