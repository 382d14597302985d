package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.DataUnit;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.Workload;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.price.PriceKey;
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
 * Seed: 4,000,000 × 0.1 s × USD 0.00004 + 83.92 GiB × USD 0.016 = USD 17.34.
 *
 * <p>AWS's limits are checked ({@link AwsLimits}): memory is one of SageMaker's sizes, 1 to 6 GiB in 1 GiB
 * steps; the mean duration is at most the 60-second invocation timeout; request and response payloads are at
 * most 4 MB. A mean concurrency above the default quota of 200 per endpoint is a finding. Serverless endpoints
 * offer no Model Monitor and no multi-model endpoints: monitor them with
 * {@link DriftMonitor.Kind#CUSTOM_PROCESSING}.
 *
 * <pre>{@code
 * ServerlessInference serverless = ServerlessInference.builder()
 *     .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServerlessInference implements InferenceComponent {
  private static final long GIB = DataUnit.GIBIBYTE.bytes();
  /** Invocation-seconds a month at the default concurrency quota: 200 × 730 h × 3,600 s. */
  private static final BigDecimal MAX_CONCURRENT_SECONDS = AwsLimits.SERVERLESS_MAX_CONCURRENCY
      .multiply(PricingContext.HOURS_PER_MONTH).multiply(BigDecimal.valueOf(3600));

  ServerlessInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Memory of the endpoint: 1, 2, 3, 4, 5 or 6 GiB. */
  public abstract DataSize memory();

  /**
   * Mean time to serve one request, as billed (SageMaker rounds up to the millisecond); at most
   * {@link AwsLimits#SERVERLESS_TIMEOUT 60 s}.
   */
  public abstract Duration meanDuration();

  @Override
  public String name() {
    return "ServerlessInference";
  }

  /** The catalog key the inference seconds are priced by: {@code SageMaker/ServerlessInference/2048MB}. */
  @Value.Lazy
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
        List.of(PricingContext.term(requests, "request", "requests"), PricingContext.term(seconds, "s"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  /** Mean invocations in flight: {@code requests × mean seconds ÷ seconds in the 730-hour month}. */
  public BigDecimal meanConcurrency(Workload workload) {
    return workload.requestsPerMonth().multiply(Formats.seconds(meanDuration()))
        .divide(PricingContext.HOURS_PER_MONTH.multiply(BigDecimal.valueOf(3600)), Maths.CONTEXT);
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    long models = context.modelCount();
    if (models > 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SERVERLESS_MANY_MODELS, name(),
          "one serverless endpoint cannot serve " + Formats.whole(models)
              + " models: SageMaker Serverless Inference does not support multi-model endpoints (at most 50"
              + " serverless endpoints per region); group models or serve them from a real-time multi-model"
              + " endpoint"));
    }
    // requests × seconds above max × the month's seconds, compared without dividing; divided for the message
    BigDecimal inFlightSeconds = context.workload().requestsPerMonth().multiply(Formats.seconds(meanDuration()));
    if (inFlightSeconds.compareTo(MAX_CONCURRENT_SECONDS) > 0) {
      BigDecimal concurrency = meanConcurrency(context.workload());
      ProviderLimit quota = AwsLimits.SERVERLESS_ENDPOINT_CONCURRENCY;
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SERVERLESS_CONCURRENCY_QUOTA, name(),
          "the endpoint averages " + Formats.number(concurrency) + " invocations in flight (requests × mean"
              + " duration ÷ 730 h), above AWS's default of " + quota.bound() + " (" + quota.source() + ");"
              + " peaks are higher still: ask AWS to raise the quota \"" + quota.quota().orElseThrow()
              + "\", or spread the traffic over several endpoints"));
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    EndpointData.checkPayloads(name(), context, AwsLimits.SERVERLESS_MAX_PAYLOAD, AwsLimits.SERVERLESS_PAYLOAD);
  }


  @Value.Check
  void check() {
    long bytes = memory().toBytes();
    if (bytes % GIB != 0 || bytes < GIB || bytes > 6 * GIB) {
      throw LimitExceededException.of("ServerlessInference.memory", "one of", AwsLimits.SERVERLESS_MEMORY,
          memory().toString(), "pick the nearest size, such as DataSize.ofGibibytes(2)");
    }
    Checks.positive("ServerlessInference.meanDuration", meanDuration());
    Checks.withinLimit("ServerlessInference.meanDuration", meanDuration(), AwsLimits.SERVERLESS_TIMEOUT,
        AwsLimits.SERVERLESS_INVOCATION_TIMEOUT, "serve longer requests from an asynchronous endpoint (up to"
            + " 1 hour) or a batch transform job");
  }

  /** Builds a {@link ServerlessInference}; both attributes are required. */
  public static final class Builder extends ImmutableServerlessInference.Builder {
    Builder() {}
  }
}
