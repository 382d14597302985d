package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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

  // ---- a queue priced per request from a catalog of its own, so every total below is plain arithmetic ----

  private static final PriceSource TEST_SOURCE = PriceSource.of("test", "2026", PriceStatus.OFFICIAL);

  /** USD {@code usd} a request, at any volume. */
  private static Price flat(String name, String usd) {
    return Price.flat(PriceKey.of("Queue", "Requests", name), UnitPrice.of(Money.usd(usd), PriceUnit.REQUEST),
        TEST_SOURCE);
  }

  /** USD {@code usd} a request for the first {@code bound} requests a month, free above. */
  private static Price freeAbove(String name, String usd, String bound) {
    return Price.tiered(PriceKey.of("Queue", "Requests", name), List.of(
        PriceTier.of(BigDecimal.ZERO, new BigDecimal(bound), UnitPrice.of(Money.usd(usd), PriceUnit.REQUEST)),
        PriceTier.from(new BigDecimal(bound), UnitPrice.of(Money.usd("0"), PriceUnit.REQUEST))), TEST_SOURCE);
  }

  /**
   * A scenario named {@code name}: {@code perRequest} × requests, plus USD {@code fixedUsd} a month if given
   * (only in a month with at least one request when {@code onlyWhenUsed}, like a minimum fee).
   */
  private static CostScenario queue(String name, Price perRequest, String fixedUsd, boolean onlyWhenUsed) {
    PriceKey fixed = PriceKey.of("Queue", "Fixed", name);
    List<Price> prices = new java.util.ArrayList<>(List.of(perRequest));
    if (fixedUsd != null) {
      prices.add(Price.flat(fixed, UnitPrice.of(Money.usd(fixedUsd), PriceUnit.HOUR), TEST_SOURCE));
    }
    CostComponent component = new CostComponent() {
      @Override
      public String name() {
        return "Queue";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        BigDecimal requests = context.workload().requestsPerMonth();
        List<LineItem> items = new java.util.ArrayList<>();
        items.add(context.lineItem(name(), CostCategory.INFERENCE, "requests", perRequest.key(), "resource",
            requests, List.of(PricingContext.term(requests, "request", "requests"))));
        if (fixedUsd != null && (!onlyWhenUsed || requests.signum() > 0)) {
          items.add(context.lineItem(name(), CostCategory.OTHER, "fixed", fixed, "resource", BigDecimal.ONE,
              List.of()));
        }
        return items;
      }
    };
    return CostScenario.builder().name(name).prices(PriceCatalog.of("test/" + name, prices))
        .workload(SeedFixtures.WORKLOAD).topology(ModelTopology.shared()).addComponent(component).build();
  }

  @Test
  void totalAtCrossing_isWhatBothScenariosCostThere() {
    // "direct" pays USD 0.001 a request; "broker" USD 2,000 a month plus USD 0.0005 a request.
    // 0.001 x = 2,000 + 0.0005 x  ->  x = 2,000 / 0.0005 = 4,000,000 requests; both cost 0.001 × 4,000,000 = 4,000
    CostScenario direct = queue("direct", flat("direct", "0.001"), null, false);
    CostScenario broker = queue("broker", flat("broker", "0.0005"), "2000", false);
    BreakEven even = BreakEven.between(direct, broker, ScenarioInput.requestsPerMonth());

    assertThat(even.crosses()).isTrue();
    assertThat(even.value().orElseThrow()).isEqualByComparingTo("4000000");
    assertThat(even.totalAtCrossing().orElseThrow()).isEqualTo(Money.usd("4000"));
    // priced again at the crossing, each scenario costs exactly that: 4,000 and 2,000 + 0.0005 × 4,000,000
    BigDecimal x = even.value().orElseThrow();
    assertThat(ScenarioInput.requestsPerMonth().apply(direct, x).estimate().total().amount())
        .isEqualByComparingTo("4000");
    assertThat(ScenarioInput.requestsPerMonth().apply(broker, x).estimate().total().amount())
        .isEqualByComparingTo("4000");
    assertThat(even.lineB().at(x)).isEqualTo(even.totalAtCrossing().orElseThrow());

    assertThat(even.lineA().scenario()).isEqualTo("direct");
    assertThat(even.lineB().scenario()).isEqualTo("broker");
    assertThat(even.lineA().intercept().amount()).isEqualByComparingTo("0");
    assertThat(even.lineA().slope().amount()).isEqualByComparingTo("0.001");
    assertThat(even.lineB().intercept().amount()).isEqualByComparingTo("2000");
    assertThat(even.lineB().slope().amount()).isEqualByComparingTo("0.0005");
    assertThat(even.lineB().toString()).isEqualTo("broker: USD 2,000.00 + USD 0.0005 × x");
    assertThat(even.explanation()).isEqualTo("'direct' is cheaper below 4,000,000 requests/month and 'broker'"
        + " above; both cost USD 4,000.00 there");
  }

  @Test
  void totalAtCrossing_property_bothScenariosPricedThereAgreeWithIt() {
    // "direct" pays d tenths of a mill (USD 0.0001 × d) a request; "broker" F dollars a month plus b < d tenths of
    // a mill: the lines cross at x = F / (0.0001 × (d − b)) requests, where both cost 0.0001 × d × x
    qt().withExamples(60)
        .forAll(integers().between(2, 100), integers().between(1, 99), integers().between(1, 100_000))
        .checkAssert((d, k, fee) -> {
          int b = 1 + (k - 1) % (d - 1); // 1 to d - 1, every draw (an assumption b < d would discard half)
          BigDecimal perDirect = new BigDecimal(d).movePointLeft(4);
          BigDecimal perBroker = new BigDecimal(b).movePointLeft(4);
          CostScenario direct = queue("direct", flat("direct", perDirect.toPlainString()), null, false);
          CostScenario broker = queue("broker", flat("broker", perBroker.toPlainString()), String.valueOf(fee),
              false);
          BreakEven even = BreakEven.between(direct, broker, ScenarioInput.requestsPerMonth());
          BigDecimal x = even.value().orElseThrow();
          BigDecimal expectedX = new BigDecimal(fee).divide(perDirect.subtract(perBroker),
              java.math.MathContext.DECIMAL128);
          assertThat(x).isCloseTo(expectedX, org.assertj.core.api.Assertions.within(expectedX.movePointLeft(20)));
          BigDecimal total = even.totalAtCrossing().orElseThrow().amount();
          BigDecimal tolerance = total.movePointLeft(15);
          assertThat(total).isCloseTo(perDirect.multiply(expectedX), org.assertj.core.api.Assertions.within(tolerance));
          assertThat(ScenarioInput.requestsPerMonth().apply(direct, x).estimate().total().amount())
              .isCloseTo(total, org.assertj.core.api.Assertions.within(tolerance));
          assertThat(ScenarioInput.requestsPerMonth().apply(broker, x).estimate().total().amount())
              .isCloseTo(total, org.assertj.core.api.Assertions.within(tolerance));
        });
  }

  @Test
  void linesMeetingAtZero_crossAtZero_andTheChartStillSpansARange() {
    // "fast" USD 0.001 a request, "cheap" USD 0.0005, neither has a fixed cost: both cost 0 at 0 requests and
    // "cheap" is cheaper at every volume above; the lines meet at x = 0, which is >= 0, so they cross there
    CostScenario fast = queue("fast", flat("fast", "0.001"), null, false);
    CostScenario cheap = queue("cheap", flat("cheap", "0.0005"), null, false);
    BreakEven even = BreakEven.between(fast, cheap, ScenarioInput.requestsPerMonth());

    assertThat(even.crosses()).isTrue();
    assertThat(even.value().orElseThrow()).isEqualByComparingTo("0");
    assertThat(even.totalAtCrossing().orElseThrow().amount()).isEqualByComparingTo("0");
    assertThat(even.explanation()).doesNotContain("below zero").endsWith("both cost USD 0.00 there");
    // from 0 to twice the crossing would be an empty range: the chart falls back to 0 .. 1,000,000
    assertThat(even.toHtml()).startsWith("<div class=\"costmodel-break-even\">").contains("<svg");
  }

  @Test
  void aMinimumFeeAtZero_isRefused_notReportedAsACrossingAtZero() {
    // "metered" pays a USD 10 minimum in any month with a request, plus USD 0.001 a request; "reserved" pays
    // USD 10 every month plus USD 0.002 a request. Measured at 1 and 1,000 both lines start at USD 10, so they
    // would meet at 0 requests; but there "metered" costs nothing, not USD 10: the answer would be wrong
    CostScenario metered = queue("metered", flat("metered", "0.001"), "10", true);
    CostScenario reserved = queue("reserved", flat("reserved", "0.002"), "10", false);
    assertThatThrownBy(() -> BreakEven.between(metered, reserved, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the total of 'metered' is not linear in requests per month up to where the lines would cross"
            + " (a tiered price or a free allowance between): at 0 it is USD 0.00, the line through 1 and 1,000"
            + " gives USD 10.00; compare the scenarios with a Sweep over that range instead");
  }

  @Test
  void parallelLines_thatSwapOrderFarOut_areRefused_namingTheScenarioCheaperThere() {
    // "flat" pays USD 0.001 a request; "capped" USD 100 a month plus USD 0.001 a request for the first 3,000,000,
    // free above. At 1, 1,000 and 1,000,000 the lines are parallel, "flat" cheaper by 100; at 1,000,000,000
    // "flat" costs 1,000,000 and "capped" 100 + 0.001 × 3,000,000 = 3,100
    CostScenario flat = queue("flat", flat("flat", "0.001"), null, false);
    CostScenario capped = queue("capped", freeAbove("capped", "0.001", "3000000"), "100", false);
    assertThatThrownBy(() -> BreakEven.between(flat, capped, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the totals are not linear in requests per month (a tiered price or a free allowance):"
            + " measured at 1, 1,000 and 1,000,000 the lines never cross, but at 1,000,000,000 'capped' is cheaper"
            + " (USD 1,000,000.00 against USD 3,100.00); compare the scenarios with a Sweep instead");
    // the other way round the first scenario is the one cheaper far out
    assertThatThrownBy(() -> BreakEven.between(capped, flat, ScenarioInput.requestsPerMonth()))
        .hasMessageContaining("at 1,000,000,000 'capped' is cheaper (USD 3,100.00 against USD 1,000,000.00)");
  }

  @Test
  void identicalLines_thatPartFarOut_areRefused() {
    // both pay USD 0.001 a request, but "capped" nothing above 3,000,000: the same line at 1, 1,000 and
    // 1,000,000, then at 1,000,000,000 "capped" costs 3,000 against 1,000,000
    CostScenario flat = queue("flat", flat("flat", "0.001"), null, false);
    CostScenario capped = queue("capped", freeAbove("capped", "0.001", "3000000"), null, false);
    assertThatThrownBy(() -> BreakEven.between(flat, capped, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at 1,000,000,000 'capped' is cheaper (USD 1,000,000.00 against USD 3,000.00)");
  }

  @Test
  void identicalLines_costTheSameEverywhere() {
    CostScenario one = queue("one", flat("one", "0.001"), "5", false);
    CostScenario two = queue("two", flat("two", "0.001"), "5", false);
    BreakEven even = BreakEven.between(one, two, ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.value()).isEmpty();
    assertThat(even.totalAtCrossing()).isEmpty();
    assertThat(even.explanation()).isEqualTo("'one' and 'two' cost the same for every requests per month");
  }

  @Test
  void aWholeNumberInput_crossingBetweenTwoCounts_isCheckedAtTheCountsAround() {
    // instances of ml.c5.xlarge (USD 0.204 an hour: 730 × 0.204 = 148.92 a month each) with the seed's retraining
    // of 200 models (1.2 runs × 55 min × USD 0.23 × 200 = 50.60), against ml.m5.xlarge (USD 0.23: 167.90 each)
    // and no retraining; the data processed is the same for both. 50.60 + 148.92 x = 167.90 x at
    // x = 50.60 / 18.98 = 2.66596…: no whole instance count, so the lines are checked at 2 and 3 instances
    // (setting 2.66596… instances would be refused)
    CostScenario retrained = CostScenario.builder().name("c5 + retrain").prices(dev.costmodel.core.PriceCatalogs
            .awsUsEast1()).workload(SeedFixtures.WORKLOAD).topology(ModelTopology.perGroup(200))
        .addComponent(SeedFixtures.RETRAIN).addComponent(SeedFixtures.REALTIME).build();
    CostScenario bigger = CostScenario.builder().name("m5").prices(dev.costmodel.core.PriceCatalogs.awsUsEast1())
        .workload(SeedFixtures.WORKLOAD).topology(ModelTopology.perGroup(200))
        .addComponent(dev.costmodel.api.aws.RealtimeInference.builder().instanceType("ml.m5.xlarge").instanceCount(2)
            .build()).build();
    BreakEven even = BreakEven.between(retrained, bigger, ScenarioInput.realtimeInstanceCount());
    assertThat(even.value().orElseThrow().doubleValue()).isCloseTo(50.60 / 18.98,
        org.assertj.core.api.Assertions.within(1e-12));
    // both lines meet at 167.90 × 50.60 / 18.98 plus the same data line
    assertThat(even.totalAtCrossing().orElseThrow().minus(even.lineB().intercept()).amount().doubleValue())
        .isCloseTo(167.90 * 50.60 / 18.98, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(even.lineA().slope().amount()).isEqualByComparingTo("148.92");
    assertThat(even.lineB().slope().amount()).isEqualByComparingTo("167.9");
    assertThat(even.explanation()).startsWith("'m5' is cheaper below 2.666 instances and 'c5 + retrain' above");
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
