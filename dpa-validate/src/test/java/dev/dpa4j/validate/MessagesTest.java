/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.validate.spi.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)(,[a-z]+)?}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/dpa4j/validate/internal/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(0));
        }
        return names;
    }

    @Test
    void should_have_same_keys_and_placeholders_when_comparing_german_and_english() throws IOException {
        // given
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        // when
        Set<String> englishKeys = new TreeSet<>(english.stringPropertyNames());
        Set<String> germanKeys = new TreeSet<>(german.stringPropertyNames());

        // then
        assertThat(germanKeys).isEqualTo(englishKeys);
        for (String key : englishKeys) {
            assertThat(placeholders(german.getProperty(key)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(german.getProperty(key))
                    .as("German text of %s", key)
                    .isNotBlank()
                    .doesNotContain("''");
            assertThat(english.getProperty(key))
                    .as("English text of %s", key)
                    .isNotBlank()
                    .doesNotContain("''");
        }
    }

    @Test
    void should_find_every_text_when_rule_is_registered() throws IOException {
        // given
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        Set<String> used = new TreeSet<>();

        // when
        for (RuleDescriptor d : Fixtures.validator().rules()) {
            used.add(d.getSummaryKey());
            used.add(d.getRemediationKey());
            used.addAll(d.getMessageKeys());
            assertThat(d.summary(java.util.Locale.GERMAN)).doesNotEndWith(".");
            assertThat(d.summary(java.util.Locale.ENGLISH)).doesNotEndWith(".");
        }

        // then
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(german.stringPropertyNames()).containsAll(used);
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("term."));
        assertThat(unused).as("keys no rule uses").isEmpty();
    }

    @Test
    void should_define_every_term_when_a_term_list_placeholder_is_used() throws IOException {
        // given
        Properties english = load("messages.properties");

        // when
        Set<String> terms = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("term.")) {
                terms.add(key.substring(5));
            }
        }

        // then
        assertThat(terms).contains("NOTICE_DUTY", "OBJECTION_RIGHT", "ENCRYPTION", "CONFIDENTIALITY", "ART_36");
    }

    @Test
    void should_name_an_unnamed_recipient_by_its_role_when_the_processor_has_no_name() {
        // given: an imported agreement whose processor was not named gives the recipient "-"
        java.util.Map<String, String> params = java.util.Map.of("recipient", "-", "expected", "MODULE_2");

        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ROOT, java.util.Locale.GERMAN)) {
            // when
            String missing = format(locale, "SCC_MODULE.missing", params);
            String mismatch = format(
                    locale,
                    "SCC_MODULE.mismatch",
                    java.util.Map.of("recipient", "-", "module", "MODULE_3", "expected", "MODULE_2"));

            // then
            assertThat(missing).doesNotContain(" - ").doesNotContain("-;");
            assertThat(missing + mismatch).containsAnyOf("processor", "Auftragsverarbeiter");
            assertThat(mismatch).doesNotStartWith("-").matches("^\\p{Lu}.*");
        }
    }

    @Test
    void should_name_the_role_of_a_party_without_contacts_in_both_languages() {
        // an unnamed party is "#1": the message must still say whether it is the controller or the processor
        java.util.Map<String, String> controller = java.util.Map.of("role", "PARTY_CONTROLLER", "party", "#1");
        java.util.Map<String, String> processor = java.util.Map.of("role", "PARTY_PROCESSOR", "party", "Acme GmbH");

        String english = format(java.util.Locale.ROOT, "PARTY_CONTACTS.missing", controller);
        String german = format(java.util.Locale.GERMAN, "PARTY_CONTACTS.missing", processor);

        assertThat(english).isEqualTo("No contact person or channel is given for the controller #1.");
        assertThat(german)
                .isEqualTo("Für den Auftragsverarbeiter Acme GmbH ist kein Ansprechpartner und kein"
                        + " Kommunikationsweg angegeben.");
        assertThat(english + german).doesNotContain("PARTY_");
    }

    @Test
    void should_write_a_period_in_the_language_of_the_message() {
        // given: a cap on audits as the rule gives it, "12 months", and a notice of one day
        java.util.Map<String, String> cap = java.util.Map.of("period", "12 months");
        java.util.Map<String, String> windows =
                java.util.Map.of("notice", "1 calendar days", "objection", "14 calendar days");

        // when
        String german = format(java.util.Locale.GERMAN, "AUDIT_MODALITIES.capWithoutException", cap);
        String english = format(java.util.Locale.ROOT, "X_OBJECTION_OPPORTUNITY.noticeShorterThanObjection", windows);
        String germanWindows =
                format(java.util.Locale.GERMAN, "X_OBJECTION_OPPORTUNITY.noticeShorterThanObjection", windows);

        // then
        assertThat(german).contains("je 12 Monate").doesNotContain("months");
        assertThat(english).contains("(1 calendar day)", "(14 calendar days)");
        assertThat(germanWindows).contains("(1 Kalendertag)", "(14 Kalendertage)");
    }

    /** A built-in message of the locale, formatted with the arguments as a rule gives them. */
    private static String format(java.util.Locale locale, String key, java.util.Map<String, String> args) {
        return dev.dpa4j.validate.internal.Messages.format(
                dev.dpa4j.validate.internal.Messages.builtIn(locale), key, args, locale);
    }
}
