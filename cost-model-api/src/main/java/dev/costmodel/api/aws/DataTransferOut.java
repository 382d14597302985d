package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.Workload;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data sent from AWS out to the internet: the predictions returned to callers outside AWS.
 *
 * <p>The seed report leaves data transfer out of its totals, and names it as an omission that matters: an
 * endpoint's "data processed" is billed by SageMaker, but the same bytes leaving AWS are billed again, as
 * data transfer out, at more than five times the rate (USD 0.09 against USD 0.016 per GiB in us-east-1).
 *
 * <p>Formula: {@code GiB = requests × responsePayload} from the scenario's {@link Workload} (requests come in
 * free), or a fixed {@link #gibibytesPerMonth()} you give; priced tier by tier from
 * {@code DataTransfer/OutToInternet}: in the bundled us-east-1 catalog USD 0.09/GiB for the first 10 TB
 * (10,240 GiB) a month, USD 0.085 for the next 40 TB, USD 0.07 for the next 100 TB and USD 0.05 above
 * 150 TB (that last tier is marked inferred in the catalog, so an estimate that reaches it gets the
 * {@code inferred-prices} finding). AWS bills a "GB" as 2<sup>30</sup> bytes, so the unit is the GiB.
 * Example: 4,000,000 requests × 2 KiB = 7.6294 GiB × USD 0.09 = USD 0.69.
 *
 * <p><b>Free allowance, opt-in.</b> AWS gives every account 100 GB of data transfer out to the internet free
 * each month, aggregated across AWS services and regions ({@link #FREE_ALLOWANCE_SOURCE}). It is off by
 * default, because the account's other traffic uses it too; {@link #withFreeAllowance(boolean)
 * withFreeAllowance(true)} prices {@code max(0, GiB − 100)} tier by tier, and the estimate gets a
 * {@link FindingCode#FREE_ALLOWANCE_SHARED finding} saying the allowance is per account. AWS does not say
 * whether the free 100 GB count toward the tier bounds; here the tiers are counted on the billed GiB, which
 * moves the 10 TB bound by 100 GiB at most (USD 0.50 at most). The allowance never raises a cost.
 *
 * <p>The cost is not linear in the GiB (tiers, and the allowance's {@code max}), so {@code BreakEven}
 * refuses an input that crosses a tier bound, and {@code MonteCarlo} prices such samples exactly.
 *
 * <pre>{@code
 * DataTransferOut fromResponses = DataTransferOut.builder().build();
 * DataTransferOut fixed = DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DataTransferOut implements CostComponent {
  /** The catalog key the GiB are priced by: {@code DataTransfer/OutToInternet}. */
  public static final PriceKey PRICE_KEY = PriceKey.of("DataTransfer", "OutToInternet", "");

  /** GiB out to the internet AWS gives free each month, per account: 100 (AWS's "GB"). */
  public static final BigDecimal FREE_ALLOWANCE_GIB = BigDecimal.valueOf(100);

  /** Where AWS announced the 100 GB a month free. */
  public static final String FREE_ALLOWANCE_SOURCE = "AWS News Blog, \"AWS Free Tier Data Transfer Expansion –"
      + " 100 GB From Regions and 1 TB From Amazon CloudFront Per Month\", 2021-11-24,"
      + " https://aws.amazon.com/blogs/aws/aws-free-tier-data-transfer-expansion-100-gb-from-regions-and-1-tb-"
      + "from-amazon-cloudfront-per-month/";

  DataTransferOut() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** GiB out a month, if fixed; empty (the default) to derive it from the workload's responses. */
  public abstract Optional<BigDecimal> gibibytesPerMonth();

  /** Whether AWS's 100 GB a month free is subtracted; off by default (it is shared by the whole account). */
  @Value.Default
  public boolean freeAllowance() {
    return false;
  }

  @Override
  public String name() {
    return "DataTransferOut";
  }

  /** Returns a copy with {@code gibibytes} GiB out a month. */
  public DataTransferOut withGibibytesPerMonth(BigDecimal gibibytes) {
    return ImmutableDataTransferOut.copyOf(this).withGibibytesPerMonth(gibibytes);
  }

  /** Returns a copy with AWS's free 100 GB a month subtracted, or not. */
  public DataTransferOut withFreeAllowance(boolean free) {
    return ImmutableDataTransferOut.copyOf(this).withFreeAllowance(free);
  }

  /** GiB out a month in {@code context}: the fixed figure, or {@code requests × responsePayload}. */
  public BigDecimal gibibytesPerMonth(PricingContext context) {
    return gibibytesPerMonth().orElseGet(() -> context.workload().responseGibibytesPerMonth());
  }

  /** GiB billed: {@code GiB}, or {@code max(0, GiB − 100)} with the free allowance. */
  public BigDecimal billedGibibytes(PricingContext context) {
    BigDecimal gib = gibibytesPerMonth(context);
    return freeAllowance() ? gib.subtract(FREE_ALLOWANCE_GIB).max(BigDecimal.ZERO) : gib;
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    Workload workload = context.workload();
    BigDecimal gib = gibibytesPerMonth(context);
    String amount = gibibytesPerMonth().isPresent() ? Formats.number(gib) + " GiB"
        : PricingContext.term(workload.requestsPerMonth(), "request", "requests") + " × "
            + workload.responsePayload() + (freeAllowance() ? " = " + Formats.number(gib) + " GiB" : "");
    String text = freeAllowance() ? amount + " − " + Formats.number(FREE_ALLOWANCE_GIB) + " GiB free" : amount;
    String description = "data transfer out to the internet ("
        + (gibibytesPerMonth().isPresent() ? "fixed" : "responses") + ")";
    LineItem item = context.lineItem(name(), CostCategory.DATA_TRANSFER, description, PRICE_KEY, "resource",
        billedGibibytes(context), List.of(PricingContext.term(text)));
    if (!freeAllowance()) {
      return List.of(item);
    }
    String note = "AWS Free Tier: 100 GB a month free per account, across services and regions (opt-in)";
    return List.of(LineItem.builder().from(item).note(item.note().map(n -> n + "; " + note).orElse(note)).build());
  }

  /** With the free allowance, a finding that the account's other traffic shares it. */
  @Override
  public List<Finding> findings(PricingContext context) {
    if (!freeAllowance()) {
      return List.of();
    }
    UnitPrice rate = context.price(PRICE_KEY, "resource").unitPrice();
    return List.of(Finding.of(Finding.Severity.INFO, FindingCode.FREE_ALLOWANCE_SHARED, name(),
        "data transfer out is priced after AWS's 100 GB a month free, which is per account and aggregated"
            + " across AWS services and regions: traffic of other systems in the account uses it first, so"
            + " this estimate is low by up to " + Formats.number(FREE_ALLOWANCE_GIB) + " GiB × " + rate + " = "
            + rate.costOf(FREE_ALLOWANCE_GIB) + " if they do; turn it off with withFreeAllowance(false) ("
            + FREE_ALLOWANCE_SOURCE + ")"));
  }

  @Value.Check
  void check() {
    gibibytesPerMonth().ifPresent(gib -> Checks.nonNegative("DataTransferOut.gibibytesPerMonth", gib));
  }

  /** Builds a {@link DataTransferOut}; nothing is required. */
  public static final class Builder extends ImmutableDataTransferOut.Builder {
    Builder() {}

    /** Sets the GiB a month from a {@code double}, exactly as written. */
    public Builder gibibytesPerMonth(double gibibytes) {
      return gibibytesPerMonth(Checks.finite("DataTransferOut.gibibytesPerMonth", gibibytes));
    }
  }
}
