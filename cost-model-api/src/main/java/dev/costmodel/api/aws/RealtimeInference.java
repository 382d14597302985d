package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SageMaker real-time endpoint, always on: {@code instanceCount} instances of {@code instanceType} for
 * {@code hoursPerMonth} (730 by default), plus data processed in and out.
 *
 * <p>Formula (seed report, section 6-3): {@code C = N × 730 h × P_hour + DataGiB × P_data}. Seed:
 * 2 × 730 h × USD 0.204 + 83.92 GiB × USD 0.016 = USD 299.18. A single instance is a finding (no
 * redundancy), and so is one endpoint serving more than one model (per user or per group): it is priced as a
 * multi-model endpoint.
 *
 * <p>AWS's limits are checked ({@link AwsLimits}): {@code hoursPerMonth} is at most the 730-hour billing
 * month; request and response payloads are at most 6 MB; and a {@link #meanDuration() mean duration}, when
 * given, is at most the 60-second invocation timeout.
 *
 * <pre>{@code
 * RealtimeInference realtime = RealtimeInference.builder()
 *     .instanceType("ml.c5.xlarge").instanceCount(2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RealtimeInference implements InferenceComponent {
  RealtimeInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The SageMaker instance type, such as {@code ml.c5.xlarge}. */
  public abstract String instanceType();

  /** How many instances serve the endpoint; at least one. */
  public abstract int instanceCount();

  /**
   * Mean time to serve one request, if known; at most {@link AwsLimits#REALTIME_TIMEOUT 60 s}. It does not
   * change the price (instances are billed by the hour), only what is checked.
   */
  public abstract Optional<Duration> meanDuration();

  /** Hours a month the instances run; 730 (the whole billing month) by default, and at most 730. */
  @Value.Default
  public BigDecimal hoursPerMonth() {
    return PricingContext.HOURS_PER_MONTH;
  }

  @Override
  public String name() {
    return "RealtimeInference";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/RealTimeHosting/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "RealTimeHosting", instanceType());
  }

  /** Returns a copy with {@code count} instances. */
  public RealtimeInference withInstanceCount(int count) {
    return ImmutableRealtimeInference.copyOf(this).withInstanceCount(count);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal count = BigDecimal.valueOf(instanceCount());
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "real-time endpoint (" + instanceCount() + " × " + instanceType() + ")", priceKey(), "instance type",
        count.multiply(hoursPerMonth()),
        List.of(PricingContext.term(count, "instance", "instances"),
            PricingContext.term(hoursPerMonth(), "h"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    if (instanceCount() == 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SINGLE_INSTANCE_ENDPOINT, name(),
          "a real-time endpoint on 1 instance has no redundancy: an instance failure or a deployment takes it"
              + " down; use instanceCount(2) or more across availability zones"));
    }
    EndpointData.multiModelFinding(name(), "real-time endpoint", context).ifPresent(findings::add);
    return findings;
  }

  @Value.Check
  void check() {
    Checks.notBlank("RealtimeInference.instanceType", instanceType());
    Checks.positive("RealtimeInference.instanceCount", instanceCount());
    Checks.positive("RealtimeInference.hoursPerMonth", hoursPerMonth());
    Checks.withinLimit("RealtimeInference.hoursPerMonth", hoursPerMonth(), PricingContext.HOURS_PER_MONTH,
        AwsLimits.BILLING_MONTH, "an always-on endpoint runs 730 h a month; for several endpoints raise"
            + " instanceCount instead");
    meanDuration().ifPresent(duration -> {
      Checks.positive("RealtimeInference.meanDuration", duration);
      Checks.withinLimit("RealtimeInference.meanDuration", duration, AwsLimits.REALTIME_TIMEOUT,
          AwsLimits.REALTIME_INVOCATION_TIMEOUT, "serve longer requests from an asynchronous endpoint (up to"
              + " 1 hour) or a batch transform job");
    });
  }

  @Override
  public void checkDesign(PricingContext context) {
    EndpointData.checkPayloads(name(), context, AwsLimits.REALTIME_MAX_PAYLOAD, AwsLimits.REALTIME_PAYLOAD);
  }


  /** Builds a {@link RealtimeInference}; {@code instanceType} and {@code instanceCount} are required. */
  public static final class Builder extends ImmutableRealtimeInference.Builder {
    Builder() {}

    /** Sets the hours a month from a {@code double}, exactly as written. */
    public Builder hoursPerMonth(double hours) {
      return hoursPerMonth(Checks.finite("RealtimeInference.hoursPerMonth", hours));
    }
  }
}
