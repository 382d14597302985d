package dev.costmodel.api.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact quotients without {@link BigDecimal#divide}, for the divisions every estimate makes: a size in bytes by
 * a power of two or of ten, seconds by 3,600. Each gives the very value and scale the division it replaces
 * gives (a property test compares them), only without the long division's allocations. Stateless and
 * thread-safe.
 */
public final class Quotients {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigInteger FIVE = BigInteger.valueOf(5);
  private static final int MAX_POWER = 63;
  private static final BigInteger[] POWERS_OF_FIVE = new BigInteger[MAX_POWER + 1];

  static {
    POWERS_OF_FIVE[0] = BigInteger.ONE;
    for (int i = 1; i <= MAX_POWER; i++) {
      POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1].multiply(FIVE);
    }
  }

  private Quotients() {}

  /**
   * {@code BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor))}: the exact quotient at the
   * smallest scale, not below 0, that holds it. Fast for a divisor that is a power of two or of ten (every
   * {@code DataUnit}); any other divisor is divided.
   *
   * @throws ArithmeticException if the quotient does not terminate (never for a power of two or of ten)
   */
  public static BigDecimal exact(long dividend, long divisor) {
    if (divisor > 0 && Long.bitCount(divisor) == 1) {
      int k = Long.numberOfTrailingZeros(divisor);
      if (dividend == 0) {
        return BigDecimal.ZERO;
      }
      int twos = Long.numberOfTrailingZeros(dividend);
      if (twos >= k) {
        return BigDecimal.valueOf(dividend >> k);
      }
      // dividend = odd × 2^twos, so the quotient is odd ÷ 2^j = odd × 5^j ÷ 10^j, with no trailing zero
      int j = k - twos;
      return new BigDecimal(BigInteger.valueOf(dividend >> twos).multiply(POWERS_OF_FIVE[j]), j);
    }
    int tens = powerOfTen(divisor);
    if (tens >= 0) {
      BigDecimal quotient = BigDecimal.valueOf(dividend, tens).stripTrailingZeros();
      return quotient.scale() < 0 ? quotient.setScale(0) : quotient;
    }
    return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor));
  }

  /**
   * Hours in {@code seconds} seconds: {@code seconds.divide(3600, Maths.CONTEXT)}, value and scale. When the
   * quotient terminates in a few digits (the usual case: 216,000 s is 60 h) it is written without dividing;
   * otherwise (600 s is 1/6 h) it is divided.
   */
  public static BigDecimal hours(BigDecimal seconds) {
    BigDecimal quick = quickHours(seconds);
    return quick != null ? quick : seconds.divide(SECONDS_PER_HOUR, Maths.CONTEXT);
  }

  /** The exact quotient of seconds ÷ 3,600 as {@code divide(3600, mc)} writes it, or null to divide. */
  private static BigDecimal quickHours(BigDecimal seconds) {
    if (seconds.precision() > 18) {
      return null;
    }
    long unscaled = seconds.unscaledValue().longValueExact();
    // 3,600 = 9 × 400 and 1/400 = 25/10^4: the quotient terminates exactly when 9 divides the digits
    if (unscaled % 9 != 0) {
      return roundedHours(unscaled, seconds.scale());
    }
    long digits;
    try {
      digits = Math.multiplyExact(unscaled / 9, 25L);
    } catch (ArithmeticException overflow) {
      return null;
    }
    int scale = seconds.scale() + 4;
    int preferred = seconds.scale();
    // an exact quotient loses its trailing zeros down to the preferred scale (dividend's scale − divisor's 0)
    while (scale > preferred && digits % 10 == 0) {
      digits /= 10;
      scale--;
    }
    return BigDecimal.valueOf(digits, scale);
  }

  /**
   * {@code unscaled × 10^-scale ÷ 3600} to 34 significant digits, HALF_EVEN, for a quotient that does not
   * terminate: what {@code divide(3600, Maths.CONTEXT)} gives, by long division in {@code long}s. The digits
   * never end, so there is no tie to break: the 35th digit and the remainder decide.
   */
  private static BigDecimal roundedHours(long unscaled, int scale) {
    long dividend = Math.abs(unscaled);
    long whole = dividend / 3600;
    long remainder = dividend % 3600;
    Digits digits = new Digits();
    if (whole > 0) {
      String text = Long.toString(whole);
      for (int i = 0; i < text.length(); i++) {
        digits.push(text.charAt(i) - '0');
      }
    }
    int quotientScale = scale;
    while (digits.count < DIGITS) {
      remainder *= 10;
      int digit = (int) (remainder / 3600);
      remainder %= 3600;
      quotientScale++;
      if (digits.count > 0 || digit > 0) {
        digits.push(digit);
      }
    }
    remainder *= 10;
    int next = (int) (remainder / 3600);
    remainder %= 3600;
    if (next > 5 || next == 5 && (remainder != 0 || digits.low % 2 != 0)) {
      quotientScale -= digits.increment();
    }
    BigInteger value = BigInteger.valueOf(digits.high).multiply(TEN_TO_HALF).add(BigInteger.valueOf(digits.low));
    return new BigDecimal(unscaled < 0 ? value.negate() : value, quotientScale);
  }

  private static final int DIGITS = 34;
  private static final int HALF = 17;
  private static final long HALF_POWER = 100_000_000_000_000_000L;
  private static final BigInteger TEN_TO_HALF = BigInteger.valueOf(HALF_POWER);

  /** 34 decimal digits in two longs of 17: {@code high × 10^17 + low}. */
  private static final class Digits {
    long high;
    long low;
    int count;

    void push(int digit) {
      if (count < HALF) {
        high = high * 10 + digit;
      } else {
        low = low * 10 + digit;
      }
      count++;
    }

    /** Adds one to the last digit; returns 1 if that carried into a 35th digit (then dropped, a zero). */
    int increment() {
      low++;
      if (low < HALF_POWER) {
        return 0;
      }
      low = 0;
      high++;
      if (high < HALF_POWER) {
        return 0;
      }
      high = HALF_POWER / 10;
      return 1;
    }
  }

  /** k when {@code value} is 10^k, else -1. */
  private static int powerOfTen(long value) {
    int k = 0;
    for (long v = value; v > 0; v /= 10, k++) {
      if (v == 1) {
        return k;
      }
      if (v % 10 != 0) {
        return -1;
      }
    }
    return -1;
  }
}
