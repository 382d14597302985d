package dev.costmodel.benchmarks;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Money;
import dev.costmodel.examples.SeedScenarios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh estimate of the seed scenario (pattern B, serverless, the README's quick start: 9 lines, one finding).
 * {@link CostScenario#estimate()} is computed once per scenario and kept, so each invocation makes a copy under
 * another name (building a scenario checks and prices it): what {@code Sweep}, {@code Sensitivity} and
 * {@code MonteCarlo}'s exact path do for every value.
 *
 * <ul>
 *   <li>{@code freshEstimate}: copy, price every line, the total; no text.
 *   <li>{@code freshEstimateWithFormulas}: the same, then every line's formula as a report would show it.
 * </ul>
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar EstimateBenchmark -prof gc}
 * ({@code gc.alloc.rate.norm} is the bytes allocated per estimate). Target: a fresh estimate in under 5 µs
 * and under 10 KB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EstimateBenchmark {
  private CostScenario seed;
  private boolean flip;

  @Setup
  public void seed() {
    seed = SeedScenarios.serverless(SeedScenarios.Pattern.B);
    String total = seed.estimate().total().rounded().toString();
    if (!total.equals("USD 69.07")) {
      throw new IllegalStateException("the seed's pattern B / serverless must total USD 69.07, but was " + total);
    }
  }

  private CostScenario copy() {
    flip = !flip;
    return seed.withName(flip ? "B / serverless (a)" : "B / serverless (b)");
  }

  /** A new scenario, priced: its estimate and total. */
  @Benchmark
  public Money freshEstimate() {
    MonthlyEstimate estimate = copy().estimate();
    return estimate.total();
  }

  /** A new scenario, priced, and every line's formula written. */
  @Benchmark
  public int freshEstimateWithFormulas() {
    MonthlyEstimate estimate = copy().estimate();
    int length = estimate.total().amount().scale();
    for (LineItem item : estimate.lineItems()) {
      length += item.formula().length();
    }
    return length;
  }
}
