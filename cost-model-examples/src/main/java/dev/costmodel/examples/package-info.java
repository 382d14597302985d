/**
 * Runnable examples: {@link dev.costmodel.examples.SeedReport} reproduces the seed cost report.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.examples;

import javax.annotation.ParametersAreNonnullByDefault;
