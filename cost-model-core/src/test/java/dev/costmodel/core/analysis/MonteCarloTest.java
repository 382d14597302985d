package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costmodel.api.CostCategory;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  /** The benchmarks' reference scenario (cost-model-benchmarks/REFERENCE-SCENARIO.md): pattern B, serverless, six triangular ranges. */
  static MonteCarlo.Builder reference() {
    return MonteCarlo.builder()
        .scenario(SeedFixtures.serverless("B"))
        .vary(ScenarioInput.stepDurationMinutes("preprocess"), TriangularRange.of(10, 15, 25))
        .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60))
        .vary(ScenarioInput.stepDurationMinutes("evaluate"), TriangularRange.of(5, 10, 15))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(30, 40, 60))
        .vary(ScenarioInput.serverlessMeanDurationMillis(), TriangularRange.of(50, 100, 200));
  }

  @Test
  void referenceScenario_agreesWithTheIndependentNumpyPeer() {
    // cost-model-benchmarks/peer/numpy_montecarlo.py 1000000 (seed 42, numpy's generator): P10 71.58, P50 89.23, P90 112.19
    UncertaintyResult result = reference().samples(1_000_000).seed(42).build().run();
    assertThat(result.method()).isEqualTo("multilinear");
    assertThat(result.p10().amount().doubleValue()).isCloseTo(71.58, within(0.3));
    assertThat(result.p50().amount().doubleValue()).isCloseTo(89.23, within(0.3));
    assertThat(result.p90().amount().doubleValue()).isCloseTo(112.19, within(0.4));
    assertThat(result.percentile(CostCategory.STORAGE, 50).amount().doubleValue()).isCloseTo(0.5390625, within(1e-9));
  }

  @Test
  void sameSeed_sameResult_onOneThreadOrTwo() {
    UncertaintyResult one = reference().samples(200_000).seed(7).threads(1).build().run();
    UncertaintyResult two = reference().samples(200_000).seed(7).threads(2).build().run();
    assertThat(two.p10()).isEqualTo(one.p10());
    assertThat(two.p50()).isEqualTo(one.p50());
    assertThat(two.p90()).isEqualTo(one.p90());
    assertThat(two.mean()).isEqualTo(one.mean());
    UncertaintyResult other = reference().samples(200_000).seed(8).threads(2).build().run();
    assertThat(other.p50()).isNotEqualTo(one.p50());
  }

  @Test
  void compiledPolynomial_equalsExactPricing_whenItIsForcedOff() {
    // tiered S3 storage: model groups from 100 to 600,000 cross the 50 TB tier, so the polynomial misses and
    // every sample is priced exactly
    UncertaintyResult exact = MonteCarlo.builder().scenario(SeedFixtures.serverless("B"))
        .vary(ScenarioInput.modelGroups(), TriangularRange.of(100, 400_000, 600_000))
        .samples(300).seed(1).build().run();
    assertThat(exact.method()).isEqualTo("exact");
    assertThat(exact.p10().compareTo(exact.p50())).isLessThanOrEqualTo(0);
  }

  @Test
  void summary_equalsTheSamplesSummarizedOneByOne() {
    // 100,003 samples: the histogram percentiles (65,536 or more) and a length not a multiple of four
    UncertaintyResult result = reference().samples(100_003).seed(3).build().run();
    int total = result.categories().size();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    BigDecimal sum = BigDecimal.ZERO;
    double[] sorted = new double[result.samples()];
    for (int i = 0; i < sorted.length; i++) {
      double v = result.sample(total, i);
      low = Math.min(low, v);
      high = Math.max(high, v);
      sum = sum.add(BigDecimal.valueOf(v));
      sorted[i] = v;
    }
    java.util.Arrays.sort(sorted);
    assertThat(result.min().amount().doubleValue()).isEqualTo(low);
    assertThat(result.max().amount().doubleValue()).isEqualTo(high);
    double mean = sum.doubleValue() / sorted.length;
    assertThat(result.mean().amount().doubleValue()).isCloseTo(mean, within(1e-9 * mean));
    // numpy's linear rule: rank 0.5 × 100,002 = 50,001 exactly, so the median is one order statistic
    assertThat(result.p50().amount().doubleValue()).isEqualTo(sorted[50_001]);
    double rank = 0.9 * 100_002; // 90,001.8: between order statistics 90,001 and 90,002
    assertThat(result.p90().amount().doubleValue())
        .isCloseTo(sorted[90_001] + (sorted[90_002] - sorted[90_001]) * (rank - 90_001), within(1e-12));
  }

  @Test
  void percentiles_followNumpysLinearRule_smallAndLarge() {
    // numpy.percentile([4, 1, 3, 2], [10, 50, 90]): ranks 0.3, 1.5, 2.7 of the sorted 1, 2, 3, 4
    assertThat(Percentiles.tenFiftyNinety(new double[] {4, 1, 3, 2})).containsExactly(new double[] {1.3, 2.5, 3.7},
        within(1e-12));
    assertThat(Percentiles.of(new double[] {4, 1, 3, 2}, 100)).isEqualTo(4);
    assertThat(Percentiles.of(new double[] {4, 1, 3, 2}, 0)).isEqualTo(1);
    // 0, 1, …, 99,999 shuffled (the histogram path): the value at rank r is r, so P10 = 0.1 × 99,999 = 9,999.9,
    // P50 = 49,999.5, P90 = 89,999.1
    int n = 100_000;
    double[] values = new double[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      int j = random.nextInt(i + 1);
      values[i] = values[j];
      values[j] = i;
    }
    double[] copy = values.clone();
    assertThat(Percentiles.tenFiftyNinety(values)).containsExactly(new double[] {9_999.9, 49_999.5, 89_999.1},
        within(1e-9));
    assertThat(values).isEqualTo(copy);
    // to the last bit, as numpy 2.4.6 prints them: numpy.percentile([0.37] * 10_000 + [1.48] * 90_000,
    // [10, 50, 90]) interpolates back from the upper value when the fraction is 0.5 or more
    double[] steps = new double[100_000];
    java.util.Arrays.fill(steps, 0, 10_000, 0.37);
    java.util.Arrays.fill(steps, 10_000, 100_000, 1.48);
    assertThat(Percentiles.tenFiftyNinety(steps)).containsExactly(0x1.5e76c8b43b1ecp+0, 1.48, 1.48);
    assertThat(Percentiles.tenFiftyNinety(new double[] {0.13167991554874137, 8.506370736513341}))
        .containsExactly(0x1.f0344c23acb56p-1, 0x1.146ae933798a3p+2, 0x1.eacf48e27d7dcp+2);
  }

  @Test
  void triangularRange_tooWideForDoubles_isRefused() {
    // (max - min) × (mode - min) = 2e160 × 1e160 overflows a double
    assertThatThrownBy(() -> TriangularRange.of(-1e160, 0, 1e160)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too wide to sample in double precision").hasMessageContaining("larger unit");
    assertThat(TriangularRange.of(-1e150, 0, 1e150).quantile(0.5)).isEqualTo(0);
  }

  @Test
  void triangularRange_valueSemantics() {
    TriangularRange range = TriangularRange.of(10, 15, 25);
    assertThat(range.min()).isEqualByComparingTo("10");
    assertThat(range.mostLikely()).isEqualByComparingTo("15");
    assertThat(range.max()).isEqualByComparingTo("25");
    assertThat(range).hasToString("triangular(10.0, 15.0, 25.0)");
    // equal by value, whatever the scale of the numbers: 10 and 10.00 are the same bound
    TriangularRange sameByValue = TriangularRange.of(new BigDecimal("10.00"), new BigDecimal("15"),
        new BigDecimal("25.0"));
    assertThat(range).isEqualTo(sameByValue).hasSameHashCodeAs(sameByValue);
    assertThat(range).isNotEqualTo(TriangularRange.of(9, 15, 25))
        .isNotEqualTo(TriangularRange.of(10, 16, 25))
        .isNotEqualTo(TriangularRange.of(10, 15, 26))
        .isNotEqualTo("triangular(10, 15, 25)");
    assertThat(range.hashCode()).isNotEqualTo(TriangularRange.of(10, 16, 25).hashCode());
  }

  @Test
  void builder_acceptsItsLimitsExactly() {
    // one sample is enough to run, and is priced as a sample, not as the low corner of the ranges: the same
    // total on the polynomial as on the exact path, and as the first sample of two (the same first draw)
    UncertaintyResult one = reference().samples(1).seed(7).build().run();
    assertThat(one.samples()).isEqualTo(1);
    assertThat(one.method()).isEqualTo("multilinear");
    double exact = reference().samples(1).seed(7).method(MonteCarlo.Method.EXACT).build().run().p50().amount()
        .doubleValue();
    assertThat(one.p50().amount().doubleValue()).isCloseTo(exact, within(1e-9));
    UncertaintyResult two = reference().samples(2).seed(7).build().run();
    assertThat(one.p50().amount().doubleValue()).isCloseTo(two.sample(two.categories().size(), 0), within(1e-9));
    assertThatThrownBy(() -> MonteCarlo.builder().samples(1_000_000_001))
        .hasMessageStartingWith("MonteCarlo.samples must be at most 1,000,000,000");
    assertThat(MonteCarlo.builder().samples(1_000_000_000)).isNotNull();
    // sixteen ranges are the most
    MonteCarlo.Builder sixteen = MonteCarlo.builder().scenario(SeedFixtures.serverless("B"));
    for (int i = 0; i < 16; i++) {
      sixteen.vary(ScenarioInput.stepDurationMinutes("step" + i), TriangularRange.of(1, 2, 3));
    }
    assertThat(sixteen.build()).isNotNull();
    sixteen.vary(ScenarioInput.stepDurationMinutes("step16"), TriangularRange.of(1, 2, 3));
    assertThatThrownBy(sixteen::build).hasMessage("MonteCarlo inputs must be at most 16, but were 17");
  }

  @Test
  void markdown_listsEveryCategoryAndTheTotal() {
    String md = reference().samples(10_000).build().run().toMarkdown();
    assertThat(md).startsWith("| USD/month | P10 | P50 | P90 |\n|---|---:|---:|---:|\n| retrain |")
        .contains("| storage | 0.54 | 0.54 | 0.54 |").contains("| **total** |");
  }

  @Test
  void histogram_countsEverySample() {
    UncertaintyResult result = reference().samples(10_000).build().run();
    UncertaintyResult.Histogram histogram = result.histogram(20);
    assertThat(java.util.Arrays.stream(histogram.counts()).sum()).isEqualTo(10_000);
    assertThat(histogram.start()).isEqualTo(result.min().amount().doubleValue());
  }

  @Test
  void badInput_isRejectedNamingTheField() {
    assertThatThrownBy(() -> TriangularRange.of(25, 15, 10))
        .hasMessage("TriangularRange min must be <= max, but min was 25.0 and max 10.0");
    assertThatThrownBy(() -> TriangularRange.of(10, 30, 25))
        .hasMessage("TriangularRange mostLikely must be between min (10.0) and max (25.0), but was 30.0");
    assertThatThrownBy(() -> TriangularRange.of(Double.NaN, 1, 2))
        .hasMessage("TriangularRange min must be a finite number, but was NaN");
    assertThatThrownBy(() -> MonteCarlo.builder().scenario(SeedFixtures.serverless("B")).build())
        .hasMessageStartingWith("MonteCarlo inputs must hold at least one range");
    assertThatThrownBy(() -> MonteCarlo.builder().samples(0)).hasMessage("MonteCarlo.samples must be >= 1, but was 0");
    assertThatThrownBy(() -> MonteCarlo.builder().threads(0)).hasMessage("MonteCarlo.threads must be >= 1, but was 0");
    assertThatThrownBy(() -> reference().vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1, 1, 1)))
        .hasMessage("MonteCarlo input retrain runs per month is varied twice; give it one range");
    assertThatThrownBy(() -> MonteCarlo.builder().vary(ScenarioInput.users(), TriangularRange.of(1, 2, 3)).build())
        .hasMessage("MonteCarlo.scenario must be set, such as scenario(myScenario)");
    assertThatThrownBy(() -> reference().samples(10).build().run().percentile(CostCategory.TRIGGER, 50))
        .hasMessageStartingWith("UncertaintyResult has no trigger cost");
    assertThatThrownBy(() -> reference().samples(10).build().run().percentile(CostCategory.RETRAIN, 75))
        .hasMessage("UncertaintyResult percentile must be 10, 50 or 90, but was 75");
  }

  @Test
  void sampler_sharedAcrossThreads_isRejected() throws InterruptedException {
    TriangularRange.Sampler sampler = TriangularRange.of(1, 2, 3).sampler(42);
    assertThat(sampler.next()).isBetween(1.0, 3.0);
    try {
      CompletableFuture.runAsync(sampler::next).get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("TriangularRange.Sampler seed 42 was made on thread")
          .hasMessageContaining("a seed reused across threads gives correlated samples");
      return;
    }
    throw new AssertionError("a sampler used on another thread must throw");
  }

  @Test
  void triangular_quantiles() {
    TriangularRange range = TriangularRange.of(new BigDecimal("10"), new BigDecimal("15"), new BigDecimal("25"));
    assertThat(range.quantile(0)).isEqualTo(10.0);
    assertThat(range.quantile(1)).isEqualTo(25.0);
    assertThat(range.quantile(1.0 / 3)).isCloseTo(15.0, within(1e-12)); // F(mode) = (15-10)/(25-10)
    assertThat(range.mean()).isCloseTo(50.0 / 3, within(1e-12));
    assertThat(TriangularRange.exactly(BigDecimal.TEN).quantile(0.7)).isEqualTo(10.0);
  }
}
