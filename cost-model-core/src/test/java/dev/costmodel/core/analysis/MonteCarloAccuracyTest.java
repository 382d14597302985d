package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo against closed forms. The scenario is the seed's pattern B, serverless, whose total is linear in
 * retrain runs per month: {@code total = K + R × runs}, with (by hand, seed report section 7-3)
 *
 * <pre>
 * K = serverless 16 + data in 4,000,000 × 20 KiB = 76.2939453125 GiB × 0.016 = 1.220703125
 *     + data out 7.62939453125 GiB × 0.016 = 0.1220703125 + monitor jobs 30 × 5 min = 2.5 h × 0.23 = 0.575
 *     + sampled 1% × 83.923339843750 GiB × 0.016 = 0.013427734375 + storage 23.4375 GiB-months × 0.023 = 0.5390625
 *   = 18.470263671875
 * R = 200 models × (15 + 30 + 10) min = 183.333 h × 0.23 = 42.1666… per run (× 1.2 runs = 50.60)
 * </pre>
 *
 * A triangular distribution with min a, mode c and max b has mean (a + b + c) / 3, variance
 * (a² + b² + c² − ab − ac − bc) / 18, CDF F(x) = (x − a)² / ((b − a)(c − a)) up to c and
 * 1 − (b − x)² / ((b − a)(b − c)) above, and the quantile functions that invert it. Tolerances are five
 * standard errors of the estimate at the sample count used, so a formula off by a few standard errors fails.
 */
class MonteCarloAccuracyTest {
  private static final double K = 18.470263671875;
  private static final double R = 200 * 55.0 / 60 * 0.23;
  // runs per month ~ Tri(a = 1.0, c = 1.2, b = 2.0); F(c) = 0.2
  private static final double A = 1.0;
  private static final double C = 1.2;
  private static final double B = 2.0;
  private static final int N = 200_000;
  private static final double Z = 5;

  private static double quantile(double p) {
    double split = (C - A) / (B - A);
    return p < split ? A + Math.sqrt(p * (B - A) * (C - A)) : B - Math.sqrt((1 - p) * (B - A) * (B - C));
  }

  private static double density(double x) {
    return x < C ? 2 * (x - A) / ((B - A) * (C - A)) : 2 * (B - x) / ((B - A) * (B - C));
  }

  private static double cdf(double x) {
    if (x <= A) {
      return 0;
    }
    if (x >= B) {
      return 1;
    }
    return x <= C ? (x - A) * (x - A) / ((B - A) * (C - A)) : 1 - (B - x) * (B - x) / ((B - A) * (B - C));
  }

  /** Standard error of the p-quantile of n draws: sqrt(p (1 − p) / n) / f(x_p), in runs. */
  private static double quantileStandardError(double p, int n) {
    return Math.sqrt(p * (1 - p) / n) / density(quantile(p));
  }

  private static UncertaintyResult runs(TriangularRange range, int samples) {
    return MonteCarlo.builder().scenario(SeedFixtures.serverless("B"))
        .vary(ScenarioInput.retrainRunsPerMonth(), range).samples(samples).seed(2024).build().run();
  }

  @Test
  void eachSample_isTheSeedsDocumentedDraw() {
    // chunk c (65,536 samples each) draws from SplitMix64 seeded with value c of the run seed's stream, sample
    // by sample; with one range, sample j of a chunk is that chunk's draw j, and its total is K + R × runs
    TriangularRange range = TriangularRange.of(A, C, B);
    UncertaintyResult result = runs(range, 140_000);
    int total = result.categories().size();
    for (int i : new int[] {0, 1, 65_535, 65_536, 65_537, 131_072, 139_999}) {
      long chunkSeed = SplitMix64.value(2024, i / 65_536);
      double u = (SplitMix64.value(chunkSeed, i % 65_536) >>> 11) * 0x1.0p-53;
      assertThat(result.sample(total, i)).as("sample %d", i).isCloseTo(K + R * range.quantile(u), within(1e-9));
    }
  }

  @Test
  void linearScenario_percentiles_matchTheTriangularQuantiles() {
    // P10 lies below the mode (0.1 < F(c) = 0.2): runs = 1 + sqrt(0.1 × 1 × 0.2) = 1.141421;
    // P50 and P90 above it: 2 − sqrt(0.5 × 1 × 0.8) = 1.367544, 2 − sqrt(0.1 × 0.8) = 1.717157
    assertThat(quantile(0.1)).isCloseTo(1.1414213562, within(1e-9));
    assertThat(quantile(0.5)).isCloseTo(1.3675444680, within(1e-9));
    assertThat(quantile(0.9)).isCloseTo(1.7171572875, within(1e-9));
    UncertaintyResult result = runs(TriangularRange.of(A, C, B), N);
    assertThat(result.method()).isEqualTo("multilinear");
    assertThat(result.samples()).isEqualTo(N);
    double[] p = {0.1, 0.5, 0.9};
    double[] got = {result.p10().amount().doubleValue(), result.p50().amount().doubleValue(),
        result.p90().amount().doubleValue()};
    for (int i = 0; i < 3; i++) {
      double tolerance = Z * R * quantileStandardError(p[i], N); // 0.10, 0.15 and 0.20 USD
      assertThat(got[i]).as("P%d", (int) (p[i] * 100)).isCloseTo(K + R * quantile(p[i]), within(tolerance));
      int percentile = (int) Math.round(p[i] * 100);
      assertThat(result.percentile(CostCategory.RETRAIN, percentile).amount().doubleValue())
          .as("retrain P%d", percentile).isCloseTo(R * quantile(p[i]), within(tolerance));
    }
    // constant categories are the same in every sample
    assertThat(result.percentile(CostCategory.STORAGE, 10).amount().doubleValue()).isCloseTo(0.5390625, within(1e-12));
    assertThat(result.percentile(CostCategory.INFERENCE, 90).amount().doubleValue())
        .isCloseTo(16 + 1.220703125 + 0.1220703125, within(1e-12));
  }

  @Test
  void linearScenario_mean_isTheTriangularMean() {
    // mean runs (1 + 1.2 + 2) / 3 = 1.4; variance (1 + 1.44 + 4 − 1.2 − 2 − 2.4) / 18 = 0.84 / 18
    UncertaintyResult result = runs(TriangularRange.of(A, C, B), N);
    double standardError = R * Math.sqrt(0.84 / 18) / Math.sqrt(N); // 0.020 USD
    assertThat(result.mean().amount().doubleValue()).isCloseTo(K + R * 1.4, within(Z * standardError));
    // the extremes lie inside [K + R a, K + R b] and, with 200,000 draws, close to them: P(no draw below
    // a + 0.01) = (1 − F(1.01))^n = (1 − 0.0005)^200000 ≈ e^−100
    assertThat(result.min().amount().doubleValue()).isBetween(K + R * A, K + R * 1.01);
    assertThat(result.max().amount().doubleValue()).isBetween(K + R * 1.99, K + R * B);
  }

  @Test
  void sampler_drawsTheTriangularDistribution() {
    // Tri(10, 15, 25) in its own units; the empirical CDF at points on both sides of the mode against F(x)
    TriangularRange range = TriangularRange.of(10, 15, 25);
    int n = 100_000;
    double[] draws = new double[n];
    TriangularRange.Sampler sampler = range.sampler(99);
    for (int i = 0; i < n; i++) {
      draws[i] = sampler.next();
    }
    double[] points = {11, 12.5, 15, 18, 22, 24.5};
    for (double x : points) {
      // F(x) = (x − 10)² / (15 × 5) up to 15, 1 − (25 − x)² / (15 × 10) above
      double expected = x <= 15 ? (x - 10) * (x - 10) / 75 : 1 - (25 - x) * (25 - x) / 150;
      long below = Arrays.stream(draws).filter(d -> d <= x).count();
      double tolerance = Z * Math.sqrt(expected * (1 - expected) / n);
      assertThat((double) below / n).as("F(%s)", x).isCloseTo(expected, within(tolerance));
    }
    double mean = Arrays.stream(draws).average().orElseThrow();
    // mean 50 / 3; variance (100 + 225 + 625 − 150 − 250 − 375) / 18 = 175 / 18
    assertThat(mean).isCloseTo(50.0 / 3, within(Z * Math.sqrt(175.0 / 18 / n)));
    assertThat(Arrays.stream(draws).min().orElseThrow()).isGreaterThanOrEqualTo(10);
    assertThat(Arrays.stream(draws).max().orElseThrow()).isLessThanOrEqualTo(25);
  }

  @Test
  void quantile_onBothSidesOfTheMode_isTheClosedForm() {
    TriangularRange range = TriangularRange.of(10, 15, 25);
    // below F(c) = 5 / 15: 10 + sqrt(u × 15 × 5); above: 25 − sqrt((1 − u) × 15 × 10)
    assertThat(range.quantile(0.1)).isCloseTo(10 + Math.sqrt(7.5), within(1e-12));
    assertThat(range.quantile(0.3)).isCloseTo(10 + Math.sqrt(22.5), within(1e-12));
    assertThat(range.quantile(0.5)).isCloseTo(25 - Math.sqrt(75), within(1e-12));
    assertThat(range.quantile(0.9)).isCloseTo(25 - Math.sqrt(15), within(1e-12));
    // the mode at either end: a right triangle
    assertThat(TriangularRange.of(0, 0, 4).quantile(0.75)).isCloseTo(4 - Math.sqrt(0.25 * 16), within(1e-12));
    assertThat(TriangularRange.of(0, 4, 4).quantile(0.25)).isCloseTo(Math.sqrt(0.25 * 16), within(1e-12));
    assertThat(TriangularRange.of(0, 4, 4).mean()).isCloseTo(8.0 / 3, within(1e-12));
    assertThat(TriangularRange.of(1, 2, 3).isExact()).isFalse();
    assertThat(TriangularRange.of(2, 2, 2).isExact()).isTrue();
  }

  @Test
  void rangeWhoseMinEqualsItsMax_givesOneTotalInEverySample() {
    // runs exactly 1.5: 18.470263671875 + 42.1666… × 1.5 = 18.470263671875 + 63.25 = 81.720263671875
    UncertaintyResult result = runs(TriangularRange.of(1.5, 1.5, 1.5), 1_000);
    double total = 81.720263671875;
    for (var money : List.of(result.p10(), result.p50(), result.p90(), result.min(), result.max(), result.mean())) {
      assertThat(money.amount().doubleValue()).isCloseTo(total, within(1e-9));
    }
    assertThat(result.percentile(CostCategory.RETRAIN, 50).amount().doubleValue()).isCloseTo(63.25, within(1e-9));
    UncertaintyResult.Histogram histogram = result.histogram(5);
    assertThat(histogram.counts()).containsExactly(1_000, 0, 0, 0, 0);
    assertThat(histogram.start()).isCloseTo(total, within(1e-9));
  }

  @Test
  void histogram_binsFollowTheTriangularDensity() {
    // 8 equal bins from the smallest to the largest total; the expected share of a bin is the CDF's increase
    // across it, in runs = (total − K) / R; five binomial standard errors
    UncertaintyResult result = runs(TriangularRange.of(A, C, B), N);
    int bins = 8;
    UncertaintyResult.Histogram histogram = result.histogram(bins);
    double low = result.min().amount().doubleValue();
    double high = result.max().amount().doubleValue();
    assertThat(histogram.start()).isEqualTo(low);
    assertThat(histogram.width()).isCloseTo((high - low) / bins, within(1e-12));
    long[] counts = histogram.counts();
    assertThat(counts).hasSize(bins);
    assertThat(Arrays.stream(counts).sum()).isEqualTo(N);
    for (int i = 0; i < bins; i++) {
      double from = (low + i * histogram.width() - K) / R;
      double to = (low + (i + 1) * histogram.width() - K) / R;
      double share = cdf(to) - cdf(from);
      double tolerance = Z * Math.sqrt(N * share * (1 - share)) + 1;
      assertThat((double) counts[i]).as("bin %d", i).isCloseTo(N * share, within(tolerance));
    }
  }

  /**
   * The exact path, checked sample by sample. Runs = v² cannot be written as a multilinear polynomial in v, so
   * the run must price every sample with a full estimate; the input records the values it is given, and with one
   * thread and one chunk the last {@code n} of them are the samples, in order. Each sample's total is
   * K + R × v², by hand; min, max, mean, the percentiles (numpy's linear definition) and the histogram must be
   * those of these totals.
   */
  @Test
  void exactPath_agreesWithTheClosedFormSampleBySample() {
    List<Double> applied = new ArrayList<>();
    ScenarioInput squared = ScenarioInput.of("square root of runs", "√runs", (scenario, v) -> {
      synchronized (applied) {
        applied.add(v.doubleValue());
      }
      return ScenarioInput.retrainRunsPerMonth().apply(scenario, v.multiply(v));
    }, scenario -> BigDecimal.valueOf(Math.sqrt(ScenarioInput.retrainRunsPerMonth().valueIn(scenario).doubleValue())));
    int n = 1_000;
    CostScenario scenario = SeedFixtures.serverless("B");
    UncertaintyResult result = MonteCarlo.builder().scenario(scenario).vary(squared, TriangularRange.of(0.5, 1.0, 3.0))
        .samples(n).seed(5).threads(1).build().run();
    assertThat(result.method()).isEqualTo("exact");
    assertThat(applied.size()).isGreaterThanOrEqualTo(n);
    double[] totals = applied.subList(applied.size() - n, applied.size()).stream()
        .mapToDouble(v -> K + R * v * v).toArray();
    for (double v : applied.subList(applied.size() - n, applied.size())) {
      assertThat(v).isBetween(0.5, 3.0);
    }
    double[] sorted = totals.clone();
    Arrays.sort(sorted);
    double tolerance = 1e-9;
    assertThat(result.min().amount().doubleValue()).isCloseTo(sorted[0], within(tolerance));
    assertThat(result.max().amount().doubleValue()).isCloseTo(sorted[n - 1], within(tolerance));
    assertThat(result.mean().amount().doubleValue())
        .isCloseTo(Arrays.stream(totals).sum() / n, within(tolerance));
    assertThat(result.p10().amount().doubleValue()).isCloseTo(numpyPercentile(sorted, 10), within(tolerance));
    assertThat(result.p50().amount().doubleValue()).isCloseTo(numpyPercentile(sorted, 50), within(tolerance));
    assertThat(result.p90().amount().doubleValue()).isCloseTo(numpyPercentile(sorted, 90), within(tolerance));
    double[] retrain = Arrays.stream(sorted).map(t -> t - K).toArray();
    assertThat(result.percentile(CostCategory.RETRAIN, 50).amount().doubleValue())
        .isCloseTo(numpyPercentile(retrain, 50), within(tolerance));
    // histogram: 7 bins of width (max − min) / 7; the largest total goes in the last bin
    int bins = 7;
    double width = (sorted[n - 1] - sorted[0]) / bins;
    long[] expected = new long[bins];
    for (double t : totals) {
      expected[Math.min(bins - 1, (int) ((t - sorted[0]) / width))]++;
    }
    assertThat(result.histogram(bins).counts()).containsExactly(expected);
    // and the distribution is that of K + R × V², V ~ Tri(0.5, 1, 3): E[V²] = var + mean² =
    // (0.25 + 1 + 9 − 0.5 − 1.5 − 3) / 18 + 1.5² = 5.25 / 18 + 2.25
    double expectedMean = K + R * (5.25 / 18 + 2.25);
    double spread = R * 3; // a generous bound on the standard deviation of R × V² (V² lies in [0.25, 9])
    assertThat(result.mean().amount().doubleValue()).isCloseTo(expectedMean, within(Z * spread / Math.sqrt(n)));
  }

  /** numpy's default percentile: rank p / 100 × (n − 1), linear between the two nearest order statistics. */
  private static double numpyPercentile(double[] sorted, double p) {
    double rank = p / 100 * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  }
}
