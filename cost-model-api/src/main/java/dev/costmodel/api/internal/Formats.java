package dev.costmodel.api.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** Number formatting for formulas and messages: grouped, dot decimal, independent of the default locale. */
public final class Formats {
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private Formats() {}

  /** {@code 100000} as {@code 100,000}; {@code 0.91666…} as {@code 0.9167}: at most four decimals, HALF_UP. */
  public static String number(BigDecimal value) {
    return grouped(value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP));
  }

  /** Every digit of the value, grouped: {@code 0.0000166667}, {@code 1,000,000}. */
  public static String exact(BigDecimal value) {
    return grouped(value);
  }

  /** A value with exactly {@code decimals} decimals, HALF_UP and grouped: {@code 25,587.46}. */
  public static String fixed(BigDecimal value, int decimals) {
    DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** The value without exponent and without trailing zeros, ungrouped: {@code -1}, {@code 0.25}. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** A duration as its ISO-8601 text and, where it helps, in seconds. */
  public static String duration(Duration duration) {
    return duration.toString();
  }

  /** Exact hours of a duration: seconds and nanos ÷ 3600, never truncated like {@link Duration#toHours()}. */
  public static BigDecimal hours(Duration duration) {
    return seconds(duration).divide(SECONDS_PER_HOUR, Maths.CONTEXT);
  }

  /** Hours in {@code seconds} seconds: ÷ 3600 in {@link Maths#CONTEXT} (exact whenever the quotient terminates). */
  public static BigDecimal hours(BigDecimal seconds) {
    return seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT);
  }

  /** Exact seconds of a duration, nanos included. */
  public static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  private static String grouped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int decimals = Math.max(stripped.scale(), 0);
    DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(stripped);
  }
}
