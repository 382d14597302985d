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
  private static final int CHECKS = 4;

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
    // a category the polynomial says is constant is stored once, not per sample
    double[][] values = new double[categories.size() + 1][];
    for (int c = 0; c <= categories.size(); c++) {
      values[c] = c < categories.size() && polynomial != null && polynomial.isConstant(c) ? new double[1]
          : new double[samples];
    }
    long[] chunkSeeds = new long[(samples + CHUNK - 1) / CHUNK];
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < chunkSeeds.length; i++) {
      chunkSeeds[i] = root.nextLong();
    }
    Polynomial compiled = polynomial;
    String how = method;
    if (threads > 1 && chunkSeeds.length > 1) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        return pool.submit(() -> {
          IntStream.range(0, chunkSeeds.length).parallel()
              .forEach(c -> sample(c, chunkSeeds[c], compiled, values, categories));
          return new UncertaintyResult(categories, values, samples, seed, how, scenario.estimate().currency(), true);
        }).join();
      } finally {
        pool.shutdown();
      }
    }
    IntStream.range(0, chunkSeeds.length).forEach(c -> sample(c, chunkSeeds[c], compiled, values, categories));
    return new UncertaintyResult(categories, values, samples, seed, method, scenario.estimate().currency(), false);
  }

  private static final int BLOCK = 1024;

  private void sample(int chunk, long chunkSeed, Polynomial polynomial, double[][] values,
      List<CostCategory> categories) {
    SplittableRandom random = new SplittableRandom(chunkSeed);
    int from = chunk * CHUNK;
    int to = Math.min(samples, from + CHUNK);
    int k = ranges.size();
    TriangularRange[] drawn = ranges.toArray(new TriangularRange[0]);
    double[][] x = new double[k][BLOCK];
    double[] point = new double[k];
    double[] out = new double[categories.size()];
    Polynomial.Block block = polynomial == null ? null : polynomial.block(BLOCK);
    double[] total = values[categories.size()];
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      // draws: sample by sample, input by input, so a seed's stream does not depend on the block size
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < k; i++) {
          double value = drawn[i].quantile(random.nextDouble());
          x[i][j] = whole[i] ? Math.rint(value) : value;
        }
      }
      if (block != null) {
        block.evaluate(x, n, values, start);
      } else {
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < k; i++) {
            point[i] = x[i][j];
          }
          exactInto(point, out, categories);
          double sum = 0;
          for (int c = 0; c < out.length; c++) {
            values[c][start + j] = out[c];
            sum += out[c];
          }
          total[start + j] = sum;
        }
      }
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
    private final int[] masks;             // the non-constant monomials used by any category
    private final double[] constants;      // [category]: the coefficient of the empty monomial
    private final int[][] terms;           // [category][term]: index into masks
    private final double[][] weights;      // [category][term]: the coefficient

    private Polynomial(double[] min, double[] inverseWidth, int[] masks, double[][] coefficients) {
      this.min = min;
      this.inverseWidth = inverseWidth;
      int categories = coefficients.length;
      List<Integer> used = new ArrayList<>();
      for (int m = 0; m < masks.length; m++) {
        if (masks[m] != 0) {
          used.add(m);
        }
      }
      this.masks = new int[used.size()];
      this.constants = new double[categories];
      this.terms = new int[categories][];
      this.weights = new double[categories][];
      for (int u = 0; u < used.size(); u++) {
        this.masks[u] = masks[used.get(u)];
      }
      for (int c = 0; c < categories; c++) {
        List<Integer> index = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        for (int m = 0; m < masks.length; m++) {
          if (masks[m] == 0) {
            constants[c] = coefficients[c][m];
          } else if (coefficients[c][m] != 0) {
            index.add(used.indexOf(m));
            weight.add(coefficients[c][m]);
          }
        }
        terms[c] = index.stream().mapToInt(Integer::intValue).toArray();
        weights[c] = weight.stream().mapToDouble(Double::doubleValue).toArray();
      }
    }

    /** True if category {@code c} has no monomial but the constant: it is the same in every sample. */
    boolean isConstant(int c) {
      return terms[c].length == 0;
    }

    /** A block evaluator with its own scratch arrays; one per thread. */
    Block block(int size) {
      return new Block(size);
    }

    /**
     * Evaluates the polynomial for a block of samples at once, array by array (structure of arrays), so the
     * loops are simple enough for the JIT to vectorize.
     */
    final class Block {
      private final double[][] t;
      private final double[][] products;

      private Block(int size) {
        t = new double[min.length][size];
        products = new double[masks.length][size];
      }

      /**
       * Evaluates samples {@code x[i][0..n)} and writes each category to {@code values[c][offset..]} (a
       * constant category's one-slot row is written once) and their sum to the last row.
       */
      void evaluate(double[][] x, int n, double[][] values, int offset) {
        for (int i = 0; i < min.length; i++) {
          double[] in = x[i];
          double[] ti = t[i];
          double lo = min[i];
          double scale = inverseWidth[i];
          for (int j = 0; j < n; j++) {
            ti[j] = (in[j] - lo) * scale;
          }
        }
        for (int m = 0; m < masks.length; m++) {
          double[] product = products[m];
          int mask = masks[m];
          int first = Integer.numberOfTrailingZeros(mask);
          System.arraycopy(t[first], 0, product, 0, n);
          mask &= mask - 1;
          while (mask != 0) {
            double[] factor = t[Integer.numberOfTrailingZeros(mask)];
            for (int j = 0; j < n; j++) {
              product[j] *= factor[j];
            }
            mask &= mask - 1;
          }
        }
        double[] total = values[values.length - 1];
        java.util.Arrays.fill(total, offset, offset + n, 0);
        for (int c = 0; c < constants.length; c++) {
          double constant = constants[c];
          double[] row = values[c];
          if (row.length == 1) {
            row[0] = constant;
            for (int j = 0; j < n; j++) {
              total[offset + j] += constant;
            }
            continue;
          }
          java.util.Arrays.fill(row, offset, offset + n, constant);
          int[] index = terms[c];
          double[] weight = weights[c];
          for (int term = 0; term < index.length; term++) {
            double w = weight[term];
            double[] product = products[index[term]];
            for (int j = 0; j < n; j++) {
              row[offset + j] += w * product[j];
            }
          }
          for (int j = 0; j < n; j++) {
            total[offset + j] += row[offset + j];
          }
        }
      }
    }

    /** Scratch space {@link #evaluate} needs: one slot per input and per monomial. */
    double[] scratch() {
      return new double[min.length + masks.length];
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
      // corner 0 has every input at its minimum; every other corner is its parent (the same mask without its
      // highest bit) with one more input at its maximum: one apply per corner, not k
      CostScenario[] scenarios = new CostScenario[corners];
      CostScenario lowest = scenario;
      for (int i = 0; i < k; i++) {
        lowest = inputs.get(i).apply(lowest, ranges.get(i).min());
      }
      scenarios[0] = lowest;
      for (int mask = 1; mask < corners; mask++) {
        int high = 31 - Integer.numberOfLeadingZeros(mask);
        TriangularRange range = ranges.get(high);
        scenarios[mask] = range.isExact() ? scenarios[mask ^ (1 << high)]
            : inputs.get(high).apply(scenarios[mask ^ (1 << high)], range.max());
      }
      for (int mask = 0; mask < corners; mask++) {
        MonthlyEstimate estimate = scenarios[mask].estimate();
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

    /** Evaluates at {@code x} into {@code out}, using {@code scratch} (from {@link #scratch()}). */
    void evaluate(double[] x, double[] scratch, double[] out) {
      int k = min.length;
      for (int i = 0; i < k; i++) {
        scratch[i] = (x[i] - min[i]) * inverseWidth[i];
      }
      for (int m = 0; m < masks.length; m++) {
        double product = 1;
        int mask = masks[m];
        while (mask != 0) {
          product *= scratch[Integer.numberOfTrailingZeros(mask)];
          mask &= mask - 1;
        }
        scratch[k + m] = product;
      }
      for (int c = 0; c < out.length; c++) {
        int[] index = terms[c];
        double[] weight = weights[c];
        double sum = constants[c];
        for (int j = 0; j < index.length; j++) {
          sum += weight[j] * scratch[k + index[j]];
        }
        out[c] = sum;
      }
    }

    boolean matches(java.util.function.Function<double[], MonthlyEstimate> exact, List<double[]> points,
        List<CostCategory> categories) {
      double[] out = new double[categories.size()];
      double[] scratch = scratch();
      for (double[] x : points) {
        MonthlyEstimate estimate = exact.apply(x);
        evaluate(x, scratch, out);
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
