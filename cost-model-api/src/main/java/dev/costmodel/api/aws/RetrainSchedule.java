package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What starts retraining: an Amazon EventBridge Scheduler schedule that invokes each model's retraining once
 * a run (a SageMaker pipeline execution, a Step Functions state machine, a Lambda function), plus
 * {@link #extraInvocationsPerRun()} more targets a run if the design has them (a notification, a second
 * pipeline).
 *
 * <p>Formula: {@code invocations = M × R × (1 + extra)} for M models and R runs a month, priced tier by tier
 * from {@code EventBridgeScheduler/Invocations} in millions of invocations. In the bundled us-east-1 catalog
 * the first tier, 0 to 14 M invocations a month, costs nothing: that tier <em>is</em> AWS's free allowance
 * of 14 million invocations a month, per account, shared by every schedule of the account; above it,
 * USD 1.00 per million (source in the catalog: a third party's summary of AWS's price page, secondary). So
 * a small retraining pipeline costs USD 0.00; the line's note says the allowance is per account, and a
 * scenario whose invocations go beyond it gets a {@link FindingCode#SCHEDULER_FREE_TIER_EXCEEDED finding}.
 * Pattern B of the seed report: 200 models × 1.2 runs × 1 = 240 invocations = USD 0.00.
 *
 * <p>The runs come from the scenario: with a {@link RetrainPipeline} (or several: their runs add up), this
 * schedule reads its {@code runsPerMonth}, and a {@link #runsPerMonth()} given here must be the same or the
 * scenario is refused, so two run counts can never disagree silently. Without a pipeline, give
 * {@code runsPerMonth} here.
 *
 * <p>The cost is not linear in the invocations (the free tier, then USD 1.00/M), so
 * {@code BreakEven} refuses an input that moves them across 14 M, and {@code MonteCarlo} prices such samples
 * exactly.
 *
 * <pre>{@code
 * RetrainSchedule schedule = RetrainSchedule.builder().build();              // runs from the RetrainPipeline
 * RetrainSchedule alone = RetrainSchedule.builder().runsPerMonth(4).extraInvocationsPerRun(1).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetrainSchedule implements CostComponent {
  /** The catalog key the invocations are priced by: {@code EventBridgeScheduler/Invocations}. */
  public static final PriceKey PRICE_KEY = PriceKey.of("EventBridgeScheduler", "Invocations", "");

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  RetrainSchedule() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a month of each model, when the scenario has no {@link RetrainPipeline} to read them from; when it
   * has one, empty or equal to the pipeline's.
   */
  public abstract Optional<BigDecimal> runsPerMonth();

  /** Invocations a run beyond the one that starts the retraining (more targets); 0 by default. */
  @Value.Default
  public int extraInvocationsPerRun() {
    return 0;
  }

  @Override
  public String name() {
    return "RetrainSchedule";
  }

  /** Returns a copy with {@code extra} more invocations a run. */
  public RetrainSchedule withExtraInvocationsPerRun(int extra) {
    return ImmutableRetrainSchedule.copyOf(this).withExtraInvocationsPerRun(extra);
  }

  /** Returns a copy that takes its runs from {@code runs}, not from a pipeline. */
  public RetrainSchedule withRunsPerMonth(BigDecimal runs) {
    return ImmutableRetrainSchedule.copyOf(this).withRunsPerMonth(runs);
  }

  /**
   * The runs a month this schedule starts in {@code context}: its pipelines' runs (summed), or its own.
   *
   * @throws IllegalArgumentException if the scenario has no pipeline and none was given, or if both give runs
   *     and they differ
   */
  public BigDecimal runsPerMonth(PricingContext context) {
    List<RetrainPipeline> pipelines = new ArrayList<>();
    for (CostComponent component : context.components()) {
      if (component instanceof RetrainPipeline) {
        pipelines.add((RetrainPipeline) component);
      }
    }
    if (pipelines.isEmpty()) {
      return runsPerMonth().orElseThrow(() -> new IllegalArgumentException(
          "RetrainSchedule.runsPerMonth must be given when the scenario has no RetrainPipeline, but was empty;"
              + " set runsPerMonth(...) or add the RetrainPipeline it starts"));
    }
    BigDecimal fromPipelines = BigDecimal.ZERO;
    for (RetrainPipeline pipeline : pipelines) {
      fromPipelines = fromPipelines.add(pipeline.runsPerMonth());
    }
    BigDecimal pipelineRuns = fromPipelines;
    runsPerMonth().ifPresent(own -> {
      if (own.compareTo(pipelineRuns) != 0) {
        throw new IllegalArgumentException("RetrainSchedule.runsPerMonth must equal the scenario's"
            + " RetrainPipeline.runsPerMonth (" + Formats.plain(pipelineRuns) + "), but was "
            + Formats.plain(own) + "; leave it unset so that the schedule reads the pipeline's runs, or change"
            + " the pipeline's");
      }
    });
    return pipelineRuns;
  }

  /** Scheduled invocations a month in {@code context}: {@code models × runs × (1 + extra)}. */
  public BigDecimal invocationsPerMonth(PricingContext context) {
    return BigDecimal.valueOf(context.modelCount()).multiply(runsPerMonth(context))
        .multiply(BigDecimal.valueOf(1L + extraInvocationsPerRun()));
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    long models = context.modelCount();
    BigDecimal runs = runsPerMonth(context);
    BigDecimal invocations = invocationsPerMonth(context);
    int perRun = 1 + extraInvocationsPerRun();
    String counted = Formats.number(BigDecimal.valueOf(models)) + (models == 1 ? " model" : " models") + " × "
        + PricingContext.term(runs, "run", "runs") + " × " + PricingContext.term(perRun, "invocation", "invocations")
        + " = " + PricingContext.term(invocations, "invocation", "invocations");
    LineItem item = context.lineItem(name(), CostCategory.RETRAIN, "retraining schedule (EventBridge Scheduler)",
        PRICE_KEY, "resource", invocations.divide(MILLION), List.of(PricingContext.term(counted)));
    Optional<BigDecimal> free = freeInvocations(context.price(PRICE_KEY, "resource"));
    if (free.isEmpty()) {
      return List.of(item);
    }
    String note = "the first " + Formats.number(free.get()) + " invocations a month are free, per account: every"
        + " schedule of the account shares them";
    return List.of(LineItem.builder().from(item)
        .note(item.note().map(n -> n + "; " + note).orElse(note)).build());
  }

  /**
   * A finding when the invocations go beyond those the catalog's first tier gives free each month (14 M in
   * the bundled us-east-1 catalog).
   */
  @Override
  public List<Finding> findings(PricingContext context) {
    Optional<BigDecimal> free = freeInvocations(context.price(PRICE_KEY, "resource"));
    BigDecimal invocations = invocationsPerMonth(context);
    if (free.isEmpty() || invocations.compareTo(free.get()) <= 0) {
      return List.of();
    }
    return List.of(Finding.of(Finding.Severity.INFO, FindingCode.SCHEDULER_FREE_TIER_EXCEEDED, name(),
        "retraining schedules invoke " + Formats.number(invocations) + " times a month, beyond the "
            + Formats.number(free.get()) + " EventBridge Scheduler invocations free each month per account;"
            + " the " + Formats.number(invocations.subtract(free.get())) + " above are billed, and the"
            + " account's other schedules use the same allowance"));
  }

  @Override
  public void checkDesign(PricingContext context) {
    runsPerMonth(context);
  }

  /** The invocations of the price's first tier, when that tier is free: the monthly free allowance. */
  private static Optional<BigDecimal> freeInvocations(Price price) {
    PriceTier first = price.tiers().get(0);
    if (!price.isTiered() || first.rate().price().amount().signum() != 0) {
      return Optional.empty();
    }
    return first.end().map(end -> end.multiply(MILLION));
  }

  @Value.Check
  void check() {
    runsPerMonth().ifPresent(runs -> Checks.nonNegative("RetrainSchedule.runsPerMonth", runs));
    Checks.nonNegative("RetrainSchedule.extraInvocationsPerRun", extraInvocationsPerRun());
  }

  /** Builds a {@link RetrainSchedule}; nothing is required. */
  public static final class Builder extends ImmutableRetrainSchedule.Builder {
    Builder() {}

    /** Sets the runs per month from a {@code double}, exactly as written. */
    public Builder runsPerMonth(double runs) {
      return runsPerMonth(Checks.finite("RetrainSchedule.runsPerMonth", runs));
    }
  }
}
