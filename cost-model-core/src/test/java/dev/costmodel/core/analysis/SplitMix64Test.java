package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {
  @Test
  void value_isTheReferenceSplitMix64Stream() {
    // the first outputs of Vigna's reference splitmix64.c seeded with 0
    assertThat(SplitMix64.value(0, 0)).isEqualTo(0xe220a8397b1dcdafL);
    assertThat(SplitMix64.value(0, 1)).isEqualTo(0x6e789e6aa1b965f4L);
    assertThat(SplitMix64.value(0, 2)).isEqualTo(0x06c45d188009454fL);
  }

  @Test
  void uniforms_areTheStreamLaidOutSampleBySample_asSplittableRandomDrawsThem() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 5_000), integers().between(1, 7), integers().between(0, 300))
        .checkAssert((seed, first, k, n) -> {
          double[][] out = new double[k][n];
          SplitMix64.uniforms(seed, first, k, out, n);
          // SplittableRandom on JDK 17 is the same generator: skip `first` values, then draw in sample order
          SplittableRandom random = new SplittableRandom(seed);
          for (int d = 0; d < first; d++) {
            random.nextLong();
          }
          for (int j = 0; j < n; j++) {
            for (int i = 0; i < k; i++) {
              double expected = (SplitMix64.value(seed, first + (long) j * k + i) >>> 11) * 0x1.0p-53;
              assertThat(out[i][j]).isEqualTo(expected).isEqualTo(random.nextDouble());
              assertThat(out[i][j]).isGreaterThanOrEqualTo(0).isLessThan(1);
            }
          }
        });
  }
}
