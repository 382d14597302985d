package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.ScenarioInput;
import dev.costmodel.core.analysis.TriangularRange;
import dev.costmodel.core.analysis.UncertaintyResult;
import dev.costmodel.examples.DecisionAnalysis;
import dev.costmodel.examples.SeedScenarios;
import dev.costmodel.examples.SeedScenarios.Pattern;

/**
 * The Monte Carlo of the reference scenario described in {@code cost-model-benchmarks/REFERENCE-SCENARIO.md}
 * (pattern B, serverless, six triangular ranges, seed 42), on a chosen number of threads. It is
 * {@link DecisionAnalysis#referenceMonteCarlo(int)} with {@link MonteCarlo.Builder#threads(int)} set, which that
 * method leaves at the available processors; {@link #checkedAgainstExample} makes sure the two agree.
 */
final class ReferenceScenario {
  private ReferenceScenario() {}

  /** The reference Monte Carlo with {@code samples} samples on {@code threads} threads. */
  static MonteCarlo monteCarlo(int samples, int threads) {
    return MonteCarlo.builder()
        .scenario(SeedScenarios.serverless(Pattern.B))
        .vary(ScenarioInput.stepDurationMinutes("preprocess"), TriangularRange.of(10, 15, 25))
        .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60))
        .vary(ScenarioInput.stepDurationMinutes("evaluate"), TriangularRange.of(5, 10, 15))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(30, 40, 60))
        .vary(ScenarioInput.serverlessMeanDurationMillis(), TriangularRange.of(50, 100, 200))
        .samples(samples).seed(42).threads(threads)
        .build();
  }

  /**
   * Runs {@code monteCarlo} once and checks that it gives the same method and P10/P50/P90 as the examples'
   * reference Monte Carlo (a seed gives the same result on any number of threads), so the benchmark cannot
   * drift from the scenario the examples and the documentation describe.
   *
   * @throws IllegalStateException if it does not
   */
  static UncertaintyResult checkedAgainstExample(MonteCarlo monteCarlo, int samples) {
    UncertaintyResult ours = monteCarlo.run();
    UncertaintyResult example = DecisionAnalysis.referenceMonteCarlo(samples).run();
    if (!ours.method().equals("multilinear")) {
      throw new IllegalStateException("the reference scenario should compile; it ran " + ours.method());
    }
    if (!ours.toString().equals(example.toString())) {
      throw new IllegalStateException("the benchmark's reference scenario gives " + ours
          + " but DecisionAnalysis.referenceMonteCarlo gives " + example);
    }
    return ours;
  }
}
