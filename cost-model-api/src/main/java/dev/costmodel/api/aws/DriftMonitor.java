package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Drift monitoring of an endpoint: {@code jobsPerMonth} SageMaker Processing jobs of {@code jobDuration} on
 * {@code instanceType}, reading {@code samplingRate} of the inference data.
 *
 * <p>Formula (seed report, section 6-4): {@code C = N_jobs × JobHours × P_hour + SampledGiB × P_data}. Seed:
 * 30 jobs × 5 min = 2.5 h × USD 0.23 + 1% × 83.92 GiB × USD 0.016 = USD 0.59. Model Monitor starts Processing
 * jobs and is billed as such, so both kinds share the formula; but SageMaker offers Model Monitor only on
 * endpoints that host a single model, so {@link Kind#MODEL_MONITOR} beside a {@link ServerlessInference}, or
 * beside a {@link RealtimeInference} that serves more than one model (a multi-model endpoint), is rejected
 * with the fix: {@link Kind#CUSTOM_PROCESSING}, which this formula prices the same. Choosing Model Monitor is
 * also a finding: AWS documents that it is no longer open to new customers. A job runs at most 777,600 s
 * ({@link AwsLimits#PROCESSING_MAX_RUNTIME}).
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
    /** SageMaker Model Monitor (real-time endpoints that host a single model, and batch transform). */
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
  @Value.Lazy
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "Processing", instanceType());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal inferenceGib = context.workload().inferenceGibibytesPerMonth();
    String label = kind() == Kind.MODEL_MONITOR ? "Model Monitor" : "custom monitor";
    return List.of(
        context.lineItem(name(), CostCategory.MONITORING,
            label + " jobs (Processing, " + instanceType() + ")", priceKey(), "instance type",
            Formats.hours(jobsPerMonth().multiply(Formats.seconds(jobDuration()))),
            List.of(PricingContext.term(jobsPerMonth(), "job", "jobs"), PricingContext.term(jobDuration()))),
        context.lineItem(name(), CostCategory.MONITORING, label + " sampled data", EndpointData.IN, "resource",
            samplingRate().multiply(inferenceGib),
            List.of(PricingContext.term(Formats.number(samplingRate().movePointRight(2)) + "% sampled"), PricingContext.term(inferenceGib, "GiB"))));
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    if (context.components().stream().noneMatch(c -> c instanceof InferenceComponent)) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MONITOR_WITHOUT_ENDPOINT, name(),
          "the scenario has a DriftMonitor but no inference component for it to watch; its sampled data is"
              + " priced from the workload's requests anyway; add the endpoint it monitors"
              + " (ServerlessInference, RealtimeInference) or remove the monitor"));
    }
    if (kind() == Kind.MODEL_MONITOR) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MODEL_MONITOR_AVAILABILITY, name(),
          "AWS documents that SageMaker Model Monitor is no longer open to new customers (existing customers"
              + " can keep using it; " + AwsLimits.MODEL_MONITOR_SINGLE_MODEL.source() + "): a new account should"
              + " price DriftMonitor.Kind.CUSTOM_PROCESSING, which costs the same by this formula"));
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    if (kind() != Kind.MODEL_MONITOR) {
      return;
    }
    if (context.components().stream().anyMatch(c -> c instanceof ServerlessInference)) {
      throw LimitExceededException.withMessage("DriftMonitor.kind", AwsLimits.MODEL_MONITOR_NOT_SERVERLESS,
          "DriftMonitor.kind MODEL_MONITOR cannot watch a serverless endpoint: SageMaker Serverless Inference"
              + " does not support Model Monitor (" + AwsLimits.MODEL_MONITOR_NOT_SERVERLESS.name() + "; AWS: "
              + AwsLimits.MODEL_MONITOR_NOT_SERVERLESS.source() + "); use DriftMonitor.Kind.CUSTOM_PROCESSING");
    }
    long models = context.modelCount();
    if (models > 1 && context.components().stream().anyMatch(c -> c instanceof RealtimeInference)) {
      throw LimitExceededException.withMessage("DriftMonitor.kind", AwsLimits.MODEL_MONITOR_SINGLE_MODEL,
          "DriftMonitor.kind MODEL_MONITOR cannot watch a real-time endpoint that serves "
              + Formats.whole(models) + " models (" + context.topology()
              + "): Model Monitor supports only " + AwsLimits.MODEL_MONITOR_SINGLE_MODEL.bound() + " (AWS: "
              + AwsLimits.MODEL_MONITOR_SINGLE_MODEL.source() + "); use DriftMonitor.Kind.CUSTOM_PROCESSING,"
              + " a scheduled Processing job of your own that this formula prices the same");
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank("DriftMonitor.instanceType", instanceType());
    Checks.nonNegative("DriftMonitor.jobsPerMonth", jobsPerMonth());
    Checks.positive("DriftMonitor.jobDuration", jobDuration());
    Checks.withinLimit("DriftMonitor.jobDuration", jobDuration(), AwsLimits.PROCESSING_MAX_DURATION,
        AwsLimits.PROCESSING_MAX_RUNTIME, "monitor in more, shorter jobs (jobsPerMonth)");
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
