package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link Formats} writes what {@code DecimalFormat("#,##0")} with {@link Locale#ROOT} symbols wrote before it
 * was written by hand; the reference formatter is kept here. Edge cases reached: zero, negative amounts that
 * round to zero ({@code -0.00}), negative scales, {@link Long#MIN_VALUE}.
 */
class FormatsPropertiesTest {
  private static final int EXAMPLES = 5_000;

  /** The formatting every formula used before: a new DecimalFormat per number. */
  private static String reference(BigDecimal value, int decimals, RoundingMode mode) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(mode);
    return format.format(value);
  }

  private static String referenceGrouped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return reference(stripped, Math.max(stripped.scale(), 0), RoundingMode.HALF_EVEN);
  }

  @Test
  void numberAndExact_anyValue_areWhatDecimalFormatWrote() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(-8, 14)).checkAssert((unscaled, scale) -> {
      BigDecimal value = BigDecimal.valueOf(unscaled, scale);
      assertThat(Formats.exact(value)).isEqualTo(referenceGrouped(value));
      assertThat(Formats.number(value)).isEqualTo(
          referenceGrouped(value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP)));
    });
  }

  @Test
  void fixed_anyValueAndDecimals_isWhatDecimalFormatWrote() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-100_000_000_000L, 100_000_000_000L),
        integers().between(-4, 12), integers().between(0, 6)).checkAssert((unscaled, scale, decimals) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          assertThat(Formats.fixed(value, decimals)).isEqualTo(reference(value, decimals, RoundingMode.HALF_UP));
        });
  }

  @Test
  void fixed_negativeAmountThatRoundsToZero_keepsItsSign() {
    assertThat(Formats.fixed(new BigDecimal("-0.001"), 2)).isEqualTo("-0.00")
        .isEqualTo(reference(new BigDecimal("-0.001"), 2, RoundingMode.HALF_UP));
  }

  @Test
  void whole_anyLong_isFormatsGroupedInteger() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(value ->
        assertThat(Formats.whole(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value)));
    assertThat(Formats.whole(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
  }
}
