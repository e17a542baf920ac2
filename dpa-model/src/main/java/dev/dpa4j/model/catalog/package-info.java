/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Reference catalogues shipped with dpa4j: countries with EU/EEA membership, adequacy decisions,
 * transfer mechanisms, Art. 9 categories, Art. 4(2) operations, TOM headings, and starter
 * catalogues of data categories, data subject types and measures.
 *
 * <p>Start at {@link dev.dpa4j.model.catalog.Catalogs#standard()}. Every catalogue carries its
 * version, the date its facts were last checked and its sources ({@link
 * dev.dpa4j.model.catalog.CatalogInfo}). Facts that change over time (membership, adequacy, the
 * validity of transfer tools) are answered for an explicit date; no method reads the clock.
 * Labels exist in German and English and are chosen by an explicit {@link java.util.Locale}.
 */
@NullMarked
package dev.dpa4j.model.catalog;

import org.jspecify.annotations.NullMarked;
