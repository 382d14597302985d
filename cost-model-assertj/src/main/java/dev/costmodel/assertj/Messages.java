package dev.costmodel.assertj;

import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The parts every failure message is built from: amounts, how far off, the largest lines with their formulas. */
final class Messages {
  /** How many lines a failure lists, largest first. */
  static final int LINES_SHOWN = 5;

  private Messages() {}

  /**
   * The amount as a reader sees it (rounded to the cent), or every digit when the rounded text would hide the
   * difference from {@code other}: {@code USD 300.004} against a budget of {@code USD 300.00}.
   */
  static String amount(Money amount, Money other) {
    return amount.toString().equals(other.toString()) ? amount.toExactString() : amount.toString();
  }

  /** A difference, with every digit when it rounds to zero but is not zero. */
  static String difference(Money difference) {
    return difference.rounded().isZero() && !difference.isZero() ? difference.toExactString() : difference.toString();
  }

  /** {@code (over by USD 50.91)}, {@code (under by USD 20.00)} or {@code (equal to it)}. */
  static String offBy(Money actual, Money bound) {
    Money gap = actual.minus(bound);
    if (gap.isZero()) {
      return "(equal to it)";
    }
    return gap.isNegative() ? "(under by " + difference(bound.minus(actual)) + ")"
        : "(over by " + difference(gap) + ")";
  }

  /**
   * {@code ; largest lines:} and the {@value #LINES_SHOWN} most expensive lines, numbered, each with its formula,
   * and how many more there are and what they cost; {@code ; its line:} and the line when there is one.
   */
  static String largestLines(List<LineItem> lines) {
    if (lines.isEmpty()) {
      return "; it has no lines";
    }
    if (lines.size() == 1) {
      return "; its line:\n" + lines.get(0);
    }
    List<LineItem> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing((LineItem line) -> line.cost().amount()).reversed());
    StringBuilder text = new StringBuilder("; largest lines:");
    int shown = Math.min(LINES_SHOWN, sorted.size());
    for (int i = 0; i < shown; i++) {
      text.append('\n').append(i + 1).append(". ").append(sorted.get(i));
    }
    if (sorted.size() > shown) {
      Money rest = Money.zero(sorted.get(0).cost().currency());
      for (LineItem line : sorted.subList(shown, sorted.size())) {
        rest = rest.plus(line.cost());
      }
      int more = sorted.size() - shown;
      text.append("\n(and ").append(more).append(more == 1 ? " more line, " : " more lines, ").append(rest)
          .append(')');
    }
    return text.toString();
  }

  /**
   * The failure for amounts of two currencies, or null when they share one: costmodel never compares across
   * currencies silently.
   */
  static String currencyMismatch(String what, Money actual, Money expected) {
    if (actual.currency().equals(expected.currency())) {
      return null;
    }
    return "cannot compare " + what + " in " + actual.currency().getCurrencyCode() + " with " + expected
        + ": give the amount in " + actual.currency().getCurrencyCode()
        + " or convert the estimate with MonthlyEstimate.convertedTo(currency, rate) first";
  }
}
