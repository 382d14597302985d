package dev.costmodel.api.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/**
 * Number formatting for formulas and messages: grouped, dot decimal, independent of the default locale.
 *
 * <p>Written by hand from {@link BigDecimal#toPlainString()}, not with {@code DecimalFormat}: a formatter is
 * mutable (so it cannot be shared between threads) and costly to make, and these are exact decimal texts that
 * need no more than digits and commas. The text is the one {@code DecimalFormat("#,##0")} with
 * {@link Locale#ROOT} symbols writes, including its {@code -0.00} for a negative amount that rounds to zero.
 * Stateless and thread-safe.
 */
public final class Formats {
  private Formats() {}

  /** {@code 100000} as {@code 100,000}; {@code 0.91666…} as {@code 0.9167}: at most four decimals, HALF_UP. */
  public static String number(BigDecimal value) {
    return grouped(value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP));
  }

  /** Every digit of the value, grouped: {@code 0.0000166667}, {@code 1,000,000}. */
  public static String exact(BigDecimal value) {
    return grouped(value);
  }

  /** A whole number, grouped: {@code 100,000}, as {@code String.format(Locale.ROOT, "%,d", value)} writes it. */
  public static String whole(long value) {
    String digits = Long.toString(value);
    return value < 0 ? group(digits.substring(1), true) : group(digits, false);
  }

  /** A value with exactly {@code decimals} decimals, HALF_UP and grouped: {@code 25,587.46}. */
  public static String fixed(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
    return group(rounded.abs().toPlainString(), value.signum() < 0);
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
    return Quotients.hours(seconds(duration));
  }

  /** Hours in {@code seconds} seconds: ÷ 3600 in {@link Maths#CONTEXT} (exact whenever the quotient terminates). */
  public static BigDecimal hours(BigDecimal seconds) {
    return Quotients.hours(seconds);
  }

  /** Exact seconds of a duration, nanos included. */
  public static BigDecimal seconds(Duration duration) {
    long seconds = duration.getSeconds();
    if (Math.abs(seconds) < 9_000_000_000L) {   // × 10^9 + nanos stays below Long.MAX_VALUE
      // seconds + nanos × 10^-9 in one step: the same value at the same scale (9) as the addition below
      return BigDecimal.valueOf(seconds * 1_000_000_000L + duration.getNano(), 9);
    }
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  private static String grouped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return group(stripped.abs().toPlainString(), stripped.signum() < 0);
  }

  /** {@code digits} (plain, unsigned, dot decimal) with a comma between groups of three integer digits. */
  private static String group(String digits, boolean negative) {
    int point = digits.indexOf('.');
    int integers = point < 0 ? digits.length() : point;
    if (integers <= 3 && !negative) {
      return digits;
    }
    StringBuilder text = new StringBuilder(digits.length() + integers / 3 + 1);
    if (negative) {
      text.append('-');
    }
    int first = integers % 3 == 0 ? 3 : integers % 3;
    text.append(digits, 0, first);
    for (int i = first; i < integers; i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text.append(digits, integers, digits.length()).toString();
  }
}
