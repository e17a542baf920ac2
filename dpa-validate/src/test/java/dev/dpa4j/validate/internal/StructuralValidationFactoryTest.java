/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.EuRepresentative;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.json.DpaJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The predefined-scope factory of {@link StructuralValidation} (issue #14: it registers four built-in constraints
 * instead of all of them) reports exactly what Hibernate Validator's general factory reports with the same mapping:
 * the same violations with the same paths, messages, values and constraints. A model class the predefined scope was
 * not told of would be validated without any constraint, which this comparison would show as missing violations.
 *
 * <p>Not in the same order: Hibernate Validator returns a hash set whose order is not even the same between two
 * factories of the same kind in one JVM (nor was it before this change). The report does not depend on it: its
 * findings are sorted by a total order ({@code Finding.ORDER}), which {@code ExampleFindingsTest}'s golden files and
 * the command line's byte-for-byte comparison guard.
 */
class StructuralValidationFactoryTest {

    private static ValidatorFactory predefined;
    private static ValidatorFactory general;

    @BeforeAll
    static void factories() {
        predefined = StructuralValidation.createFactory();
        general = StructuralValidation.generalFactory();
    }

    @AfterAll
    static void close() {
        predefined.close();
        general.close();
    }

    /** Every property of a violation that a caller could see, in the order the validator returned them. */
    private static List<String> raw(Validator validator, DataProcessingAgreement agreement) {
        List<String> out = new ArrayList<>();
        for (ConstraintViolation<DataProcessingAgreement> v : validator.validate(agreement)) {
            out.add(v.getPropertyPath() + " | " + v.getMessage() + " | " + v.getMessageTemplate() + " | "
                    + v.getInvalidValue() + " | "
                    + v.getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getName() + " | "
                    + attributes(v.getConstraintDescriptor().getAttributes())
                    + " | " + v.getLeafBean().getClass().getName());
        }
        return out;
    }

    /** The constraint's attributes by name, arrays by their elements (not by identity). */
    private static String attributes(Map<String, Object> attributes) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(attributes).entrySet()) {
            out.append(e.getKey())
                    .append('=')
                    .append(Arrays.deepToString(new Object[] {e.getValue()}))
                    .append(' ');
        }
        return out.toString();
    }

    private static List<StructuralValidation.Violation> assertSame(DataProcessingAgreement agreement) {
        Validator p = predefined.getValidator();
        Validator g = general.getValidator();
        assertThat(raw(p, agreement)).containsExactlyInAnyOrderElementsOf(raw(g, agreement));
        List<StructuralValidation.Violation> violations = StructuralValidation.validate(p, agreement);
        assertThat(violations).containsExactlyInAnyOrderElementsOf(StructuralValidation.validate(g, agreement));
        assertThat(StructuralValidation.validate(agreement)).containsExactlyInAnyOrderElementsOf(violations);
        return violations;
    }

    private static DataProcessingAgreement example(String name) {
        return DpaJson.read(ScaledAgreements.example("examples/" + name + ".json"));
    }

    private static List<DataProcessingAgreement> examples() {
        return List.of(
                example("jomoco-avv-de"),
                example("just-avv-de"),
                example("larkspur-dpa-en"),
                example("quillfeather-dpa-en-de"),
                DpaJson.read(
                        ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 200)));
    }

    private static final String LONG = "x".repeat(StructuralValidation.MAX_NAME + 1);

    private static ContactPoint badContact(Random random) {
        ContactPoint.Builder c = ContactPoint.builder();
        if (random.nextBoolean()) {
            c.email(random.nextBoolean() ? "privacy-at-example" : "a@b@c");
        }
        if (random.nextBoolean()) {
            c.url(random.nextBoolean() ? "example dot org" : "htp:/x");
        }
        if (random.nextBoolean()) {
            c.phone(random.nextBoolean() ? "call us" : "1");
        }
        return c.build();
    }

    private static Person badPerson(Random random) {
        return Person.builder()
                .name(random.nextBoolean() ? " " : "Erika Muster")
                .email(random.nextBoolean() ? "erika at example" : "erika@example.org")
                .phone(random.nextBoolean() ? "no phone" : "+49 30 1234567")
                .build();
    }

    private static Party badParty(Party party, Random random) {
        Party.Builder b = party.toBuilder();
        if (random.nextBoolean()) {
            b.name(random.nextBoolean() ? "\t" : LONG);
        }
        if (random.nextBoolean()) {
            b.registration("HRB " + "9".repeat(StructuralValidation.MAX_SHORT));
        }
        if (random.nextBoolean()) {
            b.contacts(List.of(badContact(random), badContact(random)));
        }
        if (random.nextBoolean()) {
            b.representatives(List.of(badPerson(random), badPerson(random)));
        }
        if (random.nextBoolean()) {
            b.dataProtectionOfficer(DataProtectionOfficer.builder()
                    .name(" ")
                    .email("dpo(at)example")
                    .phone("x")
                    .build());
        }
        if (random.nextBoolean()) {
            b.euRepresentative(EuRepresentative.builder().name("").email("rep@").build());
        }
        return b.build();
    }

    private static Subprocessor badSubprocessor(Subprocessor s, Random random, int depth) {
        Subprocessor.Builder b = s.toBuilder();
        if (random.nextBoolean()) {
            b.name(LONG);
        }
        if (random.nextBoolean()) {
            b.contact(badContact(random));
        }
        if (depth < 2 && random.nextBoolean()) {
            b.subprocessors(List.of(badSubprocessor(s, random, depth + 1), badSubprocessor(s, random, depth + 1)));
        }
        return b.build();
    }

    /** The agreement with structural problems planted at random in every place the mapping reaches. */
    static DataProcessingAgreement broken(DataProcessingAgreement a, long seed) {
        Random random = new Random(seed);
        DataProcessingAgreement.Builder b = a.toBuilder();
        if (random.nextBoolean()) {
            b.id("id-" + "0".repeat(StructuralValidation.MAX_SHORT));
        }
        if (random.nextBoolean()) {
            b.languages(List.of("de", "German", "en-GB", "e"));
        }
        List<Party> controllers = new ArrayList<>();
        for (Party p : a.getControllers()) {
            controllers.add(badParty(p, random));
        }
        b.controllers(controllers);
        a.getProcessor().ifPresent(p -> b.processor(badParty(p, random)));
        InstructionTerms instructions =
                a.getInstructions().orElseGet(() -> InstructionTerms.builder().build());
        b.instructions(instructions.toBuilder()
                .issuers(AuthorisedPersons.builder()
                        .persons(List.of(badPerson(random), badPerson(random)))
                        .build())
                .recipients(AuthorisedPersons.builder()
                        .persons(List.of(badPerson(random)))
                        .build())
                .build());
        a.getSecurity()
                .ifPresent(s -> b.security(SecurityTerms.builder()
                        .from(s)
                        .measuresUrl(random.nextBoolean() ? "measures.pdf" : "https://example.org/tom")
                        .build()));
        a.getSubprocessing().ifPresent(s -> {
            List<Subprocessor> subs = new ArrayList<>();
            for (Subprocessor sub : s.getSubprocessors()) {
                subs.add(badSubprocessor(sub, random, 0));
            }
            b.subprocessing(SubprocessingTerms.builder()
                    .from(s)
                    .listUrl(random.nextBoolean() ? "see annex" : "https://example.org/subprocessors")
                    .subprocessors(subs)
                    .build());
        });
        a.getBreachNotification()
                .ifPresent(n -> b.breachNotification(BreachNotificationTerms.builder()
                        .from(n)
                        .contact(badContact(random))
                        .build()));
        return b.build();
    }

    @Test
    void should_report_the_same_violations_as_the_general_factory_when_validating_the_examples() {
        for (DataProcessingAgreement a : examples()) {
            assertSame(a);
        }
    }

    @Test
    void should_report_the_same_violations_as_the_general_factory_when_examples_have_structural_problems() {
        // given
        Set<StructuralValidation.Kind> kinds = EnumSet.noneOf(StructuralValidation.Kind.class);
        int violations = 0;

        // when
        for (DataProcessingAgreement a : examples()) {
            for (long seed = 0; seed < 20; seed++) {
                for (StructuralValidation.Violation v : assertSame(broken(a, seed))) {
                    kinds.add(v.kind());
                    violations++;
                }
            }
        }

        // then: the comparison is not between two empty lists
        assertThat(kinds).containsExactlyInAnyOrder(StructuralValidation.Kind.values());
        assertThat(violations).isGreaterThan(1_000);
    }

    @Test
    void should_report_the_same_violations_as_the_general_factory_when_agreements_are_generated() {
        int violations = 0;
        for (long seed = 0; seed < 100; seed++) {
            DataProcessingAgreement a = AgreementGenerator.agreement(seed);
            assertSame(a);
            violations += assertSame(broken(a, seed)).size();
        }
        assertThat(violations).isPositive();
    }

    @Test
    void should_report_every_violation_when_a_nested_subprocessor_is_broken() {
        // given: one problem three levels down, where only the cascade reaches
        DataProcessingAgreement a = example("jomoco-avv-de");
        SubprocessingTerms s = a.getSubprocessing().orElseThrow();
        Subprocessor first = s.getSubprocessors().get(0);
        Subprocessor nested = first.toBuilder()
                .subprocessors(List.of(first.toBuilder()
                        .contact(ContactPoint.builder().email("nobody").build())
                        .build()))
                .build();
        DataProcessingAgreement broken = a.toBuilder()
                .subprocessing(SubprocessingTerms.builder()
                        .from(s)
                        .subprocessors(List.of(nested))
                        .build())
                .build();

        // when
        List<StructuralValidation.Violation> violations = assertSame(broken);

        // then
        assertThat(violations)
                .extracting(StructuralValidation.Violation::path)
                .contains("subprocessing.subprocessors[0].subprocessors[0].contact.email");
    }

    @Test
    void should_validate_an_implementation_by_its_model_type_and_other_classes_by_their_own() {
        Party party = Party.builder().name("Acme").build();
        assertThat(StructuralValidation.modelType(party.getClass())).isEqualTo(Party.class);
        assertThat(StructuralValidation.modelType(Party.class)).isEqualTo(Party.class);
        assertThat(StructuralValidation.modelType(String.class)).isEqualTo(String.class);
        assertThat(StructuralValidation.modelType(Object.class)).isEqualTo(Object.class);
    }
}
