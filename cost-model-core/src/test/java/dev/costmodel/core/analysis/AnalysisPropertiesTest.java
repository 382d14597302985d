package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the analyses. */
class AnalysisPropertiesTest {
  @Test
  void breakEvenPoint_reallyEqualizesTheTwoTotals() {
    qt().withExamples(60)
        .forAll(integers().between(1, 20), integers().between(1, 500), integers().between(1, 60))
        .checkAssert((instances, meanMillis, memoryGib) -> {
          CostScenario serverless = ScenarioInput.serverlessMeanDurationMillis()
              .apply(SeedFixtures.serverless("C"), BigDecimal.valueOf(meanMillis));
          CostScenario realtime = ScenarioInput.realtimeInstanceCount().apply(SeedFixtures.realtime("C")
              .withComponents(java.util.List.of(SeedFixtures.RETRAIN, SeedFixtures.STORAGE, SeedFixtures.REALTIME,
                  SeedFixtures.monitor(dev.costmodel.api.aws.DriftMonitor.Kind.CUSTOM_PROCESSING))),
              BigDecimal.valueOf(instances));
          BreakEven even = BreakEven.between(serverless, realtime, ScenarioInput.requestsPerMonth());
          assertThat(even.crosses()).isTrue();
          BigDecimal x = even.value().orElseThrow();
          Money a = ScenarioInput.requestsPerMonth().apply(serverless, x).estimate().total();
          Money b = ScenarioInput.requestsPerMonth().apply(realtime, x).estimate().total();
          assertThat(a.amount()).isCloseTo(b.amount(), within(new BigDecimal("1e-12")));
          // and on each side, the cheaper one is the one the explanation names
          assertThat(ScenarioInput.requestsPerMonth().apply(serverless, x.divide(BigDecimal.TEN)).estimate().total())
              .isLessThan(ScenarioInput.requestsPerMonth().apply(realtime, x.divide(BigDecimal.TEN)).estimate().total());
        });
  }

  @Test
  void completionTimeFallsAsParallelismRises_andCostStaysPut() {
    qt().withExamples(200)
        .forAll(integers().between(1, 20_000), integers().between(1, 500), integers().between(1, 500))
        .checkAssert((models, p, q) -> {
          int low = Math.min(p, q);
          int high = Math.max(p, q);
          Duration run = SeedFixtures.RETRAIN.runDuration();
          Duration slow = CompletionTime.of(SeedFixtures.RETRAIN, models, low);
          Duration fast = CompletionTime.of(SeedFixtures.RETRAIN, models, high);
          assertThat(fast).isLessThanOrEqualTo(slow);
          // P lanes for the completion time hold all the work, with less than one run per lane to spare
          for (int lanes : new int[] {low, high}) {
            Duration laneTime = CompletionTime.of(SeedFixtures.RETRAIN, models, lanes).multipliedBy(lanes);
            assertThat(laneTime).isGreaterThanOrEqualTo(run.multipliedBy(models));
            assertThat(laneTime).isLessThan(run.multipliedBy((long) models + lanes));
          }
          // the cost is the work: models × one run × the instance price, whatever the parallelism
          Money cost = SeedFixtures.serverless("B").withTopology(ModelTopology.perGroup(models))
              .withComponents(List.of(SeedFixtures.RETRAIN.withRunsPerMonth(BigDecimal.ONE))).estimate().total();
          BigDecimal work = BigDecimal.valueOf(models).multiply(BigDecimal.valueOf(run.toMinutes()))
              .divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL128).multiply(new BigDecimal("0.23"));
          assertThat(cost.amount()).isCloseTo(work, within(new BigDecimal("1e-20")));
        });
  }

  @Test
  void leastParallelism_isTheLeast() {
    qt().withExamples(200)
        .forAll(integers().between(1, 5_000), integers().between(55, 10_000))
        .checkAssert((models, minutes) -> {
          Duration deadline = Duration.ofMinutes(minutes);
          int p = CompletionTime.leastParallelism(SeedFixtures.RETRAIN, models, deadline, Integer.MAX_VALUE);
          assertThat(CompletionTime.of(SeedFixtures.RETRAIN, models, p)).isLessThanOrEqualTo(deadline);
          if (p > 1) {
            assertThat(CompletionTime.of(SeedFixtures.RETRAIN, models, p - 1)).isGreaterThan(deadline);
          }
        });
  }

  @Test
  void p50LiesBetweenP10AndP90_andWithinTheTotalsDrawn() {
    qt().withExamples(40)
        .forAll(doubles().between(1, 100), doubles().between(0, 1), doubles().between(0, 100), longs().all())
        .checkAssert((min, modeShare, width, seed) -> {
          double max = min + width;
          double mode = min + modeShare * width;
          UncertaintyResult result = MonteCarlo.builder().scenario(SeedFixtures.serverless("B"))
              .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(min, mode, max))
              .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(0.5, 1.2, 3))
              .samples(2_000).seed(seed).build().run();
          assertThat(result.p10().amount()).isLessThanOrEqualTo(result.p50().amount());
          assertThat(result.p50().amount()).isLessThanOrEqualTo(result.p90().amount());
          assertThat(result.min().amount()).isLessThanOrEqualTo(result.p10().amount());
          assertThat(result.p90().amount()).isLessThanOrEqualTo(result.max().amount());
        });
  }

  @Test
  void bucketedPercentilesOfLargeArrays_equalPercentilesBySorting() {
    qt().withExamples(40)
        .forAll(integers().between(65_536, 400_000), longs().all(), integers().between(0, 7))
        .checkAssert((n, seed, shape) -> {
          Random random = new Random(seed);
          double[] values = new double[n];
          for (int i = 0; i < n; i++) {
            switch (shape) {
              case 0: values[i] = random.nextGaussian(); break;            // what a Monte Carlo gives
              case 1: values[i] = i; break;                                  // sorted
              case 2: values[i] = n - i; break;                              // reversed
              case 3: values[i] = random.nextInt(3); break;                  // three values, ties everywhere
              case 4: values[i] = i % 1000 == 0 ? 1e9 : random.nextDouble(); break; // outliers: one full bucket
              case 5: // max - min overflows to infinity
                values[i] = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Double.MAX_VALUE; break;
              case 6: // subnormals, and -0.0 beside 0.0
                values[i] = random.nextInt(4) * Double.MIN_VALUE * (random.nextBoolean() ? 1 : -1); break;
              default: values[i] = i == n / 2 ? 1e300 : random.nextGaussian(); // one outlier empties the buckets
            }
          }
          double[] original = values.clone();
          double[] actual = Percentiles.tenFiftyNinety(values);
          // left as they are: Arrays.mismatch is linear (containsExactly on 400,000 elements is quadratic, minutes)
          int changed = Arrays.mismatch(values, original);
          assertThat(changed).as("first index changed by tenFiftyNinety (%s)", changed < 0 ? "none"
              : "was " + original[changed] + ", now " + values[changed]).isEqualTo(-1);
          double[] sorted = original.clone();
          Arrays.sort(sorted);
          double[] percents = {10, 50, 90};
          for (int i = 0; i < 3; i++) {
            double rank = percents[i] / 100.0 * (n - 1);
            int low = (int) Math.floor(rank);
            double a = sorted[low];
            double b = sorted[Math.min(low + 1, n - 1)];
            double t = rank - low;
            double expected = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t; // numpy's _lerp
            // the same order statistics and the same interpolation: equal, not close (0.0 and -0.0 are equal here)
            assertThat(actual[i]).as("P%s", percents[i]).isCloseTo(expected, within(0.0));
          }
        });
  }

  @Test
  void percentilesBySelection_equalPercentilesBySorting() {
    qt().withExamples(200)
        .forAll(integers().between(1, 2_000), longs().all(), integers().between(0, 100))
        .checkAssert((n, seed, p) -> {
          Random random = new Random(seed);
          double[] values = new double[n];
          for (int i = 0; i < n; i++) {
            // few distinct values too, so ties are reached
            values[i] = seed % 2 == 0 ? random.nextGaussian() : random.nextInt(5);
          }
          double[] sorted = values.clone();
          Arrays.sort(sorted);
          double rank = p / 100.0 * (n - 1);
          int low = (int) Math.floor(rank);
          double expected = low + 1 < n ? sorted[low] + (sorted[low + 1] - sorted[low]) * (rank - low) : sorted[low];
          assertThat(Percentiles.of(values, p)).isCloseTo(expected, within(1e-12));
        });
  }
}
