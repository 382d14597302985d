package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Savings plans as laws over every rate and term (moved from SavingsPlanTest so CI's property pass runs it). */
class SavingsPlanPropertiesTest {
  private static MonthlyEstimate patternBRealtime(PriceCatalog prices) {
    return Fixtures.scenario(ModelTopology.perGroup(200)).prices(prices)
        .addComponent(Fixtures.RETRAIN).addComponent(Fixtures.STORAGE).addComponent(Fixtures.REALTIME)
        .addComponent(Fixtures.CUSTOM_MONITOR).build().estimate();
  }

  @Test
  void aSavingsPlanNeverRaisesACost_andLeavesWhatItDoesNotCoverAlone() {
    MonthlyEstimate list = patternBRealtime(Fixtures.PRICES);
    qt().withExamples(200).forAll(integers().between(1, 64), integers().between(0, 1)).checkAssert((percent, term) -> {
      SavingsPlan plan = SavingsPlan.of(SavingsPlan.Kind.SAGEMAKER, term == 0 ? 1 : 3, BigDecimal.valueOf(percent, 2));
      MonthlyEstimate planned = patternBRealtime(Fixtures.PRICES.withSavingsPlan(plan));
      assertThat(planned.total().amount()).isLessThan(list.total().amount());
      List<LineItem> ours = planned.lineItems();
      for (int i = 0; i < ours.size(); i++) {
        LineItem before = list.lineItems().get(i);
        Money after = ours.get(i).cost();
        if (plan.covers(before.price().orElseThrow().key())) {
          assertThat(after.amount()).isEqualByComparingTo(
              before.cost().amount().multiply(BigDecimal.ONE.subtract(plan.rate())));
        } else {
          assertThat(after).isEqualTo(before.cost());
        }
      }
    });
  }
}
