/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** dpa4j-bom lists exactly the published jar modules of the reactor (those whose deploy is not skipped). */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void should_list_every_published_module_when_the_bom_is_read() throws Exception {
        // when
        Set<String> published = publishedJarModules(ROOT);
        Set<String> managed = bomEntries(ROOT.resolve("dpa4j-bom/pom.xml"));

        // then
        assertThat(published).contains("dpa-model", "dpa-validate", "dpa-render", "dpa-cli");
        assertThat(managed).as("dev.dpa4j entries of dpa4j-bom").isEqualTo(published);
    }

    @Test
    void should_leave_unpublished_modules_out_when_the_reactor_is_read() throws Exception {
        // when
        Set<String> published = publishedJarModules(ROOT);

        // then: both skip deploy, so a BOM entry for them would name an artifact that Central never gets
        assertThat(published).doesNotContain("benchmarks", "dpa4j-consumer-it", "dpa4j-bom");
    }

    static Set<String> publishedJarModules(Path root) throws IOException, SAXException, ParserConfigurationException {
        return new TreeSet<>(publishedJarModuleDirectories(root).keySet());
    }

    /** The published jar modules of the reactor: artifact id to module directory, in the order of the root pom. */
    static Map<String, Path> publishedJarModuleDirectories(Path root)
            throws IOException, SAXException, ParserConfigurationException {
        Map<String, Path> published = new LinkedHashMap<>();
        NodeList modules = parse(root.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path directory = root.resolve(modules.item(i).getTextContent().trim());
            Document pom = parse(directory.resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            String packaging = childText(project, "packaging");
            NodeList skip = pom.getElementsByTagName("maven.deploy.skip");
            boolean skipped =
                    skip.getLength() > 0 && skip.item(0).getTextContent().trim().equals("true");
            if (!skipped && (packaging.isEmpty() || packaging.equals("jar"))) {
                published.put(childText(project, "artifactId"), directory);
            }
        }
        return published;
    }

    static Set<String> bomEntries(Path bom) throws IOException, SAXException, ParserConfigurationException {
        Set<String> managed = new TreeSet<>();
        NodeList dependencies = parse(bom).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (childText(dependency, "groupId").equals("dev.dpa4j")) {
                managed.add(childText(dependency, "artifactId"));
            }
        }
        return managed;
    }

    private static String childText(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
