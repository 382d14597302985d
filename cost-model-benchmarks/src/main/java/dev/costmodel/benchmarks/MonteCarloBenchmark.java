package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.UncertaintyResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole Monte Carlo run of the reference scenario described in {@code cost-model-benchmarks/REFERENCE-SCENARIO.md}
 * (pattern B, serverless, six triangular ranges, seed 42): compiling the scenario, drawing {@code samples} samples
 * on {@code threads} threads, and the P10/P50/P90 of the total and of each category. The same model as the
 * project's numpy peer {@code cost-model-benchmarks/peer/numpy_montecarlo.py}; {@code compare-peer.sh} runs both
 * on the same thread count, in interleaved rounds, and prints the medians and their ratio.
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar MonteCarloBenchmark} (both thread counts),
 * or add {@code -p threads=1}. Target: 1,000,000 samples in under 1 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {
  @Param({"1000000"})
  public int samples;

  /** Threads the Monte Carlo samples on ({@link MonteCarlo.Builder#threads(int)}). */
  @Param({"1", "2"})
  public int threads;

  private MonteCarlo monteCarlo;

  @Setup
  public void build() {
    monteCarlo = ReferenceScenario.monteCarlo(samples, threads);
    UncertaintyResult check = ReferenceScenario.checkedAgainstExample(monteCarlo, samples);
    System.out.printf("%n%s on %d thread(s)%n", check, threads);
  }

  @Benchmark
  public UncertaintyResult run() {
    return monteCarlo.run();
  }
}
