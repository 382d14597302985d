package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.UncertaintyResult;
import dev.costmodel.examples.DecisionAnalysis;
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
 * A whole Monte Carlo run of the reference scenario of {@code ../shared/bench/README.md} (pattern B,
 * serverless, six triangular ranges): compiling the scenario, drawing {@code samples} samples on 2 threads,
 * and the P10/P50/P90 of the total and of each category. The same model as the numpy peer
 * {@code peer_numpy_montecarlo.py}; {@code compare-peer.sh} runs both and prints the ratio.
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar MonteCarloBenchmark}. Target: 1,000,000
 * samples in under 1 s on 2 cores.
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

  private MonteCarlo monteCarlo;

  @Setup
  public void build() {
    monteCarlo = DecisionAnalysis.referenceMonteCarlo(samples);
    UncertaintyResult check = monteCarlo.run();
    if (!check.method().equals("multilinear")) {
      throw new IllegalStateException("the reference scenario should compile; it ran " + check.method());
    }
    System.out.printf("%n%s%n", check);
  }

  @Benchmark
  public UncertaintyResult run() {
    return monteCarlo.run();
  }
}
