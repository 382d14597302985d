package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Retraining every model: a sequence of {@link JobStep}s (preprocess → train → evaluate) run
 * {@code runsPerMonth} times a month for each model.
 *
 * <p>Formula (seed report, section 6-1): {@code C = M × R × Σ(step hours × P_instance)} for M models and R runs
 * a month, one line per step. Cost follows instance-hours, not parallelism: running jobs in parallel only
 * shortens the time to finish ({@link #completionTime}). Weekly retraining with the seed's 20% drift uplift
 * is {@code runsPerMonth(52.0 / 12 * 1.2)}, or exactly {@link #WEEKLY_RUNS_PER_MONTH} × 1.2.
 *
 * <p>A training step on {@linkplain JobStep#withManagedSpot(ManagedSpot) managed spot training} is billed
 * {@code M × R × step hours × durationFactor} instance-hours at {@code P_instance × (1 − discount)}, and its
 * line's note says so ({@code managed spot training -70 %, +20 % duration for interruptions (assumed)}).
 * Where {@code (1 − discount) × durationFactor > 1}, spot costs more than on demand: a finding says so.
 *
 * <pre>{@code
 * RetrainPipeline retrain = RetrainPipeline.builder()
 *     .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
 *     .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
 *     .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
 *     .runsPerMonth(1.2)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetrainPipeline implements CostComponent {
  /** Weeks in the 730-hour billing month: 52 ÷ 12, to 34 digits. */
  public static final BigDecimal WEEKLY_RUNS_PER_MONTH =
      BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), dev.costmodel.api.internal.Maths.CONTEXT);

  RetrainPipeline() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The steps, run one after another for each model; at least one. */
  public abstract List<JobStep> steps();

  /** How many times a month each model is retrained (scheduled runs plus drift-triggered ones); {@code >= 0}. */
  public abstract BigDecimal runsPerMonth();

  @Override
  public String name() {
    return "RetrainPipeline";
  }

  /** How long one run of every step takes for one model: the sum of the step durations. */
  public Duration runDuration() {
    Duration total = Duration.ZERO;
    for (JobStep step : steps()) {
      total = total.plus(step.duration());
    }
    return total;
  }

  /**
   * Wall-clock time to retrain {@code models} models once with {@code parallelism} pipelines at a time:
   * {@code ceil(models ÷ parallelism) × runDuration()}. Seed report, section 9: 200 models, 10 at a time,
   * 55 minutes each → 20 × 55 min ≈ 18.3 h. The cost does not depend on parallelism.
   */
  public Duration completionTime(long models, int parallelism) {
    Checks.nonNegative("RetrainPipeline.completionTime models", models);
    Checks.positive("RetrainPipeline.completionTime parallelism", parallelism);
    long waves = (models + parallelism - 1) / parallelism;
    return runDuration().multipliedBy(waves);
  }

  /** Returns a copy retrained {@code runs} times a month. */
  public RetrainPipeline withRunsPerMonth(BigDecimal runs) {
    return ImmutableRetrainPipeline.copyOf(this).withRunsPerMonth(runs);
  }

  /** Returns a copy with these steps. */
  public RetrainPipeline withSteps(Iterable<? extends JobStep> steps) {
    return ImmutableRetrainPipeline.copyOf(this).withSteps(steps);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    long models = context.modelCount();
    List<LineItem> items = new ArrayList<>();
    for (JobStep step : steps()) {
      // multiply first, divide by 3,600 last: 100,000 × 1.2 × 900 s ÷ 3,600 is exactly 30,000 h
      BigDecimal quantity = Formats.hours(BigDecimal.valueOf(models).multiply(runsPerMonth())
          .multiply(Formats.seconds(step.duration())).multiply(BigDecimal.valueOf(step.instanceCount())));
      List<PricingContext.Term> terms = new ArrayList<>();
      terms.add(PricingContext.term(models, "model", "models"));
      terms.add(PricingContext.term(runsPerMonth(), "run", "runs"));
      if (step.instanceCount() > 1) {
        terms.add(PricingContext.term(step.instanceCount(), "instances"));
      }
      terms.add(PricingContext.term(step.duration()));
      if (step.managedSpot().isEmpty()) {
        items.add(context.lineItem(name(), CostCategory.RETRAIN,
            step.name() + " (" + step.kind().usage() + ", " + step.instanceType() + ")",
            step.priceKey(), "instance type", quantity, terms));
      } else {
        items.add(spotLine(context, step, step.managedSpot().orElseThrow(), quantity, terms));
      }
    }
    return items;
  }

  /** A managed spot step: stretched instance-hours at the training price, then the discount, with a note. */
  private LineItem spotLine(PricingContext context, JobStep step, ManagedSpot spot, BigDecimal onDemandHours,
      List<PricingContext.Term> terms) {
    terms.add(PricingContext.term(Formats.plain(spot.durationFactor()) + " (spot interruptions)"));
    LineItem full = context.lineItem(name(), CostCategory.RETRAIN,
        step.name() + " (" + step.kind().usage() + ", " + step.instanceType() + ", managed spot)",
        step.priceKey(), "instance type", onDemandHours.multiply(spot.durationFactor()), terms);
    BigDecimal remaining = BigDecimal.ONE.subtract(spot.discount());
    Money cost = full.cost().times(remaining);
    return LineItem.builder().from(full)
        .unitPrice(full.unitPrice().multipliedBy(remaining))
        .cost(cost)
        .formula(() -> full.formula() + " × (1 − " + Formats.plain(spot.discount()) + " spot discount) = " + cost)
        .note(full.note().map(note -> note + "; " + spot).orElse(spot.toString()))
        .build();
  }

  /**
   * A finding for each training step on managed spot training whose interruption overhead outweighs its
   * discount, so that it costs more than on demand: {@code (1 − discount) × durationFactor > 1}.
   */
  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    for (JobStep step : steps()) {
      step.managedSpot().filter(ManagedSpot::costsMoreThanOnDemand).ifPresent(spot ->
          findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MANAGED_SPOT_COSTS_MORE, name(),
              "step '" + step.name() + "' on " + spot + " costs more than on demand: (1 − "
                  + Formats.plain(spot.discount()) + ") × " + Formats.plain(spot.durationFactor()) + " = "
                  + Formats.plain(spot.costFactor()) + " × the on-demand cost; the interruptions cost more than"
                  + " the discount saves: checkpoint more often, or train on demand (withoutManagedSpot())")));
    }
    return findings;
  }

  @Value.Check
  void check() {
    if (steps().isEmpty()) {
      throw new IllegalArgumentException(
          "RetrainPipeline.steps must hold at least one step, but was empty;"
              + " add one with addStep(JobStep.training(...))");
    }
    Checks.nonNegative("RetrainPipeline.runsPerMonth", runsPerMonth());
  }

  /** Builds a {@link RetrainPipeline}; at least one step and {@code runsPerMonth} are required. */
  public static final class Builder extends ImmutableRetrainPipeline.Builder {
    Builder() {}

    /** Sets the runs per month from a {@code double}, exactly as written ({@code 1.2} is 1.2). */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("RetrainPipeline.runsPerMonth", runs));
    }
  }
}
