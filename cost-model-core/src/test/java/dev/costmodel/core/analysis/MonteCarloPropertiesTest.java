package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.ManagedSpot;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every fast path agrees with the exact estimate: point by point to the cent, sample by sample where the same
 * samples are priced both ways, and within sampling error where only the distribution is known. The crossing
 * scenario's samples straddle S3's 50 TB tier, Lambda's free requests and free GB-seconds, the Scheduler's free
 * first tier, the 100 GB free of data transfer and its 10 TB tier, with a sampled spot discount and sampled
 * whole numbers.
 */
class MonteCarloPropertiesTest {
  private static final Workload WORKLOAD = Workload.builder().users(90_000).requestsPerUserPerMonth(10)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  /** 600 MiB a model: S3's 51,200 GiB bound falls at 87,381 users. */
  static final CostScenario CROSSING = CostScenario.builder().name("crossing").prices(PriceCatalogs.awsUsEast1())
      .workload(WORKLOAD).topology(ModelTopology.perUser())
      .addComponent(RetrainPipeline.builder()
          .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
          .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30))
              .withManagedSpot(ManagedSpot.of(0.7, 1.2)))
          .runsPerMonth(1.2).build())
      .addComponent(ModelStorage.builder().artifactSize(DataSize.ofMebibytes(100)).versionsRetained(6).build())
      .addComponent(LambdaInference.builder().memory(DataSize.ofMebibytes(1024)).meanDuration(Duration.ofMillis(300))
          .freeTier(true).build())
      .addComponent(DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(true).build())
      .addComponent(RetrainSchedule.builder().build())
      .build();

  /** The ranges of {@link #CROSSING}; each straddles a bound (see the class comment). */
  static MonteCarlo.Builder crossing() {
    return MonteCarlo.builder().scenario(CROSSING)
        .vary(ScenarioInput.users(), TriangularRange.of(80_000, 88_000, 95_000))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(5, 10, 20))
        .vary(ScenarioInput.lambdaMeanDurationMillis(), TriangularRange.of(100.5, 300, 700))
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(20, 500, 20_000))
        .vary(ScenarioInput.schedulerExtraInvocationsPerRun(), TriangularRange.of(100, 120, 160))
        .vary(ScenarioInput.spotDiscount("train"), TriangularRange.of(0.5, 0.7, 0.8))
        .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60));
  }

  private static final List<CostCategory> CATEGORIES =
      new ArrayList<>(CROSSING.estimate().subtotals().keySet());

  @Test
  void compiledLines_priceEveryPointLikeTheEstimate_toTheCent() {
    CompiledScenario compiled = crossing().build().plan(CATEGORIES).compiled;
    List<TriangularRange> ranges = rangesOf();
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      double[] x = new double[ranges.size()];
      for (int i = 0; i < x.length; i++) {
        double low = ranges.get(i).min().doubleValue();
        double high = ranges.get(i).max().doubleValue();
        x[i] = CompiledScenario.billed(inputsOf().get(i), low + random.nextDouble() * (high - low));
      }
      double[] priced = new double[CATEGORIES.size()];
      compiled.priceInto(x, priced);
      MonthlyEstimate estimate = CompiledScenario.estimate(CROSSING, inputsOf(), x);
      for (int c = 0; c < CATEGORIES.size(); c++) {
        assertThat(priced[c]).as("%s at %s", CATEGORIES.get(c), java.util.Arrays.toString(x))
            .isCloseTo(estimate.subtotal(CATEGORIES.get(c)).amount().doubleValue(),
                org.assertj.core.api.Assertions.within(0.005));
      }
    });
  }

  @Test
  void crossingScenario_reachesBothSidesOfEveryBound() {
    // the edge cases are reached: the corners of the ranges lie on both sides of each bound
    MonteCarlo.Path path = crossing().build().plan(CATEGORIES);
    assertThat(path.fast).isNull();
    assertThat(path.compiled).isNotNull();
    assertThat(path.why).contains("crosses");
    double[] low = {80_000, 5, 101, 20, 100, 0.5, 20};
    double[] high = {95_000, 20, 700, 20_000, 160, 0.8, 60};
    MonthlyEstimate cheap = CompiledScenario.estimate(CROSSING, inputsOf(), low);
    MonthlyEstimate dear = CompiledScenario.estimate(CROSSING, inputsOf(), high);
    // S3: 80,000 × 600 MiB = 46,875 GiB, inside the first tier; 95,000 × 600 MiB = 55,664 GiB, beyond it
    assertThat(cheap.lineItems().stream().filter(l -> l.description().startsWith("model artifacts")).findFirst()
        .orElseThrow().quantity().doubleValue()).isLessThan(51_200);
    assertThat(dear.lineItems().stream().filter(l -> l.description().startsWith("model artifacts")).findFirst()
        .orElseThrow().quantity().doubleValue()).isGreaterThan(51_200);
    // Lambda: 400,000 requests (all free) to 1.9 M; data transfer: 20 GiB (free) to 20,000 GiB (second tier)
    assertThat(cheap.lineItems().stream().filter(l -> l.description().equals("Lambda requests")).findFirst()
        .orElseThrow().quantity().signum()).isZero();
    assertThat(dear.lineItems().stream().filter(l -> l.description().equals("Lambda requests")).findFirst()
        .orElseThrow().quantity().signum()).isPositive();
  }

  @Test
  void exactPath_agreesWithAnEstimatePerSample_sampleBySample() {
    qt().withExamples(4).forAll(longs().all(), integers().between(1, 2)).checkAssert((seed, threads) -> {
      UncertaintyResult exact = crossing().samples(400).seed(seed).threads(threads)
          .method(MonteCarlo.Method.EXACT).build().run();
      UncertaintyResult estimated = crossing().samples(400).seed(seed).threads(threads).estimatesOnly().build().run();
      assertThat(exact.method()).isEqualTo("exact");
      for (int row = 0; row <= CATEGORIES.size(); row++) {
        for (int i = 0; i < 400; i++) {
          assertThat(exact.sample(row, i)).as("row %d sample %d", row, i)
              .isCloseTo(estimated.sample(row, i), org.assertj.core.api.Assertions.within(0.005));
        }
      }
      assertThat(exact.p50().rounded()).isEqualTo(estimated.p50().rounded());
    });
  }

  @Test
  void fastPath_agreesWithTheExactPath_sampleBySample_whenNoBoundIsCrossed() {
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      UncertaintyResult fast = MonteCarloTest.reference().samples(3_000).seed(seed)
          .method(MonteCarlo.Method.FAST).build().run();
      UncertaintyResult exact = MonteCarloTest.reference().samples(3_000).seed(seed)
          .method(MonteCarlo.Method.EXACT).build().run();
      UncertaintyResult estimated = MonteCarloTest.reference().samples(200).seed(seed).estimatesOnly().build().run();
      assertThat(fast.method()).isEqualTo("multilinear");
      for (int row = 0; row < 5; row++) {
        for (int i = 0; i < 3_000; i++) {
          double expected = exact.sample(row, i);
          assertThat(fast.sample(row, i)).isCloseTo(expected,
              org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(expected))));
          if (i < 200) {
            assertThat(expected).isCloseTo(estimated.sample(row, i), org.assertj.core.api.Assertions.within(0.005));
          }
        }
      }
    });
  }

  @Test
  void fastPath_isRefused_whenSamplesCrossATier_namingTheLineAndTheBound() {
    assertThatThrownBy(() -> MonteCarlo.builder().scenario(CROSSING)
        .vary(ScenarioInput.users(), TriangularRange.of(80_000, 88_000, 95_000))
        .method(MonteCarlo.Method.FAST).samples(10).build().run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("MonteCarlo.method FAST cannot price this scenario: line 'model artifacts")
        .hasMessageContaining("crosses the tier bound at 51,200");
    // the Scheduler's free first tier: 80,000 to 95,000 models × 1.2 runs × 101 to 161 invocations
    assertThatThrownBy(() -> MonteCarlo.builder().scenario(CROSSING)
        .vary(ScenarioInput.schedulerExtraInvocationsPerRun(), TriangularRange.of(100, 120, 160))
        .method(MonteCarlo.Method.FAST).samples(10).build().run())
        .hasMessageContaining("line 'retraining schedule (EventBridge Scheduler)'")
        .hasMessageContaining("crosses the tier bound at 14");
    assertThatThrownBy(() -> MonteCarlo.builder().scenario(CROSSING)
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(20, 50, 90))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(5, 10, 20))
        .method(MonteCarlo.Method.FAST).samples(10).build().run())
        .hasMessageContaining("line 'Lambda requests' crosses its free allowance of 1");
  }

  @Test
  void autoPath_isFast_onlyWhereNoSampleCrosses() {
    // 20 to 90 GiB stays inside the free 100 GiB: no sample crosses it, so the fast path is valid
    UncertaintyResult inside = MonteCarlo.builder().scenario(CROSSING)
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(20, 50, 90)).samples(1_000).build().run();
    assertThat(inside.method()).isEqualTo("multilinear");
    assertThat(inside.percentile(CostCategory.DATA_TRANSFER, 90).amount().signum()).isZero();
    assertThat(crossing().samples(1_000).build().run().method()).isEqualTo("exact");
  }

  @Test
  void monteCarloMean_isTheAnalyticMean_withinSamplingError() {
    // retrain cost is linear in runs a month, so its mean is the cost at the mean runs, (1.0 + 1.2 + 2.0) ÷ 3;
    // the tolerance is 5 standard errors of a mean of n samples: 5 × slope × sd(runs) ÷ √n
    CostScenario b = SeedFixtures.serverless("B");
    double slope = ScenarioInput.retrainRunsPerMonth().apply(b, java.math.BigDecimal.ONE).estimate()
        .subtotal(CostCategory.RETRAIN).amount().doubleValue();
    double a = 1.0;
    double c = 1.2;
    double top = 2.0;
    double sd = Math.sqrt((a * a + c * c + top * top - a * c - a * top - c * top) / 18);
    qt().withExamples(6).forAll(integers().between(1_000, 200_000), longs().all()).checkAssert((n, seed) -> {
      for (MonteCarlo.Method method : MonteCarlo.Method.values()) {
        UncertaintyResult result = MonteCarlo.builder().scenario(b)
            .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(a, c, top))
            .method(method).samples(n).seed(seed).threads(1).build().run();
        double mean = result.mean().amount().doubleValue()
            - b.estimate().total().amount().doubleValue() + b.estimate().subtotal(CostCategory.RETRAIN).amount()
            .doubleValue();
        assertThat(mean).isCloseTo(slope * (a + c + top) / 3,
            org.assertj.core.api.Assertions.within(5 * slope * sd / Math.sqrt(n)));
      }
    });
  }

  private static List<ScenarioInput> inputsOf() {
    List<ScenarioInput> inputs = new ArrayList<>();
    inputs.add(ScenarioInput.users());
    inputs.add(ScenarioInput.requestsPerUserPerMonth());
    inputs.add(ScenarioInput.lambdaMeanDurationMillis());
    inputs.add(ScenarioInput.dataTransferOutGibibytes());
    inputs.add(ScenarioInput.schedulerExtraInvocationsPerRun());
    inputs.add(ScenarioInput.spotDiscount("train"));
    inputs.add(ScenarioInput.stepDurationMinutes("train"));
    return inputs;
  }

  private static List<TriangularRange> rangesOf() {
    return List.of(TriangularRange.of(80_000, 88_000, 95_000), TriangularRange.of(5, 10, 20),
        TriangularRange.of(100.5, 300, 700), TriangularRange.of(20, 500, 20_000), TriangularRange.of(100, 120, 160),
        TriangularRange.of(0.5, 0.7, 0.8), TriangularRange.of(20, 30, 60));
  }

  @Test
  void blockQuantiles_equalTheScalarQuantileBitForBit() {
    // degenerate ranges too: mode at min, mode at max, min = max; draws at and beside the mode's split
    qt().withExamples(300)
        .forAll(integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 1_000), longs().all())
        .checkAssert((x, y, z, seed) -> {
          int[] sorted = {x, y, z};
          java.util.Arrays.sort(sorted);
          double scale = seed % 3 == 0 ? 1e-3 : seed % 3 == 1 ? 1 : 1e6;
          TriangularRange range = TriangularRange.of(sorted[0] * scale, sorted[1] * scale, sorted[2] * scale);
          double split = sorted[2] > sorted[0] ? (double) (sorted[1] - sorted[0]) / (sorted[2] - sorted[0]) : 0;
          SplittableRandom random = new SplittableRandom(seed);
          double[] u = new double[64];
          for (int j = 0; j < u.length; j++) {
            u[j] = random.nextDouble();
          }
          u[0] = 0;
          u[1] = Math.nextDown(1.0);
          u[2] = Math.max(0, Math.nextDown(split));
          u[3] = Math.min(Math.nextDown(1.0), split);
          u[4] = Math.min(Math.nextDown(1.0), Math.nextUp(split));
          double[] block = u.clone();
          range.quantiles(block, block.length);
          for (int j = 0; j < u.length; j++) {
            assertThat(block[j]).as("%s at u = %s", range, u[j]).isEqualTo(range.quantile(u[j]));
            assertThat(block[j]).isBetween(range.min().doubleValue(), range.max().doubleValue());
          }
        });
  }
}
