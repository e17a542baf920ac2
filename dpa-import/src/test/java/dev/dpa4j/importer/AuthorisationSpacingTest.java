/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The authorisation of sub-processors (Art. 28(2) GDPR) read where a PDF's widened spacing left its words in the cells
 * of a row (#16, session 29: snowmark's "general\tauthorisation", which the completeness table read as met while the
 * draft had no authorisation and the review reported it missing).
 */
class AuthorisationSpacingTest {

    private static Optional<AuthorisationType> authorisation(String clause) {
        String text = "Data Processing Agreement\n\n1. Roles\n\nThe Customer is the controller and Tarnwick Ltd is the "
                + "processor of personal data processed on the Customer's behalf.\n\n2. Instructions\n\nThe processor "
                + "processes personal data only on documented instructions from the controller.\n\n3. Sub-processors\n\n"
                + clause
                + "\n\n4. Deletion\n\nAt the end of the services the processor deletes or returns all personal "
                + "data at the controller's choice.\n";
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt")
                .getDraft()
                .getSubprocessing()
                .flatMap(s -> s.getAuthorisation());
    }

    @Test
    void should_read_a_general_authorisation_whose_words_stand_in_cells() {
        assertThat(authorisation("3.1\tThe\t\tCustomer\tgrants\tthe\tprocessor\ta\tgeneral\tauthorisation\tto\tengage "
                        + "sub-processors."))
                .contains(AuthorisationType.GENERAL);
        // the same words with single spaces: read as before
        assertThat(authorisation(
                        "3.1 The Customer grants the processor a general authorisation to engage " + "sub-processors."))
                .contains(AuthorisationType.GENERAL);
    }

    @Test
    void should_still_read_a_specific_authorisation_in_cells_as_specific() {
        assertThat(authorisation("3.1\tThe\tprocessor\tshall\tobtain\tthe\tcontroller's\tprior\tspecific\twritten\t"
                        + "authorisation\tfor\teach\tsub-processor."))
                .contains(AuthorisationType.SPECIFIC);
    }
}
