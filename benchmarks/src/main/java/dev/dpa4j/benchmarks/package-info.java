/* SPDX-License-Identifier: Apache-2.0 */
/** JMH benchmarks of dpa4j. Figures are reported as ratios measured in one run. */
package dev.dpa4j.benchmarks;
