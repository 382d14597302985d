package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cloud deployment chapter's dev.tfvars and prod.tfvars (exercise 2), priced as environments. */
class EnvironmentsTest {
  static final PriceCatalog PRICES = Fixtures.PRICES.withPrice(Price.flat(
      PriceKey.of("SageMaker", "RealTimeHosting", "ml.t3.medium"),
      Fixtures.rate("0.05", PriceUnit.INSTANCE_HOUR), Fixtures.SEED));

  /** Test traffic: 5 testers × 2,000 requests = 10,000 requests a month. */
  static final Workload DEV_TRAFFIC = Workload.builder().from(Fixtures.WORKLOAD).users(5)
      .requestsPerUserPerMonth(2_000).build();

  static RealtimeInference endpoint(String type, int count) {
    return RealtimeInference.builder().instanceType(type).instanceCount(count).build();
  }

  static final CostScenario BASE = CostScenario.builder().name("ml-endpoint").prices(PRICES)
      .workload(Fixtures.WORKLOAD).topology(ModelTopology.shared())
      .addComponent(endpoint("ml.m5.xlarge", 2)).build();

  static final Environments TFVARS = Environments.of(BASE)
      .environment("dev", s -> s.withWorkload(DEV_TRAFFIC).withComponents(List.of(endpoint("ml.t3.medium", 1))))
      .environment("prod", s -> s);

  @Test
  void chapterTfvars_devAndProd_byHand() {
    EnvironmentsEstimate estimate = TFVARS.estimate();
    // dev: 1 × 730 h × 0.05 = 36.50; in 10,000 × 20 KiB = 0.19073486328125 GiB × 0.016 = 0.0030517578125;
    //      out 10,000 × 2 KiB = 0.019073486328125 GiB × 0.016 = 0.00030517578125; dev = 36.50335693359375
    assertThat(estimate.estimate("dev").lineItems().get(0).cost()).isEqualTo(Money.usd("36.50"));
    assertThat(estimate.estimate("dev").total()).isEqualTo(Money.usd("36.50335693359375"));
    // prod: 2 × 730 h × 0.23 = 335.80; in 76.2939453125 GiB × 0.016 = 1.220703125;
    //       out 7.62939453125 GiB × 0.016 = 0.1220703125; prod = 337.1427734375
    assertThat(estimate.estimate("prod").lineItems().get(0).cost()).isEqualTo(Money.usd("335.80"));
    assertThat(estimate.estimate("prod").total()).isEqualTo(Money.usd("337.1427734375"));
    // total = 36.50335693359375 + 337.1427734375 = 373.64613037109375 → 373.65
    assertThat(estimate.total()).isEqualTo(Money.usd("373.64613037109375"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("373.65"));
    assertThat(estimate.subtotal(CostCategory.INFERENCE)).isEqualTo(estimate.total());
    assertThat(estimate.subtotal(CostCategory.RETRAIN)).isEqualTo(Money.usd("0"));
    assertThat(estimate.names()).containsExactly("dev", "prod");
  }

  @Test
  void toString_isAMarkdownTable() {
    assertThat(TFVARS.estimate()).hasToString("""
        | environment | inference | total (USD/month) |
        |---|---:|---:|
        | dev | 36.50 | 36.50 |
        | prod | 337.14 | 337.14 |
        | **total** | 373.65 | **373.65** |""");
  }

  @Test
  void lineItems_areTaggedWithTheirEnvironment() {
    List<EnvironmentsEstimate.Line> lines = TFVARS.estimate().lineItems();
    assertThat(lines).hasSize(6);
    assertThat(lines).extracting(EnvironmentsEstimate.Line::environment)
        .containsExactly("dev", "dev", "dev", "prod", "prod", "prod");
    assertThat(lines.get(0)).hasToString("dev: real-time endpoint (1 × ml.t3.medium): 1 instance × 730 h"
        + " = 730 instance-hours × USD 0.05/instance-hour = USD 36.50");
    assertThat(TFVARS.estimate().findings()).containsExactly("dev: WARNING single-instance-endpoint: a real-time"
        + " endpoint on 1 instance has no redundancy: an instance failure or a deployment takes it down; use"
        + " instanceCount(2) or more across availability zones");
  }

  @Test
  void eachEnvironment_isItsOwnScenario() {
    assertThat(TFVARS.scenario("dev").name()).isEqualTo("ml-endpoint / dev");
    assertThat(TFVARS.scenario("dev").workload()).isEqualTo(DEV_TRAFFIC);
    assertThat(TFVARS.estimate().estimate("prod").scenarioName()).isEqualTo("ml-endpoint / prod");
    assertThat(TFVARS.names()).containsExactly("dev", "prod");
  }

  @Test
  void duplicateName_isRefused() {
    assertThatThrownBy(() -> TFVARS.environment("dev", s -> s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Environments.environment name must be unique, but 'dev' is given twice (environments so"
            + " far: dev, prod); give each environment its own name");
  }

  @Test
  void blankName_isRefused() {
    assertThatThrownBy(() -> Environments.of(BASE).environment(" ", s -> s))
        .hasMessage("Environments.environment name must not be blank, but was ' '");
  }

  @Test
  void noEnvironments_isRefused() {
    assertThatThrownBy(() -> Environments.of(BASE).estimate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environments.environments must hold at least one environment, but was empty; add one with"
            + " environment(\"dev\", s -> s...)");
  }

  @Test
  void aFailingOverride_namesItsEnvironment() {
    assertThatThrownBy(() -> Environments.of(BASE).environment("staging",
            s -> s.withComponents(List.of(endpoint("ml.m5.xlarg", 2)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("environment 'staging' of 'ml-endpoint' failed: unknown instance type 'ml.m5.xlarg'")
        .hasMessageContaining("did you mean ml.m5.xlarge")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Environments.of(BASE).environment("qa", s -> null))
        .hasMessage("environment 'qa' of 'ml-endpoint' failed: its settings returned null; return the changed"
            + " scenario, or s -> s for the base as it is");
  }

  @Test
  void unknownEnvironment_suggestsTheNearest() {
    assertThatThrownBy(() -> TFVARS.estimate().estimate("prd"))
        .hasMessage("unknown environment 'prd'; the environments are dev, prod; did you mean prod?");
    assertThatThrownBy(() -> TFVARS.scenario("staging"))
        .hasMessage("unknown environment 'staging'; the environments are dev, prod");
  }

  @Test
  void anotherCurrency_isRefused() {
    PriceCatalog yen = PriceCatalog.of("jpy", List.of(Price.flat(
        PriceKey.of("SageMaker", "RealTimeHosting", "ml.m5.xlarge"),
        dev.costmodel.api.price.UnitPrice.of(Money.of(new java.math.BigDecimal("35"), "JPY"),
            PriceUnit.INSTANCE_HOUR), Fixtures.SEED),
        Price.flat(PriceKey.of("SageMaker", "DataProcessedIn", "endpoint"),
            dev.costmodel.api.price.UnitPrice.of(Money.of(new java.math.BigDecimal("2"), "JPY"), PriceUnit.GIB),
            Fixtures.SEED),
        Price.flat(PriceKey.of("SageMaker", "DataProcessedOut", "endpoint"),
            dev.costmodel.api.price.UnitPrice.of(Money.of(new java.math.BigDecimal("2"), "JPY"), PriceUnit.GIB),
            Fixtures.SEED)));
    assertThatThrownBy(() -> Environments.of(BASE).environment("tokyo", s -> s.withPrices(yen)))
        .hasMessage("environment 'tokyo' of 'ml-endpoint' must price in USD like the base, but prices in JPY;"
            + " convert its catalog, or compare the environments' estimates one by one");
  }

  @Test
  void accessors_returnWhatEachEnvironmentWasBuiltFrom() {
    assertThat(TFVARS.base()).isSameAs(BASE);
    assertThat(TFVARS.scenarios().keySet()).containsExactly("dev", "prod");
    assertThat(TFVARS.scenarios().get("prod").name()).isEqualTo("ml-endpoint / prod");
    assertThat(TFVARS).hasToString("Environments of 'ml-endpoint': dev, prod");
    EnvironmentsEstimate estimate = TFVARS.estimate();
    assertThat(estimate.name()).isEqualTo("ml-endpoint");
    assertThat(estimate.currency()).isEqualTo(Money.USD);
    assertThat(estimate.estimates().keySet()).containsExactly("dev", "prod");
    assertThat(estimate.estimates().get("dev")).isSameAs(estimate.estimate("dev"));
    // by category across environments: all inference here, 36.50335693359375 + 337.1427734375
    assertThat(estimate.subtotals()).containsExactly(
        java.util.Map.entry(CostCategory.INFERENCE, Money.usd("373.64613037109375")));
  }

  @Test
  void lines_areEqualWhenTheirEnvironmentAndItemAre() {
    List<EnvironmentsEstimate.Line> lines = TFVARS.estimate().lineItems();
    List<EnvironmentsEstimate.Line> again = TFVARS.estimate().lineItems();
    EnvironmentsEstimate.Line devHosting = lines.get(0);
    assertThat(devHosting.item()).isEqualTo(TFVARS.estimate().estimate("dev").lineItems().get(0));
    assertThat(devHosting).isEqualTo(again.get(0)).hasSameHashCodeAs(again.get(0));
    // another item in the same environment, and the same kind of item in another environment
    assertThat(devHosting).isNotEqualTo(lines.get(1)).isNotEqualTo(lines.get(3));
    // the same item tagged with two environments: dev and prod price the data the same way only if the traffic
    // is the same, so compare a line with itself re-tagged through a one-environment estimate of the base
    EnvironmentsEstimate.Line prodIn = lines.get(4);
    EnvironmentsEstimate.Line soloIn = Environments.of(BASE).environment("solo", s -> s).estimate().lineItems()
        .get(1);
    assertThat(soloIn.item()).isEqualTo(prodIn.item());
    assertThat(soloIn).isNotEqualTo(prodIn);
    assertThat(devHosting).isNotEqualTo(devHosting.toString());
    assertThat(new java.util.HashSet<>(lines)).hasSize(6);
    // distinct lines spread over hash codes (a constant hash would make every set of lines a list)
    assertThat(lines.stream().mapToInt(Object::hashCode).distinct().count()).isGreaterThan(1);
  }

  @Test
  void toString_roundsHalfACentUp_andTheTotalOnceFromTheExactSum() {
    // a line of 7.8125 GiB × USD 0.016 = USD 0.125 exactly: shown HALF_UP as 0.13 (HALF_EVEN would show 0.12)
    CostComponent half = new CostComponent() {
      @Override
      public String name() {
        return "Queue";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        java.math.BigDecimal gib = new java.math.BigDecimal("7.8125");
        return List.of(context.lineItem(name(), CostCategory.OTHER, "queue traffic",
            PriceKey.of("SageMaker", "DataProcessedIn", "endpoint"), "resource", gib,
            List.of(PricingContext.term(gib, "GiB"))));
      }
    };
    CostScenario base = CostScenario.builder().name("queue").prices(PRICES).workload(Fixtures.WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(half).build();
    EnvironmentsEstimate estimate = Environments.of(base).environment("a", s -> s).environment("b", s -> s)
        .estimate();
    // each environment 0.125 -> 0.13; the total is the exact 0.125 + 0.125 = 0.25, not 0.13 + 0.13 = 0.26
    assertThat(estimate).hasToString("""
        | environment | other | total (USD/month) |
        |---|---:|---:|
        | a | 0.13 | 0.13 |
        | b | 0.13 | 0.13 |
        | **total** | 0.25 | **0.25** |""");
    assertThat(estimate.total()).isEqualTo(Money.usd("0.25"));
    assertThat(estimate.estimate("a").lineItems().get(0).formula())
        .isEqualTo("7.8125 GiB × USD 0.016/GiB = USD 0.13");
  }
}
