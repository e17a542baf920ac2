/** Immutable domain model of a data processing agreement. */
@DpaStyle
@NullMarked
package dev.dpa4j.model;

import org.jspecify.annotations.NullMarked;
