package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepTest {
  private static final BigDecimal WEEKLY = RetrainPipeline.WEEKLY_RUNS_PER_MONTH.multiply(new BigDecimal("1.2"));

  /** Seed report section 10: monthly and weekly retraining, typed in by hand. */
  @ParameterizedTest(name = "section 10 pattern {0}")
  @CsvSource({"A (100k), 25300.00, 109633.33", "B (G=200), 50.60, 219.27", "C (1), 0.25, 1.10"})
  void seedSection10(String pattern, String monthly, String weekly) {
    Sweep sweep = Sweep.of(SeedFixtures.serverless(pattern), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), WEEKLY), List.of("monthly", "weekly"));
    assertThat(sweep.points().get(0).estimate().subtotal(CostCategory.RETRAIN).rounded().amount())
        .isEqualByComparingTo(monthly);
    assertThat(sweep.points().get(1).estimate().subtotal(CostCategory.RETRAIN).rounded().amount())
        .isEqualByComparingTo(weekly);
  }

  /** Section 10, pattern B: what a point keeps is what its estimate, priced again, says. */
  @Test
  void point_totalsKept_equalTheEstimateAtItsValue() {
    Sweep sweep = Sweep.of(SeedFixtures.serverless("B (G=200)"), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), WEEKLY), List.of("monthly", "weekly"));
    for (Sweep.Point point : sweep.points()) {
      MonthlyEstimate estimate = point.estimate();
      assertThat(point.total()).isEqualTo(estimate.total());
      assertThat(point.subtotals()).isEqualTo(estimate.subtotals());
      for (CostCategory category : CostCategory.values()) {
        assertThat(point.subtotal(category)).isEqualTo(estimate.subtotal(category));
      }
    }
    assertThat(sweep.points().get(1).total().rounded().amount()).isEqualByComparingTo("237.74");
    assertThat(sweep.points().get(1).subtotal(CostCategory.RETRAIN).rounded().amount())
        .isEqualByComparingTo("219.27");
  }

  @Test
  void toMarkdown_rowsAreValues() {
    Sweep sweep = Sweep.of(SeedFixtures.serverless("B (G=200)"), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), WEEKLY), List.of("monthly", "weekly"));
    assertThat(sweep.toMarkdown()).isEqualTo(
        "| retrain runs per month (runs/month) | retrain | storage | inference | monitoring | total (USD/month) |\n"
            + "|---|---:|---:|---:|---:|---:|\n"
            + "| monthly | 50.60 | 0.54 | 17.34 | 0.59 | **69.07** |\n"
            + "| weekly | 219.27 | 0.54 | 17.34 | 0.59 | **237.74** |\n");
    assertThat(sweep.toCsv()).startsWith("label,retrain runs per month (runs/month),retrain,storage,inference,"
        + "monitoring,total,currency\nmonthly,1.2,50.60,0.54,17.34,0.59,69.07,USD\n");
    assertThat(sweep.toJson()).startsWith("{\"input\":\"retrain runs per month\",\"unit\":\"runs/month\","
        + "\"currency\":\"USD\",\"points\":[{\"label\":\"monthly\",\"value\":\"1.2\",");
  }

  @Test
  void noValues_isRejected() {
    assertThatThrownBy(() -> Sweep.of(SeedFixtures.serverless("B"), ScenarioInput.users(), List.of()))
        .hasMessage("Sweep.values must hold at least one value of users, but was empty");
  }

  @Test
  void inputTheScenarioLacks_isRejected() {
    assertThatThrownBy(() -> Sweep.of(SeedFixtures.serverless("B"), ScenarioInput.realtimeInstanceCount(),
            List.of(BigDecimal.ONE)))
        .hasMessage("scenario 'B / serverless' has no RealtimeInference whose real-time instances could vary; add"
            + " one, or choose another input");
  }

  @Test
  void fractionalUsers_areRejected() {
    assertThatThrownBy(() -> ScenarioInput.users().apply(SeedFixtures.serverless("B"), new BigDecimal("1.5")))
        .hasMessage("users must be a whole number, but was 1.5");
  }

  @Test
  void unknownStep_namesTheSteps() {
    assertThatThrownBy(() -> ScenarioInput.stepDurationMinutes("trian").apply(SeedFixtures.serverless("B"),
            BigDecimal.TEN))
        .hasMessage("the retrain pipeline has no step 'trian'; its steps are preprocess, train, evaluate");
  }

  @Test
  void inputs_readTheirValueBack() {
    var scenario = SeedFixtures.serverless("B");
    assertThat(ScenarioInput.stepDurationMinutes("train").valueIn(scenario)).isEqualByComparingTo("30");
    assertThat(ScenarioInput.serverlessMeanDurationMillis().valueIn(scenario)).isEqualByComparingTo("100");
    assertThat(ScenarioInput.requestsPerMonth().valueIn(scenario)).isEqualByComparingTo("4000000");
    assertThat(ScenarioInput.modelGroups().valueIn(scenario)).isEqualByComparingTo("200");
    var faster = ScenarioInput.serverlessMeanDurationMillis().apply(scenario, new BigDecimal("50"));
    assertThat(faster.estimate().subtotal(CostCategory.INFERENCE).rounded().amount()).isEqualByComparingTo("9.34");
  }

  @Test
  void json_listsEveryPointAndCategory_separatedByCommas() {
    // pattern B at 1.2 and 2.4 runs: retrain 50.60 and 2 × 50.60 = 101.20; the other lines do not move
    // (storage 0.54, inference 17.34, monitoring 0.59); totals 69.07 and 69.070263671875 + 50.6 = 119.67
    Sweep sweep = Sweep.of(SeedFixtures.serverless("B (G=200)"), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), new BigDecimal("2.4")));
    assertThat(sweep.toJson()).isEqualTo("{\"input\":\"retrain runs per month\",\"unit\":\"runs/month\","
        + "\"currency\":\"USD\",\"points\":["
        + "{\"label\":\"1.2\",\"value\":\"1.2\",\"subtotals\":{\"retrain\":\"50.60\",\"storage\":\"0.54\","
        + "\"inference\":\"17.34\",\"monitoring\":\"0.59\"},\"total\":\"69.07\"},"
        + "{\"label\":\"2.4\",\"value\":\"2.4\",\"subtotals\":{\"retrain\":\"101.20\",\"storage\":\"0.54\","
        + "\"inference\":\"17.34\",\"monitoring\":\"0.59\"},\"total\":\"119.67\"}]}");
  }

  @Test
  void points_keepTheirLabelAndValue_andTheSweepItsBase() {
    var base = SeedFixtures.serverless("B (G=200)");
    Sweep sweep = Sweep.of(base, ScenarioInput.retrainRunsPerMonth(), List.of(new BigDecimal("1.2"), WEEKLY),
        List.of("monthly", "weekly"));
    assertThat(sweep.base()).isSameAs(base);
    assertThat(sweep.input().name()).isEqualTo("retrain runs per month");
    assertThat(sweep.points()).extracting(Sweep.Point::label).containsExactly("monthly", "weekly");
    assertThat(sweep.points().get(1).value()).isEqualByComparingTo(WEEKLY);
    // labelled by the values themselves when no labels are given, as a reader writes them
    assertThat(Sweep.of(base, ScenarioInput.requestsPerMonth(), List.of(new BigDecimal("4000000"))).points().get(0)
        .label()).isEqualTo("4,000,000");
  }
}
