package dev.costmodel.core.analysis;

/**
 * Percentiles of a sample by selection, not sorting (linear time), with numpy's default definition: the value
 * at rank {@code p × (n − 1)}, interpolated linearly between the two nearest order statistics.
 */
final class Percentiles {
  private Percentiles() {}

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
