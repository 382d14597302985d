package dev.costmodel.api;

import java.util.List;

/**
 * A part of an ML system that costs money each month, and its formula.
 *
 * <p>The bundled components are {@link RetrainPipeline}, {@link ModelStorage}, {@link ServerlessInference},
 * {@link RealtimeInference} and {@link DriftMonitor}. Write your own by implementing this interface: an
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
   * Throws {@link IllegalArgumentException} if this component cannot be combined with the others of a
   * scenario (such as Model Monitor on a serverless endpoint), naming the fix; does nothing by default.
   */
  default void checkCompatibility(List<CostComponent> scenarioComponents) {}
}
