package dev.costmodel.api.aws;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One step of a {@link RetrainPipeline}: a SageMaker Processing or Training job of one model on
 * {@code instanceCount} instances of {@code instanceType} for {@code duration}.
 *
 * <p>Billed as {@code instanceCount × duration} instance-hours at the catalog's price for the job kind
 * ({@code SageMaker/Processing/<type>} or {@code SageMaker/Training/<type>}). An evaluation gate is a
 * processing step: it is billed like one (seed report, section 3-2). AWS's limits are checked: a training step
 * runs at most 28 days ({@link AwsLimits#TRAINING_MAX_RUNTIME}), a processing step at most 777,600 s
 * ({@link AwsLimits#PROCESSING_MAX_RUNTIME}).
 *
 * <pre>{@code
 * JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));
 * JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)).withInstanceCount(2);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class JobStep {
  JobStep() {}

  /** The kind of SageMaker job, which decides the price's usage. */
  public enum Kind {
    /** A SageMaker Processing job: preprocessing, evaluation, custom monitoring. */
    PROCESSING("Processing"),
    /** A SageMaker Training job. */
    TRAINING("Training");

    private final String usage;

    Kind(String usage) {
      this.usage = usage;
    }

    /** The catalog usage this kind is priced by: {@code Processing} or {@code Training}. */
    public String usage() {
      return usage;
    }
  }

  /** A processing step (preprocessing, evaluation) on one instance. */
  public static JobStep processing(String name, String instanceType, Duration duration) {
    return ImmutableJobStep.builder().name(name).kind(Kind.PROCESSING).instanceType(instanceType)
        .duration(duration).build();
  }

  /** A training step on one instance. */
  public static JobStep training(String name, String instanceType, Duration duration) {
    return ImmutableJobStep.builder().name(name).kind(Kind.TRAINING).instanceType(instanceType)
        .duration(duration).build();
  }

  /** The step's name, such as {@code preprocess}. */
  public abstract String name();

  /** Processing or training. */
  public abstract Kind kind();

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** How long one run of the step takes for one model; at most the job kind's maximum runtime. */
  public abstract Duration duration();

  /** How many instances the job runs on (distributed training); 1 by default. */
  @Value.Default
  public int instanceCount() {
    return 1;
  }

  /** Returns a copy on {@code count} instances. */
  public JobStep withInstanceCount(int count) {
    return ImmutableJobStep.copyOf(this).withInstanceCount(count);
  }

  /** Returns a copy that takes {@code duration}. */
  public JobStep withDuration(Duration duration) {
    return ImmutableJobStep.copyOf(this).withDuration(duration);
  }

  /** Instance-hours of one run for one model: {@code instanceCount × duration in hours}. */
  public BigDecimal instanceHours() {
    return Formats.hours(duration().multipliedBy(instanceCount()));
  }

  /** The catalog key this step is priced by. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", kind().usage(), instanceType());
  }

  @Value.Check
  void check() {
    Checks.notBlank("JobStep.name", name());
    Checks.notBlank("JobStep.instanceType", instanceType());
    Checks.positive("JobStep.duration", duration());
    if (kind() == Kind.TRAINING) {
      Checks.withinLimit("JobStep.duration of '" + name() + "'", duration(), AwsLimits.TRAINING_MAX_DURATION,
          AwsLimits.TRAINING_MAX_RUNTIME, "split the training into steps that checkpoint and resume, or train"
              + " on more instances (withInstanceCount) so that each job finishes sooner");
    } else {
      Checks.withinLimit("JobStep.duration of '" + name() + "'", duration(), AwsLimits.PROCESSING_MAX_DURATION,
          AwsLimits.PROCESSING_MAX_RUNTIME, "split the work into several processing steps, or run it on more"
              + " instances (withInstanceCount)");
    }
    Checks.positive("JobStep.instanceCount", instanceCount());
  }
}
