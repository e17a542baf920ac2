/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.render.document.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Draws where the data goes as SVG: controllers, then the processor, then the sub-processors grouped by
 * the country where they process data; groups outside the EU/EEA are marked and each recipient there
 * names its transfer mechanism or that none is stated. Deterministic; all text is XML-escaped and
 * shortened to fit its box.
 */
final class DataFlowDiagram {

    private static final int WIDTH = 760;
    private static final int BOX_W = 200;
    private static final int LINE = 16;
    private static final int MAX_CHARS = 30;

    private final Texts t;
    private final DataProcessingAgreement agreement;

    private final Countries countries;

    DataFlowDiagram(Texts t, DataProcessingAgreement agreement, Countries countries) {
        this.t = t;
        this.agreement = agreement;
        this.countries = countries;
    }

    Figure figure() {
        Map<String, List<String[]>> groups = groups();
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

        int groupHeight = 0;
        for (List<String[]> members : groups.values()) {
            groupHeight += groupHeight(members) + 12;
        }
        int controllerHeight = 40 + controllers.size() * LINE;
        int height = Math.max(Math.max(controllerHeight, 60) + 80, groupHeight + 60);
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

        int top = 30;
        // controllers
        box(svg, 10, top, BOX_W, controllerHeight, "#eef2f7", "#44546a", t.get("diagram.controller"), controllers);
        // processor
        int px = 280;
        box(svg, px, top, BOX_W, 56, "#eef2f7", "#44546a", t.get("diagram.processor"), List.of(processor));
        arrow(svg, 10 + BOX_W, top + 28, px, top + 28);
        description.append(t.plain(
                "diagram.description.main",
                Map.of("controllers", String.join(", ", controllers), "processor", processor)));

        // sub-processor groups
        int gx = 550;
        int y = 10;
        for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
            List<String[]> members = group.getValue();
            boolean third = members.get(0)[2].equals("third");
            int h = groupHeight(members);
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
            String title = group.getKey();
            text(svg, gx + 8, y + 18, title, true, stroke);
            int my = y + 36;
            for (String[] member : members) {
                text(svg, gx + 12, my, member[0], false, "#1f2933");
                if (third) {
                    text(svg, gx + 20, my + LINE, "→ " + member[1], false, "#a33b20");
                    my += LINE;
                }
                my += LINE + 2;
            }
            arrow(svg, px + BOX_W, top + 28, gx, y + h / 2);
            description
                    .append(' ')
                    .append(t.plain(
                            third ? "diagram.description.third" : "diagram.description.group",
                            Map.of("country", group.getKey(), "recipients", recipients(members))));
            y += h + 12;
        }
        if (groups.isEmpty()) {
            description.append(' ').append(t.get("diagram.description.none"));
        }
        svg.append("</svg>");
        return new Figure("data-flow", t.get("diagram.caption"), description.toString(), svg.toString());
    }

    private static int groupHeight(List<String[]> members) {
        int h = 30;
        for (String[] m : members) {
            h += m[2].equals("third") ? LINE * 2 + 2 : LINE + 2;
        }
        return h;
    }

    private String recipients(List<String[]> members) {
        List<String> names = new ArrayList<>();
        for (String[] m : members) {
            names.add(m[2].equals("third") ? m[0] + " (" + m[1] + ")" : m[0]);
        }
        return String.join(", ", names);
    }

    /** Country label -> members {name, mechanism, "third"|"eea"}, EEA groups first, each sorted by label. */
    private Map<String, List<String[]>> groups() {
        Map<String, List<String[]>> eea = new TreeMap<>();
        Map<String, List<String[]>> third = new TreeMap<>();
        List<Subprocessor> all = new ArrayList<>();
        agreement.getSubprocessing().ifPresent(s -> collect(s.getSubprocessors(), all));
        for (Subprocessor s : all) {
            String mechanism = s.getTransfer()
                    .map(TransferMechanism::getType)
                    .map(t::label)
                    .orElse(t.get("format.noneStated"));
            Map<String, Boolean> places = new LinkedHashMap<>();
            for (Location l : s.getLocations()) {
                boolean outside = l.getCountry().map(c -> !countries.isEea(c)).orElse(false)
                        || l.getRegion()
                                .map(r -> r == Region.THIRD_COUNTRIES || r == Region.WORLDWIDE)
                                .orElse(false);
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
            places.forEach((label, outside) -> {
                List<String[]> members = (outside ? third : eea).computeIfAbsent(label, k -> new ArrayList<>());
                String[] member = {s.getName(), mechanism, outside ? "third" : "eea"};
                if (members.stream().noneMatch(m -> m[0].equals(member[0]) && m[1].equals(member[1]))) {
                    members.add(member);
                }
            });
        }
        Map<String, List<String[]>> groups = new LinkedHashMap<>(eea);
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

    static String shorten(String text) {
        String clean = Escapes.stripControls(text).strip();
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
