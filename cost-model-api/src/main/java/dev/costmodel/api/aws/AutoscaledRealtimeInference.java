package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.Workload;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SageMaker real-time endpoint that scales its instance count with the traffic (target tracking on
 * invocations per instance), between {@code minInstances} and {@code maxInstances}, plus data processed in
 * and out.
 *
 * <p><b>Why hour by hour.</b> An always-on endpoint sized for the peak pays for the peak all day. This
 * component spreads the workload's requests over a day by a {@link TrafficProfile} and asks, for each of the
 * 24 hours, how many instances that hour needs:
 * <pre>
 *   requests in hour h  = requests per month ÷ 30.4167 days (730 h ÷ 24) × share(h)
 *   rps(h)              = requests in hour h ÷ 3,600 s
 *   instances(h)        = clamp(⌈rps(h) ÷ (requestsPerSecondPerInstance × targetUtilization)⌉, min, max)
 *   instance-hours      = Σ over 24 h of instances(h) × 30.4167 days
 *   C = instance-hours × P_hour(RealTimeHosting, type) + DataGiB × P_data
 * </pre>
 * For example, 6,000,000 requests a month with {@code TrafficProfile.peak(8, 0.8)}, 10 requests/s per
 * instance at 0.7: a peak hour has 6,000,000 ÷ 30.4167 × 0.1 = 19,726 requests, 5.48 requests/s, so 1
 * instance; see the tests for hand-computed examples. Scaling takes minutes, so an hour is the finest step
 * this model resolves; a profile that changes within an hour is averaged over it.
 *
 * <p>The cost is not linear in the requests: it steps up by one instance-hour a day at each threshold and is
 * clamped at both ends. {@code BreakEven} (which assumes a line) and {@code MonteCarlo} (which assumes a
 * multilinear cost until its check points say otherwise) should be used with care; a {@code Sweep} shows the
 * steps as they are.
 *
 * <p>SageMaker real-time endpoints (instance-based production variants) do not scale to zero instances:
 * {@code minInstances} is at least 1; {@link ServerlessInference} and {@link AsyncInference} can scale to
 * zero. Hours whose traffic needs more than {@code maxInstances} are a finding (requests are throttled or
 * slow), and so is {@code minInstances(1)} (no redundancy in the quiet hours).
 *
 * <pre>{@code
 * AutoscaledRealtimeInference endpoint = AutoscaledRealtimeInference.builder()
 *     .instanceType("ml.m5.xlarge").minInstances(2).maxInstances(10)
 *     .requestsPerSecondPerInstance(25).targetUtilization(0.7)
 *     .traffic(TrafficProfile.peak(8, 0.8))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AutoscaledRealtimeInference implements InferenceComponent {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(TrafficProfile.HOURS);

  AutoscaledRealtimeInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Days in the 730-hour billing month: 730 ÷ 24 = 30.4167. */
  public static BigDecimal daysPerMonth() {
    return PricingContext.HOURS_PER_MONTH.divide(HOURS_PER_DAY, Maths.CONTEXT);
  }

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** The fewest instances, in the quietest hour; at least 1 (real-time endpoints do not scale to zero). */
  public abstract int minInstances();

  /** The most instances autoscaling may start; at least {@code minInstances}. */
  public abstract int maxInstances();

  /** Requests per second one instance sustains at its latency target, as you measured it; {@code > 0}. */
  public abstract BigDecimal requestsPerSecondPerInstance();

  /**
   * The share of {@link #requestsPerSecondPerInstance()} the scaling policy aims at, such as 0.7; {@code 0 < u
   * <= 1}. Lower leaves headroom for bursts within the hour, and costs more.
   */
  public abstract BigDecimal targetUtilization();

  /** How a day's requests spread over its hours. */
  public abstract TrafficProfile traffic();

  /**
   * Mean time to serve one request, if known; at most {@link AwsLimits#REALTIME_TIMEOUT 60 s}. It does not
   * change the price, only what is checked.
   */
  public abstract Optional<Duration> meanDuration();

  @Override
  public String name() {
    return "AutoscaledRealtimeInference";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/RealTimeHosting/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "RealTimeHosting", instanceType());
  }

  /** Mean requests per second in each hour of the day, hour 0 first. */
  public List<BigDecimal> requestsPerSecondByHour(Workload workload) {
    BigDecimal perDay = workload.requestsPerMonth().multiply(HOURS_PER_DAY);
    BigDecimal divisor = PricingContext.HOURS_PER_MONTH.multiply(SECONDS_PER_HOUR).multiply(traffic().total());
    List<BigDecimal> rps = new ArrayList<>(TrafficProfile.HOURS);
    for (BigDecimal weight : traffic().weights()) {
      rps.add(perDay.multiply(weight).divide(divisor, Maths.CONTEXT));
    }
    return rps;
  }

  /**
   * Instances each hour's traffic needs before clamping: {@code ⌈rps ÷ (throughput × targetUtilization)⌉},
   * hour 0 first; 0 for an hour without requests.
   */
  public List<BigDecimal> instancesNeededByHour(Workload workload) {
    BigDecimal perDay = workload.requestsPerMonth().multiply(HOURS_PER_DAY);
    BigDecimal divisor = PricingContext.HOURS_PER_MONTH.multiply(SECONDS_PER_HOUR).multiply(traffic().total())
        .multiply(requestsPerSecondPerInstance()).multiply(targetUtilization());
    List<BigDecimal> needed = new ArrayList<>(TrafficProfile.HOURS);
    for (BigDecimal weight : traffic().weights()) {
      needed.add(perDay.multiply(weight).divide(divisor, Maths.CONTEXT).setScale(0, RoundingMode.CEILING));
    }
    return needed;
  }

  /** Instances running in each hour of the day, hour 0 first: the need clamped to {@code [min, max]}. */
  public List<Integer> instancesByHour(Workload workload) {
    List<Integer> instances = new ArrayList<>(TrafficProfile.HOURS);
    BigDecimal max = BigDecimal.valueOf(maxInstances());
    for (BigDecimal need : instancesNeededByHour(workload)) {
      instances.add(Math.max(minInstances(), need.min(max).intValueExact()));
    }
    return instances;
  }

  /** Instance-hours a day: the sum of {@link #instancesByHour}. */
  public long instanceHoursPerDay(Workload workload) {
    return instancesByHour(workload).stream().mapToLong(Integer::longValue).sum();
  }

  /** Instance-hours a month: instance-hours a day × 730 ÷ 24. */
  public BigDecimal instanceHoursPerMonth(Workload workload) {
    return BigDecimal.valueOf(instanceHoursPerDay(workload)).multiply(PricingContext.HOURS_PER_MONTH)
        .divide(HOURS_PER_DAY, Maths.CONTEXT);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    List<Integer> byHour = instancesByHour(context.workload());
    long perDay = byHour.stream().mapToLong(Integer::longValue).sum();
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "autoscaled real-time endpoint (" + instanceType() + ", " + minInstances() + "–" + maxInstances()
            + " instances)", priceKey(), "instance type", instanceHoursPerMonth(context.workload()),
        List.of(PricingContext.term("Σ over 24 h of instances (" + runs(byHour) + ") = "
                + Formats.whole(perDay) + " instance-hours a day"),
            PricingContext.term(daysPerMonth(), "days"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  /** {@code hours 0–8: 2, 9–16: 5, 17–23: 2}: the hourly counts, run-length encoded. */
  private static String runs(List<Integer> byHour) {
    StringBuilder text = new StringBuilder("hours ");
    int start = 0;
    for (int h = 1; h <= byHour.size(); h++) {
      if (h == byHour.size() || !byHour.get(h).equals(byHour.get(start))) {
        if (start > 0) {
          text.append(", ");
        }
        text.append(start).append(h - 1 == start ? "" : "–" + (h - 1)).append(": ").append(byHour.get(start));
        start = h;
      }
    }
    return text.toString();
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    Workload workload = context.workload();
    List<BigDecimal> needed = instancesNeededByHour(workload);
    BigDecimal max = BigDecimal.valueOf(maxInstances());
    int worst = -1;
    int hoursShort = 0;
    for (int h = 0; h < needed.size(); h++) {
      if (needed.get(h).compareTo(max) > 0) {
        hoursShort++;
        if (worst < 0 || needed.get(h).compareTo(needed.get(worst)) > 0) {
          worst = h;
        }
      }
    }
    if (worst >= 0) {
      BigDecimal rps = requestsPerSecondByHour(workload).get(worst);
      BigDecimal load = rps.divide(max.multiply(requestsPerSecondPerInstance()), Maths.CONTEXT)
          .movePointRight(2);
      String effect = load.compareTo(BigDecimal.valueOf(100)) > 0
          ? "beyond what they sustain: requests would be throttled or time out"
          : "above the " + Formats.number(targetUtilization().movePointRight(2)) + "% target: latency suffers";
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.AUTOSCALING_MAX_INSTANCES, name(),
          "hour " + worst + " (" + clock(worst) + "–" + clock(worst + 1) + ") needs " + needed.get(worst)
              + " instances (" + Formats.number(rps) + " requests/s ÷ (" + Formats.number(requestsPerSecondPerInstance())
              + " requests/s × " + Formats.number(targetUtilization()) + ")) but maxInstances is " + maxInstances()
              + ": " + needed.get(worst).subtract(max) + " instance" + (needed.get(worst).subtract(max)
                  .compareTo(BigDecimal.ONE) == 0 ? "" : "s") + " short (" + hoursShort + " of 24 hours are short);"
              + " the " + maxInstances() + " instances would run at " + Formats.number(load.setScale(1,
                  RoundingMode.HALF_UP)) + "% of their measured throughput, " + effect + "; this estimate prices"
              + " only " + maxInstances() + " instances in those hours; raise maxInstances to " + needed.get(worst)
              + " or use a faster instance type"));
    }
    List<Integer> byHour = instancesByHour(workload);
    long single = byHour.stream().filter(n -> n == 1).count();
    if (single > 0) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SINGLE_INSTANCE_ENDPOINT, name(),
          "the autoscaled endpoint runs on 1 instance in " + single + " of 24 hours (minInstances 1): then it has"
              + " no redundancy, and an instance failure or a deployment takes it down; use minInstances(2) or"
              + " more across availability zones"));
    }
    EndpointData.multiModelFinding(name(), "autoscaled real-time endpoint", context).ifPresent(findings::add);
    return findings;
  }

  private static String clock(int hour) {
    return String.format(Locale.ROOT, "%02d:00", hour);
  }

  @Override
  public void checkDesign(PricingContext context) {
    EndpointData.checkPayloads(name(), context, AwsLimits.REALTIME_MAX_PAYLOAD, AwsLimits.REALTIME_PAYLOAD);
    long models = context.modelCount();
    if (models > 1) {
      EndpointData.refuseModelMonitor(context, "an autoscaled real-time endpoint that serves "
          + Formats.whole(models) + " models (" + context.topology() + ")");
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank("AutoscaledRealtimeInference.instanceType", instanceType());
    if (minInstances() < 1) {
      throw new IllegalArgumentException("AutoscaledRealtimeInference.minInstances must be >= 1, but was "
          + minInstances() + "; SageMaker real-time endpoints cannot scale to zero instances: for traffic that"
          + " stops, use ServerlessInference, or AsyncInference, which scales to zero when its queue is empty");
    }
    if (maxInstances() < minInstances()) {
      throw new IllegalArgumentException("AutoscaledRealtimeInference.maxInstances must be >= minInstances ("
          + minInstances() + "), but was " + maxInstances());
    }
    if (requestsPerSecondPerInstance().signum() <= 0) {
      throw new IllegalArgumentException("AutoscaledRealtimeInference.requestsPerSecondPerInstance must be > 0,"
          + " but was " + Formats.plain(requestsPerSecondPerInstance()) + "; measure what one instance sustains"
          + " with a load test (SageMaker Inference Recommender runs one)");
    }
    if (targetUtilization().signum() <= 0 || targetUtilization().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("AutoscaledRealtimeInference.targetUtilization must be > 0 and <= 1,"
          + " but was " + Formats.plain(targetUtilization()) + "; 0.7 aims at 70% of an instance's measured"
          + " throughput");
    }
    meanDuration().ifPresent(duration -> {
      Checks.positive("AutoscaledRealtimeInference.meanDuration", duration);
      Checks.withinLimit("AutoscaledRealtimeInference.meanDuration", duration, AwsLimits.REALTIME_TIMEOUT,
          AwsLimits.REALTIME_INVOCATION_TIMEOUT, "serve longer requests from an asynchronous endpoint (up to"
              + " 1 hour) or a batch transform job");
    });
  }

  /**
   * Builds an {@link AutoscaledRealtimeInference}; every attribute is required but {@code meanDuration}.
   */
  public static final class Builder extends ImmutableAutoscaledRealtimeInference.Builder {
    Builder() {}

    /** Sets the throughput of one instance from a {@code double}, exactly as written. */
    public Builder requestsPerSecondPerInstance(double requestsPerSecond) {
      return requestsPerSecondPerInstance(
          Checks.finite("AutoscaledRealtimeInference.requestsPerSecondPerInstance", requestsPerSecond));
    }

    /** Sets the target utilization from a {@code double}, exactly as written ({@code 0.7} is 70%). */
    public Builder targetUtilization(double utilization) {
      return targetUtilization(Checks.finite("AutoscaledRealtimeInference.targetUtilization", utilization));
    }
  }
}
