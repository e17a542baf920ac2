/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Renders just-avv-de as PDF into the file named by the argument; run in a separate JVM by a test. */
final class RenderPdfMain {

    private RenderPdfMain() {}

    public static void main(String[] args) throws Exception {
        byte[] pdf = FormatsTestSupport.render(
                PdfRenderer.create(),
                FormatsTestSupport.example("just-avv-de"),
                FormatsTestSupport.options(Locale.ENGLISH));
        Files.write(Path.of(args[0]), pdf);
    }
}
