/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.render.document.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws where the data goes as SVG: controllers, then the processor, then the sub-processors grouped by
 * the country where they process data; groups outside the EU/EEA are marked and each recipient there
 * names its transfer mechanism or that none is stated. A processor established outside the EU/EEA, or one that
 * receives the data in a third country under a transfer tool of its own, is marked the same way, with its country
 * and that tool. With more than {@value #MAX_LISTED} recipient
 * entries, each group shows counts instead of names (per transfer mechanism outside the EU/EEA), so that
 * the picture stays readable and its size depends on the number of countries, not of recipients; the picture
 * alone counts as well when naming every recipient would make it taller than one printed page at the text
 * width ({@value #MAX_NAMED_HEIGHT} units), while its description keeps naming them. Linear in
 * the number of sub-processors; deterministic; all text is XML-escaped. A party's or recipient's name is wrapped at
 * its spaces onto up to {@value #MAX_NAME_LINES} lines of its box, so that the full name shows ("JoMoCo UG
 * (haftungsbeschränkt)"); only a longer name, or a single word wider than the box, is shortened with "…". A
 * transfer mechanism is wrapped at its spaces onto as many lines as it needs under its arrow, so that the basis of
 * each transfer reads whole.
 */
final class DataFlowDiagram {

    private static final int WIDTH = 760;
    private static final int BOX_W = 200;
    private static final int LINE = 16;
    private static final int MAX_CHARS = 30;
    /** The most lines a name may take in its box; what does not fit ends in "…". */
    static final int MAX_NAME_LINES = 3;
    /**
     * Above this many recipient entries the diagram counts recipients per country (and per transfer
     * mechanism outside the EU/EEA) instead of naming each: a picture of thousands of names is unreadable,
     * and the list of sub-processors in the annex names them all.
     */
    static final int MAX_LISTED = 60;
    /**
     * The tallest picture that names recipients: {@value} units at a width of {@value #WIDTH} still prints on
     * one A4 page at the text width, so at about 7.5 points; a taller one counts recipients like an aggregated
     * picture (the Jomoco example's 42 entries in five groups made its names about 5 points high).
     */
    static final int MAX_NAMED_HEIGHT = 1_100;

    private final Texts t;
    private final DataProcessingAgreement agreement;

    private final Countries countries;

    DataFlowDiagram(Texts t, DataProcessingAgreement agreement, Countries countries) {
        this.t = t;
        this.agreement = agreement;
        this.countries = countries;
    }

    /** The figure with its SVG image. */
    Figure figure() {
        return figure(true);
    }

    /**
     * The figure; with {@code drawn} false its {@code svg} is empty and only the caption and description are
     * made, for the formats that print no image (the description is the same either way).
     */
    Figure figure(boolean drawn) {
        Map<String, Group> groups = groups();
        int listed = 0;
        for (Group g : groups.values()) {
            listed += g.members.size();
        }
        boolean aggregate = listed > MAX_LISTED;
        // the picture counts as soon as the names would make it too tall to print legibly on a page; the
        // description, which has no such limit, keeps naming them up to MAX_LISTED
        boolean counted = aggregate;
        if (drawn && !aggregate) {
            int namedHeight = 60;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                namedHeight += groupHeight(g.getKey(), nameLines(g.getValue())) + 12;
            }
            counted = namedHeight > MAX_NAMED_HEIGHT;
        }
        StringBuilder svg = new StringBuilder();
        StringBuilder description = new StringBuilder();
        List<String> controllers = new ArrayList<>();
        for (Party c : agreement.getControllers()) {
            controllers.add(c.getName().orElse(t.get("parties.unnamed.CONTROLLER")));
        }
        if (controllers.isEmpty()) {
            controllers.add(t.get("parties.unnamed.CONTROLLER"));
        }
        String processor = agreement.getProcessor().flatMap(Party::getName).orElse(t.get("parties.unnamed.PROCESSOR"));

        List<String> controllerLines = new ArrayList<>();
        controllers.forEach(c -> controllerLines.addAll(wrap(c)));
        List<String> processorLines = wrap(processor);
        // a processor established in a third country (or receiving the data there under its own transfer tool) is
        // itself a recipient in a third country: marked like one, with its country and the basis of the transfer
        Optional<TransferMechanism> processorTransfer =
                agreement.getTransfers().flatMap(TransferTerms::getProcessorTransfer);
        Optional<CountryCode> processorCountry =
                agreement.getProcessor().flatMap(Party::getAddress).flatMap(PostalAddress::getCountry);
        boolean processorThird = processorTransfer.isPresent()
                || processorCountry.map(c -> !countries.isEea(c)).orElse(false);
        String processorPlace = processorCountry
                .filter(c -> !countries.isEea(c))
                .map(c -> t.country(c) + " – " + t.get("diagram.thirdCountry"))
                .orElse(t.get("diagram.unknownCountry"));
        List<String[]> processorMarks = new ArrayList<>();
        if (processorThird) {
            for (String part : breakLines(processorPlace, MAX_CHARS)) {
                processorMarks.add(new String[] {part, NAME});
            }
            mechanismLines(
                    processorTransfer
                            .map(TransferMechanism::getType)
                            .map(x -> t.opt("diagram.mechanism." + x.name()).orElse(t.label(x)))
                            .orElse(t.get("format.noneStated")),
                    processorMarks);
        }
        int controllerHeight = 40 + controllerLines.size() * LINE;
        int processorHeight = 40 + processorLines.size() * LINE + processorMarks.size() * LINE;
        if (drawn) {
            int groupHeight = 0;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                groupHeight +=
                        groupHeight(g.getKey(), counted ? countLines(g.getValue()) : nameLines(g.getValue())) + 12;
            }
            int height = Math.max(Math.max(Math.max(controllerHeight, processorHeight), 60) + 80, groupHeight + 60);
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append(WIDTH)
                    .append(' ')
                    .append(height)
                    .append("\" width=\"")
                    .append(WIDTH)
                    .append("\" height=\"")
                    .append(height)
                    .append("\" role=\"img\" aria-label=\"")
                    .append(escape(t.get("diagram.caption")))
                    .append("\" font-family=\"Georgia, 'Times New Roman', serif\" font-size=\"12\">");
            svg.append(
                    "<defs><marker id=\"dpa-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                            + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#44546a\"/></marker></defs>");
        }

        int top = 30;
        int px = 280;
        if (drawn) {
            // controllers
            box(
                    svg,
                    10,
                    top,
                    BOX_W,
                    controllerHeight,
                    "#eef2f7",
                    "#44546a",
                    t.get("diagram.controller"),
                    controllerLines);
            // processor
            if (processorThird) {
                thirdCountryBox(
                        svg, px, top, processorHeight, t.get("diagram.processor"), processorLines, processorMarks);
            } else {
                box(
                        svg,
                        px,
                        top,
                        BOX_W,
                        processorHeight,
                        "#eef2f7",
                        "#44546a",
                        t.get("diagram.processor"),
                        processorLines);
            }
            arrow(svg, 10 + BOX_W, top + 28, px, top + 28);
        }
        description.append(t.plain(
                "diagram.description.main",
                Map.of("controllers", String.join(", ", controllers), "processor", processor)));
        // the processor's own receipt of the data in a third country is a transfer as well, with its own basis
        if (processorThird) {
            description
                    .append(' ')
                    .append(t.plain(
                            "diagram.description.processorTransfer",
                            Map.of(
                                    "country",
                                    processorCountry
                                            .filter(c -> !countries.isEea(c))
                                            .map(t::country)
                                            .orElse(t.get("diagram.unknownCountry")),
                                    "mechanism",
                                    processorTransfer
                                            .map(m -> t.label(m.getType()))
                                            .orElse(t.get("format.noneStated")))));
        }

        // sub-processor groups
        int gx = 550;
        int y = 10;
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            if (drawn) {
                boolean third = group.third;
                List<String[]> groupLines = counted ? countLines(group) : nameLines(group);
                // the heading (a country, "– third country" where it is one, or a place as the agreement words
                // it) is wrapped at its spaces like a name, not cut at the box's width
                List<String> heading = wrap(entry.getKey());
                int h = groupHeight(entry.getKey(), groupLines);
                String stroke = third ? "#a33b20" : "#44546a";
                svg.append("<rect x=\"")
                        .append(gx)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(BOX_W)
                        .append("\" height=\"")
                        .append(h)
                        .append("\" rx=\"6\" fill=\"")
                        .append(third ? "#fbefe9" : "#f4f6f8")
                        .append("\" stroke=\"")
                        .append(stroke)
                        .append("\"")
                        .append(third ? " stroke-dasharray=\"5 3\"" : "")
                        .append("/>");
                int hy = y + 18;
                for (String line : heading) {
                    text(svg, gx + 8, hy, line, true, stroke);
                    hy += LINE;
                }
                int my = y + 36 + (heading.size() - 1) * LINE;
                for (String[] line : groupLines) {
                    if (line[1].equals(MECHANISM) || line[1].equals(MECHANISM_MORE)) {
                        // under the line above it, as close as the lines of one recipient; a continued line starts
                        // under the text after the arrow
                        text(svg, gx + (line[1].equals(MECHANISM) ? 20 : 32), my - 2, line[0], false, "#a33b20");
                        my += LINE;
                    } else {
                        text(svg, gx + 12, my, line[0], false, "#1f2933");
                        my += LINE + 2;
                    }
                }
                arrow(svg, px + BOX_W, top + 28, gx, y + h / 2);
                y += h + 12;
            }
            description
                    .append(' ')
                    .append(
                            aggregate
                                    ? countDescription(entry.getKey(), group)
                                    : nameDescription(entry.getKey(), group));
        }
        if (!aggregate) {
            unstated(groups).ifPresent(u -> description.append(' ').append(u));
        }
        if (groups.isEmpty()) {
            description.append(' ').append(t.get("diagram.description.none"));
        }
        if (drawn) {
            svg.append("</svg>");
        }
        return new Figure("data-flow", t.get("diagram.caption"), description.toString(), svg.toString());
    }

    /** Marks a line that names a transfer mechanism (indented, in the colour of third countries). */
    private static final String MECHANISM = "mechanism";

    /** Marks the continuation of a transfer mechanism's line, indented under the text after its arrow. */
    private static final String MECHANISM_MORE = "mechanismMore";

    /**
     * The most characters of a transfer mechanism's line: its lines start further right than a name's, after an
     * arrow, so fewer fit the box. The picture names a tool in its short form where it has one ("SCC 2021/914",
     * "Data Privacy Framework"; the description names it in full), and a longer one is wrapped at its spaces, never
     * cut, so that the basis of each transfer reads whole.
     */
    static final int MECHANISM_CHARS = 24;

    private static final String NAME = "name";

    /** One line per recipient, and in a third country one more with its transfer mechanism. */
    private static List<String[]> nameLines(Group group) {
        List<String[]> lines = new ArrayList<>();
        for (Member m : group.members) {
            for (String part : wrap(m.name())) {
                lines.add(new String[] {part, NAME});
            }
            if (group.third) {
                mechanismLines(m.drawn(), lines);
            }
        }
        return lines;
    }

    /** A transfer mechanism after an arrow, wrapped at its spaces onto as many lines as it needs. */
    private static void mechanismLines(String mechanism, List<String[]> lines) {
        List<String> parts = breakLines(mechanism, MECHANISM_CHARS);
        for (int i = 0; i < parts.size(); i++) {
            lines.add(
                    i == 0
                            ? new String[] {"→ " + parts.get(i), MECHANISM}
                            : new String[] {parts.get(i), MECHANISM_MORE});
        }
    }

    /** The number of recipients, and in a third country the number per transfer mechanism. */
    private List<String[]> countLines(Group group) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {count(group.members.size()), NAME});
        if (group.third) {
            for (Map.Entry<String, Integer> e : group.mechanisms(true).entrySet()) {
                mechanismLines(e.getKey() + ": " + e.getValue(), lines);
            }
        }
        return lines;
    }

    private String count(int n) {
        return t.plain("diagram.count." + (n == 1 ? "one" : "other"), Map.of("n", Integer.toString(n)));
    }

    /**
     * The recipients of a group by name; in a third country each with its transfer mechanism where one is stated. A
     * recipient without one is named alone here and once in the sentence of {@link #unstated}, so that "(none stated)"
     * is not repeated after each of them.
     */
    private String nameDescription(String country, Group group) {
        List<String> names = new ArrayList<>();
        boolean allStated = true;
        for (Member m : group.members) {
            names.add(group.third && m.stated() ? m.name() + " (" + m.mechanism() + ")" : m.name());
            allStated &= m.stated();
        }
        return t.plain(
                !group.third
                        ? "diagram.description.group"
                        : allStated ? "diagram.description.third" : "diagram.description.thirdPartly",
                Map.of("country", country, "recipients", String.join(", ", names)));
    }

    /**
     * One sentence for the recipients in third countries whose transfer mechanism the agreement leaves empty: the
     * one by name, all of them by number, some of them by number and name; empty where every one has a mechanism.
     */
    private Optional<String> unstated(Map<String, Group> groups) {
        Set<String> third = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Group g : groups.values()) {
            if (g.third) {
                for (Member m : g.members) {
                    third.add(m.name());
                    if (!m.stated()) {
                        missing.add(m.name());
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        if (missing.size() == 1) {
            return Optional.of(t.plain(
                    "diagram.description.unstated.one",
                    Map.of("name", missing.iterator().next())));
        }
        String n = Integer.toString(missing.size());
        return Optional.of(
                missing.size() == third.size()
                        ? t.plain("diagram.description.unstated.all", Map.of("n", n))
                        : t.plain(
                                "diagram.description.unstated.other",
                                Map.of("n", n, "names", String.join(", ", missing))));
    }

    private String countDescription(String country, Group group) {
        if (!group.third) {
            return t.plain(
                    "diagram.description.group", Map.of("country", country, "recipients", count(group.members.size())));
        }
        List<String> perMechanism = new ArrayList<>();
        group.mechanisms(false).forEach((mechanism, n) -> perMechanism.add(mechanism + ": " + n));
        return t.plain(
                "diagram.description.thirdCount",
                Map.of(
                        "country",
                        country,
                        "recipients",
                        count(group.members.size()),
                        "mechanisms",
                        String.join(", ", perMechanism)));
    }

    /** The height of a group's box: its heading, wrapped like a name, and its lines. */
    private static int groupHeight(String heading, List<String[]> lines) {
        int h = 30 + (wrap(heading).size() - 1) * LINE;
        for (String[] line : lines) {
            h += line[1].equals(NAME) ? LINE + 2 : LINE;
        }
        return h;
    }

    /**
     * A recipient in a group: its name and its transfer mechanism (or "none stated"), as the description names it and
     * in the short form the picture draws.
     */
    private record Member(String name, String mechanism, String drawn, boolean stated) {}

    /** The recipients in one country or region, in the order of the agreement, each once. */
    private static final class Group {
        final boolean third;
        final Set<Member> members = new LinkedHashSet<>();

        Group(boolean third) {
            this.third = third;
        }

        /** Mechanism (in the picture's short form if {@code drawn}) -> number of recipients, sorted by mechanism. */
        Map<String, Integer> mechanisms(boolean drawn) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Member m : members) {
                counts.merge(drawn ? m.drawn() : m.mechanism(), 1, Integer::sum);
            }
            return counts;
        }
    }

    /**
     * Country label -> group, EEA groups first, each sorted by label. Each recipient is added once per
     * group (a hash set, so that thousands of recipients cost linear time).
     */
    private Map<String, Group> groups() {
        Map<String, Group> eea = new TreeMap<>();
        Map<String, Group> third = new TreeMap<>();
        List<Subprocessor> all = new ArrayList<>();
        agreement.getSubprocessing().ifPresent(s -> collect(s.getSubprocessors(), all));
        for (Subprocessor s : all) {
            Optional<TransferMechanismType> type = s.getTransfer().map(TransferMechanism::getType);
            String mechanism = type.map(t::label).orElse(t.get("format.noneStated"));
            // the picture names the tool in a short form where the label would take several lines of a box; the
            // description names it in full
            String drawn =
                    type.flatMap(x -> t.opt("diagram.mechanism." + x.name())).orElse(mechanism);
            Map<String, Boolean> places = new LinkedHashMap<>();
            for (Location l : s.getLocations()) {
                boolean outside = l.getCountry().map(c -> !countries.isEea(c)).orElse(false)
                        || l.getRegion().map(Region::mayBeOutsideEea).orElse(false);
                String label = l.getCountry()
                        .map(c -> countries.isEea(c)
                                ? t.country(c)
                                : t.country(c) + " – " + t.get("diagram.thirdCountry"))
                        .or(() -> l.getRegion().map(t::label))
                        .or(() -> l.getDescription().map(t::resolve))
                        .orElse(t.get("diagram.unknownCountry"));
                places.merge(label, outside, Boolean::logicalOr);
            }
            if (places.isEmpty()) {
                Optional<CountryCode> seat = Countries.seat(s);
                boolean outside = seat.map(c -> !countries.isEea(c)).orElse(false);
                places.put(
                        seat.map(t::country)
                                .map(c -> outside ? c + " – " + t.get("diagram.thirdCountry") : c)
                                .orElse(t.get("diagram.unknownCountry")),
                        outside);
            }
            places.forEach((label, outside) -> (outside ? third : eea)
                    .computeIfAbsent(label, k -> new Group(outside))
                    .members
                    .add(new Member(s.getName(), mechanism, drawn, type.isPresent())));
        }
        Map<String, Group> groups = new LinkedHashMap<>(eea);
        groups.putAll(third);
        return groups;
    }

    private static void collect(List<Subprocessor> subprocessors, List<Subprocessor> into) {
        for (Subprocessor s : subprocessors) {
            into.add(s);
            collect(s.getSubprocessors(), into);
        }
    }

    private void box(
            StringBuilder svg,
            int x,
            int y,
            int w,
            int h,
            String fill,
            String stroke,
            String title,
            List<String> lines) {
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" rx=\"6\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\"/>");
        text(svg, x + 8, y + 18, title, true, stroke);
        int ly = y + 38;
        for (String line : lines) {
            text(svg, x + 12, ly, line, false, "#1f2933");
            ly += LINE;
        }
    }

    /**
     * A party's box marked as a recipient in a third country, as the groups of sub-processors there are: dashed, in
     * the colour of third countries, its name, then its country and the transfer basis in that colour.
     */
    private void thirdCountryBox(
            StringBuilder svg, int x, int y, int h, String title, List<String> names, List<String[]> marks) {
        String stroke = "#a33b20";
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(BOX_W)
                .append("\" height=\"")
                .append(h)
                .append("\" rx=\"6\" fill=\"#fbefe9\" stroke=\"")
                .append(stroke)
                .append("\" stroke-dasharray=\"5 3\"/>");
        text(svg, x + 8, y + 18, title, true, stroke);
        int ly = y + 38;
        for (String line : names) {
            text(svg, x + 12, ly, line, false, "#1f2933");
            ly += LINE;
        }
        for (String[] line : marks) {
            if (line[1].equals(NAME)) {
                text(svg, x + 12, ly, line[0], false, stroke);
            } else {
                text(svg, x + (line[1].equals(MECHANISM) ? 20 : 32), ly, line[0], false, stroke);
            }
            ly += LINE;
        }
    }

    private static void arrow(StringBuilder svg, int x1, int y1, int x2, int y2) {
        svg.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2 - 2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" stroke=\"#44546a\" stroke-width=\"1.4\" marker-end=\"url(#dpa-arrow)\"/>");
    }

    private static void text(StringBuilder svg, int x, int y, String text, boolean bold, String colour) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" fill=\"")
                .append(colour)
                .append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append('>')
                .append(escape(shorten(text)))
                .append("</text>");
    }

    /**
     * The name in lines of at most {@value #MAX_CHARS} characters, broken at its spaces; a word wider than a line, and
     * the last of {@value #MAX_NAME_LINES} lines when more would follow, are shortened with "…".
     */
    static List<String> wrap(String text) {
        List<String> lines = breakLines(text, MAX_CHARS);
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < MAX_NAME_LINES; i++) {
            boolean cut = i == MAX_NAME_LINES - 1 && lines.size() > MAX_NAME_LINES;
            String l = lines.get(i);
            // more would follow: the next word makes the line too long, so it ends in "…"
            fitted.add(cut ? shorten(l + " " + lines.get(i + 1)) : shorten(l));
        }
        return fitted;
    }

    /** The text broken at its spaces into lines of at most {@code width} characters where its words allow. */
    static List<String> breakLines(String text, int width) {
        String clean = Escapes.clean(text).strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" +")) {
            if (line.length() > 0 && length(line) + 1 + length(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    static String shorten(String text) {
        String clean = Escapes.clean(text).strip();
        int count = clean.codePointCount(0, clean.length());
        if (count <= MAX_CHARS) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_CHARS - 1)) + "…";
    }

    private static String escape(String text) {
        return Escapes.xml(text);
    }
}
