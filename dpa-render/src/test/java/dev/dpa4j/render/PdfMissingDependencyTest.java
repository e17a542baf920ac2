/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message for missing PDF libraries says what to do where the application runs: on the class
 * path, add the artifacts; on the module path, where the jars are usually present but not resolved,
 * name the modules to require (newcomer review, friction 9).
 */
class PdfMissingDependencyTest {

    @Test
    void should_name_the_modules_to_require_on_the_module_path() {
        // when
        String message =
                PdfRenderer.missingDependency(List.of("org.jsoup:jsoup"), true).getMessage();

        // then
        assertThat(message)
                .contains("module dev.dpa4j.render cannot read")
                .contains("requires openhtmltopdf.pdfbox; requires org.jsoup;"
                        + " requires org.apache.commons.logging; requires jdk.unsupported;")
                .contains("--add-modules openhtmltopdf.pdfbox,org.jsoup,org.apache.commons.logging,jdk.unsupported")
                .doesNotContain("class path");
    }

    @Test
    void should_name_the_artifacts_to_add_on_the_class_path() {
        // when
        String message =
                PdfRenderer.missingDependency(List.of("org.jsoup:jsoup"), false).getMessage();

        // then
        assertThat(message)
                .contains("org.jsoup:jsoup on the class path")
                .contains("io.github.openhtmltopdf:openhtmltopdf-pdfbox 1.1.65 and org.jsoup:jsoup 1.24.1")
                .doesNotContain("module");
    }
}
