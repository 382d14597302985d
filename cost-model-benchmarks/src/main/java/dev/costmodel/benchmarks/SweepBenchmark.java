package dev.costmodel.benchmarks;

import dev.costmodel.core.analysis.ScenarioInput;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.examples.SeedScenarios;
import dev.costmodel.api.CostScenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * A sweep of retrain runs per month over {@code values} values (0.01, 0.02, … runs a month) of the seed
 * scenario (pattern B, serverless): each value a new scenario, priced, its total and subtotals kept.
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar SweepBenchmark -prof gc}
 * ({@code gc.alloc.rate.norm} is the bytes allocated per sweep). Target: 10,000 values in under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {
  @Param({"10000"})
  public int values;

  private CostScenario seed;
  private List<BigDecimal> runs;

  @Setup
  public void values() {
    seed = SeedScenarios.serverless(SeedScenarios.Pattern.B);
    runs = new ArrayList<>(values);
    for (int i = 1; i <= values; i++) {
      runs.add(BigDecimal.valueOf(i, 2));
    }
    Sweep check = Sweep.of(seed, ScenarioInput.retrainRunsPerMonth(), List.of(new BigDecimal("1.2")));
    String total = check.points().get(0).total().rounded().toString();
    if (!total.equals("USD 69.07")) {
      throw new IllegalStateException("the seed's pattern B / serverless must total USD 69.07, but was " + total);
    }
  }

  /** The sweep: one priced scenario per value. */
  @Benchmark
  public Sweep sweep() {
    return Sweep.of(seed, ScenarioInput.retrainRunsPerMonth(), runs);
  }
}
