package dev.costmodel.api.azure;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.internal.Payloads;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * An Azure Function on the consumption plan serving the workload's requests, billed by executions and by
 * observed resource consumption in GB-seconds.
 *
 * <p>Formula (Azure Functions pricing): {@code executions × P_execution + executions × seconds × GB × P_GB-s},
 * where memory is rounded up to the next 128 MB (at most 1,536 MB) and each execution to the next millisecond,
 * at least 100 ms. 4,000,000 × 0.1 s × 0.5 GB × USD 0.000016 = USD 3.20, and 4 M executions × USD 0.20 =
 * USD 0.80.
 *
 * <p>The monthly free grant (400,000 GB-s and 1 million executions) is per subscription, so it is off unless you
 * opt in with {@link #freeGrant()}. Limits: a function runs at most 10 minutes (5 by default), an HTTP-triggered one
 * answers within 230 s, and an instance has 1.5 GB ({@link AzureLimits}).
 *
 * <pre>{@code
 * AzureFunctions function = AzureFunctions.builder()
 *     .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AzureFunctions implements InferenceComponent {
  private static final long STEP = 128L << 20;
  private static final BigDecimal FREE_GB_SECONDS = BigDecimal.valueOf(400_000);
  private static final BigDecimal FREE_EXECUTIONS = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal MINIMUM = new BigDecimal("0.1");

  AzureFunctions() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Average memory an execution uses; billed rounded up to the next 128 MB, at most 1,536 MB. */
  public abstract DataSize memory();

  /** Mean time of one execution; billed rounded up to the millisecond, at least 100 ms. */
  public abstract Duration meanDuration();

  /** Whether to subtract the monthly free grant, shared by the whole subscription; off by default. */
  @Value.Default
  public boolean freeGrant() {
    return false;
  }

  @Override
  public String name() {
    return "AzureFunctions";
  }

  /** The memory billed: {@link #memory()} rounded up to the next 128 MB, in GB (2<sup>30</sup> bytes). */
  public BigDecimal billedGigabytes() {
    long steps = (memory().toBytes() + STEP - 1) / STEP;
    return BigDecimal.valueOf(steps * 128).divide(BigDecimal.valueOf(1024), Maths.CONTEXT);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal executions = context.workload().requestsPerMonth();
    BigDecimal seconds = Formats.seconds(meanDuration()).setScale(3, RoundingMode.CEILING).max(MINIMUM);
    BigDecimal gb = billedGigabytes();
    BigDecimal gbSeconds = executions.multiply(seconds).multiply(gb);
    BigDecimal billedGbSeconds = freeGrant() ? gbSeconds.subtract(FREE_GB_SECONDS).max(BigDecimal.ZERO) : gbSeconds;
    BigDecimal billedExecutions = freeGrant() ? executions.subtract(FREE_EXECUTIONS).max(BigDecimal.ZERO) : executions;
    List<PricingContext.Term> timeTerms = freeGrant()
        ? List.of(PricingContext.term(Formats.number(gbSeconds) + " GB-seconds − 400,000 free"))
        : List.of(PricingContext.term(executions, "execution", "executions"), PricingContext.term(seconds, "s"),
            PricingContext.term(gb, "GB"));
    String executionText = Formats.number(executions) + " executions" + (freeGrant() ? " − 1,000,000 free" : "")
        + " ÷ 1,000,000";
    return List.of(
        context.lineItem(name(), CostCategory.INFERENCE, "Azure Functions execution time (" + Formats.number(gb)
                + " GB)", PriceKey.of("Functions", "ExecutionTime", "consumption"), "execution time price",
            billedGbSeconds, timeTerms),
        context.lineItem(name(), CostCategory.INFERENCE, "Azure Functions executions",
            PriceKey.of("Functions", "Executions", "consumption"), "execution price",
            billedExecutions.divide(MILLION, Maths.CONTEXT), List.of(PricingContext.term(executionText))));
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    if (!freeGrant()) {
      return List.of();
    }
    return List.of(Finding.of(Finding.Severity.INFO, FindingCode.FREE_ALLOWANCE_SHARED, name(),
        "the Azure Functions free grant (400,000 GB-s and 1 million executions a month) is subtracted, but it is"
            + " shared by every function app of the subscription; turn freeGrant off unless this is the only one"));
  }

  @Override
  public void checkDesign(PricingContext context) {
    Payloads.checkRequest(name(), context, AzureLimits.FUNCTIONS_MAX_REQUEST, AzureLimits.FUNCTIONS_REQUEST_SIZE,
        "send a reference to the data in Blob Storage");
  }

  @Value.Check
  void check() {
    if (memory().isZero()) {
      throw new IllegalArgumentException("AzureFunctions.memory must be > 0, but was " + memory());
    }
    if (memory().compareTo(AzureLimits.FUNCTIONS_MAX_MEMORY) > 0) {
      throw LimitExceededException.of("AzureFunctions.memory", "<=", AzureLimits.FUNCTIONS_CONSUMPTION_MEMORY,
          memory().toString(), "use the Flex Consumption or Premium plan, or AzureOnlineEndpoint");
    }
    Checks.positive("AzureFunctions.meanDuration", meanDuration());
    Checks.withinLimit("AzureFunctions.meanDuration", meanDuration(), AzureLimits.FUNCTIONS_MAX_DURATION,
        AzureLimits.FUNCTIONS_CONSUMPTION_TIMEOUT, "use the Premium plan or an AzureMLCompute batch endpoint");
    Checks.withinLimit("AzureFunctions.meanDuration", meanDuration(), AzureLimits.FUNCTIONS_HTTP_MAX_RESPONSE,
        AzureLimits.FUNCTIONS_HTTP_RESPONSE, "answer at once and finish the work with Durable Functions, or serve"
            + " it from an AzureOnlineEndpoint");
  }

  /** Builds an {@link AzureFunctions}; memory and mean duration are required. */
  public static final class Builder extends ImmutableAzureFunctions.Builder {
    Builder() {}
  }
}
