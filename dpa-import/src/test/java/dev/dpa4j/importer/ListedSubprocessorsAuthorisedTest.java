/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An authorisation of the sub-processors an annex lists, worded as the controller authorising or approving their
 * engagement, appointment or use (Art. 28(2) GDPR; the list of Clause 7.7(a) of 2021/915): the draft's authorisation
 * is general, as for "authorises the sub-processors listed in Annex 3" (#16, session 30: a rotated training document's
 * table verdict found while the draft had no type and the review reported it missing). Sentences of our own.
 */
class ListedSubprocessorsAuthorisedTest {

    private static Optional<AuthorisationType> authorisation(String clause) {
        String text = "Data Processing Agreement\n\n1. Roles\n\nThe Customer is the controller and Tarnwick Ltd is the "
                + "processor of personal data processed on the Customer's behalf.\n\n2. Instructions\n\nThe processor "
                + "processes personal data only on documented instructions from the controller.\n\n3. Sub-processors\n\n"
                + clause
                + " The processor informs the Customer thirty days before it adds or replaces a sub-processor, and the "
                + "Customer may object.\n\n4. Deletion\n\nAt the end of the services the processor deletes or returns "
                + "all personal data at the controller's choice.\n";
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt")
                .getDraft()
                .getSubprocessing()
                .flatMap(s -> s.getAuthorisation());
    }

    @Test
    void should_read_the_engagement_of_listed_sub_processors_authorised_as_general() {
        List<String> family = List.of(
                "The Customer authorises the engagement of the sub-processors listed in Annex 3.",
                "Customer authorizes the appointment of the subprocessors named in Schedule 2.",
                "The Customer hereby approves the engagement of the sub-processors set out in Appendix B.",
                "The controller authorises the involvement of the sub-contractors identified in the Annex.",
                "The Customer approves the sub-processors listed in Annex 3.",
                "The Customer authorises the use of the sub-processors specified in Schedule 4.",
                "The controller approves the appointment of the sub-processors named on the list in Annex II.",
                "Customer authorises the engagement of sub-processors listed in Annex 3 as at the date of signature.");
        for (String s : family) {
            assertThat(authorisation(s)).as(s).contains(AuthorisationType.GENERAL);
        }
    }

    @Test
    void should_read_sub_processors_a_list_shows_or_publishes_as_authorised_generally() {
        // session 32: a rotated training document authorised "the sub-processors shown on the list at <address>"
        List<String> family = List.of(
                "The Customer authorises the engagement of the sub-processors shown on the list at example.ie/legal.",
                "Customer approves the sub-processors included in the sub-processor list attached as Annex 2.",
                "The Customer authorizes the use of the subprocessors published on our website as at the Effective Date.",
                "The controller authorises the appointment of the sub-processors contained in Schedule 3.",
                "The Customer approves the engagement of the sub-processors appearing in Appendix 4.",
                "Customer authorises the sub-processors on the current list in the Trust Center.",
                "The Customer hereby approves the use of the sub-contractors shown in Annex III.",
                "The controller authorises the involvement of sub-processors on our list at the date of signature.");
        for (String s : family) {
            assertThat(authorisation(s)).as(s).contains(AuthorisationType.GENERAL);
        }
        // close: a list that shows sub-processors but authorises nothing, a person shown in an annex
        assertThat(authorisation("The sub-processors engaged today are shown on the list at example.ie/legal."))
                .isEmpty();
        assertThat(authorisation("The Customer approves the appointment of the processor's data protection officer "
                        + "shown in Annex 1."))
                .isEmpty();
        assertThat(authorisation("Sub-processors included in the list are bound by written contracts."))
                .isEmpty();
        assertThat(authorisation("The processor shall not engage sub-processors other than those shown in Annex 3 "
                        + "without the Customer's prior written approval."))
                .contains(AuthorisationType.SPECIFIC);
    }

    @Test
    void should_keep_reading_close_sentences_as_before() {
        // an approval the processor must obtain for each engagement: specific
        assertThat(authorisation("The processor shall not engage sub-processors without the Customer's prior written "
                        + "approval."))
                .contains(AuthorisationType.SPECIFIC);
        assertThat(authorisation("Each sub-processor requires the Customer's specific prior written authorisation."))
                .contains(AuthorisationType.SPECIFIC);
        // a sentence that lists, but authorises nothing
        assertThat(authorisation("The sub-processors engaged at the date of signature are listed in Annex 3."))
                .isEmpty();
        // the processor's own engagement of its staff: no authorisation of sub-processors
        assertThat(authorisation("The Customer approves the appointment of the processor's data protection officer "
                        + "named in Annex 1."))
                .isEmpty();
    }
}
