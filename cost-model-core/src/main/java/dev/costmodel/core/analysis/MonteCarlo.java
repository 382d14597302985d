package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Monte Carlo of a scenario whose inputs are ranges: draws every uncertain input from its
 * {@link TriangularRange}, prices each draw, and gives the P10 / P50 / P90 of the total and of each category.
 *
 * <p><b>Deterministic.</b> The samples are cut into fixed chunks of 65,536, each with its own generator
 * seeded from the run's seed in a fixed order, so a seed gives the same result on one thread or many.
 *
 * <p>Inputs that take whole numbers (users, groups, instances) are rounded to the nearest one.
 *
 * <p><b>Fast, and checked.</b> Pricing a million scenarios one by one would take minutes. The built-in
 * components' costs are multilinear in their inputs (a product of factors, each appearing once), so the run
 * first prices the scenario exactly at the 2<sup>k</sup> corners of the k ranges, turns those into the
 * polynomial's coefficients, and evaluates that polynomial per sample in double precision. Before trusting
 * it, the run prices a few random draws exactly and compares; if the polynomial misses (a tiered price
 * crossing a tier, a serverless memory size, a component of your own that bends), every sample is priced
 * exactly instead, and {@link UncertaintyResult#method()} says so.
 *
 * <pre>{@code
 * UncertaintyResult result = MonteCarlo.builder()
 *     .scenario(scenario)
 *     .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60))
 *     .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
 *     .samples(1_000_000).seed(42)
 *     .build().run();
 * result.p50();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #run()} may be called from many threads.
 */
public final class MonteCarlo {
  static final int CHUNK = 1 << 16;
  private static final int MAX_INPUTS = 16;
  private static final int CHECKS = 8;

  private final CostScenario scenario;
  private final List<ScenarioInput> inputs;
  private final List<TriangularRange> ranges;
  private final int samples;
  private final long seed;
  private final int threads;
  private final boolean[] whole;

  private MonteCarlo(Builder builder) {
    this.scenario = builder.scenario;
    this.inputs = List.copyOf(builder.inputs);
    this.ranges = List.copyOf(builder.ranges);
    this.samples = builder.samples;
    this.seed = builder.seed;
    this.threads = builder.threads;
    this.whole = new boolean[inputs.size()];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = inputs.get(i).isWholeNumber();
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the scenario, its ranges, the sample count and the seed. Not thread-safe. */
  public static final class Builder {
    private CostScenario scenario;
    private final List<ScenarioInput> inputs = new ArrayList<>();
    private final List<TriangularRange> ranges = new ArrayList<>();
    private int samples = 100_000;
    private long seed = 42;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** The scenario; every input not varied keeps its value there. Required. */
    public Builder scenario(CostScenario scenario) {
      this.scenario = Objects.requireNonNull(scenario, "scenario");
      return this;
    }

    /** Varies {@code input} over {@code range}. */
    public Builder vary(ScenarioInput input, TriangularRange range) {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(range, "range");
      for (ScenarioInput seen : inputs) {
        if (seen.name().equals(input.name())) {
          throw new IllegalArgumentException("MonteCarlo input " + input.name() + " is varied twice; give it one range");
        }
      }
      inputs.add(input);
      ranges.add(range);
      return this;
    }

    /** How many draws; 100,000 by default, at least 1. */
    public Builder samples(int samples) {
      if (samples < 1) {
        throw new IllegalArgumentException("MonteCarlo.samples must be >= 1, but was " + samples);
      }
      this.samples = samples;
      return this;
    }

    /** The seed; 42 by default. The same seed gives the same result, on any number of threads. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Threads to sample on; the available processors by default. Does not change the result. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("MonteCarlo.threads must be >= 1, but was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Returns the Monte Carlo.
     *
     * @throws IllegalArgumentException without a scenario, without a range, or with more than 16 ranges
     */
    public MonteCarlo build() {
      if (scenario == null) {
        throw new IllegalArgumentException("MonteCarlo.scenario must be set, such as scenario(myScenario)");
      }
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("MonteCarlo inputs must hold at least one range; add one with"
            + " vary(input, TriangularRange.of(min, mostLikely, max))");
      }
      if (inputs.size() > MAX_INPUTS) {
        throw new IllegalArgumentException("MonteCarlo inputs must be at most " + MAX_INPUTS + ", but were "
            + inputs.size());
      }
      return new MonteCarlo(this);
    }
  }

  /** Draws the samples and returns their percentiles. */
  public UncertaintyResult run() {
    List<CostCategory> categories = new ArrayList<>(scenario.estimate().subtotals().keySet());
    Polynomial polynomial = Polynomial.compile(scenario, inputs, ranges, categories);
    String method = "multilinear";
    if (!polynomial.matches(this::exact, checkPoints(), categories)) {
      polynomial = null;
      method = "exact";
    }
    double[][] values = new double[categories.size() + 1][samples];
    long[] chunkSeeds = new long[(samples + CHUNK - 1) / CHUNK];
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < chunkSeeds.length; i++) {
      chunkSeeds[i] = root.nextLong();
    }
    Polynomial compiled = polynomial;
    IntStream chunks = IntStream.range(0, chunkSeeds.length);
    if (threads > 1 && chunkSeeds.length > 1) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        pool.submit(() -> chunks.parallel().forEach(c -> sample(c, chunkSeeds[c], compiled, values, categories)))
            .join();
      } finally {
        pool.shutdown();
      }
    } else {
      chunks.forEach(c -> sample(c, chunkSeeds[c], compiled, values, categories));
    }
    return new UncertaintyResult(categories, values, samples, seed, method, scenario.estimate().currency());
  }

  private void sample(int chunk, long chunkSeed, Polynomial polynomial, double[][] values,
      List<CostCategory> categories) {
    SplittableRandom random = new SplittableRandom(chunkSeed);
    int from = chunk * CHUNK;
    int to = Math.min(samples, from + CHUNK);
    int k = ranges.size();
    double[] x = new double[k];
    double[] out = new double[categories.size()];
    for (int s = from; s < to; s++) {
      for (int i = 0; i < k; i++) {
        x[i] = ranges.get(i).quantile(random.nextDouble());
        if (whole[i]) {
          x[i] = Math.rint(x[i]);
        }
      }
      if (polynomial != null) {
        polynomial.evaluate(x, out);
      } else {
        exactInto(x, out, categories);
      }
      double total = 0;
      for (int c = 0; c < out.length; c++) {
        values[c][s] = out[c];
        total += out[c];
      }
      values[categories.size()][s] = total;
    }
  }

  private void exactInto(double[] x, double[] out, List<CostCategory> categories) {
    MonthlyEstimate estimate = exact(x);
    for (int c = 0; c < categories.size(); c++) {
      out[c] = estimate.subtotal(categories.get(c)).amount().doubleValue();
    }
  }

  private MonthlyEstimate exact(double[] x) {
    CostScenario varied = scenario;
    for (int i = 0; i < x.length; i++) {
      varied = inputs.get(i).apply(varied, BigDecimal.valueOf(x[i]));
    }
    return varied.estimate();
  }

  /** Random draws, rounded to three decimals so a duration in ms or minutes is whole nanoseconds. */
  private List<double[]> checkPoints() {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<double[]> points = new ArrayList<>();
    for (int p = 0; p < CHECKS; p++) {
      double[] x = new double[ranges.size()];
      for (int i = 0; i < x.length; i++) {
        double value = ranges.get(i).quantile(random.nextDouble());
        x[i] = BigDecimal.valueOf(value).setScale(whole[i] ? 0 : 3, RoundingMode.HALF_UP).doubleValue();
      }
      points.add(x);
    }
    return points;
  }

  /**
   * The subtotals as multilinear polynomials of {@code t_i = (x_i − min_i) ÷ (max_i − min_i)}: coefficients
   * from the 2<sup>k</sup> corner estimates by the Möbius transform, keeping only the non-zero monomials.
   */
  static final class Polynomial {
    private final double[] min;
    private final double[] inverseWidth;
    private final int[] masks;            // the monomials used by any category
    private final double[][] coefficients; // [category][monomial]

    private Polynomial(double[] min, double[] inverseWidth, int[] masks, double[][] coefficients) {
      this.min = min;
      this.inverseWidth = inverseWidth;
      this.masks = masks;
      this.coefficients = coefficients;
    }

    static Polynomial compile(CostScenario scenario, List<ScenarioInput> inputs, List<TriangularRange> ranges,
        List<CostCategory> categories) {
      int k = inputs.size();
      int corners = 1 << k;
      double[][] f = new double[categories.size()][corners];
      double[] min = new double[k];
      double[] inverseWidth = new double[k];
      for (int i = 0; i < k; i++) {
        min[i] = ranges.get(i).min().doubleValue();
        double width = ranges.get(i).max().doubleValue() - min[i];
        inverseWidth[i] = width > 0 ? 1 / width : 0;
      }
      for (int mask = 0; mask < corners; mask++) {
        CostScenario corner = scenario;
        for (int i = 0; i < k; i++) {
          TriangularRange range = ranges.get(i);
          corner = inputs.get(i).apply(corner, (mask & (1 << i)) != 0 && !range.isExact() ? range.max() : range.min());
        }
        MonthlyEstimate estimate = corner.estimate();
        for (int c = 0; c < categories.size(); c++) {
          f[c][mask] = estimate.subtotal(categories.get(c)).amount().doubleValue();
        }
      }
      // Möbius transform: f(corner) -> coefficient of each monomial prod_{i in S} t_i
      double scale = 0;
      for (double[] row : f) {
        for (int i = 0; i < k; i++) {
          for (int mask = 0; mask < corners; mask++) {
            if ((mask & (1 << i)) != 0) {
              row[mask] -= row[mask ^ (1 << i)];
            }
          }
        }
        for (double value : row) {
          scale = Math.max(scale, Math.abs(value));
        }
      }
      double negligible = Math.max(scale, 1) * 1e-13;
      List<Integer> used = new ArrayList<>();
      for (int mask = 0; mask < corners; mask++) {
        for (double[] row : f) {
          if (Math.abs(row[mask]) > negligible) {
            used.add(mask);
            break;
          }
        }
      }
      int[] masks = used.stream().mapToInt(Integer::intValue).toArray();
      double[][] coefficients = new double[categories.size()][masks.length];
      for (int c = 0; c < categories.size(); c++) {
        for (int m = 0; m < masks.length; m++) {
          coefficients[c][m] = f[c][masks[m]];
        }
      }
      return new Polynomial(min, inverseWidth, masks, coefficients);
    }

    void evaluate(double[] x, double[] out) {
      int k = min.length;
      double[] t = new double[k];
      for (int i = 0; i < k; i++) {
        t[i] = (x[i] - min[i]) * inverseWidth[i];
      }
      java.util.Arrays.fill(out, 0);
      for (int m = 0; m < masks.length; m++) {
        double product = 1;
        int mask = masks[m];
        while (mask != 0) {
          int i = Integer.numberOfTrailingZeros(mask);
          product *= t[i];
          mask &= mask - 1;
        }
        for (int c = 0; c < out.length; c++) {
          out[c] += coefficients[c][m] * product;
        }
      }
    }

    boolean matches(java.util.function.Function<double[], MonthlyEstimate> exact, List<double[]> points,
        List<CostCategory> categories) {
      double[] out = new double[categories.size()];
      for (double[] x : points) {
        MonthlyEstimate estimate = exact.apply(x);
        evaluate(x, out);
        for (int c = 0; c < categories.size(); c++) {
          double expected = estimate.subtotal(categories.get(c)).amount().doubleValue();
          if (Math.abs(out[c] - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
