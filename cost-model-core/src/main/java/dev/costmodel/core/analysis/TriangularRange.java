package dev.costmodel.core.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An uncertain input as a triangular distribution: a minimum, a most likely value and a maximum, the three
 * numbers a team can usually give ("10 to 25 minutes, most likely 15").
 *
 * <pre>{@code
 * TriangularRange preprocess = TriangularRange.of(10, 15, 25);
 * preprocess.mean();   // 16.666…
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Sampler} is not, and says so if it is shared.
 */
public final class TriangularRange {
  private final BigDecimal min;
  private final BigDecimal mostLikely;
  private final BigDecimal max;
  private final double a;
  private final double c;
  private final double b;
  private final double split;
  private final double lowerArea;
  private final double upperArea;

  private TriangularRange(BigDecimal min, BigDecimal mostLikely, BigDecimal max) {
    this.min = Objects.requireNonNull(min, "min");
    this.mostLikely = Objects.requireNonNull(mostLikely, "mostLikely");
    this.max = Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("TriangularRange min must be <= max, but min was " + min.toPlainString()
          + " and max " + max.toPlainString());
    }
    if (mostLikely.compareTo(min) < 0 || mostLikely.compareTo(max) > 0) {
      throw new IllegalArgumentException("TriangularRange mostLikely must be between min (" + min.toPlainString()
          + ") and max (" + max.toPlainString() + "), but was " + mostLikely.toPlainString());
    }
    this.a = min.doubleValue();
    this.c = mostLikely.doubleValue();
    this.b = max.doubleValue();
    this.split = b > a ? (c - a) / (b - a) : 0;
    this.lowerArea = (b - a) * (c - a);
    this.upperArea = (b - a) * (b - c);
    if (Double.isInfinite(lowerArea) || Double.isInfinite(upperArea)) {
      throw new IllegalArgumentException("TriangularRange from " + min.toPlainString() + " to " + max.toPlainString()
          + " is too wide to sample in double precision (its width squared overflows); state the input in a larger"
          + " unit, such as millions of requests");
    }
  }

  /** A range from {@code min} to {@code max}, most likely {@code mostLikely}; {@code min <= mostLikely <= max}. */
  public static TriangularRange of(BigDecimal min, BigDecimal mostLikely, BigDecimal max) {
    return new TriangularRange(min, mostLikely, max);
  }

  /** A range from numbers as written ({@code 1.2} is 1.2). */
  public static TriangularRange of(double min, double mostLikely, double max) {
    return new TriangularRange(finite("min", min), finite("mostLikely", mostLikely), finite("max", max));
  }

  /** A value that is not uncertain. */
  public static TriangularRange exactly(BigDecimal value) {
    return new TriangularRange(value, value, value);
  }

  /** The smallest value. */
  public BigDecimal min() {
    return min;
  }

  /** The most likely value (the mode). */
  public BigDecimal mostLikely() {
    return mostLikely;
  }

  /** The largest value. */
  public BigDecimal max() {
    return max;
  }

  /** The mean, {@code (min + mostLikely + max) ÷ 3}. */
  public double mean() {
    return (a + b + c) / 3;
  }

  /** True if min equals max. */
  public boolean isExact() {
    return b == a;
  }

  /** The value at cumulative probability {@code u} (0 to 1): the inverse of the distribution function. */
  public double quantile(double u) {
    return quantile(u, a, b, split, lowerArea, upperArea);
  }

  /** {@link #quantile} of {@code u[0..n)} in place. */
  void quantiles(double[] u, int n) {
    double a = this.a;
    double b = this.b;
    double split = this.split;
    double lowerArea = this.lowerArea;
    double upperArea = this.upperArea;
    for (int j = 0; j < n; j++) {
      u[j] = quantile(u[j], a, b, split, lowerArea, upperArea);
    }
  }

  /**
   * {@code a + √(u × lowerArea)} below the mode's {@code split}, {@code b − √((1 − u) × upperArea)} from it on,
   * without a branch, so a loop of it vectorizes (a random side would mispredict half the time): both sides'
   * roots are taken (each argument clamped to its side, so neither is negative) and the right one is kept by a
   * weight that is exactly 1 below the split and exactly 0 from it on.
   */
  private static double quantile(double u, double a, double b, double split, double lowerArea, double upperArea) {
    double lower = a + Math.sqrt(Math.min(u, split) * lowerArea);
    double upper = b - Math.sqrt((1 - Math.max(u, split)) * upperArea);
    // split - u is at least 2^-1074 when positive, so the two factors of 2^1000 take it to 1 or more
    double weight = Math.min(1.0, Math.max(0.0, (split - u) * 0x1p1000 * 0x1p1000));
    return weight * lower + (1 - weight) * upper;
  }

  /** A sampler of this range seeded with {@code seed}, for the thread that calls this method only. */
  public Sampler sampler(long seed) {
    return new Sampler(this, seed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TriangularRange && ((TriangularRange) other).min.compareTo(min) == 0
        && ((TriangularRange) other).mostLikely.compareTo(mostLikely) == 0
        && ((TriangularRange) other).max.compareTo(max) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min.stripTrailingZeros(), mostLikely.stripTrailingZeros(), max.stripTrailingZeros());
  }

  /** {@code triangular(10, 15, 25)}. */
  @Override
  public String toString() {
    return "triangular(" + min.toPlainString() + ", " + mostLikely.toPlainString() + ", " + max.toPlainString() + ")";
  }

  private static BigDecimal finite(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("TriangularRange " + field + " must be a finite number, but was " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Draws values from a range with a seeded generator. Not thread-safe: a seed's stream drawn from two threads
   * would repeat or interleave values, so a sampler belongs to the thread that made it and throws if another
   * uses it. Make one per thread with its own seed, or use {@link MonteCarlo}, which does.
   */
  public static final class Sampler {
    private final TriangularRange range;
    private final SplittableRandom random;
    private final long seed;
    private final Thread owner = Thread.currentThread();

    private Sampler(TriangularRange range, long seed) {
      this.range = range;
      this.seed = seed;
      this.random = new SplittableRandom(seed);
    }

    /** The next value. */
    public double next() {
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException("TriangularRange.Sampler seed " + seed + " was made on thread '"
            + owner.getName() + "' and used on '" + Thread.currentThread().getName()
            + "': a seed reused across threads gives correlated samples; make one sampler per thread, each with"
            + " its own seed");
      }
      return range.quantile(random.nextDouble());
    }
  }
}
