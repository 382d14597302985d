/**
 * Reports of estimates for people: Markdown tables of line items and of several scenarios side by side.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.core.report;

import javax.annotation.ParametersAreNonnullByDefault;
