package dev.costmodel.api.gcp;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Vertex AI batch prediction job: {@code nodes} of {@code machineType} for {@code durationPerRun}, run
 * {@code runsPerMonth} times; the nodes exist only while the job runs.
 *
 * <p>Formula: {@code runs × nodes × hours × P_node-hour}. 30 runs × 2 nodes × 1 h × USD 0.219 = USD 13.14.
 *
 * <pre>{@code
 * VertexBatchPrediction batch = VertexBatchPrediction.builder()
 *     .machineType("n1-standard-4").nodes(2).durationPerRun(Duration.ofHours(1)).runsPerMonth(30).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VertexBatchPrediction implements CostComponent {
  VertexBatchPrediction() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine type of each node, such as {@code n1-standard-4}. */
  public abstract String machineType();

  /** Nodes the job runs on; 1 by default. */
  @Value.Default
  public int nodes() {
    return 1;
  }

  /** How long one run takes. */
  public abstract Duration durationPerRun();

  /** Runs a month. */
  public abstract BigDecimal runsPerMonth();

  @Override
  public String name() {
    return "VertexBatchPrediction";
  }

  /** The catalog key of a node: {@code VertexAI/BatchPrediction/<machine type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("VertexAI", "BatchPrediction", machineType());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal nodes = BigDecimal.valueOf(nodes());
    BigDecimal hours = Formats.hours(Formats.seconds(durationPerRun()));
    return List.of(context.lineItem(name(), CostCategory.INFERENCE, "Vertex AI batch prediction (" + nodes()
            + " × " + machineType() + ")", priceKey(), "machine type",
        runsPerMonth().multiply(nodes).multiply(hours),
        List.of(PricingContext.term(runsPerMonth(), "run", "runs"), PricingContext.term(nodes, "node", "nodes"),
            PricingContext.term(hours, "h"))));
  }

  @Value.Check
  void check() {
    Checks.notBlank("VertexBatchPrediction.machineType", machineType());
    Checks.positive("VertexBatchPrediction.nodes", nodes());
    Checks.positive("VertexBatchPrediction.durationPerRun", durationPerRun());
    Checks.nonNegative("VertexBatchPrediction.runsPerMonth", runsPerMonth());
  }

  /** Builds a {@link VertexBatchPrediction}; machine type, duration and runs a month are required. */
  public static final class Builder extends ImmutableVertexBatchPrediction.Builder {
    Builder() {}

    /** Sets the runs a month from a {@code double}, exactly as written. */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("VertexBatchPrediction.runsPerMonth", runs));
    }
  }
}
