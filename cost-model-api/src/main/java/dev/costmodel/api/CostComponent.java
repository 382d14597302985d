package dev.costmodel.api;

import java.util.List;
import java.util.Optional;

/**
 * A part of an ML system that costs money each month, and its formula.
 *
 * <p>Three methods make a component: {@link #lineItems} prices it, {@link #findings} says what a reader should
 * doubt, and {@link #checkDesign} refuses what the provider would refuse.
 *
 * <p>The bundled components are {@link dev.costmodel.api.aws.RetrainPipeline}, {@link dev.costmodel.api.aws.ModelStorage}, {@link dev.costmodel.api.aws.ServerlessInference},
 * {@link dev.costmodel.api.aws.RealtimeInference} and {@link dev.costmodel.api.aws.DriftMonitor}. Write your own by implementing this interface: an
 * immutable class whose {@link #lineItems} uses {@link PricingContext#lineItem} to price each quantity.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CostComponent {
  /** The component's name in line items and messages, such as {@code RetrainPipeline}. */
  String name();

  /** The component's monthly costs, line by line, priced from {@code context}. */
  List<LineItem> lineItems(PricingContext context);

  /** Doubts about this component in this context that a reader should see; none by default. */
  default List<Finding> findings(PricingContext context) {
    return List.of();
  }

  /**
   * Throws if the provider would refuse this component in this scenario: a {@link LimitExceededException}
   * for a value beyond one of the provider's limits (a payload above what the endpoint accepts) or a
   * combination the provider does not offer (Model Monitor on a serverless endpoint), naming the limit, its
   * source and the fix. {@link CostScenario} calls it for every component when it is built, with the
   * scenario's context ({@link PricingContext#components()} holds the other components); does nothing by
   * default.
   */
  default void checkDesign(PricingContext context) {}

  /**
   * The provider whose services this component prices, and whose catalogs it must be priced from: by default
   * the provider whose package holds the class ({@code dev.costmodel.api.aws}, {@code .gcp}, {@code .azure}),
   * and empty (any catalog) for a class elsewhere. {@link CostScenario} refuses a component priced from another
   * provider's catalog ({@link Cloud#of(dev.costmodel.api.price.PriceCatalog)}), naming the equivalent component
   * on that provider.
   */
  default Optional<Cloud> cloud() {
    return Cloud.ofPackage(getClass());
  }
}
