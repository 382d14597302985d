/**
 * The costmodel vocabulary: what a user imports to describe an ML system and price it.
 *
 * <ul>
 *   <li>What is built: {@link dev.costmodel.api.Workload}, {@link dev.costmodel.api.ModelTopology} and the
 *       {@link dev.costmodel.api.CostComponent}s that cost money (the bundled ones, with their provider's
 *       formulas and limits, are in {@link dev.costmodel.api.aws}).
 *   <li>What it costs: {@link dev.costmodel.api.CostScenario} &rarr;
 *       {@link dev.costmodel.api.MonthlyEstimate} of {@link dev.costmodel.api.LineItem}s, with
 *       {@link dev.costmodel.api.Finding}s about the design.
 *   <li>Units: {@link dev.costmodel.api.Money}, {@link dev.costmodel.api.DataSize}.
 *   <li>What a provider refuses: {@link dev.costmodel.api.ProviderLimit},
 *       {@link dev.costmodel.api.LimitExceededException}.
 *   <li>Prices and catalogs: {@link dev.costmodel.api.price}.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@CostModelStyle
package dev.costmodel.api;

import dev.costmodel.api.internal.CostModelStyle;
import javax.annotation.ParametersAreNonnullByDefault;
