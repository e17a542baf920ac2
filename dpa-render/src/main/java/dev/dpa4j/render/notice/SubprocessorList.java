/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.Change;
import dev.dpa4j.model.diff.ChangeKind;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.internal.Escapes;
import dev.dpa4j.render.internal.notice.NoticeComposer;
import dev.dpa4j.render.internal.notice.Words;
import dev.dpa4j.render.internal.notice.Writers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The public list of sub-processors that vendors publish: an HTML page and a JSON document of the current list, and
 * an Atom feed (RFC 4287) whose entries are the changes of the list between consecutive versions.
 *
 * <p>Everything is derived from the agreements alone: the feed's and entries' {@code updated} timestamps are the
 * versions' {@code versionDate}s at 00:00 UTC, and ids are URNs built from the agreement's id and the version, so the
 * same versions always give byte-identical output. Every user string is escaped. Methods are thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubprocessorList {

    private SubprocessorList() {}

    private static List<Subprocessor> subprocessors(DataProcessingAgreement a) {
        return a.getSubprocessing().map(SubprocessingTerms::getSubprocessors).orElse(List.of());
    }

    private static String processor(DataProcessingAgreement a, Words w) {
        return a.getProcessor().flatMap(Party::getName).orElse(w.t("notice.processor2"));
    }

    private static String version(DataProcessingAgreement a, Words w) {
        String label = a.getVersion().map(v -> w.format("notice.version2", v)).orElse(w.t("notice.version3"));
        return a.getVersionDate()
                .map(d -> w.format("notice.versionOf", label, w.date(d)))
                .orElse(label);
    }

    /**
     * Writes the current list as one self-contained HTML page.
     *
     * @param current the current version, not null
     * @param locale German or English, not null
     * @return the HTML page
     * @throws IllegalArgumentException if the language is not supported
     */
    public static String html(DataProcessingAgreement current, Locale locale) {
        Objects.requireNonNull(current, "current");
        Words w = Words.of(Objects.requireNonNull(locale, "locale"));
        String title = w.t("notice.subProcessorsOf") + processor(current, w);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(w.locale().getLanguage())
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>")
                .append(Escapes.xml(title))
                .append("</title>\n")
                .append(
                        "<style>\nbody{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#eee}\n</style>\n</head>\n<body>\n")
                .append("<h1>")
                .append(Escapes.xml(title))
                .append("</h1>\n")
                .append("<p>")
                .append(Escapes.xml(w.t("notice.asOf") + version(current, w)))
                .append("</p>\n<table>\n<thead>\n<tr><th>")
                .append(Escapes.xml(w.t("notice.name")))
                .append("</th><th>")
                .append(Escapes.xml(w.t("notice.service3")))
                .append("</th><th>")
                .append(Escapes.xml(w.t("notice.establishedIn2")))
                .append("</th><th>")
                .append(Escapes.xml(w.t("notice.placesOfProcessing")))
                .append("</th><th>")
                .append(Escapes.xml(w.t("notice.transferMechanism3")))
                .append("</th></tr>\n</thead>\n<tbody>\n");
        for (Subprocessor s : subprocessors(current)) {
            sb.append("<tr><td>")
                    .append(Escapes.xml(w.subprocessorName(s)))
                    .append("</td><td>")
                    .append(Escapes.xml(s.getService().map(w::text).orElse("")))
                    .append("</td><td>")
                    .append(Escapes.xml(s.getCountry().map(w::country).orElse("")))
                    .append("</td><td>")
                    .append(Escapes.xml(w.locations(s.getLocations())))
                    .append("</td><td>")
                    .append(Escapes.xml(w.transfers(s)))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * Writes the current list as a JSON document: the agreement's id, version and date, the processor's name and the
     * sub-processors in the model's JSON format.
     *
     * @param current the current version, not null
     * @return the JSON text (sorted properties, two-space indent, LF line ends)
     */
    public static String json(DataProcessingAgreement current) {
        Objects.requireNonNull(current, "current");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("agreementId", current.getId());
        current.getVersion().ifPresent(v -> document.put("version", v));
        current.getVersionDate().ifPresent(d -> document.put("versionDate", d.toString()));
        current.getProcessor().flatMap(Party::getName).ifPresent(n -> document.put("processor", n));
        current.getSubprocessing().flatMap(SubprocessingTerms::getListUrl).ifPresent(u -> document.put("listUrl", u));
        document.put("subprocessors", subprocessors(current));
        return DpaJson.mapper().writeValueAsString(document) + "\n";
    }

    /**
     * Writes an Atom feed (RFC 4287) of the list's history. The versions are ordered by their version date; the feed
     * has one entry for the first version (the initial list) and one for each later version whose list of
     * sub-processors differs from its predecessor's, newest first. Membership of the EEA is judged as of each new
     * version's date.
     *
     * @param versions the versions of one agreement, in any order, not empty; each needs a {@code versionDate}
     * @param locale German or English, not null
     * @return the feed as UTF-8 XML text
     * @throws IllegalArgumentException if the list is empty, a version has no version date, two versions share a
     *     date, or the language is not supported
     */
    public static String atom(List<DataProcessingAgreement> versions, Locale locale) {
        Objects.requireNonNull(versions, "versions");
        Words w = Words.of(Objects.requireNonNull(locale, "locale"));
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("The Atom feed needs at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).getVersionDate().isEmpty()) {
                throw new IllegalArgumentException("Version " + (i + 1) + " ('"
                        + versions.get(i).getId() + "') has no 'versionDate'; the feed derives its timestamps from it");
            }
        }
        List<DataProcessingAgreement> sorted = versions.stream()
                .sorted(Comparator.comparing(a -> a.getVersionDate().orElseThrow()))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getVersionDate().equals(sorted.get(i - 1).getVersionDate())) {
                throw new IllegalArgumentException("Two versions share the 'versionDate' "
                        + sorted.get(i).getVersionDate().orElseThrow() + "; the feed needs one date per version");
            }
        }
        DataProcessingAgreement latest = sorted.get(sorted.size() - 1);
        String feedId = "urn:dpa4j:subprocessors:" + encode(latest.getId());

        List<String> entries = new ArrayList<>();
        DataProcessingAgreement first = sorted.get(0);
        StringBuilder initial = new StringBuilder("<ul>");
        for (Subprocessor s : subprocessors(first)) {
            initial.append("<li>").append(Escapes.xml(w.subprocessorName(s))).append("</li>");
        }
        initial.append("</ul>");
        entries.add(entry(feedId, first, w.t("notice.firstPublishedList") + version(first, w), initial.toString()));
        for (int i = 1; i < sorted.size(); i++) {
            DataProcessingAgreement before = sorted.get(i - 1);
            DataProcessingAgreement after = sorted.get(i);
            ChangeSet changes =
                    AgreementDiff.asOf(after.getVersionDate().orElseThrow()).diff(before, after);
            List<Change> relevant = changes.getChanges().stream()
                    .filter(c -> c.getKind().subject() == ChangeKind.Subject.SUBPROCESSOR)
                    .toList();
            if (relevant.isEmpty()) {
                continue;
            }
            ChangeSet only = ChangeSet.of(changes.getAgreementId(), null, null, null, null, relevant);
            ChangeNotice notice = ChangeNotice.of(before, after, only);
            String content = Writers.firstListAsHtml(NoticeComposer.compose(notice, w));
            entries.add(entry(feedId, after, w.t("notice.changesOfTheList") + version(after, w), content));
        }

        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(w.locale().getLanguage())
                .append("\">\n")
                .append("  <id>")
                .append(Escapes.xml(feedId))
                .append("</id>\n")
                .append("  <title>")
                .append(Escapes.xml(w.t("notice.subProcessorsOf") + processor(latest, w)))
                .append("</title>\n")
                .append("  <updated>")
                .append(timestamp(latest.getVersionDate().orElseThrow()))
                .append("</updated>\n")
                .append("  <author><name>")
                .append(Escapes.xml(processor(latest, w)))
                .append("</name></author>\n");
        latest.getSubprocessing()
                .flatMap(SubprocessingTerms::getListUrl)
                .ifPresent(u -> sb.append("  <link rel=\"alternate\" href=\"")
                        .append(Escapes.xml(u))
                        .append("\"/>\n"));
        sb.append("  <generator>dpa4j</generator>\n");
        for (int i = entries.size() - 1; i >= 0; i--) {
            sb.append(entries.get(i));
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    private static String entry(String feedId, DataProcessingAgreement version, String title, String html) {
        LocalDate date = version.getVersionDate().orElseThrow();
        String id = feedId + ":" + date
                + version.getVersion().map(v -> ":" + encode(v)).orElse("");
        return "  <entry>\n"
                + "    <id>" + Escapes.xml(id) + "</id>\n"
                + "    <title>" + Escapes.xml(title) + "</title>\n"
                + "    <updated>" + timestamp(date) + "</updated>\n"
                + "    <content type=\"html\">" + Escapes.xml(html) + "</content>\n"
                + "  </entry>\n";
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** Percent-encodes a string for use in a URN (RFC 8141 allows these characters unencoded: A-Z a-z 0-9 - . _). */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("~", "%7E");
    }
}
