package dev.costmodel.core.analysis;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014; the same stream as {@code java.util.SplittableRandom} on JDK 17), written out so a Monte Carlo's draws
 * do not depend on the JDK it runs on, and counter-based: value {@code d} of a seed's stream is
 * {@code mix(seed + (d + 1) × γ)}, so a block of draws is computed without a chain from one value to the next
 * and the mixing loop vectorizes.
 */
final class SplitMix64 {
  /** The odd increment γ: 2^64 divided by the golden ratio. */
  static final long GAMMA = 0x9e3779b97f4a7c15L;

  private SplitMix64() {}

  /** Value {@code d} (from 0) of the stream seeded with {@code seed}. */
  static long value(long seed, long d) {
    return mix(seed + (d + 1) * GAMMA);
  }

  /**
   * Uniform doubles in [0, 1) ({@code (value >>> 11) × 2^-53}) for values {@code first} to
   * {@code first + n × k − 1} of the stream seeded with {@code seed}, laid out sample by sample: value
   * {@code first + j × k + i} goes to {@code out[i][j]}, for {@code i < k} and {@code j < n}.
   */
  static void uniforms(long seed, long first, int k, double[][] out, int n) {
    long stride = k * GAMMA;
    for (int i = 0; i < k; i++) {
      double[] column = out[i];
      long z0 = seed + (first + i + 1) * GAMMA;
      for (int j = 0; j < n; j++) {
        column[j] = (mix(z0 + j * stride) >>> 11) * 0x1.0p-53;
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
