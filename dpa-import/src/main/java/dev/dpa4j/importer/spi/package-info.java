/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Service provider interface of the importer: a {@link dev.dpa4j.importer.spi.PassageClassifier} assigns the
 * passages of a document to the elements of an agreement, in addition to or instead of the built-in rules.
 */
@NullMarked
package dev.dpa4j.importer.spi;

import org.jspecify.annotations.NullMarked;
