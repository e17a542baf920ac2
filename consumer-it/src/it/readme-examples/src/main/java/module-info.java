/* SPDX-License-Identifier: Apache-2.0 */
/** A consumer application on the module path, with the requires the README names for PDF. */
module dev.dpa4j.smoke {
    requires dev.dpa4j.model;
    requires dev.dpa4j.validate;
    requires dev.dpa4j.render;
    requires dev.dpa4j.importer;
    requires dev.dpa4j.dpv;
    requires titanium.json.ld; // only to check its module name (ReadmeExamples.dpv)
    requires org.apache.pdfbox;
    requires org.apache.xmpbox;
    requires org.apache.commons.logging;
}
