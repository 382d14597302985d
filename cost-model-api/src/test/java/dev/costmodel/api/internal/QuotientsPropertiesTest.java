package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.DataUnit;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link Quotients} and the {@link Formats} that use it give exactly what the divisions they replace gave: the
 * same value at the same scale ({@link BigDecimal#equals}), so every quantity, cost and formula is unchanged.
 * The references are the divisions themselves, written out here. Edge cases reached: zero, ±(10^18 − 1) (the
 * largest unscaled value of the fast path), negative scales, multiples of 9 (terminating hours) and not.
 */
class QuotientsPropertiesTest {
  private static final int EXAMPLES = 5_000;
  private static final long LARGEST = 999_999_999_999_999_999L;
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  @Test
  void hours_anySeconds_isTheDivisionByThreeThousandSixHundred() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-LARGEST, LARGEST), integers().between(-6, 15))
        .checkAssert((unscaled, scale) -> {
          BigDecimal seconds = BigDecimal.valueOf(unscaled, scale);
          assertThat(Quotients.hours(seconds)).isEqualTo(seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT));
        });
  }

  @Test
  void hours_secondsThatEndInWholeHours_isTheDivisionByThreeThousandSixHundred() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-LARGEST / 9, LARGEST / 9), integers().between(-6, 15))
        .checkAssert((ninths, scale) -> {
          BigDecimal seconds = BigDecimal.valueOf(ninths * 9, scale);
          assertThat(Quotients.hours(seconds)).isEqualTo(seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT));
        });
  }

  @Test
  void hours_largeOrLongSeconds_isTheDivisionByThreeThousandSixHundred() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, LARGEST), integers().between(-3, 30))
        .checkAssert((high, low, scale) -> {
          BigDecimal seconds = new BigDecimal(java.math.BigInteger.valueOf(high).shiftLeft(40)
              .add(java.math.BigInteger.valueOf(low)), scale);
          assertThat(Quotients.hours(seconds)).isEqualTo(seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT));
        });
  }

  @Test
  void hoursAndSeconds_anyDuration_areTheAdditionAndDivision() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
        integers().between(0, 999_999_999)).checkAssert((whole, nanos) -> {
          Duration duration = Duration.ofSeconds(whole, nanos);
          BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
          assertThat(Formats.seconds(duration)).isEqualTo(seconds);
          assertThat(Formats.hours(duration)).isEqualTo(seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT));
        });
  }

  @Test
  void exact_anySizeInAnyUnit_isTheExactDivision() {
    DataUnit[] units = DataUnit.values();
    qt().withExamples(EXAMPLES).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, units.length - 1),
        integers().between(0, 62)).checkAssert((bytes, unit, shift) -> {
          long size = bytes >> shift;   // small sizes and sizes with many factors of two are reached too
          long divisor = units[unit].bytes();
          assertThat(Quotients.exact(size, divisor))
              .isEqualTo(BigDecimal.valueOf(size).divide(BigDecimal.valueOf(divisor)));
        });
  }

  @Test
  void exact_otherDivisors_isTheExactDivision() {
    assertThat(Quotients.exact(3_000, 24)).isEqualTo(BigDecimal.valueOf(3_000).divide(BigDecimal.valueOf(24)));
    assertThat(Quotients.exact(0, 1_000)).isEqualTo(BigDecimal.valueOf(0).divide(BigDecimal.valueOf(1_000)));
    assertThat(Quotients.exact(7, 1)).isEqualTo(BigDecimal.valueOf(7));
  }
}
