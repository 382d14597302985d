package dev.costmodel.api.internal;

import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ProviderLimit;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Argument checks with one message shape everywhere: {@code Type.field must be <bound>, but was <value>}.
 *
 * <p>Each message is built from the same bound the check uses, so the two cannot drift apart.
 */
public final class Checks {
  private Checks() {}

  /** Returns the value if it is {@code >= 0}. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, but was " + Formats.plain(value));
    }
    return value;
  }

  /** Returns the value if it is {@code > 0}. */
  public static BigDecimal positive(String field, BigDecimal value) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, but was " + Formats.plain(value));
    }
    return value;
  }

  /** Returns the value if it is {@code >= 0}. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, but was " + value);
    }
    return value;
  }

  /** Returns the value if it is {@code > 0}. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, but was " + value);
    }
    return value;
  }

  /** Returns the value if {@code 0 <= value <= 1}. */
  public static BigDecimal fraction(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          field + " must be between 0 and 1, but was " + Formats.plain(value));
    }
    return value;
  }

  /** Returns the duration if it is longer than zero. */
  public static Duration positive(String field, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be > 0 s, but was " + Formats.duration(value));
    }
    return value;
  }

  /** Returns the duration if it is not negative. */
  public static Duration nonNegative(String field, Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must be >= 0 s, but was " + Formats.duration(value));
    }
    return value;
  }

  /**
   * Converts a {@code double} to an exact {@code BigDecimal} ({@link BigDecimal#valueOf(double)}),
   * rejecting NaN and infinities with a message that names the field.
   */
  public static BigDecimal finite(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /** Returns the text if it is not blank. */
  public static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
    return value;
  }

  /**
   * Returns the duration if it is at most {@code max}, else throws a {@link LimitExceededException} naming
   * {@code limit} and {@code fix}.
   */
  public static Duration withinLimit(String field, Duration value, Duration max, ProviderLimit limit,
      String fix) {
    if (value.compareTo(max) > 0) {
      throw LimitExceededException.of(field, "<=", limit, seconds(value), fix);
    }
    return value;
  }

  /**
   * Returns the value if it is at most {@code max}, else throws a {@link LimitExceededException} naming
   * {@code limit} and {@code fix}.
   */
  public static BigDecimal withinLimit(String field, BigDecimal value, BigDecimal max, ProviderLimit limit,
      String fix) {
    if (value.compareTo(max) > 0) {
      throw LimitExceededException.of(field, "<=", limit, Formats.plain(value), fix);
    }
    return value;
  }

  /** A duration as a reader writes it in a limit message: {@code 600 s}, {@code 34,560,000 s (400 days)}. */
  private static String seconds(Duration value) {
    String text = Formats.number(Formats.seconds(value)) + " s";
    return value.toDays() >= 1 && value.toDaysPart() >= 1 && value.toSecondsPart() == 0
        && value.toMinutesPart() == 0 && value.toHoursPart() == 0 ? text + " (" + value.toDays() + (value.toDays() == 1 ? " day)" : " days)") : text;
  }
}
