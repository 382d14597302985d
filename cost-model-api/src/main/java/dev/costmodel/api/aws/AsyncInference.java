package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SageMaker asynchronous inference endpoint: requests wait in a queue inside SageMaker, payloads travel
 * through S3, and the instances scale to zero when the queue is empty.
 *
 * <p>Formula:
 * <pre>
 *   instance-hours = instanceCount × activeHoursPerMonth + minInstances × (730 h − activeHoursPerMonth)
 *   C = instance-hours × P_hour(RealTimeHosting, type) + DataGiB × P_data
 *     + requests × 2 PUT ÷ 1,000 × P(S3 PUT) + requests × 2 GET ÷ 1,000 × P(S3 GET)     (if s3Requests)
 * </pre>
 * Asynchronous endpoints bill instance-hours at the real-time hosting price, and data processed in and out
 * like a real-time endpoint (Amazon SageMaker AI pricing, "Asynchronous Inference",
 * https://aws.amazon.com/sagemaker/ai/pricing/). The queue is internal to SageMaker and not billed. The
 * payloads are S3 objects in your bucket (SageMaker developer guide, "Asynchronous inference",
 * https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html): per request, the client PUTs the
 * input and SageMaker GETs it, SageMaker PUTs the output and the client GETs it: 2 PUT and 2 GET requests,
 * priced at the catalog's {@code S3/Requests/PUT} and {@code S3/Requests/GET} (per 1,000 requests).
 * {@code s3Requests(false)} leaves them out, for example when inputs of up to 128,000 bytes go inline in the
 * request body. The objects' storage is not priced (expire them with a lifecycle rule).
 *
 * <p>For example, 4,000,000 requests on 2 × ml.m5.xlarge active 200 h a month, idle at 0: 2 × 200 h = 400
 * instance-hours × USD 0.23 = USD 92.00; S3: 8,000 K PUT × USD 0.005 = USD 40.00 and 8,000 K GET × USD 0.0004
 * = USD 3.20.
 *
 * <p>AWS's limits are checked ({@link AwsLimits}): payloads up to 1 GB, processing up to 1 hour per request,
 * and at most the 730-hour billing month of active hours. If a {@link #meanDuration()} is given and the
 * requests need more instance-hours than the active hours give, the queue cannot drain: a finding.
 *
 * <pre>{@code
 * AsyncInference async = AsyncInference.builder()
 *     .instanceType("ml.m5.xlarge").instanceCount(2).activeHoursPerMonth(200)
 *     .meanDuration(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AsyncInference implements InferenceComponent {
  /** The catalog key of S3 PUT requests (per 1,000). */
  static final PriceKey S3_PUT = PriceKey.of("S3", "Requests", "PUT");
  /** The catalog key of S3 GET requests (per 1,000). */
  static final PriceKey S3_GET = PriceKey.of("S3", "Requests", "GET");
  private static final BigDecimal OBJECTS_PER_REQUEST = BigDecimal.valueOf(2);

  AsyncInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** Instances while the queue has work; at least 1. */
  public abstract int instanceCount();

  /** Hours a month the endpoint runs {@code instanceCount} instances; 0 to 730. */
  public abstract BigDecimal activeHoursPerMonth();

  /** Instances kept while idle; 0 (scale to zero) by default, at most {@code instanceCount}. */
  @Value.Default
  public int minInstances() {
    return 0;
  }

  /** Mean time to process one request, if known; at most {@link AwsLimits#ASYNC_TIMEOUT 1 hour}. */
  public abstract Optional<Duration> meanDuration();

  /** Whether to price the S3 requests of each request's input and output objects; true by default. */
  @Value.Default
  public boolean s3Requests() {
    return true;
  }

  @Override
  public String name() {
    return "AsyncInference";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/RealTimeHosting/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "RealTimeHosting", instanceType());
  }

  /** Returns a copy active {@code hours} a month. */
  public AsyncInference withActiveHoursPerMonth(BigDecimal hours) {
    return ImmutableAsyncInference.copyOf(this).withActiveHoursPerMonth(hours);
  }

  /** Hours a month at {@code minInstances}: 730 − active hours. */
  public BigDecimal idleHoursPerMonth() {
    return PricingContext.HOURS_PER_MONTH.subtract(activeHoursPerMonth());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal count = BigDecimal.valueOf(instanceCount());
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "asynchronous endpoint, active (" + instanceCount() + " × " + instanceType() + ")", priceKey(),
        "instance type", count.multiply(activeHoursPerMonth()),
        List.of(PricingContext.term(count, "instance", "instances"),
            PricingContext.term(activeHoursPerMonth(), "h active"))));
    if (minInstances() > 0) {
      BigDecimal idle = BigDecimal.valueOf(minInstances());
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "asynchronous endpoint, idle (" + minInstances() + " × " + instanceType() + ")", priceKey(),
          "instance type", idle.multiply(idleHoursPerMonth()),
          List.of(PricingContext.term(idle, "instance", "instances"),
              PricingContext.term(idleHoursPerMonth(), "h idle"))));
    }
    items.addAll(EndpointData.lineItems(name(), context));
    if (s3Requests()) {
      BigDecimal requests = context.workload().requestsPerMonth();
      BigDecimal thousands = requests.multiply(OBJECTS_PER_REQUEST).movePointLeft(3);
      PricingContext.Term perRequest = PricingContext.term(requests, "request", "requests");
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "S3 PUT requests (input upload, output write)", S3_PUT, "resource", thousands,
          List.of(perRequest, PricingContext.term("2 PUT"))));
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "S3 GET requests (input read, output download)", S3_GET, "resource", thousands,
          List.of(perRequest, PricingContext.term("2 GET"))));
    }
    return items;
  }

  /** Instance-hours the requests need at {@link #meanDuration()}: {@code requests × seconds ÷ 3,600}. */
  public Optional<BigDecimal> busyInstanceHours(PricingContext context) {
    return meanDuration().map(d -> Formats.hours(context.workload().requestsPerMonth().multiply(Formats.seconds(d))));
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    BigDecimal available = BigDecimal.valueOf(instanceCount()).multiply(activeHoursPerMonth())
        .add(BigDecimal.valueOf(minInstances()).multiply(idleHoursPerMonth()));
    busyInstanceHours(context).ifPresent(busy -> {
      if (busy.compareTo(available) > 0) {
        BigDecimal activeNeeded = busy.divide(BigDecimal.valueOf(instanceCount()), Maths.CONTEXT);
        findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.ASYNC_BACKLOG, name(),
            "the requests need " + Formats.number(busy) + " instance-hours a month (" + Formats.number(
                context.workload().requestsPerMonth()) + " requests × " + Formats.number(Formats.seconds(
                    meanDuration().orElseThrow())) + " s), but the endpoint runs " + Formats.number(available)
                + ": the queue would grow without end; raise activeHoursPerMonth to "
                + Formats.number(activeNeeded) + " or more (at " + instanceCount() + " instances), or raise"
                + " instanceCount"));
      }
    });
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    EndpointData.checkPayloads(name(), context, AwsLimits.ASYNC_MAX_PAYLOAD, AwsLimits.ASYNC_PAYLOAD,
        "split the input, or score it with a batch transform job");
  }

  @Value.Check
  void check() {
    Checks.notBlank("AsyncInference.instanceType", instanceType());
    Checks.positive("AsyncInference.instanceCount", instanceCount());
    Checks.nonNegative("AsyncInference.minInstances", minInstances());
    if (minInstances() > instanceCount()) {
      throw new IllegalArgumentException("AsyncInference.minInstances must be <= instanceCount ("
          + instanceCount() + "), but was " + minInstances());
    }
    Checks.nonNegative("AsyncInference.activeHoursPerMonth", activeHoursPerMonth());
    Checks.withinLimit("AsyncInference.activeHoursPerMonth", activeHoursPerMonth(),
        PricingContext.HOURS_PER_MONTH, AwsLimits.BILLING_MONTH, "an endpoint active all month runs 730 h; for"
            + " more capacity raise instanceCount");
    meanDuration().ifPresent(duration -> {
      Checks.positive("AsyncInference.meanDuration", duration);
      Checks.withinLimit("AsyncInference.meanDuration", duration, AwsLimits.ASYNC_TIMEOUT,
          AwsLimits.ASYNC_PROCESSING_TIME, "split the work into shorter requests, or run it as a batch"
              + " transform job");
    });
  }

  /** Builds an {@link AsyncInference}; {@code instanceType}, {@code instanceCount} and active hours are required. */
  public static final class Builder extends ImmutableAsyncInference.Builder {
    Builder() {}

    /** Sets the active hours a month from a {@code double}, exactly as written. */
    public Builder activeHoursPerMonth(double hours) {
      return activeHoursPerMonth(Checks.finite("AsyncInference.activeHoursPerMonth", hours));
    }
  }
}
