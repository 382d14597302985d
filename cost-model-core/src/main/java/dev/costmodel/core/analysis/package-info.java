/**
 * Decisions, not just estimates: compare scenarios, sweep an input, find the inputs that matter, solve for
 * break-even points, plan retraining's completion time, and put ranges on uncertain inputs.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise, and rejects {@code null}
 * arguments.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.core.analysis;

import javax.annotation.ParametersAreNonnullByDefault;
