package dev.costmodel.assertj;

import static dev.costmodel.assertj.CostAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The laws: each assertion passes exactly when its comparison of exact amounts holds. Budgets are drawn in
 * units of USD 0.000000000001 around the seed's pattern B totals, so budgets equal to the total, a hair above
 * and a hair below it (digits the rounded total hides) are all reached.
 */
class CostAssertionsPropertiesTest {
  private static final MonthlyEstimate REALTIME = Estimates.REALTIME_B;   // USD 350.910263671875
  private static final long TOTAL_PICO = REALTIME.total().amount().movePointRight(12).longValueExact();

  private static Money pico(long amount) {
    return Money.usd(BigDecimal.valueOf(amount, 12));
  }

  private static boolean passes(Runnable assertion) {
    try {
      assertion.run();
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  @Test
  void totalIsAtMost_passesIffTotalIsAtMostTheBudget() {
    qt().withExamples(2000).forAll(longs().between(TOTAL_PICO - 2_000, TOTAL_PICO + 2_000)
        .mix(longs().between(0, 2 * TOTAL_PICO), 50))
        .check(budget -> passes(() -> assertThat(REALTIME).totalIsAtMost(pico(budget))) == (TOTAL_PICO <= budget));
  }

  @Test
  void totalIsLessThan_passesIffTotalIsBelowTheBound() {
    qt().withExamples(2000).forAll(longs().between(TOTAL_PICO - 2_000, TOTAL_PICO + 2_000)
        .mix(longs().between(0, 2 * TOTAL_PICO), 50))
        .check(bound -> passes(() -> assertThat(REALTIME).totalIsLessThan(pico(bound))) == (TOTAL_PICO < bound));
  }

  @Test
  void totalIsBetween_passesIffTheTotalIsInsideBothBoundsIncluded() {
    qt().withExamples(2000).forAll(longs().between(TOTAL_PICO - 100, TOTAL_PICO + 100),
        longs().between(0, 200))
        .check((low, width) -> passes(() -> assertThat(REALTIME).totalIsBetween(pico(low), pico(low + width)))
            == (low <= TOTAL_PICO && TOTAL_PICO <= low + width));
  }

  @Test
  void subtotalIsAtMost_passesIffTheSubtotalIsAtMostTheBound() {
    long inference = REALTIME.subtotal(CostCategory.INFERENCE).amount().movePointRight(12).longValueExact();
    qt().withExamples(1000).forAll(longs().between(inference - 1_000, inference + 1_000))
        .check(bound -> passes(() -> assertThat(REALTIME).subtotal(CostCategory.INFERENCE).isAtMost(pico(bound)))
            == (inference <= bound));
  }

  @Test
  void isCheaperThan_passesIffStrictlyCheaper() {
    // pattern B / serverless retrained 0 to 2.4 times a month (tenths), against the seed's 1.2: cheaper below 1.2,
    // the same at 1.2 (not cheaper), dearer above
    qt().withExamples(200).forAll(longs().between(0, 24))
        .check(tenths -> {
          MonthlyEstimate other = Estimates.scenario("B / serverless", Estimates.SERVERLESS).withComponents(
              java.util.List.of(Estimates.RETRAIN.withRunsPerMonth(BigDecimal.valueOf(tenths, 1)), Estimates.STORAGE,
                  Estimates.SERVERLESS, Estimates.MONITOR)).estimate();
          boolean cheaper = tenths < 12;
          return passes(() -> assertThat(other).isCheaperThan(Estimates.SERVERLESS_B)) == cheaper
              && passes(() -> assertThat(Estimates.SERVERLESS_B).isCheaperThan(other)) == (tenths > 12);
        });
  }
}
