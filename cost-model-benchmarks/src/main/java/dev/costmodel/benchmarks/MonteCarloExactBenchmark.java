package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.UncertaintyResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact path ({@link MonteCarlo.Method#EXACT}) on one thread, on a scenario whose samples cross S3's 50 TB
 * tier, Lambda's free tier, data transfer's free 100 GB and 10 TB tier and the Scheduler's free 14 M
 * ({@link CrossingScenario}): a whole run of 1,000,000 samples (compile, sample, percentiles), reported as
 * samples a second.
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar MonteCarloExactBenchmark}. Target: at
 * least 200,000 samples a second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloExactBenchmark {
  private static final int SAMPLES = 1_000_000;

  private MonteCarlo monteCarlo;

  @Setup
  public void build() {
    monteCarlo = CrossingScenario.monteCarlo(SAMPLES, 1, MonteCarlo.Method.EXACT);
    UncertaintyResult check = monteCarlo.run();
    if (!check.method().equals("exact")) {
      throw new IllegalStateException("the crossing scenario should run the exact path; it ran " + check.method());
    }
    System.out.printf("%n%s on 1 thread%n", check.summary());
  }

  /** One run; the score is samples a second. */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public UncertaintyResult run() {
    return monteCarlo.run();
  }
}
