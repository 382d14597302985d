package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import org.junit.jupiter.api.Test;

class DataTransferOutTest {
  private static MonthlyEstimate estimate(DataTransferOut transfer) {
    return scenario().addComponent(transfer).build().estimate();
  }

  private static CostScenario.Builder scenario() {
    return Fixtures.scenario(ModelTopology.shared()).prices(PlatformPrices.PRICES);
  }

  @Test
  void seedResponses_atTheFirstTier() {
    // 4,000,000 requests × 2 KiB = 7.62939453125 GiB × USD 0.09 = USD 0.6866455078125
    LineItem line = estimate(DataTransferOut.builder().build()).lineItems().get(0);
    assertThat(line.cost()).isEqualTo(Money.usd("0.6866455078125"));
    assertThat(line.category()).isEqualTo(CostCategory.DATA_TRANSFER);
    assertThat(line).hasToString("data transfer out to the internet (responses): 4,000,000 requests × 2 KiB"
        + " = 7.6294 GiB, tiered: 7.6294 × USD 0.09/GiB = USD 0.69");
    assertThat(line.note()).isEmpty();
  }

  @Test
  void seedResponses_withTheFreeAllowance_costNothing() {
    // max(0, 7.6294 − 100) = 0 GiB
    MonthlyEstimate estimate = estimate(DataTransferOut.builder().freeAllowance(true).build());
    LineItem line = estimate.lineItems().get(0);
    assertThat(line.cost()).isEqualTo(Money.usd("0"));
    assertThat(line).hasToString("data transfer out to the internet (responses): 4,000,000 requests × 2 KiB"
        + " = 7.6294 GiB − 100 GiB free = 0 GiB = USD 0.00");
    assertThat(line.note()).contains("AWS Free Tier: 100 GB a month free per account, across services and"
        + " regions (opt-in)");
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.FREE_ALLOWANCE_SHARED)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.message()).isEqualTo("data transfer out is priced after AWS's 100 GB a month free, which is"
          + " per account and aggregated across AWS services and regions: traffic of other systems in the"
          + " account uses it first, so this estimate is low by up to 100 GiB × USD 0.09/GiB = USD 9.00 if"
          + " they do; turn it off with withFreeAllowance(false) (AWS News Blog, \"AWS Free Tier Data Transfer"
          + " Expansion – 100 GB From Regions and 1 TB From Amazon CloudFront Per Month\", 2021-11-24,"
          + " https://aws.amazon.com/blogs/aws/aws-free-tier-data-transfer-expansion-100-gb-from-regions-and-1-tb-"
          + "from-amazon-cloudfront-per-month/)");
    });
  }

  @Test
  void fixedGibibytes_withTheFreeAllowance() {
    // 500 − 100 = 400 GiB × 0.09 = 36.00
    MonthlyEstimate estimate = estimate(DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(true)
        .build());
    assertThat(estimate.total()).isEqualTo(Money.usd("36.00"));
    assertThat(estimate.lineItems().get(0)).hasToString("data transfer out to the internet (fixed): 500 GiB"
        + " − 100 GiB free = 400 GiB, tiered: 400 × USD 0.09/GiB = USD 36.00");
  }

  @Test
  void everyTier_isPricedInTurn_andTheInferredLastTierIsAFinding() {
    // 200,000 GiB: 10,240 × 0.09 = 921.60; 40,960 × 0.085 = 3,481.60; 102,400 × 0.07 = 7,168.00;
    // 46,400 × 0.05 = 2,320.00; total 13,891.20
    MonthlyEstimate estimate = estimate(DataTransferOut.builder().gibibytesPerMonth(200_000).build());
    assertThat(estimate.total()).isEqualTo(Money.usd("13891.20"));
    assertThat(estimate.findings()).singleElement().satisfies(f ->
        assertThat(f.is(FindingCode.INFERRED_PRICES)).isTrue());
    // with the allowance: 199,900 GiB, the last tier 46,300 × 0.05 = 2,315.00; total 13,886.20
    assertThat(estimate(DataTransferOut.builder().gibibytesPerMonth(200_000).freeAllowance(true).build())
        .total()).isEqualTo(Money.usd("13886.20"));
  }

  @Test
  void withinTheFirstThreeTiers_noInferredFinding() {
    // 153,600 GiB: 921.60 + 3,481.60 + 7,168.00 = 11,571.20, the last tier not reached
    MonthlyEstimate estimate = estimate(DataTransferOut.builder().gibibytesPerMonth(153_600).build());
    assertThat(estimate.total()).isEqualTo(Money.usd("11571.20"));
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void negativeGibibytes_isRefused() {
    assertThatThrownBy(() -> DataTransferOut.builder().gibibytesPerMonth(-1).build())
        .hasMessage("DataTransferOut.gibibytesPerMonth must be >= 0, but was -1");
  }

  @Test
  void freeAllowance_onADiscountedPrice_keepsBothNotes() {
    // the discount's note comes first, then the free tier's, joined by "; "
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .prices(PlatformPrices.PRICES.withDiscount("DataTransfer", 0.1, "private pricing"))
        .addComponent(DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(true).build()).build()
        .estimate();
    LineItem line = estimate.lineItems().get(0);
    assertThat(line.note()).hasValueSatisfying(note -> assertThat(note).contains("private pricing -10%")
        .endsWith("; AWS Free Tier: 100 GB a month free per account, across services and regions (opt-in)"));
    // (500 − 100) GiB × 0.09 × 0.9 = 32.40
    assertThat(line.cost()).isEqualTo(Money.usd("32.40"));
  }
}
