package dev.costmodel.api.gcp;

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
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Cloud Run service with request-based billing (the default: CPU only while a request is processed), serving
 * the workload's requests, optionally with {@code minInstances} kept warm.
 *
 * <p>Formula: billed seconds {@code = requests × ⌈meanDuration⌉₁₀₀ ms ÷ concurrency}; then
 * {@code seconds × vCPU × P_vCPU-s + seconds × GiB × P_GiB-s + requests × P_request}, plus, for minimum instances,
 * {@code instances × 730 h × 3,600 s × (vCPU × P_idle vCPU-s + GiB × P_idle GiB-s)}. Cloud Run bills in 100 ms
 * steps, and requests that share an instance share its billed time: {@code concurrency} is how many requests an
 * instance serves at once on average (1 by default, the conservative case). 4,000,000 requests × 0.1 s × 1 vCPU ×
 * USD 0.000024 = USD 9.60 of CPU; × 0.5 GiB × USD 0.0000025 = USD 0.50 of memory; 4 M requests × USD 0.40 =
 * USD 1.60.
 *
 * <p>Google's monthly free tier (180,000 vCPU-seconds, 360,000 GiB-seconds, 2 million requests) is per billing
 * account, so it is off unless you opt in with {@link #freeTier()}. Limits: a request within 60 minutes, a memory
 * of at most 32 GiB, an HTTP/1 request of at most 32 MiB ({@link GcpLimits}).
 *
 * <pre>{@code
 * CloudRun run = CloudRun.builder()
 *     .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CloudRun implements InferenceComponent {
  static final PriceKey CPU = PriceKey.of("CloudRun", "CPU", "request-based");
  static final PriceKey MEMORY = PriceKey.of("CloudRun", "Memory", "request-based");
  static final PriceKey REQUESTS = PriceKey.of("CloudRun", "Requests", "");
  static final PriceKey IDLE_CPU = PriceKey.of("CloudRun", "IdleCPU", "min-instance");
  static final PriceKey IDLE_MEMORY = PriceKey.of("CloudRun", "IdleMemory", "min-instance");
  private static final BigDecimal FREE_CPU = BigDecimal.valueOf(180_000);
  private static final BigDecimal FREE_MEMORY = BigDecimal.valueOf(360_000);
  private static final BigDecimal FREE_REQUESTS = BigDecimal.valueOf(2_000_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal TENTH = new BigDecimal("0.1");

  CloudRun() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** vCPUs per instance; 1 by default. */
  @Value.Default
  public BigDecimal cpu() {
    return BigDecimal.ONE;
  }

  /** Memory per instance, at most 32 GiB. */
  public abstract DataSize memory();

  /** Mean time to serve one request; billed in steps of 100 ms, at most 60 minutes. */
  public abstract Duration meanDuration();

  /** Requests an instance serves at once on average, sharing its billed time; 1 by default, 1 to 1,000. */
  @Value.Default
  public int concurrency() {
    return 1;
  }

  /** Instances kept warm all month at the idle rates; 0 by default (the service scales to zero). */
  @Value.Default
  public int minInstances() {
    return 0;
  }

  /** Whether to subtract Google's monthly free tier, shared by the whole billing account; off by default. */
  @Value.Default
  public boolean freeTier() {
    return false;
  }

  @Override
  public String name() {
    return "CloudRun";
  }

  /** Billed seconds of instance time a month: requests × duration rounded up to 100 ms ÷ concurrency. */
  public BigDecimal billedSeconds(PricingContext context) {
    BigDecimal perRequest = Formats.seconds(meanDuration()).divide(TENTH, 0, RoundingMode.CEILING).multiply(TENTH);
    return context.workload().requestsPerMonth().multiply(perRequest)
        .divide(BigDecimal.valueOf(concurrency()), Maths.CONTEXT);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    return lineItems(context, name(), "Cloud Run");
  }

  /** The lines, under another component name and label (a 2nd gen Cloud Function is a Cloud Run service). */
  List<LineItem> lineItems(PricingContext context, String component, String label) {
    BigDecimal seconds = billedSeconds(context);
    BigDecimal gib = memory().toGibibytes();
    BigDecimal requests = context.workload().requestsPerMonth();
    List<LineItem> items = new ArrayList<>();
    items.add(free(context, component, label + " CPU (" + Formats.number(cpu()) + " vCPU)", CPU, "CPU price",
        seconds.multiply(cpu()), FREE_CPU, "vCPU-seconds",
        List.of(PricingContext.term(seconds, "s"), PricingContext.term(cpu(), "vCPU"))));
    items.add(free(context, component, label + " memory (" + memory() + ")", MEMORY, "memory price",
        seconds.multiply(gib), FREE_MEMORY, "GiB-seconds",
        List.of(PricingContext.term(seconds, "s"), PricingContext.term(gib, "GiB"))));
    items.add(free(context, component, label + " requests", REQUESTS, "request price", requests, FREE_REQUESTS, "requests",
        List.of(PricingContext.term(requests, "request", "requests"))));
    if (minInstances() > 0) {
      BigDecimal idle = BigDecimal.valueOf(minInstances()).multiply(PricingContext.HOURS_PER_MONTH)
          .multiply(BigDecimal.valueOf(3600));
      items.add(context.lineItem(component, CostCategory.INFERENCE, label + " minimum instances, idle CPU",
          IDLE_CPU, "idle CPU price", idle.multiply(cpu()),
          List.of(PricingContext.term(minInstances(), "instance", "instances"),
              PricingContext.term(PricingContext.HOURS_PER_MONTH, "h"), PricingContext.term("3,600 s/h"),
              PricingContext.term(cpu(), "vCPU"))));
      items.add(context.lineItem(component, CostCategory.INFERENCE, label + " minimum instances, idle memory",
          IDLE_MEMORY, "idle memory price", idle.multiply(gib),
          List.of(PricingContext.term(minInstances(), "instance", "instances"),
              PricingContext.term(PricingContext.HOURS_PER_MONTH, "h"), PricingContext.term("3,600 s/h"),
              PricingContext.term(gib, "GiB"))));
    }
    return items;
  }

  private LineItem free(PricingContext context, String component, String description, PriceKey key, String noun, BigDecimal gross,
      BigDecimal free, String unit, List<PricingContext.Term> terms) {
    boolean perMillion = key.equals(REQUESTS);
    BigDecimal billable = freeTier() ? gross.subtract(free).max(BigDecimal.ZERO) : gross;
    List<PricingContext.Term> shown = freeTier()
        ? List.of(PricingContext.term(Formats.number(gross) + " " + unit + " − " + Formats.number(free) + " free"))
        : terms;
    BigDecimal quantity = perMillion ? billable.divide(MILLION, Maths.CONTEXT) : billable;
    if (perMillion) {
      shown = List.of(PricingContext.term((freeTier() ? shown.get(0).text() : Formats.number(gross) + " requests")
          + " ÷ 1,000,000"));
    }
    return context.lineItem(component, CostCategory.INFERENCE, description, key, noun, quantity, shown);
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    if (!freeTier()) {
      return List.of();
    }
    return List.of(Finding.of(Finding.Severity.INFO, FindingCode.FREE_ALLOWANCE_SHARED, name(),
        "Cloud Run's free tier (180,000 vCPU-seconds, 360,000 GiB-seconds and 2 million requests a month) is"
            + " subtracted, but it is shared by every service of the billing account; turn freeTier off unless"
            + " this is the only one"));
  }

  @Override
  public void checkDesign(PricingContext context) {
    Payloads.checkRequest(name(), context, GcpLimits.CLOUD_RUN_MAX_REQUEST, GcpLimits.CLOUD_RUN_REQUEST_SIZE,
        "use HTTP/2 end to end, or send a reference to the data in Cloud Storage");
  }

  @Value.Check
  void check() {
    Checks.positive("CloudRun.cpu", cpu());
    Checks.positive("CloudRun.meanDuration", meanDuration());
    Checks.withinLimit("CloudRun.meanDuration", meanDuration(), GcpLimits.CLOUD_RUN_TIMEOUT,
        GcpLimits.CLOUD_RUN_REQUEST_TIMEOUT, "run longer work as a Cloud Run job or a VertexBatchPrediction");
    if (memory().isZero()) {
      throw new IllegalArgumentException("CloudRun.memory must be > 0, but was " + memory());
    }
    if (memory().compareTo(GcpLimits.CLOUD_RUN_MAX_MEMORY) > 0) {
      throw LimitExceededException.of("CloudRun.memory", "<=", GcpLimits.CLOUD_RUN_MEMORY, memory().toString(),
          "serve larger models from VertexOnlinePrediction");
    }
    if (concurrency() < 1 || concurrency() > 1000) {
      throw new IllegalArgumentException("CloudRun.concurrency must be between 1 and 1000, but was "
          + concurrency());
    }
    Checks.nonNegative("CloudRun.minInstances", minInstances());
  }

  /** Builds a {@link CloudRun}; memory and mean duration are required. */
  public static final class Builder extends ImmutableCloudRun.Builder {
    Builder() {}

    /** Sets the vCPUs from a {@code double}, exactly as written. */
    public Builder cpu(double vcpu) {
      return cpu(Checks.finite("CloudRun.cpu", vcpu));
    }
  }
}
