/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.util.Optional;

/**
 * The optional SVG drawer (openhtmltopdf's Batik add-on). Only this class names the add-on's types, so
 * that {@link PdfWriter} loads and runs without it; the drawer is created only after its class was found.
 */
final class SvgSupport {

    private static final String DRAWER = "com.openhtmltopdf.svgsupport.BatikSVGDrawer";
    private static final boolean AVAILABLE = available();

    private SvgSupport() {}

    /** Returns a new drawer (scripts and external resources off), or empty without the add-on. */
    static Optional<SVGDrawer> drawer() {
        if (!AVAILABLE) {
            return Optional.empty();
        }
        try {
            return Optional.of(Factory.create());
        } catch (LinkageError e) {
            // the add-on is there but Batik (its dependency) is not: draw no SVG, as without the add-on
            return Optional.empty();
        }
    }

    private static boolean available() {
        try {
            Class.forName(DRAWER, false, SvgSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Holds the only reference to the add-on's class; loaded only when the add-on is present. */
    private static final class Factory {
        private Factory() {}

        static SVGDrawer create() {
            return new BatikSVGDrawer();
        }
    }
}
