/**
 * Charts as SVG text, with no dependency: stacked bars of a comparison, lines of a sweep or a break-even,
 * and a histogram of a Monte Carlo. 800 × 480 px, axis labels with units.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.core.chart;

import javax.annotation.ParametersAreNonnullByDefault;
