package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomPricesTest {
  private static final String NOTE = "SageMaker Savings Plan, 3 years, covers SageMaker/";

  @Test
  void savingsPlan_andNegotiatedRate_areApplied() {
    MonthlyEstimate mine = CustomPrices.estimate();
    // retrain: 50.60 × 0.36 = 18.216; hosting 2 × 730 h × 0.19 × 0.36 = 99.864 (the plan covers hosting too)
    assertThat(mine.subtotal(CostCategory.RETRAIN).amount()).isEqualByComparingTo("18.216");
    assertThat(line(mine, "SageMaker/RealTimeHosting/ml.c5.xlarge").cost().amount()).isEqualByComparingTo(
        new BigDecimal("2").multiply(new BigDecimal("730")).multiply(new BigDecimal("0.19"))
            .multiply(new BigDecimal("0.36")));
    assertThat(CustomPrices.retrainLines()).isNotEmpty().allSatisfy(i -> assertThat(i.note().orElseThrow()).contains(NOTE));
    assertThat(mine.subtotal(CostCategory.STORAGE).rounded().amount()).isEqualByComparingTo("0.54");
  }

  @Test
  void savingsPlan_discountsInstanceLines_notDataProcessedNorStorage() {
    MonthlyEstimate list = SeedScenarios.realtime(Pattern.B).estimate();
    MonthlyEstimate mine = CustomPrices.estimate();
    assertThat(mine.lineItems()).hasSameSizeAs(list.lineItems());
    int discounted = 0;
    int full = 0;
    for (int i = 0; i < mine.lineItems().size(); i++) {
      LineItem ours = mine.lineItems().get(i);
      LineItem theirs = list.lineItems().get(i);
      String usage = ours.price().orElseThrow().key().usage();
      if (List.of("Training", "Processing", "BatchTransform").contains(usage)) {
        assertThat(ours.note().orElseThrow()).as(ours.description()).contains(NOTE);
        assertThat(ours.cost().amount()).as(ours.description())
            .isEqualByComparingTo(theirs.cost().amount().multiply(new BigDecimal("0.36")));
        discounted++;
      } else if (usage.equals("RealTimeHosting")) {
        assertThat(ours.note().orElseThrow()).contains(NOTE);   // the negotiated 0.19, then the plan
      } else {
        assertThat(ours.note()).as(ours.description()).isEmpty();
        assertThat(ours.cost()).as(ours.description()).isEqualTo(theirs.cost());
        full++;
      }
    }
    assertThat(discounted).as("instance lines: 3 retraining steps and the Model Monitor jobs").isEqualTo(4);
    assertThat(full).as("storage, data processed in and out, and monitor data").isGreaterThanOrEqualTo(3);
    assertThat(line(mine, "SageMaker/DataProcessedIn/endpoint").cost())
        .isEqualTo(line(list, "SageMaker/DataProcessedIn/endpoint").cost());
    assertThat(line(mine, "SageMaker/DataProcessedOut/endpoint").note()).isEmpty();
  }

  @Test
  void catalog_discountsEveryCoveredUsage_andNothingElse() {
    var list = PriceCatalogs.awsUsEast1();
    var mine = CustomPrices.catalog();
    for (var price : list.prices()) {
      var ours = mine.find(price.key()).orElseThrow();
      boolean covered = price.key().service().equals("SageMaker") && List.of(
          "Training", "Processing", "RealTimeHosting", "BatchTransform").contains(price.key().usage());
      assertThat(ours.adjustments().isEmpty()).as(price.key().toString()).isEqualTo(!covered);
      if (covered && !price.key().equals(PriceKey.of("SageMaker", "RealTimeHosting", "ml.c5.xlarge"))) {
        assertThat(ours.unitPrice().price())
            .isEqualTo(price.unitPrice().price().times(new BigDecimal("0.36")));
      }
    }
    assertThat(mine.find(PriceKey.of("SageMaker", "RealTimeHosting", "ml.c5.xlarge")).orElseThrow()
        .unitPrice().price()).isEqualTo(Money.usd("0.0684"));
  }

  private static LineItem line(MonthlyEstimate estimate, String key) {
    return estimate.lineItems().stream().filter(i -> i.price().orElseThrow().key().toString().equals(key))
        .findFirst().orElseThrow(() -> new AssertionError("no line priced with " + key));
  }
}
