package dev.costmodel.api.gcp;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
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
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Cloud Function serving the workload's requests, one request per instance at a time.
 *
 * <p>1st gen formula (Cloud Functions pricing): {@code invocations × P_invocation + GiB-seconds × P_GiB-s +
 * GHz-seconds × P_GHz-s}, with each invocation billed in steps of 100 ms and the CPU clock fixed by the memory
 * size (128 MB: 0.2 GHz, 256 MB: 0.4, 512 MB: 0.8, 1 GB: 1.4, 2 GB: 2.4, 4 and 8 GB: 4.8; Google's table in vCPU,
 * with 1 vCPU = 2.4 GHz). 4,000,000 × 0.1 s × 0.5 GiB × USD 0.0000025 = USD 0.50; × 0.8 GHz × USD 0.00001 =
 * USD 3.20; 4 M invocations × USD 0.40 = USD 1.60.
 *
 * <p>2nd gen functions are Cloud Run services and are priced as a {@link CloudRun} with concurrency 1 and the
 * vCPU Google assigns to the memory size (1 GiB: 0.583 vCPU, 2 GiB: 1 vCPU…).
 *
 * <pre>{@code
 * CloudFunctions function = CloudFunctions.builder().generation(CloudFunctions.Generation.FIRST)
 *     .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CloudFunctions implements InferenceComponent {
  /** A Cloud Functions product generation. */
  public enum Generation {
    /** Cloud Functions (1st gen): GB-seconds, GHz-seconds and invocations; up to 540 s. */
    FIRST,
    /** Cloud Run functions (2nd gen): billed as Cloud Run; up to 60 minutes for HTTP functions. */
    SECOND
  }

  /** 1st gen memory sizes in MiB, and the CPU clock in GHz that comes with each. */
  private static final Map<Long, BigDecimal> GHZ = Map.of(128L, new BigDecimal("0.2"), 256L, new BigDecimal("0.4"),
      512L, new BigDecimal("0.8"), 1024L, new BigDecimal("1.4"), 2048L, new BigDecimal("2.4"),
      4096L, new BigDecimal("4.8"), 8192L, new BigDecimal("4.8"));
  /** 2nd gen: the vCPU Google assigns to a memory size (MiB), from its memory and vCPU table. */
  private static final Map<Long, BigDecimal> VCPU = Map.of(128L, new BigDecimal("0.083"),
      256L, new BigDecimal("0.167"), 512L, new BigDecimal("0.333"), 1024L, new BigDecimal("0.583"),
      2048L, BigDecimal.ONE, 4096L, BigDecimal.valueOf(2), 8192L, BigDecimal.valueOf(2),
      16384L, BigDecimal.valueOf(4), 32768L, BigDecimal.valueOf(8));
  private static final BigDecimal TENTH = new BigDecimal("0.1");

  CloudFunctions() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The product generation; {@link Generation#SECOND} by default, as Google now deploys. */
  @Value.Default
  public Generation generation() {
    return Generation.SECOND;
  }

  /** Memory of the function: 128, 256 or 512 MiB, 1, 2, 4 or 8 GiB (2nd gen also 16 and 32 GiB). */
  public abstract DataSize memory();

  /** Mean time to serve one request; billed in steps of 100 ms. */
  public abstract Duration meanDuration();

  @Override
  public String name() {
    return "CloudFunctions";
  }

  private long mebibytes() {
    return memory().toBytes() >> 20;
  }

  /** The 2nd gen function as the Cloud Run service it is. */
  public CloudRun asCloudRun() {
    return CloudRun.builder().cpu(VCPU.get(mebibytes())).memory(memory()).meanDuration(meanDuration()).build();
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    if (generation() == Generation.SECOND) {
      return asCloudRun().lineItems(context, name(), "Cloud Run functions (2nd gen)");
    }
    BigDecimal requests = context.workload().requestsPerMonth();
    BigDecimal seconds = Formats.seconds(meanDuration()).divide(TENTH, 0, RoundingMode.CEILING).multiply(TENTH);
    BigDecimal gib = memory().toGibibytes();
    BigDecimal ghz = GHZ.get(mebibytes());
    BigDecimal billed = requests.multiply(seconds);
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE, "Cloud Functions (1st gen) invocations",
        PriceKey.of("CloudFunctions", "Invocations", ""), "invocation price",
        requests.divide(BigDecimal.valueOf(1_000_000), Maths.CONTEXT),
        List.of(PricingContext.term(Formats.number(requests) + " invocations ÷ 1,000,000"))));
    items.add(context.lineItem(name(), CostCategory.INFERENCE, "Cloud Functions (1st gen) memory (" + memory() + ")",
        PriceKey.of("CloudFunctions", "Memory", ""), "memory price", billed.multiply(gib),
        List.of(PricingContext.term(requests, "invocation", "invocations"), PricingContext.term(seconds, "s"),
            PricingContext.term(gib, "GiB"))));
    items.add(context.lineItem(name(), CostCategory.INFERENCE, "Cloud Functions (1st gen) CPU (" + Formats.number(ghz)
            + " GHz)", PriceKey.of("CloudFunctions", "CPU", ""), "CPU price", billed.multiply(ghz),
        List.of(PricingContext.term(requests, "invocation", "invocations"), PricingContext.term(seconds, "s"),
            PricingContext.term(ghz, "GHz"))));
    return items;
  }

  @Override
  public void checkDesign(PricingContext context) {
    if (generation() == Generation.FIRST) {
      Payloads.checkBoth(name(), context, GcpLimits.FUNCTIONS_1ST_GEN_MAX_PAYLOAD,
          GcpLimits.FUNCTIONS_1ST_GEN_PAYLOAD, "use a 2nd gen function (32 MB) or CloudRun");
    } else {
      Payloads.checkRequest(name(), context, GcpLimits.CLOUD_RUN_MAX_REQUEST, GcpLimits.CLOUD_RUN_REQUEST_SIZE,
          "send a reference to the data in Cloud Storage");
    }
  }

  @Value.Check
  void check() {
    Checks.positive("CloudFunctions.meanDuration", meanDuration());
    boolean first = generation() == Generation.FIRST;
    long bytes = memory().toBytes();
    boolean whole = bytes % (1L << 20) == 0;
    if (!whole || !(first ? GHZ : VCPU).containsKey(mebibytes())) {
      throw LimitExceededException.of("CloudFunctions.memory", "one of", GcpLimits.FUNCTIONS_1ST_GEN_MEMORY,
          memory().toString(), "pick the nearest size, such as DataSize.ofMebibytes(512)"
              + (first ? "" : " (2nd gen also allows 16 and 32 GiB)"));
    }
    if (first) {
      Checks.withinLimit("CloudFunctions.meanDuration", meanDuration(), GcpLimits.FUNCTIONS_1ST_GEN_MAX_DURATION,
          GcpLimits.FUNCTIONS_1ST_GEN_TIMEOUT, "use a 2nd gen function (up to 60 minutes) or CloudRun");
    } else {
      Checks.withinLimit("CloudFunctions.meanDuration", meanDuration(), GcpLimits.FUNCTIONS_2ND_GEN_MAX_DURATION,
          GcpLimits.FUNCTIONS_2ND_GEN_TIMEOUT, "run longer work as a Cloud Run job or a VertexBatchPrediction");
    }
  }

  /** Builds a {@link CloudFunctions}; memory and mean duration are required. */
  public static final class Builder extends ImmutableCloudFunctions.Builder {
    Builder() {}
  }
}
