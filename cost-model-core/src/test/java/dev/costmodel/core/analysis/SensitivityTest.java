package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.CostScenario;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity of the seed's pattern B, serverless (seed report section 7-3), by hand:
 *
 * <pre>
 * total = K + R × runs, K = 18.470263671875 (every line but retrain), R = 200 × 55 min × 0.23 = 42.1666… a run
 * base (1.2 runs)       = 18.470263671875 + 50.6 = 69.070263671875
 * runs 1 → 2            : 60.636930338541… → 102.803597005208…, swing R = 42.1666…
 * requests/user 30 → 60 : the lines that scale with requests are 17.3427734375 (serverless and data) and
 *                         0.013427734375 (sampled data) at 40, so 0.433905029296875 per request per user:
 *                         69.070263671875 − 10 × that = 64.731213378906…, + 20 × that = 77.748364257812…,
 *                         swing 30 × 0.433905029296875 = 13.01715087890625
 * </pre>
 */
class SensitivityTest {
  private static final CostScenario BASE = SeedFixtures.serverless("B");
  private static final double R = 200 * 55.0 / 60 * 0.23;

  @Test
  void bars_holdTheTotalsAtEachEnd_sortedByLargestSwingFirst() {
    Sensitivity sensitivity = Sensitivity.of(BASE, List.of(
        Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"), new BigDecimal("60")),
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), BigDecimal.ONE, new BigDecimal("2"))));

    assertThat(sensitivity.baseTotal().amount()).isEqualByComparingTo("69.070263671875");
    List<Sensitivity.Bar> bars = sensitivity.bars();
    assertThat(bars).extracting(bar -> bar.input().name())
        .containsExactly("retrain runs per month", "requests per user per month");

    Sensitivity.Bar runs = bars.get(0);
    assertThat(runs.low()).isEqualByComparingTo("1");
    assertThat(runs.high()).isEqualByComparingTo("2");
    assertThat(runs.totalAtLow().amount().doubleValue()).isCloseTo(18.470263671875 + R, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(runs.totalAtHigh().amount().doubleValue()).isCloseTo(18.470263671875 + 2 * R, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(runs.swing().rounded().amount()).isEqualByComparingTo("42.17");

    Sensitivity.Bar requests = bars.get(1);
    assertThat(requests.totalAtLow().amount()).isEqualByComparingTo("64.73121337890625");
    assertThat(requests.totalAtHigh().amount()).isEqualByComparingTo("77.7483642578125");
    assertThat(requests.swing().amount()).isEqualByComparingTo("13.01715087890625");
  }

  @Test
  void swing_isPositive_whenTheTotalFallsAsTheInputRises() {
    // "runs saved": 0 saved = 2 runs (K + 2R), 1 saved = 1 run (K + R); swing R, not −R
    ScenarioInput saved = ScenarioInput.of("runs saved", "runs/month",
        (s, v) -> ScenarioInput.retrainRunsPerMonth().apply(s, new BigDecimal("2").subtract(v)),
        s -> new BigDecimal("2").subtract(ScenarioInput.retrainRunsPerMonth().valueIn(s)));
    Sensitivity sensitivity = Sensitivity.of(BASE, List.of(
        Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"), new BigDecimal("60")),
        Sensitivity.Range.of(saved, BigDecimal.ZERO, BigDecimal.ONE)));
    Sensitivity.Bar bar = sensitivity.bars().get(0);
    assertThat(bar.input().name()).isEqualTo("runs saved");
    assertThat(bar.totalAtLow().compareTo(bar.totalAtHigh())).isPositive();
    assertThat(bar.swing().isNegative()).isFalse();
    assertThat(bar.swing().rounded().amount()).isEqualByComparingTo("42.17");
  }

  @Test
  void markdown_showsEachBarRoundedToCents() {
    Sensitivity sensitivity = Sensitivity.of(BASE, List.of(
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), BigDecimal.ONE, new BigDecimal("2"))));
    // 60.6369… → 60.64, 102.8035… → 102.80, 42.1666… → 42.17
    assertThat(sensitivity.toMarkdown()).isEqualTo("| input | low | high | total at low | total at high | swing |\n"
        + "|---|---:|---:|---:|---:|---:|\n"
        + "| retrain runs per month (runs/month) | 1 | 2 | 60.64 | 102.80 | **42.17** |\n");
    assertThat(sensitivity.toString()).isEqualTo(sensitivity.toMarkdown());
    assertThat(sensitivity.toHtml()).contains("base USD 69.07").contains("retrain runs per month (runs/month)")
        .contains("60.64").contains("102.80").contains("42.17");
  }

  @Test
  void badRanges_areRejectedNamingTheField() {
    assertThatThrownBy(() -> Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), new BigDecimal("2"),
        BigDecimal.ONE))
        .hasMessage("Sensitivity.Range of retrain runs per month must have low <= high, but low was 2 and high 1");
    assertThatThrownBy(() -> Sensitivity.of(BASE, List.of()))
        .hasMessage("Sensitivity.ranges must hold at least one input range, but was empty");
  }

  @Test
  void aRangeOfOneValue_isAllowed_andSwingsNothing() {
    // low = high = the base's 1.2 runs: both ends cost the base total, 69.070263671875
    Sensitivity sensitivity = Sensitivity.of(BASE, List.of(
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), new BigDecimal("1.2"), new BigDecimal("1.2"))));
    Sensitivity.Bar bar = sensitivity.bars().get(0);
    assertThat(bar.totalAtLow().amount()).isEqualByComparingTo("69.070263671875");
    assertThat(bar.totalAtHigh().amount()).isEqualByComparingTo("69.070263671875");
    assertThat(bar.swing().isZero()).isTrue();
  }

  @Test
  void swing_isLinearInTheRange_neverNegative_andBarsComeLargestFirst() {
    // retrain runs from l/10 to h/10: totals K + R × l/10 and K + R × h/10, swing R × (h − l)/10;
    // requests per user from 30 to 30 + u: swing 0.433905029296875 × u (see the class comment)
    qt().withExamples(40)
        .forAll(integers().between(0, 500), integers().between(0, 500), integers().between(0, 200))
        .checkAssert((p, q, u) -> {
          int l = Math.min(p, q);
          int h = Math.max(p, q);
          Sensitivity sensitivity = Sensitivity.of(BASE, List.of(
              Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), BigDecimal.valueOf(l, 1),
                  BigDecimal.valueOf(h, 1)),
              Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"),
                  new BigDecimal(30 + u))));
          double runsSwing = R * (h - l) / 10;
          double requestsSwing = 0.433905029296875 * u;
          for (Sensitivity.Bar bar : sensitivity.bars()) {
            double expected = bar.input().name().startsWith("retrain") ? runsSwing : requestsSwing;
            assertThat(bar.swing().amount().doubleValue())
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(bar.swing().isNegative()).isFalse();
          }
          assertThat(sensitivity.bars().get(0).swing()).isGreaterThanOrEqualTo(sensitivity.bars().get(1).swing());
          assertThat(sensitivity.bars().get(0).totalAtLow().amount().doubleValue()).isCloseTo(
              sensitivity.bars().get(0).input().name().startsWith("retrain") ? 18.470263671875 + R * l / 10
                  : 64.73121337890625, org.assertj.core.api.Assertions.within(1e-9));
        });
  }
}
