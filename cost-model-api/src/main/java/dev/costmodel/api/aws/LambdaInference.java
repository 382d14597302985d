package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.DataUnit;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
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
 * An AWS Lambda function that serves the workload's inference requests synchronously: billed per request and
 * per GiB-second of duration at the configured memory, with optional provisioned concurrency, warm-up pings,
 * ephemeral storage above the free 512 MB, and the free tier as an explicit opt-in.
 *
 * <p><b>Why this formula.</b> AWS Lambda pricing (https://aws.amazon.com/lambda/pricing/) bills
 * <ul>
 *   <li>requests: {@code (Req + Pings) × USD 0.20 per million};</li>
 *   <li>on-demand duration: {@code (ReqOnDemand × d + Pings × dPing) × memory GiB}, in GiB-seconds, priced
 *       tier by tier ({@code Lambda/Duration/x86|arm}: x86 USD 0.0000166667 for the first 6 billion a month,
 *       then 0.000015, then 0.0000133334 above 15 billion; arm 0.0000133334, 0.000012, 0.0000106667 at 7.5
 *       and 18.75 billion);</li>
 *   <li>provisioned concurrency, while configured: {@code N × memory GiB × hoursPerDay × 3,600 s × 730/24
 *       days}, in GiB-seconds, at {@code Lambda/ProvisionedConcurrency/x86|arm}, plus the lower
 *       {@code Lambda/ProvisionedConcurrencyDuration/x86|arm} rate for {@code ReqOnPC × d × memory GiB};</li>
 *   <li>ephemeral storage above 512 MB: {@code (Req × d + Pings × dPing) × (storage − 512 MB) GiB} at
 *       {@code Lambda/EphemeralStorage/above 512 MB}.</li>
 * </ul>
 * {@code d} is the mean duration rounded up to the millisecond (Lambda bills each invocation per ms, rounded
 * up; give the mean of billed durations). Memory and ephemeral storage are in AWS's "MB", which is a
 * mebibyte ({@link DataSize#ofMebibytes}): AWS counts 1 GB = 1,024 MB, so 1,769 MB is 1.7275390625 GiB.
 *
 * <p><b>How requests split between provisioned and on-demand capacity.</b> Provisioned instances exist only
 * {@link #provisionedHoursPerDay()} hours a day. The requests arriving then are
 * {@link #trafficShareInProvisionedHours()} of the month's (by default {@code hoursPerDay ÷ 24}: traffic spread
 * evenly over the day; set it higher when those are your peak hours). Of those, the provisioned instances can
 * serve at most {@code N × hoursPerDay × 109,500 s ÷ d} (each instance serves one request at a time; 109,500
 * s = 3,600 s × 730/24 days); the rest spill over to on-demand instances, as Lambda does, and are billed at the
 * on-demand rate. So {@code ReqOnPC = min(Req × share, N × hoursPerDay × 109,500 ÷ d)} and {@code ReqOnDemand
 * = Req − ReqOnPC}. Using the mean is optimistic about utilization (bursts spill over sooner), so the PC
 * duration saving is an upper bound. Warm-up pings are billed at the on-demand rate all day (a ping that lands
 * on a provisioned instance is billed at the lower rate: we overstate those by a fraction of a cent at the
 * chapter's sizes).
 *
 * <p><b>Warm-up pings</b> ({@link #warmUpInterval()}) are ordinary invocations: {@code 43,800 min ÷ interval ×
 * warmUpConcurrency} a month (the 730-hour month), each billed as a request and for
 * {@link #warmUpDuration()}. An EventBridge rule with a schedule expression triggers them at no charge
 * (scheduled events are not custom events; https://aws.amazon.com/eventbridge/pricing/); EventBridge Scheduler
 * charges USD 1.00 per million invocations after 14 million free a month. A single ping keeps one instance
 * warm, not the N a burst needs.
 *
 * <p><b>Free tier</b> ({@link #freeTier()}, off by default): 1,000,000 requests and 400,000 GB-seconds a
 * month. It is <em>per account</em> (shared by every function of the account, in every region), and for
 * Lambda it is not limited to the first 12 months. It is subtracted from the requests and from the on-demand
 * duration (from the first tier). AWS does not apply it to a function with provisioned concurrency enabled:
 * then it is not applied, and a finding says so.
 *
 * <p>AWS's limits are checked ({@link AwsLimits}): memory 128 to 10,240 MB, ephemeral storage 512 to 10,240
 * MB, mean duration at most the 15-minute timeout, request and response payloads at most 6 MB (synchronous
 * invocation). A mean concurrency ({@code (Req × d + Pings × dPing) ÷ 2,628,000 s}) above the account's
 * default 1,000 concurrent executions is a finding naming the quota.
 *
 * <p>Example (1,024 MB, 100 ms, x86; 3,000,000 requests a month): 3 M requests × USD 0.20 = USD 0.60;
 * 3,000,000 × 0.1 s × 1 GiB = 300,000 GiB-seconds × USD 0.0000166667 = USD 5.00001.
 *
 * <pre>{@code
 * LambdaInference lambda = LambdaInference.builder()
 *     .memory(DataSize.ofMebibytes(1024)).meanDuration(Duration.ofMillis(100))
 *     .provisionedConcurrency(5).provisionedHoursPerDay(8)
 *     .warmUpInterval(Duration.ofMinutes(5))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LambdaInference implements InferenceComponent {
  /** Seconds of one hour a day over the 730-hour month: 3,600 × 730 ÷ 24 = 109,500. */
  public static final BigDecimal SECONDS_PER_DAILY_HOUR = BigDecimal.valueOf(109_500);
  /** Free requests a month, per account, when {@link #freeTier()} is on: 1,000,000. */
  public static final BigDecimal FREE_REQUESTS = BigDecimal.valueOf(1_000_000);
  /** Free GB-seconds (GiB-seconds) a month, per account, when {@link #freeTier()} is on: 400,000. */
  public static final BigDecimal FREE_GIB_SECONDS = BigDecimal.valueOf(400_000);

  private static final long MIB = DataUnit.MEBIBYTE.bytes();
  private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal MINUTES_PER_MONTH = BigDecimal.valueOf(43_800);
  private static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(2_628_000);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

  LambdaInference() {}

  /** The instruction set a function runs on; arm (Graviton) is priced about 20% lower. */
  public enum Architecture {
    /** x86_64. */
    X86("x86"),
    /** arm64 (AWS Graviton). */
    ARM("arm");

    private final String resource;

    Architecture(String resource) {
      this.resource = resource;
    }

    /** The resource of this architecture's catalog keys: {@code x86} or {@code arm}. */
    public String resource() {
      return resource;
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The function's memory, a whole number of AWS's MB (mebibytes), 128 to 10,240. */
  public abstract DataSize memory();

  /** Mean billed duration of one request; rounded up to the millisecond, at most 15 minutes. */
  public abstract Duration meanDuration();

  /** x86 (the default) or arm. */
  @Value.Default
  public Architecture architecture() {
    return Architecture.X86;
  }

  /** Ephemeral storage ({@code /tmp}), 512 MB (the default, included) to 10,240 MB. */
  @Value.Default
  public DataSize ephemeralStorage() {
    return DataSize.ofMebibytes(512);
  }

  /** Provisioned concurrency: instances kept initialized; 0 (the default) for none. */
  @Value.Default
  public int provisionedConcurrency() {
    return 0;
  }

  /** Hours a day the provisioned concurrency is configured, 0 to 24; 24 by default. */
  @Value.Default
  public BigDecimal provisionedHoursPerDay() {
    return HOURS_PER_DAY;
  }

  /**
   * The share of the month's requests that arrive while provisioned concurrency is configured, 0 to 1, if
   * known (peak hours carry more than their share of the day); empty for traffic spread evenly over the day.
   */
  public abstract Optional<BigDecimal> provisionedTrafficShare();

  /** {@link #provisionedTrafficShare()} if given, else {@code provisionedHoursPerDay ÷ 24}. */
  public BigDecimal trafficShareInProvisionedHours() {
    return provisionedTrafficShare()
        .orElseGet(() -> provisionedHoursPerDay().divide(HOURS_PER_DAY, Maths.CONTEXT));
  }

  /** The function's reserved concurrency, if set; provisioned concurrency may not exceed it. */
  public abstract Optional<Integer> reservedConcurrency();

  /** How often a warm-up ping invokes the function, if it is kept warm that way (e.g. every 5 minutes). */
  public abstract Optional<Duration> warmUpInterval();

  /** Billed duration of one warm-up ping, which returns without inference; 10 ms by default. */
  @Value.Default
  public Duration warmUpDuration() {
    return Duration.ofMillis(10);
  }

  /** Concurrent invocations each warm-up sends (instances it keeps warm); 1 by default. */
  @Value.Default
  public int warmUpConcurrency() {
    return 1;
  }

  /**
   * Whether to subtract the Lambda free tier (1M requests and 400,000 GB-seconds a month, per account, not
   * time-limited); off by default, since other functions of the account may use it up.
   */
  @Value.Default
  public boolean freeTier() {
    return false;
  }

  @Override
  public String name() {
    return "LambdaInference";
  }

  /** The memory in GiB, as Lambda bills it: MB ÷ 1,024. */
  public BigDecimal memoryGibibytes() {
    return memory().toGibibytes();
  }

  /** The billed mean duration in seconds: {@link #meanDuration()} rounded up to the millisecond. */
  public BigDecimal billedSeconds() {
    return ceilMillis(meanDuration());
  }

  /** Warm-up pings a month: {@code 43,800 min ÷ interval × warmUpConcurrency}; zero without warm-up. */
  public BigDecimal warmUpPingsPerMonth() {
    return warmUpInterval().map(interval -> MINUTES_PER_MONTH.multiply(BigDecimal.valueOf(warmUpConcurrency()))
        .divide(Formats.seconds(interval).divide(BigDecimal.valueOf(60), Maths.CONTEXT), Maths.CONTEXT))
        .orElse(BigDecimal.ZERO);
  }

  /**
   * Requests a month served by provisioned instances:
   * {@code min(Req × share, N × hoursPerDay × 109,500 s ÷ d)}; zero without provisioned concurrency.
   */
  public BigDecimal requestsOnProvisioned(Workload workload) {
    if (provisionedConcurrency() == 0 || provisionedHoursPerDay().signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal arriving = workload.requestsPerMonth().multiply(trafficShareInProvisionedHours());
    BigDecimal capacity = BigDecimal.valueOf(provisionedConcurrency()).multiply(provisionedHoursPerDay())
        .multiply(SECONDS_PER_DAILY_HOUR).divide(billedSeconds(), Maths.CONTEXT);
    return arriving.min(capacity);
  }

  /** Whether the free tier is subtracted: {@link #freeTier()} on and no provisioned concurrency. */
  public boolean freeTierApplies() {
    return freeTier() && provisionedConcurrency() == 0;
  }

  /**
   * Mean executions in flight: {@code (Req × d + Pings × dPing) ÷ 2,628,000 s} (the 730-hour month); the
   * peak is higher.
   */
  public BigDecimal meanConcurrency(Workload workload) {
    return invocationSeconds(workload).divide(SECONDS_PER_MONTH, Maths.CONTEXT);
  }

  /** The catalog key of on-demand duration: {@code Lambda/Duration/x86}. */
  public PriceKey durationKey() {
    return PriceKey.of("Lambda", "Duration", architecture().resource());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    Workload workload = context.workload();
    BigDecimal requests = workload.requestsPerMonth();
    BigDecimal pings = warmUpPingsPerMonth();
    BigDecimal gib = memoryGibibytes();
    BigDecimal seconds = billedSeconds();
    BigDecimal pingSeconds = ceilMillis(warmUpDuration());
    boolean free = freeTierApplies();
    String arch = architecture().resource();
    String memoryText = Formats.exact(memory().toMebibytes()) + " MB";
    List<LineItem> items = new ArrayList<>();

    BigDecimal invocations = requests.add(pings);
    String requestText = count(requests, "requests") + (pings.signum() > 0 ? " + " + count(pings, "warm-up pings") : "");
    BigDecimal billableRequests = free ? invocations.subtract(FREE_REQUESTS).max(BigDecimal.ZERO) : invocations;
    String requestTerm = pings.signum() > 0 || free ? "(" + requestText + (free ? " − 1,000,000 free" : "") + ")" : requestText;
    items.add(context.lineItem(name(), CostCategory.INFERENCE, "Lambda requests",
        PriceKey.of("Lambda", "Requests", ""), "resource", billableRequests.divide(MILLION, Maths.CONTEXT),
        List.of(PricingContext.term(requestTerm))));

    BigDecimal onProvisioned = requestsOnProvisioned(workload);
    BigDecimal onDemand = requests.subtract(onProvisioned);
    BigDecimal onDemandSeconds = onDemand.multiply(seconds).add(pings.multiply(pingSeconds));
    BigDecimal onDemandGibSeconds = onDemandSeconds.multiply(gib);
    BigDecimal billableGibSeconds = free
        ? onDemandGibSeconds.subtract(FREE_GIB_SECONDS).max(BigDecimal.ZERO) : onDemandGibSeconds;
    String durationText = "(" + count(onDemand, "requests") + " × " + Formats.number(seconds) + " s"
        + (pings.signum() > 0 ? " + " + count(pings, "pings") + " × " + Formats.number(pingSeconds) + " s" : "")
        + ") × " + Formats.number(gib) + " GiB" + (free ? " − 400,000 free" : "");
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "Lambda duration (" + memoryText + ", " + arch + ", on demand)", durationKey(), "architecture",
        billableGibSeconds, List.of(PricingContext.term(durationText))));

    if (provisionedConcurrency() > 0 && provisionedHoursPerDay().signum() > 0) {
      BigDecimal count = BigDecimal.valueOf(provisionedConcurrency());
      BigDecimal configured = count.multiply(gib).multiply(provisionedHoursPerDay()).multiply(SECONDS_PER_DAILY_HOUR);
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "Lambda provisioned concurrency (" + provisionedConcurrency() + " × " + memoryText + ", "
              + Formats.number(provisionedHoursPerDay()) + " h a day)",
          PriceKey.of("Lambda", "ProvisionedConcurrency", arch), "architecture", configured,
          List.of(PricingContext.term(count, "instance", "instances"), PricingContext.term(gib, "GiB"),
              PricingContext.term(provisionedHoursPerDay(), "h a day"),
              PricingContext.term("3,600 s × 30.4167 days"))));
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "Lambda duration on provisioned concurrency (" + memoryText + ", " + arch + ")",
          PriceKey.of("Lambda", "ProvisionedConcurrencyDuration", arch), "architecture",
          onProvisioned.multiply(seconds).multiply(gib),
          List.of(PricingContext.term(onProvisioned, "request", "requests"), PricingContext.term(seconds, "s"),
              PricingContext.term(gib, "GiB"))));
    }

    BigDecimal extraMib = ephemeralStorage().toMebibytes().subtract(BigDecimal.valueOf(512));
    if (extraMib.signum() > 0) {
      BigDecimal extraGib = extraMib.divide(MIB_PER_GIB, Maths.CONTEXT);
      BigDecimal allSeconds = invocationSeconds(workload);
      items.add(context.lineItem(name(), CostCategory.INFERENCE,
          "Lambda ephemeral storage (" + Formats.exact(ephemeralStorage().toMebibytes()) + " MB, above 512 MB)",
          PriceKey.of("Lambda", "EphemeralStorage", "above 512 MB"), "resource", allSeconds.multiply(extraGib),
          List.of(PricingContext.term(allSeconds, "invocation-seconds"), PricingContext.term(extraGib, "GiB"))));
    }
    return items;
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    BigDecimal concurrency = meanConcurrency(context.workload());
    if (concurrency.compareTo(AwsLimits.LAMBDA_MAX_CONCURRENCY) > 0) {
      ProviderLimit quota = AwsLimits.LAMBDA_CONCURRENT_EXECUTIONS;
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.LAMBDA_CONCURRENCY_QUOTA, name(),
          "the function averages " + Formats.number(concurrency) + " executions in flight (invocations × mean"
              + " duration ÷ 730 h), above AWS's default of " + quota.bound() + " per account and region ("
              + quota.source() + "); peaks are higher still: ask AWS to raise the quota \""
              + quota.quota().orElseThrow() + "\", or serve this traffic from an endpoint"));
    }
    if (freeTier() && !freeTierApplies()) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.LAMBDA_FREE_TIER, name(),
          "the free tier is not subtracted: AWS does not apply the Lambda free tier to a function with"
              + " provisioned concurrency enabled (https://aws.amazon.com/lambda/pricing/); set"
              + " provisionedConcurrency(0) to price it with the free tier"));
    } else if (freeTierApplies()) {
      findings.add(Finding.of(Finding.Severity.INFO, FindingCode.LAMBDA_FREE_TIER, name(),
          "the Lambda free tier (1,000,000 requests and 400,000 GB-seconds a month) is subtracted in full; it"
              + " is per account, shared by every function of the account, so price it once per account"));
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    Workload workload = context.workload();
    checkPayload("Workload.requestPayload (served by LambdaInference)", workload.requestPayload());
    checkPayload("Workload.responsePayload (served by LambdaInference)", workload.responsePayload());
  }

  private static void checkPayload(String field, DataSize value) {
    if (value.compareTo(AwsLimits.LAMBDA_MAX_PAYLOAD) > 0) {
      throw LimitExceededException.of(field, "<=", AwsLimits.LAMBDA_PAYLOAD,
          value + " (" + Formats.exact(BigDecimal.valueOf(value.toBytes())) + " bytes)",
          "put the data in S3 and send its key instead of the data");
    }
  }

  private BigDecimal invocationSeconds(Workload workload) {
    return workload.requestsPerMonth().multiply(billedSeconds())
        .add(warmUpPingsPerMonth().multiply(ceilMillis(warmUpDuration())));
  }

  private static BigDecimal ceilMillis(Duration duration) {
    return Formats.seconds(duration).setScale(3, RoundingMode.CEILING);
  }

  private static String count(BigDecimal value, String label) {
    return Formats.number(value) + " " + label;
  }

  @Value.Check
  void check() {
    checkMegabytes("LambdaInference.memory", memory(), 128, AwsLimits.LAMBDA_MEMORY,
        "pick a size from 128 to 10,240 MB, such as DataSize.ofMebibytes(1024)");
    checkMegabytes("LambdaInference.ephemeralStorage", ephemeralStorage(), 512, AwsLimits.LAMBDA_EPHEMERAL_STORAGE,
        "pick a size from 512 to 10,240 MB, such as DataSize.ofMebibytes(512), the default, or keep large"
            + " files in S3 or EFS");
    Checks.positive("LambdaInference.meanDuration", meanDuration());
    Checks.withinLimit("LambdaInference.meanDuration", meanDuration(), AwsLimits.LAMBDA_TIMEOUT,
        AwsLimits.LAMBDA_FUNCTION_TIMEOUT, "run longer work as a SageMaker processing job or batch transform"
            + " job, or split it into steps of at most 15 minutes (AWS Step Functions)");
    Checks.nonNegative("LambdaInference.provisionedConcurrency", provisionedConcurrency());
    BigDecimal hours = provisionedHoursPerDay();
    if (hours.signum() < 0 || hours.compareTo(HOURS_PER_DAY) > 0) {
      throw new IllegalArgumentException("LambdaInference.provisionedHoursPerDay must be between 0 and 24, but"
          + " was " + Formats.plain(hours) + "; give the hours a day the provisioned concurrency is configured"
          + " (24 for always)");
    }
    provisionedTrafficShare().ifPresent(share -> Checks.fraction("LambdaInference.provisionedTrafficShare", share));
    reservedConcurrency().ifPresent(reserved -> {
      Checks.nonNegative("LambdaInference.reservedConcurrency", reserved);
      if (provisionedConcurrency() > reserved) {
        throw new IllegalArgumentException("LambdaInference.provisionedConcurrency must be <= reservedConcurrency"
            + " (" + reserved + "), but was " + provisionedConcurrency() + "; Lambda cannot provision more"
            + " instances than the function reserves: raise reservedConcurrency or lower"
            + " provisionedConcurrency");
      }
    });
    warmUpInterval().ifPresent(interval -> Checks.positive("LambdaInference.warmUpInterval", interval));
    Checks.positive("LambdaInference.warmUpDuration", warmUpDuration());
    Checks.withinLimit("LambdaInference.warmUpDuration", warmUpDuration(), AwsLimits.LAMBDA_TIMEOUT,
        AwsLimits.LAMBDA_FUNCTION_TIMEOUT, "a warm-up ping returns at once; give its billed duration");
    Checks.positive("LambdaInference.warmUpConcurrency", warmUpConcurrency());
  }

  private static void checkMegabytes(String field, DataSize size, long min, ProviderLimit limit, String fix) {
    long bytes = size.toBytes();
    if (bytes % MIB != 0 || bytes < min * MIB || bytes > 10_240 * MIB) {
      String value = bytes % MIB == 0 ? size.toString()
          : size + " (" + Formats.number(size.toMebibytes()) + " MiB, not a whole number of AWS's MB)";
      throw LimitExceededException.of(field, "within", limit, value, fix);
    }
  }

  /** Builds a {@link LambdaInference}; {@code memory} and {@code meanDuration} are required. */
  public static final class Builder extends ImmutableLambdaInference.Builder {
    Builder() {}

    /** Sets the hours a day of provisioned concurrency from a {@code double}, exactly as written. */
    public Builder provisionedHoursPerDay(double hours) {
      return provisionedHoursPerDay(Checks.finite("LambdaInference.provisionedHoursPerDay", hours));
    }

    /** Sets the share of requests arriving during provisioned hours from a {@code double}, exactly as written. */
    public Builder provisionedTrafficShare(double share) {
      return provisionedTrafficShare(Checks.finite("LambdaInference.provisionedTrafficShare", share));
    }
  }
}
