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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Vertex AI custom training: a job of {@code replicaCount} machines of {@code machineType}, each with
 * {@code acceleratorCount} accelerators, for {@code duration}, run {@code runsPerMonth} times for every model.
 *
 * <p>Formula: {@code models × runs × replicas × hours × P_machine} plus, with accelerators,
 * {@code models × runs × replicas × accelerators × hours × P_accelerator}. Vertex AI bills the machine and each
 * accelerator by the hour, separately (Vertex AI pricing, "Custom-trained models"). 200 models × 1.2 runs ×
 * 0.5 h on n1-standard-4 at USD 0.2185 = USD 26.22.
 *
 * <pre>{@code
 * VertexTraining training = VertexTraining.builder()
 *     .machineType("n1-standard-4").duration(Duration.ofMinutes(30)).runsPerMonth(1.2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VertexTraining implements CostComponent {
  VertexTraining() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Compute Engine machine type, such as {@code n1-standard-4}. */
  public abstract String machineType();

  /** The accelerator, such as {@code NVIDIA_TESLA_T4}, if the machines have any. */
  public abstract Optional<String> acceleratorType();

  /** Accelerators per machine; 0 without an {@link #acceleratorType()}, at least 1 with one. */
  @Value.Default
  public int acceleratorCount() {
    return acceleratorType().isPresent() ? 1 : 0;
  }

  /** Machines in the job's worker pool; 1 by default. */
  @Value.Default
  public int replicaCount() {
    return 1;
  }

  /** How long one run takes (billed by the second). */
  public abstract Duration duration();

  /** Runs a month, for each model. */
  public abstract BigDecimal runsPerMonth();

  @Override
  public String name() {
    return "VertexTraining";
  }

  /** The catalog key of the machine: {@code VertexAI/Training/<machine type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("VertexAI", "Training", machineType());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal models = BigDecimal.valueOf(context.modelCount());
    BigDecimal replicas = BigDecimal.valueOf(replicaCount());
    BigDecimal hours = Formats.hours(Formats.seconds(duration()));
    BigDecimal machineHours = models.multiply(runsPerMonth()).multiply(replicas).multiply(hours);
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.RETRAIN, "Vertex AI custom training (" + machineType() + ")",
        priceKey(), "machine type", machineHours,
        List.of(PricingContext.term(models, "model", "models"), PricingContext.term(runsPerMonth(), "run", "runs"),
            PricingContext.term(replicas, "replica", "replicas"), PricingContext.term(hours, "h"))));
    acceleratorType().ifPresent(accelerator -> {
      BigDecimal count = BigDecimal.valueOf(acceleratorCount());
      items.add(context.lineItem(name(), CostCategory.RETRAIN, "Vertex AI training accelerators (" + acceleratorCount()
              + " × " + accelerator + ")", PriceKey.of("VertexAI", "TrainingAccelerator", accelerator),
          "accelerator type", machineHours.multiply(count),
          List.of(PricingContext.term(machineHours, "machine-hours"),
              PricingContext.term(count, "accelerator", "accelerators"))));
    });
    return items;
  }

  @Value.Check
  void check() {
    Checks.notBlank("VertexTraining.machineType", machineType());
    Checks.positive("VertexTraining.replicaCount", replicaCount());
    Checks.positive("VertexTraining.duration", duration());
    Checks.nonNegative("VertexTraining.runsPerMonth", runsPerMonth());
    if (acceleratorType().isPresent()) {
      Checks.positive("VertexTraining.acceleratorCount", acceleratorCount());
    } else if (acceleratorCount() != 0) {
      throw new IllegalArgumentException("VertexTraining.acceleratorCount must be 0 without an acceleratorType,"
          + " but was " + acceleratorCount() + "; set acceleratorType(\"NVIDIA_TESLA_T4\") too");
    }
  }

  /** Builds a {@link VertexTraining}; machine type, duration and runs a month are required. */
  public static final class Builder extends ImmutableVertexTraining.Builder {
    Builder() {}

    /** Sets the runs a month from a {@code double}, exactly as written. */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("VertexTraining.runsPerMonth", runs));
    }
  }
}
