package dev.costmodel.core.analysis;

/**
 * Percentiles of a sample by selection, not sorting (linear time), with numpy's default definition: the value
 * at rank {@code p × (n − 1)}, interpolated linearly between the two nearest order statistics.
 */
final class Percentiles {
  private static final int BLOCK = 1024;

  private Percentiles() {}

  /**
   * The 10th, 50th and 90th percentiles of {@code values}, which are left as they are. For a large array the
   * order statistics are found in one pass: a sorted strided sample of 8,192 values brackets each one
   * generously, the pass counts the values below each bracket and keeps those inside it, and a selection
   * within the kept values finds the exact order statistics. Should a bracket miss (it cannot for the samples
   * of a Monte Carlo, but could for adversarial data), that percentile falls back to a full selection on a
   * copy.
   */
  static double[] tenFiftyNinety(double[] values) {
    double[] percents = {10, 50, 90};
    int n = values.length;
    double[] result = new double[3];
    if (n < 65_536) {
      double[] copy = values.clone();
      for (int i = 0; i < 3; i++) {
        result[i] = of(copy, 0, n, percents[i]);
      }
      return result;
    }
    int m = 8192;
    double[] sample = new double[m];
    long stride = n / m;
    for (int i = 0; i < m; i++) {
      sample[i] = values[(int) (i * stride)];
    }
    java.util.Arrays.sort(sample);
    int gap = 256; // about 8 standard deviations of a sampled rank at the median, more in the tails
    double[] lowBound = new double[3];
    double[] highBound = new double[3];
    int[] ranks = new int[3];
    for (int i = 0; i < 3; i++) {
      ranks[i] = (int) Math.floor(percents[i] / 100.0 * (n - 1));
      int at = (int) ((long) ranks[i] * m / n);
      lowBound[i] = at - gap <= 0 ? Double.NEGATIVE_INFINITY : sample[at - gap];
      highBound[i] = at + gap + 1 >= m ? Double.POSITIVE_INFINITY : sample[at + gap + 1];
    }
    int capacity = (int) Math.min(n, (long) n * (2L * gap + 2) / m * 2 + 1024);
    // branch-free: every value is written to each kept array and the end moves on only if it is inside the
    // bracket, and the counts below add a comparison; random values would mispredict branches half the time
    double[][] kept = new double[3][capacity + BLOCK];
    int[] size = new int[3];
    int[] below = new int[3];
    boolean[] overflow = new boolean[3];
    double lo0 = lowBound[0];
    double lo1 = lowBound[1];
    double lo2 = lowBound[2];
    double hi0 = highBound[0];
    double hi1 = highBound[1];
    double hi2 = highBound[2];
    double[] k0 = kept[0];
    double[] k1 = kept[1];
    double[] k2 = kept[2];
    int b0 = 0;
    int b1 = 0;
    int b2 = 0;
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    for (int from = 0; from < n && s0 <= capacity && s1 <= capacity && s2 <= capacity; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      for (int j = from; j < to; j++) {
        double v = values[j];
        b0 += v < lo0 ? 1 : 0;
        b1 += v < lo1 ? 1 : 0;
        b2 += v < lo2 ? 1 : 0;
        k0[s0] = v;
        s0 += (v >= lo0) & (v <= hi0) ? 1 : 0;
        k1[s1] = v;
        s1 += (v >= lo1) & (v <= hi1) ? 1 : 0;
        k2[s2] = v;
        s2 += (v >= lo2) & (v <= hi2) ? 1 : 0;
      }
    }
    below[0] = b0;
    below[1] = b1;
    below[2] = b2;
    size[0] = s0;
    size[1] = s1;
    size[2] = s2;
    // one bracket too full stops the pass, so every count is then incomplete: all three fall back
    boolean full = s0 > capacity || s1 > capacity || s2 > capacity;
    java.util.Arrays.fill(overflow, full);
    for (int i = 0; i < 3; i++) {
      double rank = percents[i] / 100.0 * (n - 1);
      int low = ranks[i];
      int local = low - below[i];
      boolean needsNext = rank - low > 0 && low + 1 < n;
      if (overflow[i] || local < 0 || local + (needsNext ? 1 : 0) >= size[i]) {
        result[i] = of(values.clone(), 0, n, percents[i]);
        continue;
      }
      double lowValue = select(kept[i], 0, size[i], local);
      if (!needsNext) {
        result[i] = lowValue;
        continue;
      }
      double next = Double.POSITIVE_INFINITY;
      for (int j = local + 1; j < size[i]; j++) {
        next = Math.min(next, kept[i][j]);
      }
      result[i] = lowValue + (next - lowValue) * (rank - low);
    }
    return result;
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
