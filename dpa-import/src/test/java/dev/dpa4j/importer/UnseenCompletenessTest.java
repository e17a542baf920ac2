/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The completeness table on agreements that do not look like ours (#16): the fixtures in {@code fixtures/unseen},
 * written for this test in our own words in the styles other vendors use (an English SaaS agreement with
 * definitions and schedules, a German AVV with "§" and "Anlage 1 TOM", a short appendix to terms of service, a web
 * page with nested lists, a German Markdown agreement with tables, an agreement in US English), each with planted
 * defects. Beside each document a sidecar {@code <name>.expected} says, per requirement, what a reviewer reading it
 * against Art. 28(3) GDPR and SCC 2021/915 finds: {@code found}, {@code weaker} or {@code absent}. The importer's
 * verdict "found" is scored against "found" (a weaker or absent term is not met), per requirement and over all.
 * The first six guided the fixes of #16; three more (a German web page with a definition list, a cloud provider's
 * processor terms, a plain-language agreement with questions as headings) were written after them and measured
 * before any further change, as a check on documents the rules had not seen; after the second round two more (a
 * UK public-sector contract schedule, an Austrian agreement with "Punkt" numbering) were measured the same way, and
 * after the third six more (a US-style DPA with CCPA wording, a German AVV with "Ziffer" numbering, a PDF's text
 * layer with hyphens and page furniture, a short AVV of a small business, an addendum with its annexes as tables,
 * an agreement that incorporates the 2021/915 clauses by reference). One more, {@code orbit-dpa-en.txt} (a short
 * SaaS addendum the lead wrote in a vendor's style, round 6), is in-sample: its review guided that round's fixes;
 * its sidecar was written from its planted defects before them. After round 6 eight more were written blind by
 * another reader, who had not seen the rules, cues, tests or fixtures (a German hosting provider's AVV as a web page,
 * an English payroll DPA, a German agency AVV, a US survey tool's DPA in Markdown, a cloud provider's DPA, a UK
 * master services agreement with a data protection schedule in the passive voice, a long German AVV, a DOCX
 * addendum), and measured once before round 7: precision 0.92, recall 0.96, 196 of 216 verdicts exact. Round 7's
 * rules were derived from their misses, so they are in-sample now. After round 7 (and the review fixes of 5 December
 * 2026, commit d86c21a) a colleague wrote eight more blind (a web page of terms of service whose section 14 is the
 * DPA, an Austrian DOCX with Word's automatic numbering, a real PDF with running headers and footers, a German
 * medical-practice AVV in Markdown, a bilingual German/English table, a UK FAQ page, a processor-to-processor
 * agreement, a controller-drafted UK DPA), measured once before round 8: the sixth held-out set, precision 0.92,
 * recall 0.91, 180 of 216 verdicts exact. Round 8 was derived from their misses, so they are in-sample now. The seventh held-out set, eight more written blind
 * (an English DPA with its annexes in the layout of the 2021/914 clauses, a two-column PDF, a Dutch vendor's plain
 * English, a German help-centre page with collapsible sections, an AI API addendum, a buyer's purchase terms, a
 * public-sector AVV, a DOCX whose whole body is one "Nr. | Regelung" table), was measured once by the lead on main
 * (8d219b9) before round 9: precision 0.90, recall 0.89, 177 of 216 verdicts exact. Round 9's rules were derived
 * from their misses, so they are in-sample now. The eighth held-out set, eight more written blind by a third
 * colleague (a long US SaaS DPA with its 2021/914 choices clause by clause, a German AVV as a PDF with its Anlagen
 * as tables, a UK analytics DPA in Markdown, a hosting cooperative's AVV in "Sie" and "wir", a payment service's web
 * page that is a controller for some purposes and a processor for others, a chat tool's DPA as HTML, a tax-adviser
 * software AVV as DOCX with Word's numbering, a UK-style DPA with schedules), was kept in {@code fixtures/heldout-next}
 * and measured once by the lead on main (17e63a6) before round 10: precision 0.90, recall 0.89, 177 of 216 verdicts
 * exact. Round 10 trains on it, so it is in-sample now. The ninth held-out set, eight more written blind by a
 * fourth colleague (a large cloud provider's web-page addendum, a payroll AVV as DOCX with hand-typed numbers, a
 * French service's DPA in translated English, a manufacturer's AVV for its suppliers, the processing terms as section
 * 14 of an app studio's terms of use, an analytics PDF with footnotes and a landscape table, a Swiss AVV under the
 * revised FADP, an Indian outsourcer's DOCX with Module 2 of the 2021/914 clauses), was kept in {@code
 * fixtures/heldout-next} and measured by the lead on main (d537219) before round 11: precision 0.89, recall 0.85,
 * 169 of 216 verdicts exact. Round 11 trains on it, so it is in-sample now; its second reader's verdicts are in
 * {@code unseen/second-reader-9} (a folder this test does not read). The tenth held-out set, eight more written
 * blind by a fifth colleague (a US CRM vendor's data processing exhibit as a web page, a bilingual German/English
 * AVV as a two-column DOCX table, an association's model AVV as a PDF with checkboxes and blanks, an AI model API
 * provider's DPA, a call-centre outsourcer's AVV, a UK payroll DPA as DOCX with automatic numbering, a short Austrian
 * web agency's AVV, a Dutch telemedicine DPA as PDF), was kept in {@code fixtures/heldout-next} and measured by the
 * lead on main twice (d4697bd and e16b811) before round 12: precision 0.88, recall 0.92, 179 of 216 verdicts exact.
 * Round 12 trains on it, so it is in-sample now; its second reader's verdicts are in {@code unseen/second-reader-10}.
 * The plain-language training set, round 12b: four
 * agreements written blind by a colleague in the genre of small vendors' plain-language pages, "we" and "you"
 * („wir“ and „Sie“) for the parties, questions as headings (an Estonian analytics and forms tool as plain text, an
 * Irish newsletter tool in Markdown, a Dutch project tool as HTML with an overview table, a German booking tool for
 * doctors' practices as HTML), measured once on main cd559ed before round 12b: precision 70 of 75, recall 70 of 86,
 * 81 of 108 verdicts exact. Round 12b trains on them, so they are in-sample. The eleventh held-out set, eight written
 * blind by a sixth colleague (a DPA on the Danish authority's Art. 28(8) clause structure as PDF, an old-BDSG AVV
 * with a GDPR addendum as DOCX, an intra-group agreement as DOCX, an e-commerce fulfilment AVV as HTML, an edtech DPA
 * for schools, an eCRF vendor's DPA for clinical trials, a German Art. 26 and Art. 28 agreement as PDF, a Nordic
 * plain-language page), was kept in {@code fixtures/heldout-next} and measured by the lead on main three times
 * (cd559ed: 0.91, 0.81, 163 of 216; 1c54bd6 and ce4933c: 0.92, 0.84, 169 of 216). Round 13 trains on it, so it is
 * in-sample now (after it 0.98, 0.99, 209 of 216); its second reader's verdicts are in {@code unseen/second-reader-11}.
 * The twelfth held-out set, eight written blind by a seventh colleague (a negotiated DPA as DOCX with tracked changes,
 * a bank's ICT outsourcing contract with the DORA terms as DOCX, a DPA as an exhibit of a master services agreement as
 * HTML, a hospital's AVV for remote maintenance under § 203 StGB as PDF, an AI data-labelling vendor's DPA as PDF, an
 * ad-tech vendor's terms with a role table in Markdown, a German letter agreement as text, a contact-centre platform's
 * AVV as HTML), was kept in {@code fixtures/heldout-next} and measured by the lead on main twice (4da5ae4 and 12ecb1c:
 * 0.91, 0.94, 189 of 216; again on aaeffd0, the same 27 differing verdicts). Round 15 trains on it, so it is in-sample
 * now (after it 216 of 216); its second reader's verdicts are in {@code unseen/second-reader-12}.
 * The thirteenth held-out set, eight written blind by an eighth colleague with defects planted the way vendors'
 * drafting weakens a term and the layout noise of real documents (running headers and footnotes in PDF, automatic
 * numbering in DOCX, cookie banners and collapsible sections in HTML, Markdown converted by Pandoc, an AVV in an
 * e-mail with the quoted thread), was kept in {@code fixtures/heldout-next} and measured by the lead on main aaeffd0
 * (0.86, 0.92, 176 of 216); round 16 trains on it; its second reader's verdicts are in
 * {@code unseen/second-reader-13}. The fourteenth held-out set, eight written blind by a ninth colleague in the
 * layouts the thirteen sets lacked (two PDFs from a scan with an OCR text layer, a German/English contract side by
 * side in two columns, an English two-column PDF with its limits in footnotes, two German DOCX under tracked changes, a
 * trust-center page with closed {@code <details>}, a wiki export with placeholders), was kept in {@code
 * fixtures/heldout-next} and measured by the lead on main bc50c93 (0.88, 0.95, 183 of 216; on c8a1973 189 of 216);
 * round 18 trains on it; its second reader's verdicts are in {@code unseen/second-reader-14}. The fifteenth held-out
 * set, eight written blind by a tenth colleague (a U.S. SaaS customer DPA with the 2021/914 clauses, the UK Addendum and
 * a CCPA section as PDF, a European CRM's web page whose sub-processors stand on a linked page, an AI model API's DPA in
 * Markdown with footnotes, a payment provider that is in part a controller of its own as PDF, a video-conferencing DPA
 * as DOCX, a German payroll AVV on the industry template as PDF, a web hoster's AVV concluded in its customer panel, a
 * helpdesk AVV as PDF), was kept in {@code fixtures/heldout-next} and measured by the lead on main 51177f7 (0.90, 0.98,
 * 191 of 216; on 19c88b2 and 492be2a again 191 of 216); round 19 trains on it; its README and second reader's verdicts
 * are in {@code unseen/second-reader-15}. The sixteenth held-out set, eight written blind by an eleventh colleague (an
 * MSA exhibit, a university's AVV with a prevailing checkbox annex, an SCC-2021/915-structured DPA with derogating
 * supplementary terms, an Austrian AVV, among others), was kept in {@code fixtures/heldout-next} and measured by the lead
 * on main (199 of 216, precision 0.94, recall 0.97, on 19c88b2; 201 of 216, 0.96, 0.97, on 25f87b0 and 3200c07); round
 * 21 trains on it; its README and second reader's verdicts are in {@code unseen/second-reader-16}. The seventeenth
 * held-out set, eight written blind by a twelfth colleague (an IT managed-service provider as DOCX, a translation agency in
 * plain text, a bank's payroll outsourcing and a medical practice cloud as PDF, a newsletter service's web page, a U.S.
 * customer-data platform in Markdown, a booking service's terms with the DPA as an annex, a background-screening service
 * as PDF), was kept in
 * {@code fixtures/heldout-next} and measured by the lead on main (186 of 216 on 17b9520, 189 of 216 on 4d2330a after
 * round 21); round 22 trains on it; its README and second reader's comparison are in {@code unseen/second-reader-17}.
 * The eighteenth held-out set, eight written blind by another colleague (a contact centre and a tax advisers'
 * cooperative data centre and a colocation data centre as PDF, an e-signature service and a lettershop as DOCX, a school
 * platform and a U.S. analytics SDK as web pages, fleet telematics in Markdown), was kept in {@code fixtures/heldout-next}
 * and measured by the lead on main (199 of 216 on 17b9520, 200 of 216 on d82393b); round 23 trains on it; its README and
 * second reader's report are in {@code unseen/second-reader-18}. The nineteenth held-out set, eight written blind by
 * another colleague (an applicant-tracking service, a municipal payroll Zweckverband and an AI transcription service
 * as PDF, a pharmacovigilance CRO and a smart-home device cloud as DOCX, an e-discovery vendor as a web page, Swiss
 * managed hosting in Markdown, a dunning service as plain text), was kept in {@code fixtures/heldout-next} and measured
 * by the lead on main (196 of 216 on e1c1dac3, unchanged after round 23); round 24 trains on it; its README and second
 * reader's report are in {@code unseen/second-reader-19}. The twenty-first held-out set, eight written blind by another
 * colleague (a pharmacy e-prescription service as a web page, a chatbot and a property management AVV as DOCX, a password
 * manager, a hotel property-management system and a veterinary practice AVV as PDF, backup in Markdown, a DNA laboratory
 * as plain text), was kept in {@code fixtures/heldout-next} and measured by the lead on main (195 of 216 on cceb21b9,
 * 196 of 216 after round 24); round 25 trains on it; its README and second reader's report are in
 * {@code unseen/second-reader-21} (the twentieth set was lost with the machine it was kept on). The twenty-second
 * held-out set, eight written blind by another colleague (an ANPR car-park platform, a church district's parish software
 * and a municipal library system as PDF, a market-research panel and a smart-meter data service as DOCX, a photographer's
 * gallery page as HTML, construction-site access control in Markdown, a crowdfunding portal's consolidated agreement as
 * plain text), was kept in {@code fixtures/heldout-next} and measured by the lead on main (193 of 216 on a8d92314, 195
 * of 216 after rounds 24 and 25); round 26 trains on it; its README and second reader's report are in
 * {@code unseen/second-reader-22}. The twenty-third and twenty-fourth held-out sets moved here together before round 27,
 * so that the queue of held-out sets does not grow when two new sets are written in one session: the twenty-third
 * (coworking access, a driving school, mystery shopping, a Kita app, hearing care, bike leasing, a funeral home, a
 * restaurant booking page; 197 of 216 on its first run on 4f68aa45, 198 after round 26) and the twenty-fourth (a lift
 * emergency-call schedule, a taxi dispatch centre, donations software, a chimney sweep's Nachtrag, a whistleblowing
 * system, a marina's help page, a newspaper subscriber platform, content moderation; 189 on ac514b43, 190 after round
 * 26); round 27 trains on them; their READMEs, second readers' reports and build scripts are in
 * {@code unseen/second-reader-23} and {@code unseen/second-reader-24}. The twenty-fifth (self-storage terms, a fitness
 * studio, festival wristbands, a music school, dog daycare, museum ticketing, a climbing gym, an allotment-garden
 * association; 195 of 216 on its first run, 197 after round 27) and the twenty-sixth (car hire, a riding
 * stable, pest control, a bakery chain, solar monitoring, a tattoo studio, wedding RSVPs, care-home laundry; 186 on its first run, 188 after round 27)
 * moved here together before round 28; their READMEs, second readers' reports and build scripts are in
 * {@code unseen/second-reader-25} and {@code unseen/second-reader-26}.
 */
class UnseenCompletenessTest {

    /**
     * The training documents, or, with {@code -Ddpa.heldout.dir=PATH}, a held-out set to be measured once: then the
     * table is printed and the floors, which belong to the training documents, are not checked.
     */
    private static final String HELD_OUT = System.getProperty("dpa.heldout.dir", "");

    private static final Path DIR =
            HELD_OUT.isEmpty() ? Path.of("src", "test", "resources", "fixtures", "unseen") : Path.of(HELD_OUT);

    /** One document with the reviewer's verdicts and the importer's result. */
    private record Case(String name, Map<Requirement, Status> expected, ImportResult result) {}

    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void importAll() throws IOException {
        List<Path> sidecars;
        try (Stream<Path> files = Files.list(DIR)) {
            sidecars = files.filter(p -> p.getFileName().toString().endsWith(".expected"))
                    .sorted()
                    .toList();
        }
        for (Path sidecar : sidecars) {
            String file = sidecar.getFileName().toString();
            String name = file.substring(0, file.length() - ".expected".length());
            CASES.add(new Case(name, expectations(sidecar), TrainingCorpus.importFile(DIR.resolve(name))));
        }
    }

    private static Map<Requirement, Status> expectations(Path sidecar) {
        Map<Requirement, Status> out = new EnumMap<>(Requirement.class);
        try {
            for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Status s = switch (f[1]) {
                    case "found" -> Status.FOUND;
                    case "weaker" -> Status.WEAKER;
                    case "absent" -> Status.NOT_FOUND;
                    default -> throw new IllegalArgumentException(sidecar + ": " + line);
                };
                out.put(Requirement.valueOf(f[0]), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Counts of one requirement: true and false positives and negatives of "found", and exact verdicts. */
    private static final class Score {
        int tp;
        int fp;
        int fn;
        int exact;
        int total;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    private static Map<Requirement, Score> score() {
        Map<Requirement, Score> out = new EnumMap<>(Requirement.class);
        for (Case c : CASES) {
            for (Requirement r : Requirement.values()) {
                Status want = c.expected().get(r);
                Status got = c.result().getRequirement(r).status();
                Score s = out.computeIfAbsent(r, k -> new Score());
                s.total++;
                if (want == got) {
                    s.exact++;
                } else {
                    s.misses.add(c.name() + " expected " + want + ", got " + got);
                }
                boolean w = want == Status.FOUND;
                boolean g = got == Status.FOUND;
                if (w && g) {
                    s.tp++;
                } else if (g) {
                    s.fp++;
                } else if (w) {
                    s.fn++;
                }
            }
        }
        return out;
    }

    private static Score total(Map<Requirement, Score> scores) {
        Score t = new Score();
        for (Score s : scores.values()) {
            t.tp += s.tp;
            t.fp += s.fp;
            t.fn += s.fn;
            t.exact += s.exact;
            t.total += s.total;
        }
        return t;
    }

    @Test
    void every_fixture_has_a_verdict_for_every_requirement() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(HELD_OUT.isEmpty() ? 34 : 1);
        for (Case c : CASES) {
            assertThat(c.expected().keySet()).as(c.name()).containsExactlyInAnyOrder(Requirement.values());
        }
    }

    @Test
    void should_detect_the_requirements_of_agreements_unlike_ours() {
        Map<Requirement, Score> scores = score();
        Score all = total(scores);
        StringBuilder table =
                new StringBuilder("| requirement | expected found | found | right | precision | recall | exact |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((r, s) -> table.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.2f | %.2f | %d/%d |%n",
                r,
                s.tp + s.fn,
                s.tp + s.fp,
                s.tp,
                s.precision(),
                s.recall(),
                s.exact,
                s.total)));
        table.append(String.format(
                Locale.ROOT,
                "| all | %d | %d | %d | %.2f | %.2f | %d/%d |%n",
                all.tp + all.fn,
                all.tp + all.fp,
                all.tp,
                all.precision(),
                all.recall(),
                all.exact,
                all.total));
        scores.forEach((r, s) -> s.misses.forEach(
                m -> table.append("miss ").append(r).append(": ").append(m).append('\n')));
        System.out.println(table);
        if (!HELD_OUT.isEmpty()) {
            return;
        }
        // floors just below the figures measured on 4 December 2026 (docs/import.md, "Agreements unlike ours").
        // Before #16's fixes, on the first six fixtures: precision 0.99, recall 0.68, 118 of 162 exact; after the
        // first round 1.00, 1.00, 162 of 162 on them; three fixtures written then and measured once: 0.86, 0.73;
        // after the second round on all nine 1.00, 1.00, 241 of 243; two more written then and measured once: 0.85,
        // 0.64. Over all eleven 0.98, 0.94, 278 of 297; after the third round 1.00, 1.00, 295 of 297; six more
        // written then and measured once: 0.92, 0.75, 120 of 162; after the fourth round on all seventeen 1.00,
        // 1.00, 458 of 459. Orbit (round 6, in-sample) and round 6's rules, merged with round 4: 1.00, 1.00, 485 of
        // 486. The eight of the fifth held-out set, measured once before round 7: 0.92, 0.96, 196 of 216; over all
        // twenty-six then 0.98, 0.99, 681 of 702. After round 7 on all twenty-six 0.99, 1.00, 697 of 702 (on the eight
        // alone 0.98, 1.00, 212 of 216). The eight of the sixth held-out set, measured once before round 8: 0.92, 0.91,
        // 180 of 216; over all thirty-four then 0.98, 0.98, 877 of 918. After round 8 on all thirty-four 0.980 and
        // 0.980 (626 of 639 each way), 881 of 918 (on the eight alone 0.94, 0.93, 185 of 216):
        // With the seventh held-out set added (beside the sixth), before round 9, over the thirty-four of that
        // branch: 0.97, 0.97, 874 of 918 (on the eight alone, measured by the lead on main 8d219b9: 0.90, 0.89, 177
        // of 216). After round 9 over those thirty-four 0.99, 0.99, 904 of 918 (on the eight 0.98, 0.97, 207 of
        // 216). Rounds 8 and 9 merged, over all forty-two: precision 797 of 811 (0.98), recall 797 of 815 (0.978),
        // 1090 of 1134 exact. The eighth held-out set moved here before round 10 (on the eight alone, measured by the
        // lead on main 17e63a6: 0.90, 0.89, 177 of 216); over all fifty then precision 958 of 990 (0.968), recall 958
        // of 995 (0.963), 1267 of 1350 exact. After round 10 over all fifty: precision 978 of 995 (0.983), recall 978
        // of 995 (0.983), 1303 of 1350 exact (on the eight alone 0.98, 0.99, 210 of 216):
        // The ninth held-out set moved here before round 11; over all fifty-eight then precision 1120 of 1154
        // (0.971), recall 1120 of 1158 (0.967), 1477 of 1566 exact. After round 11 over all fifty-eight: precision
        // 1123 of 1156 (0.971), recall 1123 of 1158 (0.970), 1481 of 1566 exact (on the eight alone 0.89, 0.87, 172
        // of 216); with the lead's description reading at merge 1124 of 1157, 1124 of 1158, 1482 of 1566 exact.
        // The tenth held-out set moved here before round 12; over all sixty-six then precision 1274 of 1328 (0.959),
        // recall 1274 of 1321 (0.964), 1661 of 1782 exact. After round 12 over all sixty-six: precision 1278 of 1326
        // (0.964), recall 1278 of 1321 (0.967), 1671 of 1782 exact (on the eight alone 0.91, 0.94, 189 of 216):
        // The four plain-language training documents of round 12b added (on the four alone 70 of 75, 70 of 86, 81 of
        // 108 exact), over all sixty-two before round 12b: precision 1194 of 1232 (0.969), recall 1194 of 1244
        // (0.960), 1563 of 1674 exact. After round 12b over all sixty-two: precision 1214 of 1251 (0.970), recall
        // 1214 of 1244 (0.976), 1586 of 1674 exact (on the four 86 of 91, 86 of 86, 98 of 108):
        // Both rounds merged, over all seventy: precision 1368 of 1420 (0.963), recall 1368 of 1407 (0.972), 1775 of
        // 1890 exact:
        // The eleventh held-out set moved here before round 13 (on the eight alone, measured by the lead on main
        // ce4933c: 0.92, 0.84, 169 of 216); over all seventy-eight then precision 1512 of 1577 (0.959), recall 1512
        // of 1578 (0.958), 1944 of 2106 exact (the commit message and docs of 4da5ae4 swapped the two denominators).
        // After round 13 over all seventy-eight: precision 1538 of 1593 (0.965), recall 1538 of 1578 (0.975), 1986 of
        // 2106 exact (on the eight alone 169 of 173, 169 of 171, 209 of 216):
        // The review round of round 15 (the review's remaining defects), on those seventy-eight: precision 1538 of 1592
        // (0.966), recall 1538 of
        // 1578 (0.975), 1987 of 2106 exact:
        // The twelfth held-out set moved here before round 15 (on the eight alone, measured by the lead on main
        // aaeffd0: 0.91, 0.94, 189 of 216); over all eighty-six then precision 1696 of 1766 (0.960), recall 1696 of
        // 1746 (0.971), 2175 of 2322 exact. After round 15 over all eighty-six: precision 1707 of 1762 (0.969),
        // recall 1707 of 1746 (0.978), 2203 of 2322 exact (on the eight alone 168 of 168, 168 of 168, 216 of 216):
        // Round 15 and the review round merged, over all eighty-six: precision 1705 of 1759 (0.969), recall 1705 of
        // 1746
        // (0.977 rounded, 0.9765), 2202 of 2322 exact (the review round's German liability cue, read only from the
        // predicate, no longer found the § 278 BGB wordings of pellwitz and telquaro). With a cue for those wordings
        // (answering for the sub-processors' fault as for one's own): precision 1707 of 1761 (0.969), recall 1707 of
        // 1746 (0.978), 2204 of 2322 exact.
        // The thirteenth held-out set moved here before round 16 (on the eight alone, measured by the lead on main
        // aaeffd0: 0.86, 0.92, 176 of 216; on f30bb5f 181 of 216); over all ninety-four then precision 1868 of 1946
        // (0.960), recall 1868 of 1917 (0.974), 2385 of 2538 exact. After round 16 over all ninety-four: precision
        // 1870 of 1932 (0.968), recall 1870 of 1917 (0.975), 2403 of 2538 exact (on the eight alone 162 of 170, 162 of
        // 171, 198 of 216). With "not yet" read as the object of a duty: precision 1871 of 1933 (0.968), recall 1871
        // of 1917 (0.976), 2404 of 2538 exact (on the eight 163 of 171, 163 of 171, 199 of 216):
        // The fourteenth held-out set moved here before round 18 (on the eight alone, measured by the lead on main
        // c8a1973: 189 of 216); over all one hundred and two then precision 2039 of 2120 (0.962), recall 2039 of 2090
        // (0.976), 2593 of 2754 exact. After round 18 over all one hundred and two: precision 2041 of 2114 (0.965),
        // recall 2041 of 2090 (0.977), 2603 of 2754 exact (on the eight alone 199 of 216). With the limits stated in
        // another clause that a sentence names (ClauseReferences): precision 2041 of 2109 (0.968), recall 2041 of 2090
        // (0.977), 2608 of 2754 exact. With PDF paragraphs cut by a raised mark's taller line or by a page break
        // joined again (PdfLayout): precision 2044 of 2110 (0.969), recall 2044 of 2090 (0.978), 2613 of 2754 exact:
        // The fifteenth held-out set moved here before round 19 (on the eight alone, measured by the lead on main
        // 51177f7 and again on 492be2a: 191 of 216; on 873b377 precision 169 of 186, recall 169 of 174, 191 of 216);
        // over
        // all one hundred and ten then precision 2210 of 2295 (0.963), recall 2210 of 2264 (0.976), 2799 of 2970 exact:
        // Round 19, conditions and clocks (a duty on a separate order or after paying, a lesser thing declared to
        // fulfil it, "may" inform after a condition, 72 hours without undue delay, whose retention schedule, roles
        // delimited, redirecting authorities): precision 2214 of 2291 (0.966), recall 2214 of 2264 (0.978), 2811 of
        // 2970 exact (on the eight alone 172 of 181, 172 of 174, 202 of 216):
        // With the readings of sub-processors and of the description (liability limited to what is recovered,
        // sub-processors not named, an objection without agreement, the processor's own products, "any personal data",
        // commercially reasonable measures): precision 2216 of 2285 (0.970), recall 2216 of 2264 (0.979), 2825 of 2970
        // exact (on the eight alone 174 of 176, 174 of 174, 214 of 216). Round 19 merged with the joined PDF
        // paragraphs, prevailing annexes, amendments and narrowing definitions (struct19): precision 2219 of 2286
        // (0.971), recall 2219 of 2264 (0.980), 2830 of 2970 exact. struct20 (roles delimited across a semicolon,
        // definitions that leave out, the annexes named together, amendments of some words and of annexes): precision
        // 2219 of 2283 (0.972), recall 2219 of 2264 (0.980), 2833 of 2970 exact.
        // The sixteenth held-out set moved here before round 21 (on the eight alone, measured by the lead on main
        // 19c88b2: 199 of 216; on 25f87b0 and 3200c07: 201 of 216); over all one hundred and eighteen then precision
        // 2389 of 2461 (0.971), recall 2389 of 2440 (0.979), 3034 of 3186 exact.
        // After round 21 over all one hundred and eighteen: precision 2399 of 2455 (0.977), recall 2399 of 2440
        // (0.983), 3064 of 3186 exact (on the eight alone 176 of 177, 176 of 176, 215 of 216).
        // The seventeenth held-out set moved here before round 22 (on the eight alone, measured by the lead on main
        // 4d2330a: 189 of 216); over all one hundred and twenty-six then precision 2562 of 2635 (0.972), recall 2562
        // of 2612 (0.981), 3253 of 3402 exact.
        // After round 22 over all one hundred and twenty-six: precision 2569 of 2628 (0.978), recall 2569 of 2612
        // (0.984), 3274 of 3402 exact (on the eight of the seventeenth set 206 of 216).
        // The eighteenth held-out set moved here before round 23 (on the eight alone, measured by the lead on main
        // 17b9520: 199 of 216; on d82393b 200 of 216); over all one hundred and thirty-four then precision 2739 of
        // 2808 (0.975), recall 2739 of 2785 (0.983), 3474 of 3618 exact.
        // After round 23 (causes shared by several sets: sub-processor changes, deletion, the copy of the sub-contract,
        // breach notices after an investigation, conditional audits) over all one hundred and thirty-four: precision
        // 2745 of 2797 (0.981), recall 2745 of 2785 (0.986), 3497 of 3618 exact (on the eight of the eighteenth set
        // 204 of 216). Round 23 and review23 merged (review23 read two more terms met: a data subject under the
        // agreement's own name, "the following categories of personal data: …" within a sentence): precision 2747 of
        // 2799 (0.981), recall 2747 of 2785 (0.986), 3499 of 3618 exact.
        // The nineteenth held-out set moved here before round 24 (on the eight alone, measured by the lead on main
        // e1c1dac3: 196 of 216, the same on 56efd590); over all one hundred and forty-two then precision 2918 of 2984
        // (0.978), recall 2918 of 2962 (0.985), 3695 of 3834 exact.
        // After round 24 (causes shared by several sets: the sub-contracts themselves kept back, copies kept against
        // claims, the data used for other customers, sub-processors on their own standard terms, assistance reduced to
        // the service's tools, the German legal exception to deletion; the form from signature lines of both parties)
        // over all one hundred and forty-two: precision 2921 of 2973 (0.983), recall 2921 of 2962 (0.986), 3712 of
        // 3834 exact (on the eight of the nineteenth set 202 of 216).
        // The twenty-first held-out set moved here before round 25 (on the eight alone, measured by the lead on main
        // cceb21b9: 195 of 216, 196 after round 24); over all one hundred and fifty then precision 3099 of 3166
        // (0.979), recall 3099 of 3142 (0.986), 3908 of 4050 exact.
        // After round 25 (causes shared by several sets: a cap extended to what is owed to data subjects, the return
        // ruled out, the notice beside the redirect in other words, the processor's own models and an opt-out, the
        // types of data only by reference or as a catch-all, the copy left to the sub-processor's confidentiality)
        // over all one hundred and fifty: precision 3101 of 3159 (0.982), recall 3101 of 3142 (0.98695, so its floor
        // stays 0.986), 3921 of 4050 exact:
        // The twenty-second held-out set moved here before round 26 (on the eight alone, measured by the lead on main
        // a8d92314: 193 of 216, 195 after rounds 24 and 25); over all one hundred and fifty-eight then precision 3274
        // of 3343 (0.979), recall 3274 of 3321 (0.9858), 4116 of 4266 exact.
        // After round 26 (general readings written as families of wordings: staff only told or asked to keep the data
        // confidential, a right to inform of an infringing instruction in other modals and word orders, the
        // processor's own analytics, benchmarks and marketing, a deletion or return only where feasible, against
        // payment or beside backups kept without end, a notice of an authority's request only where reasonable or at
        // the processor's choice) over all one hundred and fifty-eight: precision 3274 of 3340 (0.980), recall 3274
        // of 3321 (0.9858, so its floor stays 0.985), 4119 of 4266 exact.
        // The twenty-third and twenty-fourth held-out sets moved here before round 27 (198 and 190 of 216 on the
        // lead's last measurement, after round 26); over all one hundred and seventy-four then precision 3618 of 3706
        // (0.9763), recall 3618 of 3678 (0.9837), 4507 of 4698 exact.
        // Round 27 (general readings on the precision side, written as families of wordings: a duration only "as long
        // as necessary", data and data subjects only as a catch-all or by reference to an order form, a disclosure to
        // an authority without notice, an exclusion of liability for the processor's own breaches and a cap that
        // reaches "also" or "including" data subjects' claims, a certificate of deletion only where possible, against
        // payment or at the processor's choice, a copy of the sub-processor contract refused), on its branch over the
        // one hundred and fifty-eight before the rotation: precision 3274 of 3339, recall 3274 of 3321, 4120 of 4266
        // exact (panelwise's liability moved to its author's verdict). Recall27 (adequate wordings read as met, each
        // as a family of wordings: the rights of Chapter III as a range of articles or an enumeration of access,
        // rectification and erasure, a duty's lead-in read with its list, a breach notice by "alert", „anzeigen“ or
        // „in Kenntnis setzen“, the definitions of Article 4 applied, "government requests"), on its branch over the
        // same one hundred and fifty-eight: precision 3276 of 3342, recall 3276 of 3321, 4121 of 4266 exact.
        // Both merged, with the sub-processors' transfer tools read from footnotes (which moves no verdict), over all
        // one hundred and seventy-four: precision 3620 of 3706 (0.9768), recall 3620 of 3678 (0.9842), 4511 of 4698
        // exact. Recall28 (adequate wordings read as met, a second round of families: a breach notice beside the
        // controller's own notice to the authority "and, where necessary, the data subjects", a certificate of deletion
        // as written proof, a log or „weist … nach“, the notice of inaccurate data "if it becomes aware that" with an
        // example between, a fee for inspections as „Aufwandsentschädigung“, a liability carve-out for data subjects
        // no refusal to assist) over the same one hundred and seventy-four: precision 3626 of 3712 (0.9768), recall
        // 3626 of 3678 (0.9859), 4517 of 4698 exact (on its branch).
        // Round 28 (general readings on the precision side, a second time, as families of wordings: assistance with
        // data subjects' requests only against a fee, at the processor's will or through the controller's own tools,
        // the limit of the sentence that adds the processor's help to those tools, a processing "indefinitely", the
        // subject matter only by reference to an order form, a web page or the main contract, the processor's own
        // business purposes, an authority's request notified only afterwards, the controller bearing every claim of
        // data subjects, a deviation from instructions at will, data and data subjects only by reference to a
        // documentation or a web page) over all one hundred and seventy-four: precision 3621 of 3706 (0.9771),
        // recall 3621 of 3678 (0.9845), 4514 of 4698 exact (on its branch).
        // The twenty-fifth and twenty-sixth held-out sets moved here before round 28 (197 and 188 of 216 on the lead's
        // last measurement, after round 27); over all one hundred and ninety then precision 3964 of 4080 (0.9716),
        // recall 3964 of 4032 (0.9831), 4896 of 5130 exact. With the lead's readings of the rotated documents' forms,
        // sub-processors' liability, a tool beside the country and data after a label (4898), and recall28 and round 28
        // merged, over all one hundred and ninety: precision 3973 of 4088 (0.9719), recall 3973 of 4032 (0.9854), 4907
        // of 5130 exact.
        // The twenty-seventh and twenty-eighth held-out sets moved here in session 29 (194 and 174 of 216 on the lead's
        // last measurement, after round 28; the twenty-eighth's optiplan refused as not a DPA); over all two hundred
        // and six then precision 4300 of 4446 (0.9672), recall 4300 of 4386 (0.9804), 5275 of 5562 exact.
        // Round 29: the lead's decision on unmarked special-category data changed three training verdicts of
        // DATA_CATEGORIES from found to weaker (kalterbach, kladdenwerk, kornfeld), which alone moves the base to
        // precision 4297 of 4446 (0.9665), recall 4297 of 4383 (0.9804), 5272 exact; with round 29's readings (the
        // unmarked special categories read as weaker, which meets those three, and the families of requests answered
        // by the processor itself, only as far as the law requires or without disproportionate effort, and
        // sub-processors' liability only as far as recovered) precision 4297 of 4439 (0.9680), recall 4297 of 4383
        // (0.9804), 5279 of 5562 exact (on its branch). Recall29 (the processor answering for its sub-processors in
        // other words, the law's own "insofar as this is possible" beside the technical and organisational measures,
        // privacy requests in everyday words, consent to the service providers the agreement names, definitions
        // beside another data protection law, an authority's request asked as a help-center question) on its branch,
        // on the old ground truth: precision 4307 of 4453 (0.9672), recall 4307 of 4386 (0.9820), 5282 exact. Both
        // merged with the refusal gate, the lead's readings (clauses kept unchanged, signature blocks in columns, an
        // authorisation in cells): precision 4304 of 4446 (0.9681), recall 4304 of 4383 (0.98198), 5286 of 5562 exact.
        // The twenty-ninth and thirtieth held-out sets moved here in session 30 (191 and 195 of 216 on the lead's last
        // measurement, d4548d55); over all two hundred and twenty-two then precision 4646 of 4817 (0.96450), recall
        // 4646 of 4738 (0.98058), 5672 of 5994 exact. Round 30 (the precision side, five families: the data pooled
        // or used for the processor's own offer, whatever data anyone on the controller's side enters, a disclosure
        // or notice left to the processor's judgement, subject matter and duration by a pointer or at the processor's
        // need; then data subjects as whoever the controller enters or specifies) on its branch: precision 4646 of
        // 4796 (0.96872), recall unchanged, 5693 exact. Recall30 (an authority's request worded as a condition, data
        // subjects after the label „Betroffene“, the duration as the subscription or contract term, changes of
        // sub-processors only published read as weaker, not absent) on its branch: precision 4656 of 4827 (0.96457),
        // recall 4656 of 4738 (0.98269), 5684 exact. Both merged with party30 (parties and forms; no verdict of its
        // own) and the lead's readings (a quoted agreement, layout tables, listed sub-processors authorised): precision
        // 4656 of 4806 (0.96879), recall 4656 of 4738 (0.98269), 5705 of 5994 exact. The thirty-first and
        // thirty-second held-out sets moved here in session 31 (196 and 196 of 216 on the lead's last measurement,
        // 5af5e281); over all two hundred and thirty-eight then precision 5000 of 5172 (0.96674), recall 5000 of 5093
        // (0.98174), 6097 of 6426 exact. Recall31 (information only as a substitute weaker, the sub-processor's
        // contract named beside its copy, return and deletion in two paragraphs of one clause, own purposes in the
        // description no limit of the instructions) on its branch: precision 5008 of 5180 (0.96680), recall 5008 of
        // 5093 (0.98331), 6111 of 6426 exact. Round 31 (an instruction exception for any law, certificates the
        // processing produces, a confirmation only in some plans, termination for breach after more than a month,
        // deletion by the processor's own retention rules, a breach notice from the processor's own confirmation) on
        // its branch: precision 5000 of 5150 (0.97087), recall unchanged, 6119 of 6426 exact. Both merged with party31
        // (addresses and forms; no verdict of its own) and the widening of every German pattern to text without
        // umlauts (AsciiGerman; no training verdict moved): precision 5008 of 5158 (0.97091), recall 5008 of 5093
        // (0.98331), 6133 of 6426 exact. The thirty-third and thirty-fourth held-out sets moved here in session 32
        // (192 and 201 of 216 on the lead's last measurement, ea190f79); over all two hundred and fifty-four then
        // precision 5355 of 5534 (0.96765), recall 5355 of 5448 (0.98293), 6526 of 6858 exact. Round 32 (assistance
        // with requests billed at the processor's rates, special categories listed beside a denial, a disclosure to
        // authorities by the processor's own view of the law) on its branch: precision 5355 of 5527 (0.96888), recall
        // unchanged, 6533 of 6858 exact. Recall32 (the types of data in a column of a description table or after a
        // label set in a column of plain text, the precedence „geht … vor“ past a dated main contract with German dates
        // read inside their sentence, the terms to be understood as in Art. 4, the authorisation as an entitlement or
        // an approval of named sub-processors, a list only on request) on its branch: precision 5365 of 5543
        // (0.96789), recall 5365 of 5448 (0.98477), 6538 of 6858 exact. Both merged with ci32 (one import of the
        // corpus per test JVM; no verdict of its own) and the lead's listed authorisation (no verdict of its own):
        // precision 5365 of 5536 (0.96911), recall 5365 of 5448 (0.98477), 6545 of 6858 exact. The thirty-fifth and
        // thirty-sixth held-out sets then moved into training (168 and 194 of 216 on the lead's last measurement,
        // 55a73e8b; the 35th's e-mail with its AVV quoted below a reply separator is read since the lead's mend of
        // MailHistory); over all two hundred and seventy then precision 5698 of 5881 (0.96888), recall 5698 of 5806
        // (0.98140), 6931 of 7290 exact. Prec33 (the sub-processors' liability only for care in choosing them or for
        // what is recovered, requests left to the controller or its tools or to best efforts, notice of new
        // sub-processors only to subscribers or with the objection excluded, breach notices only for risky breaches or
        // with their content left to the processor) on its branch: precision 5698 of 5862 (0.97202), recall unchanged,
        // 6950 of 7290 exact. Narrow33 (instructions confined to the service's functions, measures described only
        // outside the agreement, special-category data in words of their own, duties through a narrowed definition) on
        // its branch: precision 5698 of 5869 (0.97086), recall unchanged, 6943 of 7290 exact. Recall33 (changes of
        // sub-processors made known only on the list, the liability for sub-processors narrowed to what is recovered
        // or enforced, both weaker instead of absent) on its branch: precision and recall unchanged, 6942 of 7290
        // exact. Pdfcol33 (narrow justified PDF columns read as columns, not as a table: flossenwerk's five verdicts
        // right, its DATA_CATEGORIES, found before from the interleaved text, lost) on its branch: precision 5701 of
        // 5883 (0.96906), recall 5701 of 5806 (0.98192), 6935 of 7290 exact. The lead's Unicode classes and form
        // readings: no verdict moved. All merged (62a2392c): precision 5701 of 5852 (0.97419), recall 5701 of 5806
        // (0.98192), 6977 of 7290 exact. With the lead's column headed „Daten“ beside the data subjects (flossenwerk's
        // DATA_CATEGORIES back): precision 5702 of 5853 (0.97421), recall 5702 of 5806 (0.98209), 6978 exact. The
        // thirty-seventh and thirty-eighth held-out sets then moved into training (190 and 195 of 216 on the lead's
        // last measurement, 62a2392c); over all two hundred and eighty-six: precision 6050 of 6235 (0.97033), recall
        // 6050 of 6165 (0.98135), 7363 of 7722 exact. Recall34 (the return worded as handing the data over, the data
        // subjects' requests named by their role and rights): precision 6058 of 6244 (0.97021), recall 6058 of 6165
        // (0.98264), 7372 of 7722 exact. Prec34 (a cap on liability that names the data subjects' claims among what it
        // covers; five LIABILITY verdicts found -> weaker, to their authors') on its branch: precision 6050 of 6230
        // (0.97111), recall unchanged, 7368 of 7722 exact. Desc34 (assistance with impact assessments taken out of the
        // service or owed only on a separate order, special categories listed beside a denial, a consent record or
        // another item's aside) on its branch: precision 6050 of 6221 (0.97251), recall unchanged, 7377 of 7722 exact.
        // All merged with the lead's requests handled directly by the processor's team (fundwell back to weaker):
        // precision 6058 of 6224 (0.97333), recall 6058 of 6165 (0.98264), 7392 of 7722 exact. The thirty-ninth to
        // forty-second held-out sets then moved into training together (189, 190, 197 and 186 of 216 on the lead's last
        // measurement, 1f62082d); over all three hundred and eighteen: precision 6745 of 6975 (0.96703), recall 6745 of
        // 6881 (0.98024), 8154 of 8586 exact (the 286 earlier documents read as before). Weak35 (duties read against
        // their legal elements: a condition on a form, an order or a plan; an objection's exit without refund; a breach
        // notice counted from the processor's own investigation; an infringing instruction only when obvious or days
        // later) on its branch: precision 6745 of 6962 (0.96882), recall unchanged, 8167 of 8586 exact. Duty35 (a
        // request's notice read by who does what, clauses incorporated by number credit only what they state) on its
        // branch (713aef2a): precision 6746 of 6975 (0.96717), recall 6746 of 6881 (0.98037), 8158 exact. Layout35
        // (three or more PDF columns, Markdown comments, narrowing definitions by kind) and the lead's forms and
        // held-back instructions: all merged, precision 6759 of 6964 (0.97056), recall 6759 of 6881 (0.98227), 8195
        // of 8586 exact (41 verdicts to their authors', none away):
        assertThat(all.precision()).as(table.toString()).isGreaterThanOrEqualTo(0.970);
        assertThat(all.recall()).as(table.toString()).isGreaterThanOrEqualTo(0.982);
        assertThat(all.exact).as(table.toString()).isGreaterThanOrEqualTo(8195);
    }

    @Test
    void every_requirement_found_quotes_its_passage() {
        for (Case c : CASES) {
            String text = c.result().getText();
            for (RequirementResult r : c.result().getCompleteness()) {
                if (r.status() == Status.NOT_FOUND) {
                    continue;
                }
                assertThat(r.evidence()).as(c.name() + " " + r.requirement()).isNotEmpty();
                for (SourceSpan span : r.evidence()) {
                    String source = text.substring(span.offset(), span.end()).replaceAll("\\s+", " ");
                    String quote = span.quote().endsWith("…")
                            ? span.quote().substring(0, span.quote().length() - 1)
                            : span.quote();
                    assertThat(quote).as(c.name() + " " + r.requirement()).isNotBlank();
                    assertThat(source).as(c.name() + " " + r.requirement()).startsWith(quote);
                }
            }
        }
    }
}
