package dev.costmodel.api.aws;

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
 * SageMaker Batch Transform: {@code runsPerMonth} jobs of {@code runDuration} on {@code instanceCount}
 * instances of {@code instanceType}, scoring a dataset in S3 offline.
 *
 * <p>Formula: {@code C = runs × instances × run hours × P_hour(BatchTransform, type)}. For example, a nightly
 * job (30 runs) of 2 h on 2 × ml.m5.xlarge: 30 × 2 × 2 h = 120 instance-hours × USD 0.23 = USD 27.60.
 *
 * <p><b>Not an inference component.</b> A batch job reads its input from S3 and writes its output there; it
 * does not serve the workload's real-time requests, so a scenario that also answers requests needs an endpoint
 * as well, and a scenario of batch scoring alone has no {@code InferenceComponent}.
 *
 * <p><b>No data processed line.</b> AWS prices SageMaker's "data processed in/out" on hosted endpoints
 * (real-time and asynchronous inference), where every request passes through the endpoint; a batch transform
 * job is priced by its instance-hours, and its data stays in S3, billed by S3 (storage and requests) in the
 * account that owns the bucket. Pricing the workload's request bytes here would charge for traffic the job
 * never sees. Add a storage component of your own for the input and output datasets if they are large.
 *
 * <pre>{@code
 * BatchTransform nightly = BatchTransform.builder()
 *     .instanceType("ml.m5.xlarge").instanceCount(2)
 *     .runDuration(Duration.ofHours(2)).runsPerMonth(30)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BatchTransform implements CostComponent {
  BatchTransform() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** Instances each job runs on; 1 by default. */
  @Value.Default
  public int instanceCount() {
    return 1;
  }

  /** How long one job runs, from start to the last output written. */
  public abstract Duration runDuration();

  /** Jobs a month, such as 30 for nightly; {@code >= 0}. */
  public abstract BigDecimal runsPerMonth();

  @Override
  public String name() {
    return "BatchTransform";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/BatchTransform/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "BatchTransform", instanceType());
  }

  /** Instance-hours a month: {@code runs × instances × run hours}. */
  public BigDecimal instanceHoursPerMonth() {
    return Formats.hours(runsPerMonth().multiply(BigDecimal.valueOf(instanceCount()))
        .multiply(Formats.seconds(runDuration())));
  }

  /** Returns a copy with {@code runs} jobs a month. */
  public BatchTransform withRunsPerMonth(BigDecimal runs) {
    return ImmutableBatchTransform.copyOf(this).withRunsPerMonth(runs);
  }

  /** Returns a copy whose jobs run for {@code duration}. */
  public BatchTransform withRunDuration(Duration duration) {
    return ImmutableBatchTransform.copyOf(this).withRunDuration(duration);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    return List.of(context.lineItem(name(), CostCategory.INFERENCE,
        "batch transform (" + instanceCount() + " × " + instanceType() + ")", priceKey(), "instance type",
        instanceHoursPerMonth(),
        List.of(PricingContext.term(runsPerMonth(), "run", "runs"),
            PricingContext.term(instanceCount(), "instance", "instances"),
            PricingContext.term(runDuration()))));
  }

  @Value.Check
  void check() {
    Checks.notBlank("BatchTransform.instanceType", instanceType());
    Checks.positive("BatchTransform.instanceCount", instanceCount());
    Checks.positive("BatchTransform.runDuration", runDuration());
    Checks.nonNegative("BatchTransform.runsPerMonth", runsPerMonth());
  }

  /** Builds a {@link BatchTransform}; {@code instanceType}, {@code runDuration} and {@code runsPerMonth} are required. */
  public static final class Builder extends ImmutableBatchTransform.Builder {
    Builder() {}

    /** Sets the jobs a month from a {@code double}, exactly as written. */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("BatchTransform.runsPerMonth", runs));
    }
  }
}
