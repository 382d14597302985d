package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

  @Test
  void hours_secondsUnderAnHour_keepThirtyFourSignificantDigits() {
    // 600 s = 1/6 h = 0.1666…: 34 significant digits are 1, then 32 sixes, then the 34th (6) rounded up by the
    // 35th (6) to 7; a leading zero counted as a digit would leave only 33
    assertThat(Quotients.hours(BigDecimal.valueOf(600)))
        .isEqualTo(new BigDecimal("0." + "1" + "6".repeat(32) + "7"));
    // 1 s = 1/3600 h = 0.000277…: the zeros after the point are not significant; 2, then 32 sevens, then 8
    assertThat(Quotients.hours(BigDecimal.ONE)).isEqualTo(new BigDecimal("0.000" + "2" + "7".repeat(32) + "8"));
    // -1,200 s = -1/3 h
    assertThat(Quotients.hours(BigDecimal.valueOf(-1_200))).isEqualTo(new BigDecimal("-0." + "3".repeat(34)));
  }

  @Test
  void hours_fewSecondsAtAnyScale_isTheDivisionByThreeThousandSixHundred() {
    // below one hour the quotient has no whole digits; the fast path must then start at the first non-zero digit
    qt().withExamples(EXAMPLES).forAll(longs().between(-36_000, 36_000), integers().between(-3, 12))
        .checkAssert((unscaled, scale) -> {
          BigDecimal seconds = BigDecimal.valueOf(unscaled, scale);
          assertThat(Quotients.hours(seconds)).isEqualTo(seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT));
        });
  }

  @Test
  void exact_anyDivisorOfTheDividend_isTheExactDivision() {
    // divisors that are neither powers of two nor of ten (3, 11, 15, 20, 1,000,001 …) must not take a fast path
    qt().withExamples(EXAMPLES).forAll(longs().between(1, 2_000_000), longs().between(-1_000_000, 1_000_000))
        .checkAssert((divisor, quotient) -> assertThat(Quotients.exact(divisor * quotient, divisor))
            .isEqualTo(BigDecimal.valueOf(divisor * quotient).divide(BigDecimal.valueOf(divisor))));
    // 3,000 ÷ 15 = 200, 3,000 ÷ 11 does not terminate, 55 ÷ 11 = 5
    assertThat(Quotients.exact(3_000, 15)).isEqualTo(BigDecimal.valueOf(200));
    assertThat(Quotients.exact(55, 11)).isEqualTo(BigDecimal.valueOf(5));
    assertThatThrownBy(() -> Quotients.exact(3_000, 11)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void exact_negativeOrZeroDivisor_isTheDivision() {
    // Long.MIN_VALUE = -2^63 has a single one bit but is negative: 1 ÷ -2^63 is negative
    assertThat(Quotients.exact(1, Long.MIN_VALUE))
        .isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(Long.MIN_VALUE)));
    assertThat(Quotients.exact(1, Long.MIN_VALUE).signum()).isEqualTo(-1);
    // 3,000 ÷ -1,000 = -3 and 3,000 ÷ -8 = -375
    assertThat(Quotients.exact(3_000, -1_000)).isEqualTo(BigDecimal.valueOf(-3));
    assertThat(Quotients.exact(3_000, -8)).isEqualTo(new BigDecimal("-375"));
    assertThatThrownBy(() -> Quotients.exact(5, 0)).isInstanceOf(ArithmeticException.class);
  }
}
