package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result built from samples typed in by hand: retrain 1 in every sample (stored once), inference 9, 19, 29,
 * 39, 49, and the totals 10, 20, 30, 40, 50. Percentiles as numpy's default: the p-th of n sorted values sits at
 * index p/100 × (n − 1), interpolated linearly; for five values P10 at 0.4, P50 at 2, P90 at 3.6.
 */
class UncertaintyResultTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final List<CostCategory> CATEGORIES = List.of(CostCategory.RETRAIN, CostCategory.INFERENCE);

  private static UncertaintyResult result(double[] totals, boolean parallel) {
    return new UncertaintyResult(CATEGORIES, new double[][] {{1}, {9, 19, 29, 39, 49}, totals}, totals.length, 42,
        "multilinear", USD, parallel);
  }

  private static final UncertaintyResult RESULT = result(new double[] {10, 20, 30, 40, 50}, false);

  @Test
  void totals_percentilesMinMaxMean() {
    assertThat(RESULT.categories()).containsExactly(CostCategory.RETRAIN, CostCategory.INFERENCE);
    // P10 = 10 + 0.4 × 10 = 14, P50 = 30, P90 = 40 + 0.6 × 10 = 46
    assertThat(RESULT.p10().amount().doubleValue()).isEqualTo(14.0);
    assertThat(RESULT.p50().amount().doubleValue()).isEqualTo(30.0);
    assertThat(RESULT.p90().amount().doubleValue()).isEqualTo(46.0);
    assertThat(RESULT.min().amount().doubleValue()).isEqualTo(10.0);
    assertThat(RESULT.max().amount().doubleValue()).isEqualTo(50.0);
    assertThat(RESULT.mean().amount().doubleValue()).isEqualTo(30.0); // 150 / 5
    // inference: 9 + 0.4 × 10 = 13 and 39 + 0.6 × 10 = 45; retrain is 1 in every sample
    assertThat(RESULT.percentile(CostCategory.INFERENCE, 10).amount().doubleValue()).isEqualTo(13.0);
    assertThat(RESULT.percentile(CostCategory.INFERENCE, 90).amount().doubleValue()).isEqualTo(45.0);
    assertThat(RESULT.percentile(CostCategory.RETRAIN, 50).amount().doubleValue()).isEqualTo(1.0);
    assertThat(RESULT.currency()).isEqualTo(USD);
    assertThatThrownBy(() -> RESULT.percentile(CostCategory.STORAGE, 50))
        .hasMessage("UncertaintyResult has no storage cost; its categories are [RETRAIN, INFERENCE]");
  }

  @Test
  void samples_ofAConstantRow_areThatOneValue() {
    assertThat(RESULT.sample(0, 3)).isEqualTo(1.0);
    assertThat(RESULT.sample(1, 3)).isEqualTo(39.0);
    assertThat(RESULT.sample(2, 4)).isEqualTo(50.0);
  }

  @Test
  void histogram_oneBin_holdsEverySample() {
    UncertaintyResult.Histogram one = RESULT.histogram(1);
    assertThat(one.counts()).containsExactly(5);
    assertThat(one.start()).isEqualTo(10.0);
    assertThat(one.width()).isEqualTo(40.0);
  }

  @Test
  void histogram_equalWidthBins_theLargestInTheLast() {
    // width (50 − 10) / 2 = 20: 10 and 20 in [10, 30), 30, 40 and the largest, 50, in the last
    UncertaintyResult.Histogram two = RESULT.histogram(2);
    assertThat(two.counts()).containsExactly(2, 3);
    assertThat(two.width()).isEqualTo(20.0);
    // 4 bins of 10: 10 | 20 | 30 | 40 and 50
    assertThat(RESULT.histogram(4).counts()).containsExactly(1, 1, 1, 2);
    assertThatThrownBy(() -> RESULT.histogram(0))
        .hasMessage("UncertaintyResult.histogram bins must be >= 1, but was 0");
  }

  @Test
  void histogram_ofEqualTotals_hasWidthOne_andEveryTotalInTheFirstBin() {
    UncertaintyResult same = result(new double[] {7, 7, 7}, false);
    UncertaintyResult.Histogram bins = same.histogram(3);
    assertThat(bins.start()).isEqualTo(7.0);
    assertThat(bins.width()).isEqualTo(1.0);
    assertThat(bins.counts()).containsExactly(3, 0, 0);
    assertThat(same.p10().amount().doubleValue()).isEqualTo(7.0);
    assertThat(same.p90().amount().doubleValue()).isEqualTo(7.0);
  }

  @Test
  void summarizingInParallel_givesTheSameFigures() {
    UncertaintyResult parallel = result(new double[] {10, 20, 30, 40, 50}, true);
    assertThat(parallel.toMarkdown()).isEqualTo(RESULT.toMarkdown());
    assertThat(parallel.summary()).isEqualTo(RESULT.summary());
  }

  @Test
  void summary_namesSamplesSeedAndMethod() {
    assertThat(RESULT.summary()).isEqualTo("P10 USD 14.00, P50 USD 30.00, P90 USD 46.00 (5 samples, seed 42,"
        + " multilinear)");
    assertThat(RESULT.samples()).isEqualTo(5);
    assertThat(RESULT.seed()).isEqualTo(42);
  }
}
