package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MonthlyEstimateTest {
  private final MonthlyEstimate b = Fixtures.serverless(ModelTopology.perGroup(200));

  @Test
  void subtotals_inCategoryOrder() {
    assertThat(b.subtotals().keySet()).containsExactly(
        CostCategory.RETRAIN, CostCategory.STORAGE, CostCategory.INFERENCE, CostCategory.MONITORING);
    assertThat(b.subtotal(CostCategory.DATA_TRANSFER).isZero()).isTrue();
  }

  @Test
  void pricesUsed_eachOnceWithSource() {
    assertThat(b.pricesUsed()).extracting(p -> p.key().toString()).containsExactly(
        "SageMaker/Processing/ml.m5.xlarge", "SageMaker/Training/ml.m5.xlarge", "S3/Storage/Standard",
        "SageMaker/ServerlessInference/2048MB", "SageMaker/DataProcessedIn/endpoint",
        "SageMaker/DataProcessedOut/endpoint");
    assertThat(b.pricesUsed()).allSatisfy(p -> assertThat(p.source()).isEqualTo(Fixtures.SEED));
  }

  @Test
  void toString_showsTotalAndSubtotals() {
    assertThat(b).hasToString("test: USD 69.07 (retrain USD 50.60, storage USD 0.54, inference USD 17.34,"
        + " monitoring USD 0.59)");
  }

  @Test
  void convertedTo_convertsEveryLine() {
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    assertThat(yen.currency().getCurrencyCode()).isEqualTo("JPY");
    assertThat(yen.total().amount()).isEqualByComparingTo(b.total().amount().multiply(new BigDecimal("150")));
    assertThat(yen.total().rounded().amount()).isEqualByComparingTo("10361");
  }

  @Test
  void convertedTo_patternBInYen_totalIsTheUnroundedTotalTimesTheRate() {
    // seed 7-3: pattern B / serverless is USD 69.07; 69.07 × 150 would be 10,360.50, but the total is
    // 69.0717… × 150 = 10,360.76…, the sum of the unrounded lines converted
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    BigDecimal unrounded = BigDecimal.ZERO;
    for (LineItem line : b.lineItems()) {
      unrounded = unrounded.add(line.cost().amount());
    }
    assertThat(yen.total().amount()).isEqualByComparingTo(unrounded.multiply(new BigDecimal("150")));
    assertThat(yen.total().amount()).isNotEqualByComparingTo(new BigDecimal("69.07").multiply(new BigDecimal("150")));
    assertThat(yen.total()).hasToString("JPY 10,361");
    assertThat(yen.subtotal(CostCategory.RETRAIN)).isEqualTo(Money.of(new BigDecimal("7590"), "JPY"));
  }

  @Test
  void convertedTo_rewritesEachFormulaWithTheRate_andConvertsUnitPrices() {
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    LineItem serverless = yen.lineItems().get(4);
    assertThat(serverless.formula()).isEqualTo("4,000,000 requests × 0.1 s = 400,000 seconds"
        + " × USD 0.00004/second = USD 16.00 × 150 JPY/USD = JPY 2,400");
    assertThat(serverless.unitPrice()).hasToString("JPY 0.006/second");
    assertThat(serverless.cost()).isEqualTo(Money.of(new BigDecimal("2400"), "JPY"));
    for (int i = 0; i < b.lineItems().size(); i++) {
      LineItem usd = b.lineItems().get(i);
      LineItem converted = yen.lineItems().get(i);
      assertThat(converted.formula()).isEqualTo(usd.formula() + " × 150 JPY/USD = " + converted.cost());
      assertThat(converted.cost().amount()).isEqualByComparingTo(usd.cost().amount().multiply(new BigDecimal("150")));
      assertThat(converted.unitPrice().price().amount())
          .isEqualByComparingTo(usd.unitPrice().price().amount().multiply(new BigDecimal("150")));
      assertThat(converted.unitPrice().unit()).isEqualTo(usd.unitPrice().unit());
      assertThat(converted.quantity()).isEqualByComparingTo(usd.quantity());
    }
    // data processed in: 76.2939 GiB × USD 0.016 = USD 1.220703125, so JPY 183.10546875, shown as JPY 183
    assertThat(yen.lineItems().get(5).cost().amount()).isEqualByComparingTo("183.10546875");
    assertThat(yen.lineItems().get(5).formula()).endsWith("= USD 1.22 × 150 JPY/USD = JPY 183");
  }

  @Test
  void convertedTo_twice_chainsBothRates() {
    MonthlyEstimate eur = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"))
        .convertedTo(Currency.getInstance("EUR"), new BigDecimal("0.0062"));
    assertThat(eur.lineItems().get(4).formula())
        .endsWith("= USD 16.00 × 150 JPY/USD = JPY 2,400 × 0.0062 EUR/JPY = EUR 14.88");
    assertThat(eur.total().amount()).isEqualByComparingTo(
        b.total().amount().multiply(new BigDecimal("150")).multiply(new BigDecimal("0.0062")));
  }

  @Test
  void convertedTo_rateNotAboveZero_isRejected() {
    assertThatThrownBy(() -> b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("-150")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MonthlyEstimate.convertedTo rate must be > 0, but was -150");
  }

  @Test
  void mixedCurrencies_areRejected() {
    LineItem yenLine = LineItem.builder().from(b.lineItems().get(0))
        .cost(Money.of(BigDecimal.ONE, "JPY")).build();
    assertThatThrownBy(() -> MonthlyEstimate.builder().from(b).addLineItem(yenLine).build())
        .hasMessageStartingWith("MonthlyEstimate.lineItems must all be in USD, but 'preprocess (Processing,"
            + " ml.m5.xlarge)' is in JPY");
  }
}
