/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Import of data processing agreements from documents: {@link dev.dpa4j.importer.DpaImporter} reads a document
 * into an {@link dev.dpa4j.importer.ImportResult} (draft agreement, extraction report, provenance of each fact);
 * {@link dev.dpa4j.importer.Review} validates the draft and ties each finding to the passage it is about.
 */
@NullMarked
package dev.dpa4j.importer;

import org.jspecify.annotations.NullMarked;
