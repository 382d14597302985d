package dev.costmodel.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivation quoted in a price's source, such as {@code ~135001.13/11.25e9}, and the check that the stored
 * price agrees with it.
 *
 * <p>Notation (the bundled catalogs' headers state it): numbers joined by {@code *} or {@code /}, evaluated
 * left to right; {@code ~} before a number marks it as rounded to its last digit (a bill in cents, a published
 * rate), so it stands for every value within half a unit of that digit. Every other number is exact.
 *
 * <p>The check: the derivation is evaluated exactly (BigDecimal; a quotient to 40 significant digits) at both
 * ends of its range. It pins the price to the finest scale, at most {@link #MAX_SCALE} decimals (AWS's price
 * lists keep 10), at which both ends round alike ({@code HALF_UP}); the stored price, rounded to that scale, must
 * be the same number. So an exact derivation checks all 10 decimals ({@code 0.000012} fails against
 * {@code 135001.13/11.25e9 = 0.0000120000996…}), while a bill rounded to cents checks only the digits it can
 * ({@code ~13.61/1.75e6} pins 7 decimals).
 */
final class PriceDerivation {
  static final int MAX_SCALE = 10;
  private static final MathContext QUOTIENT = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final String NUMBER = "~?\\d+(?:\\.\\d+)?(?:e\\d+)?";
  private static final Pattern EXPRESSION =
      Pattern.compile("(?<![\\w.~])" + NUMBER + "(?:\\s*[*/]\\s*" + NUMBER + ")+(?![\\w.])");
  private static final Pattern OPERAND = Pattern.compile("(~?)(\\d+(?:\\.\\d+)?(?:e\\d+)?)");
  /** Arithmetic-looking text a derivation did not cover: an operator next to a digit, or a factor like "x1.115" (not "x86"). */
  private static final Pattern STRAY =
      Pattern.compile("[*/×÷]\\s*~?\\d|\\d\\s*[*/×÷]|×\\s*\\d|(?<![\\w.])x\\d+\\.\\d");

  final String text;
  final BigDecimal low;
  final BigDecimal high;
  final BigDecimal exact;

  private PriceDerivation(String text, BigDecimal low, BigDecimal high, BigDecimal exact) {
    this.text = text;
    this.low = low;
    this.high = high;
    this.exact = exact;
  }

  /** The derivations in {@code source}, in order. */
  static List<PriceDerivation> find(String source) {
    List<PriceDerivation> found = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(source);
    while (matcher.find()) {
      found.add(parse(matcher.group()));
    }
    return found;
  }

  /** Arithmetic in {@code source} that is not part of a derivation (such as "price / 0.8"): each is a fault. */
  static List<String> strays(String source) {
    String rest = EXPRESSION.matcher(source).replaceAll(" ");
    List<String> strays = new ArrayList<>();
    Matcher matcher = STRAY.matcher(rest);
    while (matcher.find()) {
      strays.add(matcher.group());
    }
    return strays;
  }

  static PriceDerivation parse(String text) {
    Matcher operand = OPERAND.matcher(text);
    BigDecimal low = null;
    BigDecimal high = null;
    BigDecimal exact = null;
    int end = 0;
    while (operand.find()) {
      char operator = low == null ? ' ' : text.substring(end, operand.start()).strip().charAt(0);
      BigDecimal value = new BigDecimal(operand.group(2).replace('e', 'E'));
      // half a unit of the last written digit: 0.005 for ~13.61, 5e6 for ~11.25e9
      BigDecimal half = operand.group(1).isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(5, value.scale() + 1);
      BigDecimal lo = value.subtract(half);
      BigDecimal hi = value.add(half);
      if (low == null) {
        low = lo;
        high = hi;
        exact = value;
      } else if (operator == '*') {
        low = low.multiply(lo);
        high = high.multiply(hi);
        exact = exact.multiply(value);
      } else {
        BigDecimal newLow = low.divide(hi, QUOTIENT);
        high = high.divide(lo, QUOTIENT);
        low = newLow;
        exact = exact.divide(value, QUOTIENT);
      }
      end = operand.end();
    }
    return new PriceDerivation(text, low, high, exact);
  }

  /** The finest scale, at most {@link #MAX_SCALE}, at which the whole range rounds to one number. */
  int scale() {
    int scale = MAX_SCALE;
    while (low.setScale(scale, RoundingMode.HALF_UP).compareTo(high.setScale(scale, RoundingMode.HALF_UP)) != 0) {
      scale--;
    }
    return scale;
  }

  /** The derivation's value to the digits it pins. */
  BigDecimal value() {
    return exact.setScale(scale(), RoundingMode.HALF_UP);
  }

  /** Whether {@code price} agrees with this derivation to the digits it pins. */
  boolean agrees(BigDecimal price) {
    return price.setScale(scale(), RoundingMode.HALF_UP).compareTo(value()) == 0;
  }

  /**
   * The faults of a price and its source: derivations it disagrees with, and arithmetic the notation did not
   * catch. Empty when all is well.
   */
  static List<String> check(String source, BigDecimal price) {
    List<String> faults = new ArrayList<>();
    for (PriceDerivation derivation : find(source)) {
      if (!derivation.agrees(price)) {
        faults.add("price " + price.toPlainString() + " disagrees with its derivation " + derivation.text + " = "
            + derivation.value().toPlainString() + " (to " + derivation.scale() + " decimals); store "
            + derivation.value().stripTrailingZeros().toPlainString() + " or correct the source");
      }
    }
    for (String stray : strays(source)) {
      faults.add("source has arithmetic '" + stray + "' outside a derivation; write it as numbers joined by * or /,"
          + " like ~0.0000033333/0.8");
    }
    return faults;
  }

  @Override
  public String toString() {
    return text;
  }
}
