package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.UncertaintyResult;

/**
 * One Monte Carlo of the reference scenario ({@code cost-model-benchmarks/REFERENCE-SCENARIO.md}) in a fresh JVM,
 * for timing the whole process (start, build the scenario, run, print) from outside, as {@code compare-peer.sh}
 * does. Not a benchmark: it runs once, cold.
 *
 * <p>Run: {@code java -cp cost-model-benchmarks/target/benchmarks.jar dev.costmodel.benchmarks.MonteCarloMain
 * [samples] [threads]} (1,000,000 samples and 1 thread by default).
 */
public final class MonteCarloMain {
  private MonteCarloMain() {}

  /**
   * Runs the reference Monte Carlo and prints its percentiles.
   *
   * @param args optional sample count and thread count
   */
  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long start = System.nanoTime();
    MonteCarlo monteCarlo = ReferenceScenario.monteCarlo(samples, threads);
    UncertaintyResult result = monteCarlo.run();
    double millis = (System.nanoTime() - start) / 1e6;
    System.out.printf("costmodel MonteCarlo on %d thread(s): %d samples, built and run once in %.1f ms;"
        + " P10 %.2f P50 %.2f P90 %.2f USD (seed %d, %s)%n", threads, samples, millis,
        result.p10().amount(), result.p50().amount(), result.p90().amount(), result.seed(), result.method());
  }
}
