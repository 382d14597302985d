package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A SageMaker Serverless Inference endpoint, on demand: billed per second of inference at the configured
 * memory, plus data processed in and out.
 *
 * <p>Formula (seed report, section 6-3): {@code C = Req × meanDuration × P_sec(memory) + DataGiB × P_data}.
 * Seed: 4,000,000 × 0.1 s × USD 0.00004 + 83.92 GiB × USD 0.016 = USD 17.34. Memory must be one of
 * SageMaker's sizes, 1 to 6 GiB in 1 GiB steps. Serverless endpoints offer no Model Monitor and no
 * multi-model endpoints: monitor them with {@link DriftMonitor.Kind#CUSTOM_PROCESSING}.
 *
 * <pre>{@code
 * ServerlessInference serverless = ServerlessInference.builder()
 *     .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServerlessInference implements CostComponent {
  private static final long GIB = DataUnit.GIBIBYTE.bytes();

  ServerlessInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Memory of the endpoint: 1, 2, 3, 4, 5 or 6 GiB. */
  public abstract DataSize memory();

  /** Mean time to serve one request, as billed (SageMaker rounds up to the millisecond). */
  public abstract Duration meanDuration();

  @Override
  public String name() {
    return "ServerlessInference";
  }

  /** The catalog key the inference seconds are priced by: {@code SageMaker/ServerlessInference/2048MB}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "ServerlessInference", (memory().toBytes() >> 20) + "MB");
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal requests = context.workload().requestsPerMonth();
    BigDecimal seconds = Formats.seconds(meanDuration());
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "serverless inference (" + memory() + ")", priceKey(), "memory size", requests.multiply(seconds),
        List.of(PricingContext.term(requests, "requests"), PricingContext.term(seconds, "s"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    long models = context.modelCount();
    if (models <= 1) {
      return List.of();
    }
    return List.of(Finding.of(Finding.Severity.WARNING, "serverless-many-models", name(),
        "one serverless endpoint cannot serve " + String.format(java.util.Locale.ROOT, "%,d", models)
            + " models: SageMaker Serverless Inference does not support multi-model endpoints (at most 50"
            + " serverless endpoints per region); group models or serve them from a real-time multi-model"
            + " endpoint"));
  }

  @Value.Check
  void check() {
    long bytes = memory().toBytes();
    if (bytes % GIB != 0 || bytes < GIB || bytes > 6 * GIB) {
      throw new IllegalArgumentException(
          "ServerlessInference.memory must be 1, 2, 3, 4, 5 or 6 GiB (SageMaker's sizes, 1024 to 6144 MB in"
              + " 1024 MB steps), but was " + memory());
    }
    Checks.positive("ServerlessInference.meanDuration", meanDuration());
  }

  /** Builds a {@link ServerlessInference}; both attributes are required. */
  public static final class Builder extends ImmutableServerlessInference.Builder {
    Builder() {}
  }
}
