/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Import and review of data processing agreements written by others: reads a document (plain text, Markdown,
 * HTML, DOCX or the text layer of a PDF), finds the Art. 28 GDPR elements in it, extracts typed facts with the
 * passage each comes from, and builds a draft agreement that the validator can judge, with every finding tied to
 * its text.
 */
module dev.dpa4j.importer {
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;
    requires transitive dev.dpa4j.model;
    requires transitive dev.dpa4j.validate;
    requires org.jsoup;
    requires org.apache.pdfbox;
    requires java.xml;

    exports dev.dpa4j.importer;
    exports dev.dpa4j.importer.spi;

    uses dev.dpa4j.importer.spi.PassageClassifier;
}
