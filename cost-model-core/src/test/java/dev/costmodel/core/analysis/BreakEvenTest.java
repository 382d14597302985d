package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
  @Test
  void serverlessVsRealtime_inRequestsPerMonth() {
    // at the crossing: 297.84 + 1,562.2 GiB × 0.016 × 1.01 + 0.575 + 0.253 + 0.0027 = 323.92
    // serverless grows 0.1 s × $0.00004 = $0.000004 per request; real-time is flat at 2 × 730 h × $0.204 = $297.84
    // (data processed and everything else is the same for both): 297.84 / 0.000004 = 74,460,000 requests
    CostScenario serverless = SeedFixtures.serverless("C");
    CostScenario realtime = SeedFixtures.realtime("C").withComponents(java.util.List.of(SeedFixtures.RETRAIN,
        SeedFixtures.STORAGE, SeedFixtures.REALTIME, SeedFixtures.monitor(
            dev.costmodel.api.aws.DriftMonitor.Kind.CUSTOM_PROCESSING)));
    BreakEven even = BreakEven.between(serverless, realtime, ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isTrue();
    assertThat(even.value().orElseThrow()).isEqualByComparingTo("74460000");
    assertThat(even.explanation()).isEqualTo("'C / serverless' is cheaper below 74,460,000 requests/month and"
        + " 'C / real-time' above; both cost USD 323.92 there");
    // 74,460,000 × 22 KiB = 1,638,120,000 KiB = 1,562.232971191406 GiB; + retrain 1 × 1.2 × 55/60 h × 0.23 = 0.253,
    // storage 120 MiB = 0.1171875 GiB × 0.023 = 0.0026953125, monitor jobs 0.575
    double crossing = 297.84 + 1_638_120_000.0 / 1_048_576 * 0.016 * 1.01 + 0.575 + 0.253 + 0.0026953125;
    assertThat(even.totalAtCrossing().orElseThrow().amount().doubleValue())
        .isCloseTo(crossing, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(even.lineB().slope().amount()).isEqualByComparingTo(
        new BigDecimal("0.00000033905029296875")); // real-time grows by data only: 22 KiB × 1.01 × 0.016 / GiB
    assertThat(even.lineA().slope().amount()).isEqualByComparingTo(
        new BigDecimal("0.00000433905029296875")); // serverless adds 0.1 s × 0.00004
    assertThat(ScenarioInput.requestsPerMonth().apply(serverless, even.value().orElseThrow()).estimate().total()
        .rounded()).isEqualTo(ScenarioInput.requestsPerMonth().apply(realtime, even.value().orElseThrow())
        .estimate().total().rounded());
  }

  @Test
  void parallelLines_neverCross() {
    CostScenario b = SeedFixtures.serverless("B");
    CostScenario c = SeedFixtures.serverless("C");
    BreakEven even = BreakEven.between(b, c, ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.value()).isEmpty();
    // slope: 0.1 s × 0.00004 + 22 KiB × 1.01 (monitor sample) × 0.016 per GiB = 0.00000433905029296875 per request
    assertThat(even.explanation()).isEqualTo("the lines never cross: both grow by USD 0.00000433905029296875 per"
        + " unit of requests per month (requests/month), and 'C / serverless' is always cheaper by USD 50.88");
  }

  @Test
  void crossingBelowZero_isNotAnAnswer() {
    // B at 200 ms costs more at zero requests (retraining 200 models) and grows faster (0.2 s a request):
    // its line meets C's only at a negative request count, so C is cheaper for every count >= 0
    CostScenario slowB = ScenarioInput.serverlessMeanDurationMillis().apply(SeedFixtures.serverless("B"),
        new BigDecimal("200"));
    BreakEven even = BreakEven.between(slowB, SeedFixtures.serverless("C"), ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.value()).isEmpty();
    assertThat(even.totalAtCrossing()).isEmpty();
    assertThat(even.explanation()).startsWith("the lines cross only at requests per month = -")
        .endsWith(", below zero: 'C / serverless' is cheaper for every requests per month >= 0");
  }

  @Test
  void equalSlopes_differentInstanceCounts_neverCross() {
    CostScenario one = ScenarioInput.realtimeInstanceCount().apply(SeedFixtures.realtime("C"), BigDecimal.ONE);
    BreakEven even = BreakEven.between(one, SeedFixtures.realtime("C"), ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.explanation()).endsWith("is always cheaper by USD 148.92");
  }

  @Test
  void nonLinearTotal_isRejectedNamingTheInput() {
    // past the workload's 100,000 users, more groups add no models (empty groups are not priced): at
    // 1,000,000 groups the total is that of 100,000, off the line through 1 and 1,000
    CostScenario b = SeedFixtures.serverless("B");
    assertThatThrownBy(() -> BreakEven.between(b, SeedFixtures.realtime("B"), ScenarioInput.modelGroups()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the total of 'B / serverless' is not linear in model groups");
  }

  @Test
  void aTierBetweenTheMeasuredPointsAndTheCrossing_isRefused_notExtrapolated() {
    // "tiered" pays USD 0.001 a request up to 3,000,000 requests a month and nothing above; "flat" pays
    // USD 2,000 plus USD 0.0005 a request. Measured at 1, 1,000 and 1,000,000 requests both look linear, and
    // the lines cross at 2,000 ÷ (0.001 − 0.0005) = 4,000,000, beyond the tier: there "tiered" really costs
    // USD 3,000 (not 4,000), so the answer would be wrong; it is refused.
    PriceKey perRequest = PriceKey.of("Queue", "Requests", "tiered");
    PriceKey flatRate = PriceKey.of("Queue", "Requests", "flat");
    PriceKey fixed = PriceKey.of("Queue", "Fixed", "month");
    PriceSource source = PriceSource.of("test", "2026", PriceStatus.OFFICIAL);
    PriceCatalog prices = PriceCatalog.of("test/queue", List.of(
        Price.tiered(perRequest, List.of(
            PriceTier.of(BigDecimal.ZERO, new BigDecimal("3000000"), UnitPrice.of(Money.usd("0.001"), PriceUnit.REQUEST)),
            PriceTier.from(new BigDecimal("3000000"), UnitPrice.of(Money.usd("0"), PriceUnit.REQUEST))), source),
        Price.flat(flatRate, UnitPrice.of(Money.usd("0.0005"), PriceUnit.REQUEST), source),
        Price.flat(fixed, UnitPrice.of(Money.usd("2000"), PriceUnit.HOUR), source)));
    CostScenario tiered = queueScenario("tiered", prices, perRequest, null);
    CostScenario flat = queueScenario("flat", prices, flatRate, fixed);
    assertThatThrownBy(() -> BreakEven.between(tiered, flat, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the total of 'tiered' is not linear in requests per month up to where the lines would cross"
            + " (a tiered price or a free allowance between): at 4,000,000 it is USD 3,000.00, the line through"
            + " 1 and 1,000 gives USD 4,000.00; compare the scenarios with a Sweep over that range instead");
  }

  private static CostScenario queueScenario(String name, PriceCatalog prices, PriceKey perRequest, PriceKey fixed) {
    CostComponent queue = new CostComponent() {
      @Override
      public String name() {
        return "Queue";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        BigDecimal requests = context.workload().requestsPerMonth();
        List<LineItem> items = new java.util.ArrayList<>();
        items.add(context.lineItem(name(), CostCategory.INFERENCE, "requests", perRequest, "resource", requests,
            List.of(PricingContext.term(requests, "request", "requests"))));
        if (fixed != null) {
          items.add(context.lineItem(name(), CostCategory.OTHER, "fixed", fixed, "resource", BigDecimal.ONE,
              List.of()));
        }
        return items;
      }
    };
    return CostScenario.builder().name(name).prices(prices).workload(SeedFixtures.WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(queue).build();
  }
}
