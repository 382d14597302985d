package dev.costmodel.core.analysis;

/**
 * The shared first step of both Monte Carlo fast paths: samples mapped onto the unit box of their ranges, then
 * every monomial (a product of some inputs, named by a bit mask) of a block of samples.
 */
final class Monomials {
  private Monomials() {}

  /**
   * Writes {@code t[i][j] = (x[i][j] − low[i]) × inverseWidth[i]} for the first {@code n} samples, then
   * {@code products[m][j]} = the product of {@code t[i][j]} over the bits {@code i} of {@code masks[m]}.
   */
  static void fill(double[][] x, int n, double[] low, double[] inverseWidth, int[] masks, double[][] t,
      double[][] products) {
    for (int i = 0; i < low.length; i++) {
      double[] in = x[i];
      double[] ti = t[i];
      double lo = low[i];
      double scale = inverseWidth[i];
      for (int j = 0; j < n; j++) {
        ti[j] = (in[j] - lo) * scale;
      }
    }
    for (int m = 0; m < masks.length; m++) {
      double[] product = products[m];
      int mask = masks[m];
      System.arraycopy(t[Integer.numberOfTrailingZeros(mask)], 0, product, 0, n);
      mask &= mask - 1;
      while (mask != 0) {
        double[] next = t[Integer.numberOfTrailingZeros(mask)];
        for (int j = 0; j < n; j++) {
          product[j] *= next[j];
        }
        mask &= mask - 1;
      }
    }
  }
}
