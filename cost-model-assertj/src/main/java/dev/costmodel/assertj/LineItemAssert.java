package dev.costmodel.assertj;

import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one line of an estimate, found by {@link MonthlyEstimateAssert#lineItem(String)}. A failure
 * names the line, its estimate and its formula.
 *
 * <pre>{@code
 * assertThat(estimate).lineItem("train").costIsAtMost(Money.usd(30));
 * assertThat(estimate).lineItem("real-time endpoint (2 × ml.c5.xlarge)").cost().rounded()
 *     .isEqualTo(Money.usd("297.84"));
 * }</pre>
 *
 * <p>Not thread-safe, like every AssertJ assert; use one per assertion.
 */
public final class LineItemAssert extends AbstractAssert<LineItemAssert, LineItem> {
  private final String scenarioName;

  LineItemAssert(LineItem actual, String scenarioName) {
    super(actual, LineItemAssert.class);
    this.scenarioName = scenarioName;
  }

  /**
   * Verifies that the line costs at most {@code maximum} a month ({@code <=}, exactly).
   *
   * <pre>{@code
   * assertThat(estimate).lineItem("train").costIsAtMost(Money.usd(30));
   * }</pre>
   *
   * @param maximum the most the line may cost, in the estimate's currency
   * @return this assert, for chaining
   * @throws AssertionError if the line costs more, or the currencies differ
   */
  public LineItemAssert costIsAtMost(Money maximum) {
    cost().isAtMost(maximum);
    return this;
  }

  /**
   * Returns an assert on the line's exact monthly cost; its failures show the line's formula.
   *
   * <pre>{@code
   * assertThat(estimate).lineItem("train").cost().isLessThan(Money.usd(30));
   * }</pre>
   *
   * @return a new assert on {@link LineItem#cost()}, never null
   */
  public MoneyAssert cost() {
    isNotNull();
    return new MoneyAssert(actual.cost(), "cost of line '" + actual.description() + "' of '" + scenarioName + "'",
        List.of(actual)).as(info.description());
  }
}
