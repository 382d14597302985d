package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * Drift monitoring of an endpoint: {@code jobsPerMonth} SageMaker Processing jobs of {@code jobDuration} on
 * {@code instanceType}, reading {@code samplingRate} of the inference data.
 *
 * <p>Formula (seed report, section 6-4): {@code C = N_jobs × JobHours × P_hour + SampledGiB × P_data}. Seed:
 * 30 jobs × 5 min = 2.5 h × USD 0.23 + 1% × 83.92 GiB × USD 0.016 = USD 0.59. Model Monitor starts Processing
 * jobs and is billed as such, so both kinds share the formula; but SageMaker offers no Model Monitor on a
 * serverless endpoint, so {@link Kind#MODEL_MONITOR} beside a {@link ServerlessInference} is rejected.
 * Monitoring is per endpoint, not per model: it does not grow with the model count.
 *
 * <pre>{@code
 * DriftMonitor monitor = DriftMonitor.builder()
 *     .kind(DriftMonitor.Kind.CUSTOM_PROCESSING)
 *     .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5))
 *     .samplingRate(0.01)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DriftMonitor implements CostComponent {
  DriftMonitor() {}

  /** How drift is monitored. */
  public enum Kind {
    /** SageMaker Model Monitor (real-time and batch endpoints only). */
    MODEL_MONITOR,
    /** A scheduled Processing job of your own, which works with any endpoint. */
    CUSTOM_PROCESSING
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Model Monitor or a custom processing job. */
  public abstract Kind kind();

  /** The instance type the monitoring jobs run on. */
  public abstract String instanceType();

  /** Monitoring jobs a month, such as 30 for daily; {@code >= 0}. */
  public abstract BigDecimal jobsPerMonth();

  /** How long one monitoring job runs. */
  public abstract Duration jobDuration();

  /** The share of inference data the monitor reads, between 0 and 1 (0.01 is 1%). */
  public abstract BigDecimal samplingRate();

  @Override
  public String name() {
    return "DriftMonitor";
  }

  /** The catalog key the jobs are priced by: {@code SageMaker/Processing/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "Processing", instanceType());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal hours = Formats.hours(jobDuration());
    BigDecimal inferenceGib = context.workload().inferenceGibibytesPerMonth();
    String label = kind() == Kind.MODEL_MONITOR ? "Model Monitor" : "custom monitor";
    return List.of(
        context.lineItem(name(), CostCategory.MONITORING,
            label + " jobs (Processing, " + instanceType() + ")", priceKey(), "instance type",
            Formats.hours(jobsPerMonth().multiply(Formats.seconds(jobDuration()))),
            List.of(PricingContext.term(jobsPerMonth(), "jobs"), PricingContext.term(hours, "h"))),
        context.lineItem(name(), CostCategory.MONITORING, label + " sampled data", EndpointData.IN, "resource",
            samplingRate().multiply(inferenceGib),
            List.of(PricingContext.term(Formats.number(samplingRate().movePointRight(2)) + "% sampled"), PricingContext.term(inferenceGib, "GiB"))));
  }

  @Override
  public void checkCompatibility(List<CostComponent> scenarioComponents) {
    if (kind() == Kind.MODEL_MONITOR
        && scenarioComponents.stream().anyMatch(c -> c instanceof ServerlessInference)) {
      throw new IllegalArgumentException(
          "DriftMonitor.kind MODEL_MONITOR cannot watch a serverless endpoint: SageMaker Serverless Inference"
              + " does not support Model Monitor (see its feature exclusions); use"
              + " DriftMonitor.Kind.CUSTOM_PROCESSING");
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank("DriftMonitor.instanceType", instanceType());
    Checks.nonNegative("DriftMonitor.jobsPerMonth", jobsPerMonth());
    Checks.positive("DriftMonitor.jobDuration", jobDuration());
    Checks.fraction("DriftMonitor.samplingRate", samplingRate());
  }

  /** Builds a {@link DriftMonitor}; every attribute is required. */
  public static final class Builder extends ImmutableDriftMonitor.Builder {
    Builder() {}

    /** Sets the jobs a month from a {@code double}, exactly as written. */
    public Builder jobsPerMonth(double jobs) {
      return jobsPerMonth(Checks.finite("DriftMonitor.jobsPerMonth", jobs));
    }

    /** Sets the sampling rate from a {@code double}, exactly as written ({@code 0.01} is 1%). */
    public Builder samplingRate(double rate) {
      return samplingRate(Checks.finite("DriftMonitor.samplingRate", rate));
    }
  }
}
