package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomPricesTest {
  @Test
  void savingsPlan_andNegotiatedRate_areApplied() {
    MonthlyEstimate mine = CustomPrices.estimate();
    // retrain: 50.60 × 0.36 = 18.216; hosting 2 × 730 h × 0.19 × 0.36 = 99.864 (SageMaker discount too)
    assertThat(mine.subtotal(CostCategory.RETRAIN).amount()).isEqualByComparingTo("18.216");
    assertThat(mine.lineItems().get(4).cost().amount()).isEqualByComparingTo(
        new BigDecimal("2").multiply(new BigDecimal("730")).multiply(new BigDecimal("0.19"))
            .multiply(new BigDecimal("0.36")));
    assertThat(CustomPrices.retrainLines())
        .allSatisfy(i -> assertThat(i.note()).contains("after SageMaker Savings Plan, 3 years -64%"));
    assertThat(mine.subtotal(CostCategory.STORAGE).rounded().amount()).isEqualByComparingTo("0.54");
  }
}
