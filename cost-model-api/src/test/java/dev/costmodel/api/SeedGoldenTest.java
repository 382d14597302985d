package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.aws.RetrainPipeline;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden numbers typed in by hand from the seed report (sagemaker-mlops-cost-report.ja.md), priced with the
 * seed's own example prices (section 5). The same numbers are checked against the bundled catalog in core.
 */
class SeedGoldenTest {
  private static ModelTopology pattern(String p) {
    switch (p) {
      case "A":
        return ModelTopology.perUser();
      case "B":
        return ModelTopology.perGroup(200);
      default:
        return ModelTopology.shared();
    }
  }

  /** Section 7-3 (A): serverless inference, custom monitor. */
  @ParameterizedTest(name = "7-3 (A) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 17.34, 0.59, 25587.46",
      "B, 50.60, 0.54, 17.34, 0.59, 69.07",
      "C, 0.25, 0.00, 17.34, 0.59, 18.19"})
  void section7_3_serverless(String p, String retrain, String storage, String inference, String monitor,
      String total) {
    MonthlyEstimate e = Fixtures.serverless(pattern(p));
    assertThat(e.subtotal(CostCategory.RETRAIN).rounded().amount()).isEqualByComparingTo(retrain);
    assertThat(e.subtotal(CostCategory.STORAGE).rounded().amount()).isEqualByComparingTo(storage);
    assertThat(e.subtotal(CostCategory.INFERENCE).rounded().amount()).isEqualByComparingTo(inference);
    assertThat(e.subtotal(CostCategory.MONITORING).rounded().amount()).isEqualByComparingTo(monitor);
    assertThat(Fixtures.cents(e)).isEqualByComparingTo(total);
  }

  /**
   * Section 7-3 (B): real-time 2 × ml.c5.xlarge with Model Monitor; for patterns A and B (many models on one
   * endpoint, which Model Monitor cannot watch) a custom processing monitor, which the seed's formula prices
   * the same.
   */
  @ParameterizedTest(name = "7-3 (B) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 299.18, 0.59, 25869.30",
      "B, 50.60, 0.54, 299.18, 0.59, 350.91",
      "C, 0.25, 0.00, 299.18, 0.59, 300.03"})
  void section7_3_realtime(String p, String retrain, String storage, String inference, String monitor,
      String total) {
    MonthlyEstimate e = Fixtures.realtime(pattern(p));
    assertThat(e.subtotal(CostCategory.RETRAIN).rounded().amount()).isEqualByComparingTo(retrain);
    assertThat(e.subtotal(CostCategory.STORAGE).rounded().amount()).isEqualByComparingTo(storage);
    assertThat(e.subtotal(CostCategory.INFERENCE).rounded().amount()).isEqualByComparingTo(inference);
    assertThat(e.subtotal(CostCategory.MONITORING).rounded().amount()).isEqualByComparingTo(monitor);
    assertThat(Fixtures.cents(e)).isEqualByComparingTo(total);
  }

  @Test
  void patternC_serverless_totalIsRoundedFromExactSum_notSumOfRoundedParts() {
    // 0.253 + 0.0026953125 + 17.3427734375 + 0.5884273… = 18.1868953…: 18.19, while 0.25+0.00+17.34+0.59 = 18.18
    MonthlyEstimate c = Fixtures.serverless(ModelTopology.shared());
    BigDecimal sumOfRounded = BigDecimal.ZERO;
    for (CostCategory category : c.subtotals().keySet()) {
      sumOfRounded = sumOfRounded.add(c.subtotal(category).rounded().amount());
    }
    assertThat(sumOfRounded).isEqualByComparingTo("18.18");
    assertThat(c.total().rounded().amount()).isEqualByComparingTo("18.19");
  }

  @Test
  void section5_1_onePipelineRunPerModel() {
    // 0.9167 h × $0.23 = $0.2108 per model per run
    MonthlyEstimate one = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.RETRAIN.withRunsPerMonth(BigDecimal.ONE)).build().estimate();
    assertThat(one.total().amount()).isEqualByComparingTo(new BigDecimal("55").divide(new BigDecimal("60"),
        dev.costmodel.api.internal.Maths.CONTEXT).multiply(new BigDecimal("0.23")));
    assertThat(one.total().amount().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.2108");
  }

  /** Section 10: weekly retraining, 52/12 × 1.2 runs a month. */
  @ParameterizedTest(name = "section 10 pattern {0}")
  @CsvSource({"A, 109633.33", "B, 219.27", "C, 1.10"})
  void section10_weekly(String p, String weekly) {
    RetrainPipeline w = Fixtures.RETRAIN.withRunsPerMonth(
        RetrainPipeline.WEEKLY_RUNS_PER_MONTH.multiply(new BigDecimal("1.2")));
    MonthlyEstimate e = Fixtures.scenario(pattern(p)).addComponent(w).build().estimate();
    assertThat(e.subtotal(CostCategory.RETRAIN).rounded().amount()).isEqualByComparingTo(weekly);
  }

  @Test
  void section10_weeklyIsAbout5point2TimesMonthly() {
    BigDecimal runs = RetrainPipeline.WEEKLY_RUNS_PER_MONTH.multiply(new BigDecimal("1.2"));
    assertThat(runs.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.20");
  }
}
