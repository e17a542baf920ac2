/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML with jsoup: {@code h1}-{@code h6} become headings, {@code li} list items, {@code tr} table rows;
 * every other element without block children becomes a paragraph, split at {@code br}. The {@code summary} of a
 * {@code details} element (a collapsible section) is the heading of the section it opens, one level below the heading
 * it stands under, and a nested one below that.
 *
 * <p>A web page is more than its agreement: the site's chrome is dropped before the page is read ({@link
 * #dropChrome}): cookie and consent banners, navigation, breadcrumbs, language switchers, feedback widgets, "on this
 * page" lists and the site's header and footer, found by structure (HTML's {@code nav}, a {@code header} or {@code
 * footer} outside the page's {@code main} or {@code article}, the ARIA roles of those parts, the names pages give them
 * in {@code id} and {@code class}) and by a block made of links. What the agreement itself holds at its end (a
 * signature block, "Last updated", the links to its annexes in the article) is kept.
 */
final class HtmlReader {

    private static final Set<String> SKIP = Set.of(
            "script",
            "style",
            "head",
            "template",
            "noscript",
            "svg",
            "nav",
            "button",
            "select",
            "dialog",
            // struck or deleted wording states nothing, as a tracked deletion in a DOCX does not
            "del",
            "s",
            "strike");

    /** The page's own content, where it marks it. */
    private static final String CONTENT = "main, article, [role=main]";

    /** ARIA roles of a page's parts that are no document text: navigation, site header and footer, dialogs. */
    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "banner", "contentinfo", "dialog", "alertdialog", "search", "menubar", "menu");

    /**
     * The names pages give their chrome in {@code id} and {@code class} that say what it is wherever it stands:
     * breadcrumbs, a language switcher, a feedback widget ("Was this article helpful?"), a skip link.
     */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?:^|[^a-z])(?:breadcrumbs?|brotkrumen\\w*|lang(?:uage)?[-_]?(?:switch\\w*|select\\w*|picker|chooser|menu)"
                    + "|sprachwahl|feedback|was[-_]?this[-_]?helpful|helpful|article[-_]?vote|skip[-_]?link\\w*)(?:[^a-z]|$)");

    /**
     * The names of a banner that sits over the page (cookies, consent): chrome outside the page's content, or where it
     * holds the controls of a banner (a button), not a section of an agreement named after consent to sub-processors.
     */
    private static final Pattern BANNER_NAME = Pattern.compile(
            "(?:^|[^a-z])(?:cookies?\\w*|\\w*consent\\w*|\\w*banner\\w*|cmp|gdpr[-_]?bar|notice[-_]?bar)(?:[^a-z]|$)");

    /** The names of a list of the page's own sections: "toc", "on-this-page", "table-of-contents", "inhalt". */
    private static final Pattern TOC_NAME = Pattern.compile(
            "(?:^|[^a-z])(?:toc|table[-_]?of[-_]?contents|on[-_]?this[-_]?page|page[-_]?nav\\w*|inhaltsverzeichnis|auf[-_]?dieser[-_]?seite|jump[-_]?links?)(?:[^a-z]|$)");

    /** The label of such a list: "On this page", „Auf dieser Seite“, "Contents". */
    private static final Pattern TOC_LABEL = Pattern.compile(
            "^(?:on this page|in this article|contents|table of contents|jump to|auf dieser seite|inhalt|inhaltsverzeichnis"
                    + "|in diesem artikel|springe zu)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "blockquote",
            "address",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figure",
            "figcaption",
            "caption",
            "pre",
            "hr",
            "body",
            "form",
            "fieldset",
            "details",
            "summary");

    private HtmlReader() {}

    static SourceText read(String html, int maxChars, String source) {
        Document doc = Jsoup.parse(html);
        // a form's check boxes and radio buttons become the boxes a text shows (☒ ticked, ☐ not), so that FormChoices
        // reads them as it reads a PDF's or a DOCX's
        for (Element box : doc.select("input[type=checkbox], input[type=radio]")) {
            box.before(new TextNode(box.hasAttr("checked") ? " \u2612 " : " \u2610 "));
            box.remove();
        }
        dropChrome(doc.body(), !doc.body().select(CONTENT).isEmpty(), false, false);
        TextBuilder out = new TextBuilder(maxChars, source);
        walk(doc.body(), out, 0, new Headings());
        // the page's <title> stands outside its text; the refusal gate reads it as the document's own title
        return out.build().withTitle(TextBuilder.normalise(doc.title()));
    }

    /** The level of the last heading read, and of the collapsible section being read (0 outside one). */
    private static final class Headings {
        int last;
        int details;
    }

    /**
     * Removes the site's chrome below {@code parent} (see the class comment).
     *
     * @param content whether the page marks its content ({@code main}, {@code article}); where it does not, a site
     *     header or footer cannot be told from the agreement's own, and only its blocks of links are dropped
     * @param inContent whether {@code parent} is inside the page's content
     * @param inFrame whether {@code parent} is inside a header, footer or sidebar outside the content
     */
    private static void dropChrome(Element parent, boolean content, boolean inContent, boolean inFrame) {
        for (Element e : new ArrayList<>(parent.children())) {
            String tag = e.normalName();
            if (holdsContent(e)) {
                // "main" around the "article" and a sidebar: the content is the innermost, its siblings are not
                dropChrome(e, content, false, inFrame);
                continue;
            }
            if (e.is(CONTENT)) {
                dropChrome(e, content, true, inFrame);
                continue;
            }
            if (chrome(e, tag, content, inContent, inFrame)) {
                e.remove();
                continue;
            }
            boolean frame =
                    inFrame || (!inContent && (tag.equals("header") || tag.equals("footer") || tag.equals("aside")));
            dropChrome(e, content, inContent, frame);
        }
    }

    private static boolean chrome(Element e, String tag, boolean content, boolean inContent, boolean inFrame) {
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (tag.equals("nav")
                || CHROME_ROLES.contains(role)
                || e.attr("aria-modal").equals("true")) {
            return true;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        int length = e.text().length();
        if (CHROME_NAME.matcher(names).find() && length < 600) {
            return true;
        }
        if (BANNER_NAME.matcher(names).find()
                && length < 1500
                && ((content && !inContent)
                        || !e.select("button, [data-consent]").isEmpty())) {
            return true;
        }
        if (widget(e)) {
            return true;
        }
        if (!inContent && content && (tag.equals("header") || tag.equals("footer"))) {
            return true; // the site's header and footer, beside the content the page marks
        }
        // a list of the page's own sections: named so, or led by its label, its links all to the page itself
        if ((TOC_NAME.matcher(names).find()
                        || TOC_LABEL.matcher(e.text().strip()).matches())
                && e.select("a[href]").size() >= 2
                && inPage(e)) {
            return true;
        }
        boolean frame = tag.equals("header") || tag.equals("footer") || tag.equals("aside");
        // a block of links outside the content: navigation, a sidebar, a footer's columns
        return !inContent && (content || inFrame || frame) && linkDense(e);
    }

    /** Whether an element holds the page's content below it (not itself). */
    private static boolean holdsContent(Element e) {
        for (Element c : e.children()) {
            if (c.is(CONTENT) || holdsContent(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question the page asks its reader and answers with buttons ("Was this article helpful? Yes No", „War diese
     * Seite hilfreich?“): a short block with buttons whose own text is a question.
     */
    private static boolean widget(Element e) {
        if (e.select("button, input[type=button], input[type=submit]").isEmpty() || hasBlockChild(e)) {
            return false;
        }
        String own = TextBuilder.normalise(String.join(" ", ownLines(e)));
        return own.length() < 160 && own.endsWith("?");
    }

    /** Whether an element is made of links: two or more, holding at least seven tenths of its text. */
    private static boolean linkDense(Element e) {
        List<Element> links = e.select("a[href]");
        if (links.size() < 2) {
            return false;
        }
        int all = TextBuilder.normalise(e.text()).length();
        int linked = 0;
        for (Element a : links) {
            linked += TextBuilder.normalise(a.text()).length();
        }
        return all > 0 && linked * 10 >= all * 7;
    }

    /** Whether every link of an element points into the page itself ("#s3"). */
    private static boolean inPage(Element e) {
        for (Element a : e.select("a[href]")) {
            if (!a.attr("href").startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Element element, TextBuilder out, int listLevel, Headings headings) {
        for (Element child : element.children()) {
            visit(child, element.normalName().equals("body"), out, listLevel, headings);
        }
    }

    /** Reads one child of an element ({@code inBody}: of the page's body, where loose text is a paragraph). */
    private static void visit(Element child, boolean inBody, TextBuilder out, int listLevel, Headings headings) {
        String tag = child.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            headings.last = tag.charAt(1) - '0';
            out.heading(headings.last, child.text());
        } else if (tag.equals("details")) {
            details(child, out, listLevel, headings);
        } else if (tag.equals("tr") && layoutRow(child)) {
            for (Element cell : child.children()) {
                inOrder(cell, out, listLevel, headings);
            }
        } else if (tag.equals("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : child.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text());
                }
            }
            out.row(cells);
        } else if (tag.equals("dl") && definitionList(child, out)) {
            // read as a table of terms and descriptions
        } else if (tag.equals("li")) {
            List<String> lines = ownLines(child);
            out.listItem(listLevel, String.join(" ", lines));
            walk(child, out, listLevel + 1, headings);
        } else if (tag.equals("ul") || tag.equals("ol")) {
            walk(child, out, listLevel, headings);
        } else if (hasBlockChild(child)) {
            for (String line : ownLines(child)) {
                out.paragraph(line);
            }
            walk(child, out, listLevel, headings);
        } else if (BLOCKS.contains(tag) || inBody) {
            for (String line : ownLines(child)) {
                out.paragraph(line);
            }
        }
    }

    /**
     * A collapsible section: its {@code summary} is its heading, one level below the heading it stands under (or
     * below the collapsible section that holds it), at most level 6; a summary that holds a heading element is read
     * as that heading. The rest of the element is the section's body.
     */
    private static void details(Element details, TextBuilder out, int listLevel, Headings headings) {
        int outer = headings.details;
        int above = headings.last;
        int level = Math.min(6, (outer > 0 ? outer : headings.last) + 1);
        for (Element child : details.children()) {
            if (child.normalName().equals("summary") && child.elementSiblingIndex() == firstSummary(details)) {
                if (hasBlockChild(child)) {
                    // "<summary><h2>4. Sub-processors</h2></summary>": the page marked the heading itself
                    for (String line : ownLines(child)) {
                        out.paragraph(line);
                    }
                    walk(child, out, listLevel, headings);
                    level = headings.last;
                } else {
                    out.heading(level, String.join(" ", ownLines(child)));
                    headings.last = level;
                }
            }
        }
        headings.details = level;
        for (Element child : details.children()) {
            if (!(child.normalName().equals("summary") && child.elementSiblingIndex() == firstSummary(details))) {
                visit(child, false, out, listLevel, headings);
            }
        }
        // after the section, the next one stands under the same heading again
        headings.details = outer;
        headings.last = above;
    }

    private static int firstSummary(Element details) {
        for (Element c : details.children()) {
            if (c.normalName().equals("summary")) {
                return c.elementSiblingIndex();
            }
        }
        return -1;
    }

    /**
     * A definition list of terms and their descriptions ("Gegenstand" / "Versand von Newslettern") is a table of
     * two columns: each description a row with its term, so that the term is read as the label of its value and a
     * short description is not taken for a heading.
     *
     * @return whether the list was read so (false where it holds no term, or blocks other than text)
     */
    private static boolean definitionList(Element dl, TextBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        @Nullable String term = null;
        for (Element c : dl.children()) {
            String tag = c.normalName();
            if (hasBlockChild(c)) {
                return false;
            }
            if (tag.equals("dt")) {
                term = c.text();
            } else if (tag.equals("dd") && term != null) {
                rows.add(List.of(term, c.text()));
            } else if (!SKIP.contains(tag)) {
                return false;
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        rows.forEach(out::row);
        return true;
    }

    /**
     * Whether a table row lays out a page rather than holding data: one of its cells carries running text of its own
     * (at least {@value #LAYOUT_CHARS} characters in three or more lines, paragraphs or headings) or a table of its
     * own. Older pages set their whole content in such cells ({@code <td><font>§ 1 …<br><br>§ 2 …</font></td>}); read as
     * one row, an agreement would be one cell.
     */
    private static boolean layoutRow(Element row) {
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            if (!cell.select("table").isEmpty()) {
                return true;
            }
            if (TextBuilder.normalise(cell.text()).length() >= LAYOUT_CHARS
                    && cell.select("br, p, div, h1, h2, h3, h4, h5, h6, li").size() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The characters of running text that make a table cell part of a page's layout. */
    private static final int LAYOUT_CHARS = 600;

    /**
     * Reads a layout cell in document order: its loose text, split at {@code br}, as paragraphs, each block element
     * where it stands, and inline elements (a {@code font} or {@code span} around paragraphs) as part of the flow.
     */
    private static void inOrder(Element element, TextBuilder out, int listLevel, Headings headings) {
        StringBuilder line = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(line, out);
                } else if (BLOCKS.contains(tag) || (tag.length() == 2 && tag.charAt(0) == 'h')) {
                    flush(line, out);
                    visit(e, true, out, listLevel, headings);
                } else if (hasBlockChild(e) || !e.select("br").isEmpty()) {
                    flush(line, out);
                    inOrder(e, out, listLevel, headings);
                } else {
                    line.append(e.text());
                }
            }
        }
        flush(line, out);
    }

    private static void flush(StringBuilder line, TextBuilder out) {
        if (!line.toString().isBlank()) {
            out.paragraph(line.toString());
        }
        line.setLength(0);
    }

    private static boolean hasBlockChild(Element element) {
        for (Element c : element.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The text of an element outside its block children, split into lines at {@code br}. */
    private static List<String> ownLines(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(element, line, lines);
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        return lines;
    }

    private static void collect(Element element, StringBuilder line, List<String> lines) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lines.add(line.toString());
                    line.setLength(0);
                } else if (!BLOCKS.contains(tag) && !SKIP.contains(tag)) {
                    collect(e, line, lines);
                }
            }
        }
    }
}
