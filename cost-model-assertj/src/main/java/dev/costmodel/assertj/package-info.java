/**
 * AssertJ assertions for costmodel: {@link dev.costmodel.assertj.CostAssertions#assertThat(dev.costmodel.api.MonthlyEstimate)}
 * and the asserts it returns. A failure names the budget, the amount, how far over it is, and the lines that
 * cost the most, with their formulas.
 *
 * <pre>{@code
 * import static dev.costmodel.assertj.CostAssertions.assertThat;
 *
 * assertThat(estimate).totalIsAtMost(Money.usd(500)).hasNoFindingsExcept(FindingCode.MULTI_MODEL_ENDPOINT);
 * assertThat(estimate).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(300));
 * assertThat(estimate).lineItem("train").costIsAtMost(Money.usd(30));
 * }</pre>
 */
@ParametersAreNonnullByDefault
package dev.costmodel.assertj;

import javax.annotation.ParametersAreNonnullByDefault;
