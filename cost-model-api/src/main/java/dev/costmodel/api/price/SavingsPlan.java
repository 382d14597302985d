package dev.costmodel.api.price;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An AWS Savings Plan: a 1- or 3-year commitment that prices exactly the usage it covers at a lower rate, and
 * nothing else. Apply it with {@link PriceCatalog#withSavingsPlan(SavingsPlan)}.
 *
 * <ul>
 *   <li>{@link Kind#SAGEMAKER SageMaker Savings Plans} cover SageMaker ML instance usage: Training,
 *       Processing, real-time hosting (and asynchronous inference, which runs on hosting instances) and Batch
 *       Transform, whatever the instance family, size or Region. They do not cover data processed, ML storage,
 *       or serverless inference, which is not instance usage. AWS: "save up to 64%" (SageMaker developer guide
 *       and pricing page, https://aws.amazon.com/savingsplans/ml-pricing/).
 *   <li>{@link Kind#COMPUTE Compute Savings Plans} cover, of what costmodel prices, AWS Lambda duration and
 *       provisioned concurrency, not Lambda requests. AWS: "save up to 17% on AWS Lambda" (AWS Lambda pricing,
 *       https://aws.amazon.com/lambda/pricing/). They do not cover SageMaker.
 * </ul>
 *
 * <p>The rate is the plan's discount from on-demand for your term and payment option, from AWS's Savings
 * Plans pricing page or your quote; it must not exceed the most AWS says a plan of the kind saves. The model
 * assumes the hourly commitment is sized to the covered usage: a larger commitment is paid for anyway, and
 * usage above a smaller one is billed on demand.
 *
 * <pre>{@code
 * PriceCatalog planned = PriceCatalogs.awsUsEast1()
 *     .withSavingsPlan(SavingsPlan.sageMaker(3, 0.64));
 * // a training line's note(): "after SageMaker Savings Plan, 3 years, covers SageMaker/Training -64%"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SavingsPlan {
  /** The two kinds of Savings Plan that cover usage costmodel prices. */
  public enum Kind {
    /** SageMaker Savings Plans: SageMaker instance usage, up to 64 % off. */
    SAGEMAKER("SageMaker Savings Plan", new BigDecimal("0.64"),
        "AWS: SageMaker Savings Plans \"save up to 64%\", https://aws.amazon.com/savingsplans/ml-pricing/",
        List.of("SageMaker/Training", "SageMaker/Processing", "SageMaker/RealTimeHosting",
            "SageMaker/AsyncInference", "SageMaker/BatchTransform", "SageMaker/Notebook")),
    /** Compute Savings Plans, as they apply to AWS Lambda: duration and provisioned concurrency, up to 17 %. */
    COMPUTE("Compute Savings Plan", new BigDecimal("0.17"),
        "AWS: Compute Savings Plans \"save up to 17% on AWS Lambda\", https://aws.amazon.com/lambda/pricing/",
        List.of("Lambda/Duration", "Lambda/ProvisionedConcurrency", "Lambda/ProvisionedConcurrencyDuration"));

    private final String label;
    private final BigDecimal maximumRate;
    private final String maximumSource;
    private final List<String> scopes;

    Kind(String label, BigDecimal maximumRate, String maximumSource, List<String> scopes) {
      this.label = label;
      this.maximumRate = maximumRate;
      this.maximumSource = maximumSource;
      this.scopes = scopes;
    }

    /** The most a plan of this kind takes off, as AWS states it: 0.64 or 0.17. */
    public BigDecimal maximumRate() {
      return maximumRate;
    }

    /** The usages the plan covers, as {@code service/usage} scopes of a {@link PriceKey}. */
    public List<String> scopes() {
      return scopes;
    }

    /** {@code SageMaker Savings Plan} or {@code Compute Savings Plan}. */
    @Override
    public String toString() {
      return label;
    }
  }

  private final Kind kind;
  private final int years;
  private final BigDecimal rate;

  private SavingsPlan(Kind kind, int years, BigDecimal rate) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (years != 1 && years != 3) {
      throw new IllegalArgumentException("SavingsPlan.years must be 1 or 3 (AWS's terms), but was " + years);
    }
    if (rate.signum() <= 0 || rate.compareTo(kind.maximumRate) > 0) {
      throw new IllegalArgumentException("SavingsPlan.rate of a " + kind + " must be > 0 and <= "
          + Formats.plain(kind.maximumRate) + " (" + kind.maximumSource + "), but was " + Formats.plain(rate)
          + "; write 40 % off as 0.4, and take the rate for your term and payment option from AWS's Savings"
          + " Plans pricing");
    }
    this.years = years;
    this.rate = rate;
  }

  /** A SageMaker Savings Plan of {@code years} (1 or 3) taking {@code rate} off ({@code 0.64} at most). */
  public static SavingsPlan sageMaker(int years, double rate) {
    return new SavingsPlan(Kind.SAGEMAKER, years, Checks.finite("SavingsPlan.rate", rate));
  }

  /** A Compute Savings Plan of {@code years} (1 or 3) taking {@code rate} off Lambda ({@code 0.17} at most). */
  public static SavingsPlan compute(int years, double rate) {
    return new SavingsPlan(Kind.COMPUTE, years, Checks.finite("SavingsPlan.rate", rate));
  }

  /** A plan of {@code kind}, {@code years} (1 or 3), taking {@code rate} off the usage it covers. */
  public static SavingsPlan of(Kind kind, int years, BigDecimal rate) {
    return new SavingsPlan(kind, years, rate);
  }

  /** Which kind of plan. */
  public Kind kind() {
    return kind;
  }

  /** The term: 1 or 3 years. */
  public int years() {
    return years;
  }

  /** The discount from on-demand on covered usage: 0.64 takes 64 % off. */
  public BigDecimal rate() {
    return rate;
  }

  /** Whether the plan covers the usage priced at {@code key}. */
  public boolean covers(PriceKey key) {
    return scopeOf(key) != null;
  }

  /** What a discounted price records: {@code SageMaker Savings Plan, 3 years, covers SageMaker/Training}. */
  String reasonFor(PriceKey key) {
    return this + ", covers " + scopeOf(key);
  }

  private String scopeOf(PriceKey key) {
    String text = key.toString();
    for (String scope : kind.scopes) {
      if (text.startsWith(scope + "/") || text.equals(scope)) {
        return scope;
      }
    }
    return null;
  }

  /** {@code SageMaker Savings Plan, 3 years}. */
  @Override
  public String toString() {
    return kind + ", " + years + (years == 1 ? " year" : " years");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SavingsPlan && ((SavingsPlan) other).kind == kind
        && ((SavingsPlan) other).years == years && ((SavingsPlan) other).rate.compareTo(rate) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, years, rate.stripTrailingZeros());
  }
}
