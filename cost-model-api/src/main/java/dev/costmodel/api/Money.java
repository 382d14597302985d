package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount is a {@link BigDecimal} kept at full precision through every calculation; round once, for
 * display, with {@link #rounded()} (the currency's minor unit, {@link RoundingMode#HALF_UP}). Adding two
 * amounts of different currencies throws: costmodel never sums across currencies silently.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts compare equal:
 * {@code USD 1.5} equals {@code USD 1.50}.
 *
 * <pre>{@code
 * Money hour = Money.usd("0.23");
 * Money month = hour.times(new BigDecimal("110000"));   // USD 25,300.00
 * month.rounded().amount();                               // 25300.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  /** United States dollar, the currency of every bundled AWS price. */
  public static final Currency USD = Currency.getInstance("USD");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** Returns an amount of the given currency, exactly as given. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns an amount of the currency with the given ISO 4217 code.
   *
   * @throws IllegalArgumentException if the code is not a known currency
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /**
   * Returns a whole number of US dollars, such as a budget in a test.
   *
   * <pre>{@code
   * Money budget = Money.usd(500);   // USD 500.00
   * }</pre>
   *
   * @param dollars the amount in whole dollars; negative amounts are allowed (a difference, a credit)
   * @return the amount, never null
   */
  public static Money usd(long dollars) {
    return new Money(BigDecimal.valueOf(dollars), USD);
  }

  /**
   * Returns an amount in US dollars parsed from plain decimal text, such as {@code "0.00004"}.
   *
   * <pre>{@code
   * Money hour = Money.usd("0.23");
   * }</pre>
   *
   * @throws IllegalArgumentException if the text is not a decimal number, naming the text
   */
  public static Money usd(String amount) {
    return new Money(parseAmount("Money.amount", amount), USD);
  }

  /** Returns an amount in US dollars. */
  public static Money usd(BigDecimal amount) {
    return new Money(amount, USD);
  }

  /** Returns zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Reads the text {@link #toString()} writes, such as {@code "USD 25,587.46"} or {@code "USD 0.00004"}.
   *
   * @throws IllegalArgumentException if the text is not a currency code, a space and a number
   */
  public static Money parse(CharSequence text) {
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space != 3) {
      throw new IllegalArgumentException(
          "Money text must be a currency code, a space and an amount, like 'USD 25,587.46', but was '"
              + s + "'");
    }
    return new Money(parseAmount("Money.amount", s.substring(4).replace(",", "")), currency(s.substring(0, 3)));
  }

  /** The exact amount, never rounded. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** Returns the sum of this and {@code other}; both must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Returns this minus {@code other}; both must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Returns this amount multiplied exactly by {@code factor}. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** Returns this amount multiplied exactly by {@code factor}. */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * Returns this amount divided by {@code divisor} in the given math context (a lossy operation, so the
   * context is explicit).
   */
  public Money dividedBy(BigDecimal divisor, MathContext context) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Money.dividedBy divisor must not be 0");
    }
    return new Money(amount.divide(divisor, context), currency);
  }

  /**
   * Returns this amount converted to another currency at {@code rate} units of the target per unit of this
   * currency, exactly (no rounding).
   */
  public Money convertedTo(Currency target, BigDecimal rate) {
    Checks.positive("Money.convertedTo rate", rate);
    return new Money(amount.multiply(rate), target);
  }

  /** Returns this amount rounded to the currency's minor unit (cents for USD), {@link RoundingMode#HALF_UP}. */
  public Money rounded() {
    return rounded(RoundingMode.HALF_UP);
  }

  /** Returns this amount rounded to the currency's minor unit with the given rounding mode. */
  public Money rounded(RoundingMode mode) {
    return new Money(amount.setScale(minorDigits(), mode), currency);
  }

  /** True if the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** True if the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Compares amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && currency.equals(((Money) other).currency)
        && amount.compareTo(((Money) other).amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
  }

  /**
   * The amount for a reader, rounded to the currency's minor unit and grouped: {@code USD 25,587.46}. Use
   * {@link #amount()} for the exact value, {@link #toExactString()} to print every digit.
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + Formats.fixed(amount, minorDigits());
  }

  /** Every digit of the amount, grouped: {@code USD 0.0000166667}, {@code USD 25,587.4624}. */
  public String toExactString() {
    int decimals = Math.max(amount.stripTrailingZeros().scale(), minorDigits());
    return currency.getCurrencyCode() + " " + Formats.fixed(amount, decimals);
  }

  private int minorDigits() {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode()
              + " amounts: convert one with Money.convertedTo(currency, rate) first");
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as USD, EUR or JPY, but was '" + code + "'", e);
    }
  }

  private static BigDecimal parseAmount(String field, String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a decimal number, but was '" + text + "'", e);
    }
  }
}
