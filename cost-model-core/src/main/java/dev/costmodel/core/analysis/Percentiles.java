package dev.costmodel.core.analysis;

/**
 * Percentiles of a sample by selection, not sorting (linear time), with numpy's default definition: the value
 * at rank {@code p × (n − 1)}, interpolated linearly between the two nearest order statistics.
 */
final class Percentiles {
  private Percentiles() {}

  /** Buckets of the histogram that finds which values hold the order statistics: 64 KiB of counts. */
  private static final int BUCKETS = 1 << 14;

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
   * {@code max}; the values are left as they are. A large array takes two passes: the first counts the values
   * in each of 16,384 equal buckets between {@code min} and {@code max} (the bucket of a value is a monotone
   * function of it, so the counts say which bucket holds each order statistic, and how many values lie below
   * it), the second copies out the values of the few buckets that hold an order statistic, and a selection
   * within each finds it exactly. Ties, outliers or a range too wide for doubles only make those buckets fuller
   * (at worst the whole array), never the answer different.
   */
  static double[] tenFiftyNinety(double[] values, double min, double max) {
    double[] percents = {10, 50, 90};
    int n = values.length;
    double[] result = new double[3];
    if (n < 65_536 || !(max > min)) {
      double[] copy = values.clone();
      for (int i = 0; i < 3; i++) {
        result[i] = of(copy, 0, n, percents[i]);
      }
      return result;
    }
    double scale = BUCKETS / (max - min);
    if (!(scale > 0) || Double.isInfinite(scale)) {
      scale = 0; // a range too wide (or too narrow) for doubles: one bucket, still exact
    }
    int[] counts = new int[BUCKETS];
    for (double v : values) {
      counts[Math.min((int) ((v - min) * scale), BUCKETS - 1)]++;
    }
    // the order statistics wanted: the one at or below each rank, and the one above it when interpolating
    int[] ranks = new int[6];
    int wanted = 0;
    for (double percent : percents) {
      double rank = percent / 100.0 * (n - 1);
      int low = (int) Math.floor(rank);
      ranks[wanted++] = low;
      ranks[wanted++] = rank - low > 0 && low + 1 < n ? low + 1 : low;
    }
    // the bucket of each wanted order statistic, and the count of values in the buckets below it
    int[] bucketOf = new int[6];
    int[] below = new int[6];
    byte[] slot = new byte[BUCKETS];
    int[] slotBucket = new int[6];
    int slots = 0;
    int cumulative = 0;
    int next = 0; // ranks are non-decreasing
    for (int b = 0; b < BUCKETS && next < 6; b++) {
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
    for (int i = 0; i < 3; i++) {
      double rank = percents[i] / 100.0 * (n - 1);
      double lowValue = statistic(kept, slot, bucketOf, below, ranks, 2 * i);
      if (ranks[2 * i + 1] == ranks[2 * i]) {
        result[i] = lowValue;
        continue;
      }
      double highValue = statistic(kept, slot, bucketOf, below, ranks, 2 * i + 1);
      result[i] = lowValue + (highValue - lowValue) * (rank - ranks[2 * i]);
    }
    return result;
  }

  /** Wanted order statistic {@code w}, selected within the values of its bucket. */
  private static double statistic(double[][] kept, byte[] slot, int[] bucketOf, int[] below, int[] ranks, int w) {
    double[] bucket = kept[slot[bucketOf[w]] - 1];
    return select(bucket, 0, bucket.length, ranks[w] - below[w]);
  }

  /** The {@code p}-th percentile (0 to 100) of {@code values}, reordering them. */
  static double of(double[] values, int from, int to, double p) {
    int n = to - from;
    double rank = p / 100.0 * (n - 1);
    int low = (int) Math.floor(rank);
    double fraction = rank - low;
    double lowValue = select(values, from, to, from + low);
    if (fraction == 0 || low + 1 >= n) {
      return lowValue;
    }
    double highValue = Double.POSITIVE_INFINITY;
    for (int i = from + low + 1; i < to; i++) {
      highValue = Math.min(highValue, values[i]);
    }
    return lowValue + (highValue - lowValue) * fraction;
  }

  /** Puts the {@code k}-th smallest of {@code values[from, to)} at index {@code k} and returns it. */
  static double select(double[] values, int from, int to, int k) {
    int left = from;
    int right = to - 1;
    while (right > left) {
      int middle = (left + right) >>> 1;
      // median of three as pivot, moved to `right`
      if (values[middle] < values[left]) {
        swap(values, middle, left);
      }
      if (values[right] < values[left]) {
        swap(values, right, left);
      }
      if (values[middle] < values[right]) {
        swap(values, middle, right);
      }
      double pivot = values[right];
      int store = left;
      for (int i = left; i < right; i++) {
        if (values[i] < pivot) {
          swap(values, i, store++);
        }
      }
      swap(values, store, right);
      // skip over runs equal to the pivot so equal values cannot make this quadratic
      int equalEnd = store;
      while (equalEnd + 1 <= right && values[equalEnd + 1] == pivot) {
        equalEnd++;
      }
      if (k < store) {
        right = store - 1;
      } else if (k > equalEnd) {
        left = equalEnd + 1;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

  private static void swap(double[] values, int i, int j) {
    double t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
