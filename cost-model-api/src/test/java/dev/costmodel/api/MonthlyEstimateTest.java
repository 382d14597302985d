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
  void mixedCurrencies_areRejected() {
    LineItem yenLine = LineItem.builder().from(b.lineItems().get(0))
        .cost(Money.of(BigDecimal.ONE, "JPY")).build();
    assertThatThrownBy(() -> MonthlyEstimate.builder().from(b).addLineItem(yenLine).build())
        .hasMessageStartingWith("MonthlyEstimate.lineItems must all be in USD, but 'preprocess (Processing,"
            + " ml.m5.xlarge)' is in JPY");
  }
}
