/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Helpers shared by the rule classes of the {@code gdpr} pack. */
final class RuleSupport {

    private RuleSupport() {}

    /** Word beginnings that suggest special categories of data (Art. 9(1) GDPR). */
    static final List<String> SPECIAL_STEMS = Lexicon.load("art9-stems");

    /** Phrases in which a health or diagnosis word describes technology, removed before the Art. 9 search. */
    static final List<String> SPECIAL_TECHNICAL = Lexicon.load("art9-technical");

    /** Word beginnings that suggest criminal-offence data (Art. 10 GDPR). */
    static final List<String> CRIMINAL_STEMS = Lexicon.load("art10-stems");

    /**
     * Whether the name or the description of a data category suggests special categories of data, ignoring
     * technical phrases such as "diagnostics"; lowered once per run ({@link RunMemo#lower}), as ART10_FLAG_SET
     * reads the same texts (issue #14).
     */
    static boolean suggestsSpecial(DataCategory category, RunMemo memo) {
        return suggestsSpecial(memo.lower(category.getName()))
                || (category.getDescription().isPresent()
                        && suggestsSpecial(memo.lower(category.getDescription().get())));
    }

    /** The Art. 9 stems with the technical phrases, in one pass ({@link StemSearch}, issue #14). */
    private static final StemSearch SPECIAL = new StemSearch(SPECIAL_STEMS, SPECIAL_TECHNICAL);

    /** The Art. 10 stems in one pass ({@link StemSearch}, issue #14). */
    private static final StemSearch CRIMINAL = new StemSearch(CRIMINAL_STEMS, List.of());

    /**
     * Whether a text in {@link Text#lower} form suggests special categories of data: one pass where the text holds
     * no technical phrase, else the phrases removed and the stems searched ({@link #suggestsSpecialSearched}).
     */
    static boolean suggestsSpecial(String lower) {
        int found = SPECIAL.find(lower);
        return found == StemSearch.REMOVED_PHRASE ? suggestsSpecialSearched(lower) : found == StemSearch.FOUND;
    }

    /** {@link #suggestsSpecial(String)} by the searches it replaced: the technical phrases removed, each stem sought. */
    static boolean suggestsSpecialSearched(String lower) {
        String t = lower;
        for (String phrase : SPECIAL_TECHNICAL) {
            t = t.replace(phrase, " ");
        }
        return Text.containsStem(t, SPECIAL_STEMS);
    }

    /**
     * Reports a period that should be prompt: {@code late} if its upper bound exceeds the hours given,
     * {@code vague} if it is worded with a vague term weaker than the statutory "without undue delay".
     */
    static void promptness(SimpleRule.Reporter r, Severity severity, TimeLimit limit, long maxHours, String path) {
        if (limit.getPeriod().isPresent()) {
            long hours = Text.maxHours(limit.getPeriod().get());
            if (hours > maxHours) {
                r.add(
                        severity,
                        "late",
                        path,
                        "wording",
                        Text.wording(limit),
                        "hours",
                        String.valueOf(hours),
                        "maximum",
                        String.valueOf(maxHours));
            }
            return;
        }
        limit.getWording()
                .flatMap(Text::vagueTime)
                .filter(term -> !Text.isStatutoryPromptness(term))
                .ifPresent(term -> r.add(severity, "vague", path, "wording", Text.wording(limit), "term", term));
    }

    /** Whether a contact point gives a way to reach someone: e-mail, telephone or web address. */
    static boolean reachable(ContactPoint contact) {
        return Text.present(contact.getEmail()) || Text.present(contact.getPhone()) || Text.present(contact.getUrl());
    }

    /**
     * Whether the name or the description of a data category suggests criminal-offence data, lowered once per run
     * ({@link RunMemo#lower}), as ART9_FLAG_SET reads the same texts (issue #14).
     */
    static boolean suggestsCriminal(DataCategory category, RunMemo memo) {
        return suggestsCriminal(memo.lower(category.getName()))
                || (category.getDescription().isPresent()
                        && suggestsCriminal(memo.lower(category.getDescription().get())));
    }

    /** Whether a text in {@link Text#lower} form holds an Art. 10 stem, as {@link Text#containsStem} answers. */
    static boolean suggestsCriminal(String lower) {
        return CRIMINAL.find(lower) == StemSearch.FOUND;
    }

    static Optional<ProcessingDescription> processing(RuleContext c) {
        return c.agreement().getProcessing();
    }

    static List<DataCategory> dataCategories(DataProcessingAgreement a) {
        return a.getProcessing().map(ProcessingDescription::getDataCategories).orElse(List.of());
    }

    static boolean hasSpecialData(DataProcessingAgreement a) {
        return dataCategories(a).stream()
                .anyMatch(dc -> dc.getSpecialCategory()
                                .filter(s -> s != SpecialCategory.NONE)
                                .isPresent()
                        || dc.getCriminalOffenceData().orElse(false));
    }

    static Set<ProcessingCharacteristic> characteristics(DataProcessingAgreement a) {
        return a.getProcessing()
                .map(ProcessingDescription::getCharacteristics)
                .orElse(java.util.Collections.emptySortedSet());
    }

    static boolean subprocessingAllowed(DataProcessingAgreement a) {
        return a.getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .filter(t -> t != AuthorisationType.PROHIBITED)
                .isPresent();
    }

    static String name(Party p, int index) {
        return p.getName().filter(Text::present).orElse("#" + (index + 1));
    }

    static String join(List<String> items) {
        return String.join(",", items);
    }

    static String text(LocalizedText t) {
        return t.getTranslations().values().iterator().next().strip();
    }

    static List<String> missingIdentity(Party p) {
        List<String> missing = new ArrayList<>();
        if (!Text.present(p.getName())) {
            missing.add("NAME");
        }
        boolean address = p.getAddress()
                .filter(ad -> ad.getStreetLines().stream().anyMatch(Text::present) && Text.present(ad.getLocality()))
                .isPresent();
        if (!address) {
            missing.add("ADDRESS");
        }
        if (p.getAddress().flatMap(ad -> ad.getCountry()).isEmpty()) {
            missing.add("COUNTRY");
        }
        return missing;
    }

    static boolean isPlaceholderParty(Party p) {
        return p.isPlaceholder() || p.getName().filter(Text::isPlaceholder).isPresent();
    }
}
