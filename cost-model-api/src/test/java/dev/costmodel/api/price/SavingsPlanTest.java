package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavingsPlanTest {
  private static MonthlyEstimate patternBRealtime(PriceCatalog prices) {
    return Fixtures.scenario(ModelTopology.perGroup(200)).prices(prices)
        .addComponent(Fixtures.RETRAIN).addComponent(Fixtures.STORAGE).addComponent(Fixtures.REALTIME)
        .addComponent(Fixtures.CUSTOM_MONITOR).build().estimate();
  }

  @Test
  void sageMakerPlan_discountsInstanceUsage_notDataNorStorage() {
    MonthlyEstimate planned = patternBRealtime(Fixtures.PRICES.withSavingsPlan(SavingsPlan.sageMaker(3, 0.64)));
    // retrain 50.60 × (1 − 0.64) = 18.216
    assertThat(planned.subtotal(CostCategory.RETRAIN).amount()).isEqualByComparingTo("18.216");
    // hosting 2 × 730 h × 0.204 × 0.36 = 107.2224; data in and out 83.9233398 GiB × 0.016 = 1.342773…, unchanged
    assertThat(planned.subtotal(CostCategory.INFERENCE).amount()).isEqualByComparingTo(
        new BigDecimal("107.2224").add(new BigDecimal("83.92333984375").multiply(new BigDecimal("0.016"))));
    // storage: 200 × 6 × 20 MiB = 23.4375 GiB × 0.023, unchanged
    assertThat(planned.subtotal(CostCategory.STORAGE).amount()).isEqualByComparingTo("0.5390625");
    // monitor: 2.5 h × 0.23 × 0.36 = 0.207 (Processing is covered) + 0.8392333984375 GiB × 0.016 (not covered)
    assertThat(planned.subtotal(CostCategory.MONITORING).amount()).isEqualByComparingTo("0.220427734375");
    LineItem train = planned.lineItems().get(1);
    assertThat(train.note()).contains("after SageMaker Savings Plan, 3 years, covers SageMaker/Training -64%");
    assertThat(planned.lineItems()).filteredOn(i -> i.price().orElseThrow().key().usage().startsWith("Data"))
        .hasSize(3).allSatisfy(i -> assertThat(i.note()).isEmpty());
  }

  @Test
  void sageMakerPlan_doesNotCoverServerlessInference() {
    PriceCatalog planned = Fixtures.PRICES.withSavingsPlan(SavingsPlan.sageMaker(1, 0.3));
    PriceKey serverless = PriceKey.of("SageMaker", "ServerlessInference", "2048MB");
    assertThat(planned.price(serverless)).isEqualTo(Fixtures.PRICES.price(serverless));
    assertThat(SavingsPlan.sageMaker(1, 0.3).covers(PriceKey.of("SageMaker", "Training", "ml.g5.xlarge"))).isTrue();
    assertThat(SavingsPlan.sageMaker(1, 0.3).covers(PriceKey.of("SageMaker", "MLStorage", "gp2"))).isFalse();
  }

  @Test
  void computePlan_coversLambdaDurationAndProvisionedConcurrency_notRequestsNorSageMaker() {
    SavingsPlan compute = SavingsPlan.compute(1, 0.17);
    assertThat(compute.covers(PriceKey.of("Lambda", "Duration", "arm"))).isTrue();
    assertThat(compute.covers(PriceKey.of("Lambda", "ProvisionedConcurrency", "x86"))).isTrue();
    assertThat(compute.covers(PriceKey.of("Lambda", "Requests", ""))).isFalse();
    assertThat(compute.covers(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge"))).isFalse();
    assertThatThrownBy(() -> Fixtures.PRICES.withSavingsPlan(compute))
        .hasMessage("PriceCatalog.withSavingsPlan: a Compute Savings Plan covers Lambda/Duration,"
            + " Lambda/ProvisionedConcurrency, Lambda/ProvisionedConcurrencyDuration, but catalog test/us-east-1"
            + " has no such price; load or add them first (withPrice, AwsPriceList)");
  }

  @Test
  void rateAboveWhatAwsSaysAPlanSaves_isRefused() {
    assertThatThrownBy(() -> SavingsPlan.sageMaker(3, 0.7))
        .hasMessage("SavingsPlan.rate of a SageMaker Savings Plan must be > 0 and <= 0.64 (AWS: SageMaker Savings"
            + " Plans \"save up to 64%\", https://aws.amazon.com/savingsplans/ml-pricing/), but was 0.7; write 40 %"
            + " off as 0.4, and take the rate for your term and payment option from AWS's Savings Plans pricing");
    assertThatThrownBy(() -> SavingsPlan.compute(1, 0.2)).hasMessageContaining("must be > 0 and <= 0.17");
    assertThatThrownBy(() -> SavingsPlan.sageMaker(3, 64)).hasMessageContaining("but was 64; write 40 % off as 0.4");
    assertThatThrownBy(() -> SavingsPlan.sageMaker(3, 0)).hasMessageContaining("must be > 0");
    assertThatThrownBy(() -> SavingsPlan.sageMaker(2, 0.3))
        .hasMessage("SavingsPlan.years must be 1 or 3 (AWS's terms), but was 2");
  }

  @Test
  void enterpriseDiscountAboveAHundredPercent_isRefusedWithTheFix() {
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker", 5, "enterprise discount"))
        .hasMessage("PriceCatalog.withDiscount rate must be >= 0 and < 1 (0.64 takes 64% off), but was 5; write a"
            + " percentage as a fraction: 5 % is 0.05");
  }

  @Test
  void aPlan_isItsKindTermAndRate() {
    SavingsPlan plan = SavingsPlan.sageMaker(3, 0.64);
    assertThat(plan.kind()).isEqualTo(SavingsPlan.Kind.SAGEMAKER);
    assertThat(plan.years()).isEqualTo(3);
    assertThat(plan.rate()).isEqualByComparingTo("0.64");
    assertThat(SavingsPlan.compute(1, 0.17).years()).isEqualTo(1);
    assertThat(plan).isEqualTo(SavingsPlan.of(SavingsPlan.Kind.SAGEMAKER, 3, new BigDecimal("0.640")))
        .hasSameHashCodeAs(SavingsPlan.of(SavingsPlan.Kind.SAGEMAKER, 3, new BigDecimal("0.640")));
    assertThat(plan).isNotEqualTo(SavingsPlan.sageMaker(1, 0.64)).isNotEqualTo(SavingsPlan.sageMaker(3, 0.63))
        .isNotEqualTo("SageMaker Savings Plan, 3 years");
    assertThat(SavingsPlan.sageMaker(3, 0.17)).isNotEqualTo(SavingsPlan.compute(3, 0.17));
  }
}
