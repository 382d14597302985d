package dev.costmodel.assertj;

import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an amount of an estimate: a total, a subtotal or a line's cost. Comparisons are exact (the
 * full-precision amount, not the rounded one); call {@link #rounded()} to compare what a reader sees. Amounts
 * of different currencies never compare: that is a failure naming both.
 *
 * <p>A failure names the amount, the bound, how far off it is, and the estimate's lines behind the amount,
 * largest first, with their formulas.
 *
 * <pre>{@code
 * assertThat(estimate).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(300));
 * assertThat(estimate).subtotal(CostCategory.STORAGE).rounded().isEqualTo(Money.usd("0.54"));
 * CostAssertions.assertThat(Money.usd("69.07")).isAtMost(Money.usd(100));
 * }</pre>
 *
 * <p>Not thread-safe, like every AssertJ assert; use one per assertion.
 */
public final class MoneyAssert extends AbstractAssert<MoneyAssert, Money> {
  private final String what;
  private final List<LineItem> lines;

  MoneyAssert(Money actual, String what, List<LineItem> lines) {
    super(actual, MoneyAssert.class);
    this.what = what;
    this.lines = List.copyOf(lines);
  }

  /**
   * Verifies that the amount is at most {@code maximum} ({@code <=}), exactly.
   *
   * <pre>{@code
   * assertThat(estimate).subtotal(CostCategory.RETRAIN).isAtMost(Money.usd(60));
   * }</pre>
   *
   * @param maximum the largest amount allowed, in the amount's currency
   * @return this assert, for chaining
   * @throws AssertionError if the amount is above {@code maximum} or in another currency
   */
  public MoneyAssert isAtMost(Money maximum) {
    check(maximum, "<=", order -> order <= 0);
    return this;
  }

  /**
   * Verifies that the amount is below {@code bound} ({@code <}), exactly.
   *
   * <pre>{@code
   * assertThat(estimate).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(300));
   * }</pre>
   *
   * @param bound an amount the amount must stay below, in the amount's currency
   * @return this assert, for chaining
   * @throws AssertionError if the amount is {@code bound} or above, or in another currency
   */
  public MoneyAssert isLessThan(Money bound) {
    check(bound, "<", order -> order < 0);
    return this;
  }

  /**
   * Verifies that the amount equals {@code expected} exactly ({@code USD 0.5390625} is not {@code USD 0.54};
   * use {@link #rounded()} for that) and is in its currency.
   *
   * <pre>{@code
   * assertThat(estimate).subtotal(CostCategory.RETRAIN).isEqualTo(Money.usd("50.60"));
   * }</pre>
   *
   * @param expected the amount expected
   * @return this assert, for chaining
   * @throws AssertionError if the amounts differ or their currencies do
   */
  public MoneyAssert isEqualTo(Money expected) {
    check(expected, "==", order -> order == 0);
    return this;
  }

  /**
   * Returns an assert on the amount rounded to the currency's minor unit (cents, HALF_UP), as a report shows it.
   *
   * <pre>{@code
   * assertThat(estimate).subtotal(CostCategory.STORAGE).rounded().isEqualTo(Money.usd("0.54"));
   * }</pre>
   *
   * @return a new assert on the rounded amount, never null
   */
  public MoneyAssert rounded() {
    isNotNull();
    return new MoneyAssert(actual.rounded(), what + " (rounded)", lines);
  }

  private void check(Money bound, String relation, IntPredicate holds) {
    Objects.requireNonNull(bound, "the amount to compare with");
    isNotNull();
    String mismatch = Messages.currencyMismatch(what, actual, bound);
    if (mismatch != null) {
      failWithMessage("%s", mismatch);
    }
    if (!holds.test(actual.compareTo(bound))) {
      failWithMessage("%s", "expected " + what + " " + relation + " " + Messages.amount(bound, actual) + " but was "
          + Messages.amount(actual, bound) + " " + Messages.offBy(actual, bound) + Messages.largestLines(lines));
    }
  }
}
