package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed report's tables (section 7-3), typed in by hand, from the bundled aws/us-east-1 catalog: the
 * bundled prices must give the seed's numbers to the cent. Patterns: A = a model per user, B = 200 groups,
 * C = one shared model (see {@link SeedFixtures}).
 */
class SeedReportGoldenTest {
  private static MonthlyEstimate estimate(String pattern, boolean serverless) {
    return (serverless ? SeedFixtures.serverless(pattern) : SeedFixtures.realtime(pattern)).estimate();
  }

  @ParameterizedTest(name = "7-3 (A) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 17.34, 0.59, 25587.46",
      "B, 50.60, 0.54, 17.34, 0.59, 69.07",
      "C, 0.25, 0.00, 17.34, 0.59, 18.19"})
  void serverless(String pattern, String retrain, String storage, String inference, String monitor, String total) {
    check(estimate(pattern, true), retrain, storage, inference, monitor, total);
  }

  @ParameterizedTest(name = "7-3 (B) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 299.18, 0.59, 25869.30",
      "B, 50.60, 0.54, 299.18, 0.59, 350.91",
      "C, 0.25, 0.00, 299.18, 0.59, 300.03"})
  void realtime(String pattern, String retrain, String storage, String inference, String monitor, String total) {
    check(estimate(pattern, false), retrain, storage, inference, monitor, total);
  }

  private static void check(MonthlyEstimate e, String retrain, String storage, String inference, String monitor,
      String total) {
    assertThat(cents(e, CostCategory.RETRAIN)).isEqualByComparingTo(retrain);
    assertThat(cents(e, CostCategory.STORAGE)).isEqualByComparingTo(storage);
    assertThat(cents(e, CostCategory.INFERENCE)).isEqualByComparingTo(inference);
    assertThat(cents(e, CostCategory.MONITORING)).isEqualByComparingTo(monitor);
    assertThat(e.total().rounded().amount()).isEqualByComparingTo(total);
  }

  private static BigDecimal cents(MonthlyEstimate e, CostCategory category) {
    return e.subtotal(category).rounded().amount();
  }
}
