package dev.costmodel.assertj;

import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.util.List;

/**
 * The entry point of costmodel's AssertJ assertions: pin an architecture's monthly cost in a unit test, so a
 * change that makes it dearer fails the build with the lines that cost the most.
 *
 * <pre>{@code
 * import static dev.costmodel.assertj.CostAssertions.assertThat;
 *
 * MonthlyEstimate estimate = scenario.estimate();
 * assertThat(estimate)
 *     .totalIsAtMost(Money.usd(500))
 *     .hasNoFindingsExcept(FindingCode.SERVERLESS_MANY_MODELS);
 * }</pre>
 *
 * <p>It sits beside {@code org.assertj.core.api.Assertions.assertThat}: both can be imported statically, and
 * Java picks these overloads for a {@link MonthlyEstimate} and a {@link Money}. Thread-safe (stateless).
 */
public final class CostAssertions {
  private CostAssertions() {}

  /**
   * Returns an assert on an estimate: its total, subtotals, lines and findings.
   *
   * <pre>{@code
   * assertThat(scenario.estimate()).totalIsAtMost(Money.usd(500));
   * }</pre>
   *
   * @param actual the estimate to check; a null estimate fails every assertion
   * @return a new assert, never null
   */
  public static MonthlyEstimateAssert assertThat(MonthlyEstimate actual) {
    return new MonthlyEstimateAssert(actual);
  }

  /**
   * Returns an assert on an amount of money, compared exactly and only with amounts of its currency.
   *
   * <pre>{@code
   * assertThat(estimate.total()).isLessThan(Money.usd(100));
   * }</pre>
   *
   * @param actual the amount to check
   * @return a new assert, never null
   */
  public static MoneyAssert assertThat(Money actual) {
    return new MoneyAssert(actual, "amount", List.of());
  }
}
