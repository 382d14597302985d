package dev.costmodel.core.analysis;

import java.util.Arrays;

/**
 * Percentiles of a sample with numpy's default definition: the value at rank {@code p × (n − 1)}, interpolated
 * linearly between the two nearest order statistics. A large sample is not sorted: a histogram finds the few
 * values that hold the order statistics, and only those are sorted.
 */
final class Percentiles {
  /** Buckets of the histogram that finds which values hold the order statistics: 64 KiB of counts. */
  private static final int BUCKETS = 1 << 14;

  /** Below this many values, sorting a copy is about as quick as the histogram's two passes. */
  private static final int HISTOGRAM_FROM = 65_536;

  private static final double[] PERCENTS = {10, 50, 90};

  private Percentiles() {}

  /** The 10th, 50th and 90th percentiles of {@code values}, which are left as they are. */
  static double[] tenFiftyNinety(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return tenFiftyNinety(values, min, max);
  }

  /**
   * The 10th, 50th and 90th percentiles of {@code values}, whose smallest and largest are {@code min} and
   * {@code max}; the values are left as they are.
   *
   * <p>A large sample takes two passes. The first counts the values in each of 16,384 equal buckets between
   * {@code min} and {@code max}; a value's bucket is a monotone function of the value, so the counts say which
   * bucket holds each wanted order statistic and how many values lie in the buckets below. The second copies
   * out the values of those few buckets, which are sorted to read the order statistics off. Ties, outliers or a
   * range too narrow or too wide for doubles only make those buckets fuller (at worst one bucket holds every
   * value: {@code (int)} of infinity is the largest int and of NaN is 0, both still monotone), never the answer
   * different.
   */
  static double[] tenFiftyNinety(double[] values, double min, double max) {
    int n = values.length;
    double[] result = new double[3];
    if (n < HISTOGRAM_FROM || !(max > min)) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int i = 0; i < 3; i++) {
        result[i] = ofSorted(sorted, PERCENTS[i]);
      }
      return result;
    }
    double scale = BUCKETS / (max - min);
    int[] counts = new int[BUCKETS];
    for (double v : values) {
      counts[Math.min((int) ((v - min) * scale), BUCKETS - 1)]++;
    }
    // the order statistics wanted: the one at or below each rank, and the next one up, to interpolate
    int[] ranks = new int[6];
    for (int i = 0; i < 3; i++) {
      int low = (int) Math.floor(PERCENTS[i] / 100.0 * (n - 1));
      ranks[2 * i] = low;
      ranks[2 * i + 1] = Math.min(low + 1, n - 1);
    }
    // the bucket of each, and how many values lie in the buckets below it; ranks are non-decreasing and the
    // last is below n, so the walk stops before it runs out of buckets
    int[] bucketOf = new int[6];
    int[] below = new int[6];
    byte[] slot = new byte[BUCKETS]; // 1 + the index in kept of a bucket that holds a wanted statistic
    int[] slotBucket = new int[6];
    int slots = 0;
    int cumulative = 0;
    for (int b = 0, next = 0; next < 6; b++) {
      while (next < 6 && ranks[next] < cumulative + counts[b]) {
        bucketOf[next] = b;
        below[next] = cumulative;
        if (slot[b] == 0) {
          slotBucket[slots] = b;
          slot[b] = (byte) ++slots;
        }
        next++;
      }
      cumulative += counts[b];
    }
    double[][] kept = new double[slots][];
    int[] size = new int[slots];
    for (int s = 0; s < slots; s++) {
      kept[s] = new double[counts[slotBucket[s]]];
    }
    for (double v : values) {
      int s = slot[Math.min((int) ((v - min) * scale), BUCKETS - 1)];
      if (s != 0) {
        kept[s - 1][size[s - 1]++] = v;
      }
    }
    for (double[] bucket : kept) {
      Arrays.sort(bucket);
    }
    for (int i = 0; i < 3; i++) {
      double low = kept[slot[bucketOf[2 * i]] - 1][ranks[2 * i] - below[2 * i]];
      double high = kept[slot[bucketOf[2 * i + 1]] - 1][ranks[2 * i + 1] - below[2 * i + 1]];
      result[i] = interpolate(low, high, PERCENTS[i] / 100.0 * (n - 1) - ranks[2 * i]);
    }
    return result;
  }

  /** The {@code p}-th percentile (0 to 100) of {@code values}, which are left as they are. */
  static double of(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, p);
  }

  private static double ofSorted(double[] sorted, double p) {
    double rank = p / 100.0 * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    return interpolate(sorted[low], sorted[Math.min(low + 1, sorted.length - 1)], rank - low);
  }

  /**
   * Between {@code low} and {@code high}, as numpy's {@code _lerp} computes it to the last bit: from
   * {@code low} below the midpoint, back from {@code high} from it on.
   */
  private static double interpolate(double low, double high, double fraction) {
    double difference = high - low;
    return fraction >= 0.5 ? high - difference * (1 - fraction) : low + difference * fraction;
  }
}
