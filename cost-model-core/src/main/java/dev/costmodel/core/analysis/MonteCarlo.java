package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.MonthlyEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Monte Carlo of a scenario whose inputs are ranges: draws every uncertain input from its
 * {@link TriangularRange}, prices each draw, and gives the P10 / P50 / P90 of the total and of each category.
 *
 * <p><b>Deterministic.</b> The samples are cut into fixed chunks of 65,536, each with its own generator
 * seeded from the run's seed in a fixed order, so a seed gives the same result on one thread or many. The
 * generator is SplitMix64, the one {@code java.util.SplittableRandom} uses, written out in this library so a
 * seed gives the same result on any JDK.
 *
 * <p>Inputs that take whole numbers (users, groups, instances) are rounded to the nearest one, and a Lambda
 * duration is billed rounded up to the millisecond, in every sample, as the estimate rounds them.
 *
 * <p><b>Fast, and right by construction.</b> Pricing a million scenarios one by one through the object model
 * would take minutes. Instead the run compiles the scenario line by line: for the built-in components and
 * inputs, each line's <em>quantity</em> is multilinear in the varied inputs (read from their formulas), so its
 * exact values at the 2<sup>k</sup> corners of the k ranges give it as a polynomial. Each sample then gets each
 * line's quantity from that polynomial, its price's tiers from {@link dev.costmodel.api.price.Price#tiers()},
 * and any free allowance the component subtracts, applied exactly (a few comparisons): {@link Method#EXACT}.
 * When no sample can cross a tier bound or an allowance (a multilinear polynomial's extremes over the box are
 * at its corners, so the corners show it), the lines fold into one multilinear polynomial per category, which
 * is cheaper still: {@link Method#FAST}. {@link Method#AUTO}, the default, takes FAST where it is valid and
 * EXACT elsewhere. A component or input whose quantities are not known to be multilinear (your own; an
 * autoscaled endpoint's whole instances; Lambda's provisioned concurrency) is priced with one full estimate
 * per sample instead. {@link UncertaintyResult#method()} says {@code multilinear} or {@code exact}.
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
  static final int MAX_SAMPLES = 1_000_000_000;
  private static final int MAX_INPUTS = 16;
  private static final int LINEAR = 0;
  private static final int WHOLE = 1;
  private static final int CEIL_MILLIS = 2;

  private final CostScenario scenario;
  private final List<ScenarioInput> inputs;
  private final List<TriangularRange> ranges;
  private final int samples;
  private final long seed;
  private final int threads;
  private final Method method;
  private final boolean estimates;
  private final int[] billing;

  private MonteCarlo(Builder builder) {
    this.scenario = builder.scenario;
    this.inputs = List.copyOf(builder.inputs);
    this.ranges = List.copyOf(builder.ranges);
    this.samples = builder.samples;
    this.seed = builder.seed;
    this.threads = builder.threads;
    this.method = builder.method;
    this.estimates = builder.estimates;
    this.billing = new int[inputs.size()];
    for (int i = 0; i < billing.length; i++) {
      ScenarioInput input = inputs.get(i);
      billing[i] = input.shape() == ScenarioInput.Shape.CEIL_MILLIS ? CEIL_MILLIS
          : input.isWholeNumber() ? WHOLE : LINEAR;
    }
  }

  /**
   * How the samples are priced. Every method gives each sample its exact tiers and allowances; they differ in
   * speed, and in what they accept.
   */
  public enum Method {
    /** FAST where no sample crosses a tier bound or allowance, EXACT elsewhere: the default. */
    AUTO,
    /**
     * One multilinear polynomial per category; refused ({@link IllegalStateException} from {@link #run()},
     * naming the line and the bound) when the samples could cross a tier bound or a free allowance.
     */
    FAST,
    /**
     * Each line's quantity from its polynomial, then its tiers and allowance applied per sample; a scenario
     * that does not compile (a component of your own, a step function) is priced by one estimate per sample.
     */
    EXACT
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
    private Method method = Method.AUTO;
    private boolean estimates;

    private Builder() {}

    /** Tests only: prices every sample with a full estimate, the reference the compiled paths are held to. */
    Builder estimatesOnly() {
      this.estimates = true;
      return this;
    }

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

    /** How many draws; 100,000 by default, at least 1 and at most 1,000,000,000 (8 GB a category). */
    public Builder samples(int samples) {
      if (samples < 1) {
        throw new IllegalArgumentException("MonteCarlo.samples must be >= 1, but was " + samples);
      }
      if (samples > MAX_SAMPLES) {
        throw new IllegalArgumentException("MonteCarlo.samples must be at most 1,000,000,000 (each category keeps"
            + " 8 bytes a sample), but was " + samples + "; for a tighter answer, compare runs with other seeds");
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
     * How the samples are priced: {@link Method#AUTO} by default. The result is the same to rounding whichever
     * runs; {@link UncertaintyResult#method()} says which did.
     */
    public Builder method(Method method) {
      this.method = Objects.requireNonNull(method, "method");
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
    Path path = plan(categories);
    // a category that is the same in every sample is stored once, not per sample
    double[][] values = new double[categories.size() + 1][];
    for (int c = 0; c <= categories.size(); c++) {
      boolean constant = c < categories.size()
          && (path.fast != null ? path.fast.isConstant(c) : path.compiled != null && path.compiled.isConstant(c));
      values[c] = constant ? new double[1] : new double[samples];
    }
    long[] chunkSeeds = new long[(int) ((samples + (long) CHUNK - 1) / CHUNK)];
    for (int i = 0; i < chunkSeeds.length; i++) {
      chunkSeeds[i] = SplitMix64.value(seed, i);
    }
    if (threads > 1 && chunkSeeds.length > 1) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        return pool.submit(() -> {
          IntStream.range(0, chunkSeeds.length).parallel()
              .forEach(c -> sample(c, chunkSeeds[c], path, values, categories));
          return new UncertaintyResult(categories, values, samples, seed, path.name, scenario.estimate().currency(),
              true);
        }).join();
      } finally {
        pool.shutdown();
      }
    }
    for (int c = 0; c < chunkSeeds.length; c++) {
      sample(c, chunkSeeds[c], path, values, categories);
    }
    return new UncertaintyResult(categories, values, samples, seed, path.name, scenario.estimate().currency(), false);
  }

  /** How the samples are priced: by the fast polynomial, by the compiled lines, or by full estimates. */
  static final class Path {
    final Polynomial fast;
    final CompiledScenario compiled;
    final String name;
    final String why;

    private Path(Polynomial fast, CompiledScenario compiled, String name, String why) {
      this.fast = fast;
      this.compiled = compiled;
      this.name = name;
      this.why = why;
    }
  }

  /** The path this run takes, and why: package-private so tests can see it. */
  Path plan(List<CostCategory> categories) {
    if (estimates) {
      return new Path(null, null, "exact", "every sample priced by an estimate, as asked");
    }
    CompiledScenario.Outcome outcome = CompiledScenario.compile(scenario, inputs, ranges, categories);
    CompiledScenario compiled = outcome.compiled;
    String reason = outcome.reason;
    if (compiled != null) {
      reason = centreCheck(compiled, categories);
      if (reason != null) {
        compiled = null;
      }
    }
    if (compiled == null) {
      if (method == Method.FAST) {
        throw new IllegalStateException("MonteCarlo.method FAST cannot price this scenario: " + reason
            + "; use Method.AUTO or Method.EXACT, which price every sample with an estimate here");
      }
      return new Path(null, null, "exact", "every sample priced by an estimate: " + reason);
    }
    if (method == Method.EXACT) {
      return new Path(null, compiled, "exact", "every line priced per sample, tiers and allowances exact");
    }
    if (compiled.fast() == null) {
      if (method == Method.FAST) {
        throw new IllegalStateException("MonteCarlo.method FAST cannot price this scenario: "
            + compiled.fastObstacle() + ", so its cost is not multilinear there; use Method.AUTO or Method.EXACT");
      }
      return new Path(null, compiled, "exact", "every line priced per sample: " + compiled.fastObstacle());
    }
    return new Path(compiled.fast(), compiled, "multilinear", "no sample crosses a tier bound or allowance");
  }

  /**
   * Defence in depth: the compiled lines must give the estimate's subtotals at the centre of the ranges (they
   * do by construction; a mismatch would be a bug in what {@link CompiledScenario} knows of a component).
   */
  private String centreCheck(CompiledScenario compiled, List<CostCategory> categories) {
    double[] x = new double[ranges.size()];
    for (int i = 0; i < x.length; i++) {
      double middle = (ranges.get(i).min().doubleValue() + ranges.get(i).max().doubleValue()) / 2;
      x[i] = CompiledScenario.billed(inputs.get(i), middle);
    }
    MonthlyEstimate estimate = CompiledScenario.estimate(scenario, inputs, x);
    double[] out = new double[categories.size()];
    compiled.priceInto(x, out);
    for (int c = 0; c < categories.size(); c++) {
      double expected = estimate.subtotal(categories.get(c)).amount().doubleValue();
      if (Math.abs(out[c] - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
        return "the compiled lines give " + out[c] + " for " + categories.get(c).label() + " at the centre of the"
            + " ranges, the estimate " + expected;
      }
    }
    return null;
  }

  private static final int BLOCK = 1024;

  private void sample(int chunk, long chunkSeed, Path path, double[][] values, List<CostCategory> categories) {
    int from = chunk * CHUNK;
    int to = (int) Math.min(samples, (long) from + CHUNK);
    int k = ranges.size();
    TriangularRange[] drawn = ranges.toArray(new TriangularRange[0]);
    double[][] x = new double[k][BLOCK];
    double[] point = new double[k];
    Polynomial.Block fast = path.fast == null ? null : path.fast.block(BLOCK);
    CompiledScenario.Block lines = path.fast == null && path.compiled != null ? path.compiled.block(BLOCK) : null;
    double[] total = values[categories.size()];
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      // draws: sample by sample, input by input, so a seed's stream does not depend on the block size
      SplitMix64.uniforms(chunkSeed, (long) (start - from) * k, k, x, n);
      for (int i = 0; i < k; i++) {
        double[] column = x[i];
        drawn[i].quantiles(column, n);
        if (billing[i] == WHOLE) {
          for (int j = 0; j < n; j++) {
            column[j] = Math.rint(column[j]);
          }
        } else if (billing[i] == CEIL_MILLIS) {
          for (int j = 0; j < n; j++) {
            column[j] = CompiledScenario.billed(inputs.get(i), column[j]);
          }
        }
      }
      if (fast != null) {
        fast.evaluate(x, n, values, start);
      } else if (lines != null) {
        lines.evaluate(x, n, values, start, true);
      } else {
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < k; i++) {
            point[i] = x[i][j];
          }
          MonthlyEstimate estimate = CompiledScenario.estimate(scenario, inputs, point);
          double sum = 0;
          for (int c = 0; c < categories.size(); c++) {
            double value = estimate.subtotal(categories.get(c)).amount().doubleValue();
            values[c][start + j] = value;
            sum += value;
          }
          total[start + j] = sum;
        }
      }
    }
  }

  /**
   * The subtotals as multilinear polynomials of {@code t_i = (x_i − min_i) ÷ (max_i − min_i)}, keeping only the
   * non-zero monomials: the fast path, folded by {@link CompiledScenario} from the lines' quantity polynomials
   * and the one tier each line stays in over the whole box.
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
        Monomials.fill(x, n, min, inverseWidth, masks, t, products);
        double[] total = values[values.length - 1];
        // the total adds the categories in order, as 0 + first + second + …, without a pass that zeroes it
        boolean started = false;
        for (int c = 0; c < constants.length; c++) {
          double constant = constants[c];
          double[] row = values[c];
          int[] index = terms[c];
          double[] weight = weights[c];
          if (index.length == 0) {
            // a constant category: one slot, or a row per sample if it was given one; with a single sample
            // every row has one slot, so the slot count cannot tell a constant category from a varying one
            if (row.length == 1) {
              row[0] = constant;
            } else {
              java.util.Arrays.fill(row, offset, offset + n, constant);
            }
            if (started) {
              for (int j = 0; j < n; j++) {
                total[offset + j] += constant;
              }
            } else {
              java.util.Arrays.fill(total, offset, offset + n, constant);
            }
            started = true;
            continue;
          }
          double first = weight[0];
          double[] firstProduct = products[index[0]];
          for (int j = 0; j < n; j++) {
            row[offset + j] = constant + first * firstProduct[j];
          }
          for (int term = 1; term < index.length; term++) {
            double w = weight[term];
            double[] product = products[index[term]];
            for (int j = 0; j < n; j++) {
              row[offset + j] += w * product[j];
            }
          }
          if (started) {
            for (int j = 0; j < n; j++) {
              total[offset + j] += row[offset + j];
            }
          } else {
            System.arraycopy(row, offset, total, offset, n);
          }
          started = true;
        }
      }
    }

    /** The polynomial of every category from dense coefficients {@code [category][mask]}. */
    static Polynomial of(double[] min, double[] inverseWidth, double[][] dense) {
      List<Integer> used = new ArrayList<>();
      int corners = dense.length == 0 ? 1 : dense[0].length;
      for (int mask = 0; mask < corners; mask++) {
        for (double[] row : dense) {
          if (mask == 0 || row[mask] != 0) {
            used.add(mask);
            break;
          }
        }
      }
      int[] masks = used.stream().mapToInt(Integer::intValue).toArray();
      double[][] coefficients = new double[dense.length][masks.length];
      for (int c = 0; c < dense.length; c++) {
        for (int m = 0; m < masks.length; m++) {
          coefficients[c][m] = dense[c][masks[m]];
        }
      }
      return new Polynomial(min, inverseWidth, masks, coefficients);
    }
  }
}
