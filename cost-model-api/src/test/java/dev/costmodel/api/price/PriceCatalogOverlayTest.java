package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceCatalogOverlayTest {
  private static final PriceKey M5_TRAINING = PriceKey.of("SageMaker", "Training", "ml.m5.xlarge");

  @Test
  void withPrice_replacesOneKey() {
    Price negotiated = Price.flat(M5_TRAINING, UnitPrice.perInstanceHour(Money.usd("0.20")),
        PriceSource.of("our contract", "2026-11", PriceStatus.OFFICIAL));
    PriceCatalog mine = Fixtures.PRICES.withPrice(negotiated);
    assertThat(mine.price(M5_TRAINING)).isEqualTo(negotiated);
    assertThat(mine.prices()).hasSameSizeAs(Fixtures.PRICES.prices()).contains(negotiated);
    assertThat(mine.name()).isEqualTo(Fixtures.PRICES.name());
  }

  @Test
  void withPrice_addsAMissingKey() {
    Price gpu = Fixtures.flat("SageMaker", "Training", "ml.g5.xlarge", "1.408", PriceUnit.INSTANCE_HOUR);
    assertThat(Fixtures.PRICES.withPrice(gpu).prices()).hasSize(Fixtures.PRICES.prices().size() + 1);
  }

  @Test
  void withPrice_otherCurrency_isRejected() {
    Price euro = Price.flat(M5_TRAINING, UnitPrice.perInstanceHour(Money.of(BigDecimal.ONE, "EUR")), Fixtures.SEED);
    assertThatThrownBy(() -> Fixtures.PRICES.withPrice(euro))
        .hasMessage("PriceCatalog.withPrice price of SageMaker/Training/ml.m5.xlarge must be in USD like catalog"
            + " test/us-east-1, but was in EUR");
  }

  @Test
  void withDiscount_onAService_touchesOnlyItsLines() {
    PriceCatalog plan = Fixtures.PRICES.withDiscount("SageMaker", 0.64, "SageMaker Savings Plan");
    MonthlyEstimate list = Fixtures.serverless(ModelTopology.perGroup(200));
    MonthlyEstimate discounted = Fixtures.scenario(ModelTopology.perGroup(200)).prices(plan)
        .addComponent(Fixtures.RETRAIN).addComponent(Fixtures.STORAGE).addComponent(Fixtures.SERVERLESS)
        .addComponent(Fixtures.CUSTOM_MONITOR).build().estimate();
    assertThat(discounted.subtotal(CostCategory.RETRAIN).amount())
        .isEqualByComparingTo(list.subtotal(CostCategory.RETRAIN).amount().multiply(new BigDecimal("0.36")));
    assertThat(discounted.subtotal(CostCategory.STORAGE)).isEqualTo(list.subtotal(CostCategory.STORAGE));
    assertThat(discounted.lineItems()).filteredOn(i -> i.category() == CostCategory.RETRAIN)
        .allSatisfy(i -> assertThat(i.note()).contains("after SageMaker Savings Plan -64%"));
    assertThat(discounted.lineItems()).filteredOn(i -> i.category() == CostCategory.STORAGE)
        .allSatisfy(i -> assertThat(i.note()).isEmpty());
  }

  @Test
  void withDiscount_onAUsage_andStacked() {
    PriceCatalog both = Fixtures.PRICES.withDiscount("SageMaker/Training", 0.5, "spot")
        .withDiscount("SageMaker", 0.1, "enterprise");
    Price training = both.price(M5_TRAINING);
    assertThat(training.unitPrice().price()).isEqualTo(Money.usd("0.1035"));
    assertThat(training.adjustments()).containsExactly("spot -50%", "enterprise -10%");
    assertThat(both.price(PriceKey.of("SageMaker", "Processing", "ml.m5.xlarge")).adjustments())
        .containsExactly("enterprise -10%");
  }

  @Test
  void withDiscount_unknownScope_suggestsTheNearest() {
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker/Trainin", 0.5, "spot"))
        .hasMessage("PriceCatalog.withDiscount scope 'SageMaker/Trainin' matches no price in catalog test/us-east-1;"
            + " did you mean SageMaker/Training?");
  }

  @Test
  void withDiscount_badRate_isRejected() {
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker", 1.2, "too good"))
        .hasMessage("PriceCatalog.withDiscount rate must be >= 0 and < 1 (0.64 takes 64% off), but was 1.2;"
            + " write a percentage as a fraction: 5 % is 0.05");
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker", Double.NaN, "nan"))
        .hasMessage("discount rate must be a finite number, but was NaN");
  }

  @Test
  void inferredPrice_isAFinding_onlyWhenATierUsedIsInferred() {
    assertThat(Fixtures.serverless(ModelTopology.perUser()).findings()).extracting(Finding::code)
        .doesNotContain("inferred-prices");
    // 500,000 models × 6 × 20 MiB = 58,593.75 GiB-months: beyond 50 TB, into the inferred second tier
    MonthlyEstimate big = Fixtures.scenario(ModelTopology.perUser())
        .workload(Fixtures.WORKLOAD.withUsers(500_000)).addComponent(Fixtures.STORAGE).build().estimate();
    assertThat(big.findings()).filteredOn(f -> f.code().equals("inferred-prices")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("S3/Storage/Standard"));
  }
}
