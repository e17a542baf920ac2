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
        String message = PdfRenderer.missingDependency(List.of("org.apache.xmpbox:xmpbox"), true)
                .getMessage();

        // then
        assertThat(message)
                .contains("module dev.dpa4j.render cannot read")
                .contains(
                        "requires org.apache.pdfbox; requires org.apache.xmpbox; requires org.apache.commons.logging;")
                .contains("--add-modules org.apache.pdfbox,org.apache.xmpbox,org.apache.commons.logging")
                .doesNotContain("class path");
    }

    @Test
    void should_name_the_artifacts_to_add_on_the_class_path() {
        // when
        String message = PdfRenderer.missingDependency(List.of("org.apache.pdfbox:xmpbox"), false)
                .getMessage();

        // then
        assertThat(message)
                .contains("org.apache.pdfbox:xmpbox on the class path")
                .contains("org.apache.pdfbox:pdfbox 3.0.8 and org.apache.pdfbox:xmpbox 3.0.8")
                .doesNotContain("module");
    }
}
