package dev.costmodel.api.gcp;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Payloads;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Vertex AI endpoint serving online predictions: each deployed model runs on {@code minReplicas} nodes of
 * {@code machineType} (with optional accelerators) for {@code hoursPerMonth}, with or without traffic.
 *
 * <p>Formula: {@code deployed models × nodes × 730 h × P_node-hour} plus accelerators per node-hour. Vertex AI
 * bills "for each model deployed to an endpoint, even if no prediction is made", and does not scale to zero
 * (Vertex AI pricing page), so {@code minReplicas} is at least 1. With no multi-model endpoint, every deployed
 * model has nodes of its own: {@link #deployedModels()} defaults to the topology's model count. 1 model ×
 * 2 nodes × 730 h × USD 0.219 = USD 319.74.
 *
 * <p>Requests above Vertex AI's 1.5 MB are refused ({@link GcpLimits#VERTEX_PREDICTION_REQUEST_SIZE}).
 *
 * <pre>{@code
 * VertexOnlinePrediction online = VertexOnlinePrediction.builder()
 *     .machineType("n1-standard-4").minReplicas(2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VertexOnlinePrediction implements InferenceComponent {
  VertexOnlinePrediction() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine type of each node, such as {@code n1-standard-4}. */
  public abstract String machineType();

  /** The accelerator of each node, such as {@code NVIDIA_TESLA_T4}, if any. */
  public abstract Optional<String> acceleratorType();

  /** Accelerators per node; 0 without an {@link #acceleratorType()}, 1 by default with one. */
  @Value.Default
  public int acceleratorCount() {
    return acceleratorType().isPresent() ? 1 : 0;
  }

  /** Nodes each deployed model keeps running ({@code minReplicaCount}); at least 1. */
  public abstract int minReplicas();

  /** Models deployed, each on nodes of its own; by default the topology's model count. */
  public abstract Optional<Long> deployedModels();

  /** Hours a month the nodes run; 730 by default, and at most 730. */
  @Value.Default
  public BigDecimal hoursPerMonth() {
    return PricingContext.HOURS_PER_MONTH;
  }

  @Override
  public String name() {
    return "VertexOnlinePrediction";
  }

  /** The catalog key of a node: {@code VertexAI/OnlinePrediction/<machine type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("VertexAI", "OnlinePrediction", machineType());
  }

  /** Returns a copy with {@code replicas} nodes per deployed model. */
  public VertexOnlinePrediction withMinReplicas(int replicas) {
    return ImmutableVertexOnlinePrediction.copyOf(this).withMinReplicas(replicas);
  }

  private long models(PricingContext context) {
    return deployedModels().orElse(context.modelCount());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal models = BigDecimal.valueOf(models(context));
    BigDecimal nodes = BigDecimal.valueOf(minReplicas());
    BigDecimal nodeHours = models.multiply(nodes).multiply(hoursPerMonth());
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE, "Vertex AI online prediction (" + minReplicas()
            + " × " + machineType() + " per deployed model)", priceKey(), "machine type", nodeHours,
        List.of(PricingContext.term(models, "deployed model", "deployed models"),
            PricingContext.term(nodes, "node", "nodes"), PricingContext.term(hoursPerMonth(), "h"))));
    acceleratorType().ifPresent(accelerator -> {
      BigDecimal count = BigDecimal.valueOf(acceleratorCount());
      items.add(context.lineItem(name(), CostCategory.INFERENCE, "Vertex AI prediction accelerators ("
              + acceleratorCount() + " × " + accelerator + " per node)",
          PriceKey.of("VertexAI", "PredictionAccelerator", accelerator), "accelerator type",
          nodeHours.multiply(count), List.of(PricingContext.term(nodeHours, "node-hours"),
              PricingContext.term(count, "accelerator", "accelerators"))));
    });
    return items;
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(Finding.Severity.INFO, FindingCode.NO_SCALE_TO_ZERO, name(),
        "Vertex AI endpoints do not scale to zero: each deployed model's " + minReplicas() + " node(s) are billed"
            + " all month with or without traffic; undeploy a model to stop paying, or serve sparse traffic from"
            + " CloudRun, which scales to zero"));
    if (minReplicas() == 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SINGLE_INSTANCE_ENDPOINT, name(),
          "a Vertex AI deployed model on 1 node has no redundancy: a node failure or a redeployment takes it"
              + " down; use minReplicas(2) or more"));
    }
    long models = models(context);
    if (models > 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.NO_MULTI_MODEL_ENDPOINT, name(),
          "Vertex AI has no multi-model endpoint like SageMaker's: each of the "
              + String.format(Locale.ROOT, "%,d", models) + " deployed models runs on nodes of its own, so the"
              + " node-hours are paid " + String.format(Locale.ROOT, "%,d", models) + " times; share one model"
              + " (ModelTopology.shared()), or set deployedModels(n) if you co-host models on shared nodes"));
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    Payloads.checkRequest(name(), context, GcpLimits.VERTEX_MAX_REQUEST, GcpLimits.VERTEX_PREDICTION_REQUEST_SIZE,
        "send a reference to the data in Cloud Storage, or score large inputs with VertexBatchPrediction");
  }

  @Value.Check
  void check() {
    Checks.notBlank("VertexOnlinePrediction.machineType", machineType());
    if (minReplicas() < 1) {
      throw new IllegalArgumentException("VertexOnlinePrediction.minReplicas must be >= 1, but was " + minReplicas()
          + "; Vertex AI endpoints do not scale to zero (each deployed model is billed for its nodes even with no"
          + " traffic): undeploy the model to stop paying, or use CloudRun, which scales to zero");
    }
    deployedModels().ifPresent(models -> Checks.positive("VertexOnlinePrediction.deployedModels", models));
    Checks.positive("VertexOnlinePrediction.hoursPerMonth", hoursPerMonth());
    if (hoursPerMonth().compareTo(PricingContext.HOURS_PER_MONTH) > 0) {
      throw new IllegalArgumentException("VertexOnlinePrediction.hoursPerMonth must be <= 730, but was "
          + hoursPerMonth().toPlainString() + "; for more nodes raise minReplicas instead");
    }
    if (acceleratorType().isPresent()) {
      Checks.positive("VertexOnlinePrediction.acceleratorCount", acceleratorCount());
    } else if (acceleratorCount() != 0) {
      throw new IllegalArgumentException("VertexOnlinePrediction.acceleratorCount must be 0 without an"
          + " acceleratorType, but was " + acceleratorCount() + "; set acceleratorType(\"NVIDIA_TESLA_T4\") too");
    }
  }

  /** Builds a {@link VertexOnlinePrediction}; machine type and minimum replicas are required. */
  public static final class Builder extends ImmutableVertexOnlinePrediction.Builder {
    Builder() {}

    /** Sets the hours a month from a {@code double}, exactly as written. */
    public Builder hoursPerMonth(double hours) {
      return hoursPerMonth(Checks.finite("VertexOnlinePrediction.hoursPerMonth", hours));
    }
  }
}
