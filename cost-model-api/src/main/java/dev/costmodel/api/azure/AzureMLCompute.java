package dev.costmodel.api.azure;

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
 * Azure Machine Learning compute cluster jobs: {@code nodes} VMs of {@code vmSize} for {@code duration}, run
 * {@code runsPerMonth} times, for every model ({@link Kind#TRAINING}) or once for the system
 * ({@link Kind#BATCH_ENDPOINT}, a batch endpoint's scoring job).
 *
 * <p>Formula: {@code [models ×] runs × nodes × hours × P_VM}. Azure Machine Learning adds no charge of its own
 * to the compute: a cluster node costs what its virtual machine costs (Azure Machine Learning pricing), so both
 * kinds and {@link AzureOnlineEndpoint} share the catalog's {@code VirtualMachines/Linux/<size>} prices.
 * 200 models × 1.2 runs × 0.5 h on Standard_DS3_v2 at USD 0.293 = USD 35.16.
 *
 * <pre>{@code
 * AzureMLCompute training = AzureMLCompute.builder()
 *     .vmSize("Standard_DS3_v2").duration(Duration.ofMinutes(30)).runsPerMonth(1.2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AzureMLCompute implements CostComponent {
  /** What the cluster runs. */
  public enum Kind {
    /** A training job for every model; priced as retraining. */
    TRAINING,
    /** A batch endpoint's scoring job for the whole system; priced as inference. */
    BATCH_ENDPOINT
  }

  AzureMLCompute() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What the cluster runs; {@link Kind#TRAINING} by default. */
  @Value.Default
  public Kind kind() {
    return Kind.TRAINING;
  }

  /** The VM size, such as {@code Standard_DS3_v2}. */
  public abstract String vmSize();

  /** Nodes a run uses; 1 by default. */
  @Value.Default
  public int nodes() {
    return 1;
  }

  /** How long one run takes. */
  public abstract Duration duration();

  /** Runs a month (for each model, when training). */
  public abstract BigDecimal runsPerMonth();

  @Override
  public String name() {
    return "AzureMLCompute";
  }

  /** The catalog key: {@code VirtualMachines/Linux/<size>}. */
  public PriceKey priceKey() {
    return PriceKey.of("VirtualMachines", "Linux", vmSize());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal nodes = BigDecimal.valueOf(nodes());
    BigDecimal hours = Formats.hours(Formats.seconds(duration()));
    BigDecimal runs = runsPerMonth().multiply(nodes).multiply(hours);
    if (kind() == Kind.BATCH_ENDPOINT) {
      return List.of(context.lineItem(name(), CostCategory.INFERENCE, "Azure ML batch endpoint (" + nodes() + " × "
              + vmSize() + ")", priceKey(), "VM size", runs,
          List.of(PricingContext.term(runsPerMonth(), "run", "runs"), PricingContext.term(nodes, "node", "nodes"),
              PricingContext.term(hours, "h"))));
    }
    BigDecimal models = BigDecimal.valueOf(context.modelCount());
    return List.of(context.lineItem(name(), CostCategory.RETRAIN, "Azure ML training (" + nodes() + " × " + vmSize()
            + ")", priceKey(), "VM size", models.multiply(runs),
        List.of(PricingContext.term(models, "model", "models"), PricingContext.term(runsPerMonth(), "run", "runs"),
            PricingContext.term(nodes, "node", "nodes"), PricingContext.term(hours, "h"))));
  }

  @Value.Check
  void check() {
    Checks.notBlank("AzureMLCompute.vmSize", vmSize());
    Checks.positive("AzureMLCompute.nodes", nodes());
    Checks.positive("AzureMLCompute.duration", duration());
    Checks.nonNegative("AzureMLCompute.runsPerMonth", runsPerMonth());
  }

  /** Builds an {@link AzureMLCompute}; VM size, duration and runs a month are required. */
  public static final class Builder extends ImmutableAzureMLCompute.Builder {
    Builder() {}

    /** Sets the runs a month from a {@code double}, exactly as written. */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("AzureMLCompute.runsPerMonth", runs));
    }
  }
}
