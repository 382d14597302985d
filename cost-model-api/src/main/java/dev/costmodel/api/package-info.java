/**
 * The costmodel vocabulary: what a user imports to describe an ML system and price it.
 *
 * <ul>
 *   <li>Units: {@link dev.costmodel.api.Money}, {@link dev.costmodel.api.DataSize},
 *       {@link dev.costmodel.api.UnitPrice}.
 *   <li>What is built: {@link dev.costmodel.api.Workload}, {@link dev.costmodel.api.ModelTopology} and
 *       the {@link dev.costmodel.api.CostComponent}s ({@link dev.costmodel.api.RetrainPipeline},
 *       {@link dev.costmodel.api.ModelStorage}, {@link dev.costmodel.api.ServerlessInference},
 *       {@link dev.costmodel.api.RealtimeInference}, {@link dev.costmodel.api.DriftMonitor}).
 *   <li>What it costs: {@link dev.costmodel.api.CostScenario} &rarr;
 *       {@link dev.costmodel.api.MonthlyEstimate} of {@link dev.costmodel.api.LineItem}s.
 *   <li>Prices: the {@link dev.costmodel.api.PriceCatalog} interface (bundled catalogs live in core).
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"step:steps", "component:components", "lineItem:lineItems", "finding:findings"},
    allowedClasspathAnnotations = {ParametersAreNonnullByDefault.class, Immutable.class})
package dev.costmodel.api;

import javax.annotation.ParametersAreNonnullByDefault;
import javax.annotation.concurrent.Immutable;
import org.immutables.value.Value;
