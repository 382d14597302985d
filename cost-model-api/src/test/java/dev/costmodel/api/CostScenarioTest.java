package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.UnknownPriceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostScenarioTest {
  @Test
  void noComponents_isRejectedWithTheFix() {
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).build())
        .hasMessage("CostScenario.components must hold at least one component, but was empty;"
            + " add one with addComponent(...)");
  }

  @Test
  void blankName_isRejected() {
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).name(" ")
            .addComponent(Fixtures.SERVERLESS).build())
        .hasMessage("CostScenario.name must not be blank, but was ' '");
  }

  @Test
  void unknownTrainingInstance_failsAtBuild() {
    RetrainPipeline typo = Fixtures.RETRAIN.withSteps(List.of(
        JobStep.training("train", "ml.m5.xlarg", java.time.Duration.ofMinutes(30))));
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).addComponent(typo).build())
        .isInstanceOf(UnknownPriceException.class)
        .hasMessage("unknown instance type 'ml.m5.xlarg' for SageMaker/Training in catalog test/us-east-1;"
            + " did you mean ml.m5.xlarge?");
  }

  @Test
  void moreGroupsThanUsers_pricesOnlyTheGroupsWithUsers_andSaysSo() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(5))
        .workload(Fixtures.WORKLOAD.withUsers(3)).addComponent(Fixtures.STORAGE).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MORE_GROUPS_THAN_USERS)).isTrue();
      assertThat(f.message()).isEqualTo("the topology perGroup(5) has more groups than the workload has users"
          + " (3): 2 groups would be empty, so 3 models are priced, one per group that has users; lower the group"
          + " count to match");
    });
    // 3 models × 6 versions × 20 MiB = 360 MiB = 0.3515625 GiB-months × 0.023
    assertThat(estimate.total().amount()).isEqualByComparingTo("0.0080859375");
  }

  @Test
  void estimate_isComputedOnceAndKept() {
    CostScenario scenario = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.SERVERLESS).build();
    assertThat(scenario.estimate()).isSameAs(scenario.estimate());
  }

  @Test
  void userWrittenComponent_isPricedLikeTheOthers() {
    CostComponent queue = new CostComponent() {
      @Override
      public String name() {
        return "Queue";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        BigDecimal gib = context.workload().requestGibibytesPerMonth();
        return List.of(context.lineItem(name(), CostCategory.OTHER, "queue traffic",
            PriceKey.of("SageMaker", "DataProcessedIn", "endpoint"), "resource", gib,
            List.of(PricingContext.term(gib, "GiB"))));
      }
    };
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(queue).build().estimate();
    assertThat(estimate.subtotal(CostCategory.OTHER)).isEqualTo(Money.usd("1.220703125"));
    assertThat(estimate.lineItems().get(0).formula())
        .isEqualTo("76.2939 GiB × USD 0.016/GiB = USD 1.22");
  }

  @Test
  void withers_copyWithOneChange() {
    CostScenario scenario = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.STORAGE).build();
    assertThat(scenario.withTopology(ModelTopology.perUser()).estimate().total().rounded())
        .isEqualTo(Money.usd("269.53"));
    assertThat(scenario.withName("other").name()).isEqualTo("other");
  }

  @Test
  void sameComponentTwice_isAFinding_sayingBothArePriced() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.STORAGE).addComponent(Fixtures.STORAGE).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.REPEATED_COMPONENT)).isTrue();
      assertThat(f.message()).isEqualTo("the scenario holds 2 ModelStorage components, some of them identical"
          + " (added twice?); each is priced in full; remove the extra ones unless the system really runs them"
          + " side by side");
    });
    assertThat(estimate.lineItems()).hasSize(2);
  }

  @Test
  void twoEndpointsOfOneKind_sayTheWorkloadIsPaidForTwice() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.REALTIME).addComponent(Fixtures.REALTIME.withInstanceCount(3)).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.REPEATED_COMPONENT)).isTrue();
      assertThat(f.message()).isEqualTo("the scenario holds 2 RealtimeInference components; each is priced in"
          + " full, and each serves the whole workload, so its requests and data processed are paid for 2"
          + " times; remove the extra ones unless the system really runs them side by side");
    });
  }

  @Test
  void inferenceComponentsOfDifferentKinds_isAFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.SERVERLESS).addComponent(Fixtures.REALTIME).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MIXED_INFERENCE)).isTrue();
      assertThat(f.message()).isEqualTo("the scenario holds inference components of different kinds"
          + " (ServerlessInference, RealtimeInference), and each is priced as serving the whole workload, so the"
          + " total pays for every request once per kind; compare the options as separate scenarios"
          + " (Comparison) unless the system really serves every request on each");
    });
  }

  @Test
  void driftMonitorWithNoEndpoint_isAFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.RETRAIN).addComponent(Fixtures.CUSTOM_MONITOR).build().estimate();
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly("monitor-without-endpoint");
    assertThat(estimate.findings().get(0).component()).isEqualTo("DriftMonitor");
  }

  @Test
  void theSeedsDesigns_haveOnlyTheFindingsTheyDeserve() {
    assertThat(Fixtures.serverless(ModelTopology.perGroup(200)).findings()).extracting(Finding::code)
        .containsExactly("serverless-many-models");
    assertThat(Fixtures.serverless(ModelTopology.shared()).findings()).isEmpty();
    assertThat(Fixtures.realtime(ModelTopology.shared()).findings()).extracting(Finding::code)
        .containsExactly("model-monitor-availability");
    assertThat(Fixtures.realtime(ModelTopology.perUser()).findings()).extracting(Finding::code)
        .containsExactly("multi-model-endpoint");
  }

  @Test
  void findingCodes_areStable() {
    assertThat(java.util.Arrays.stream(FindingCode.values()).map(FindingCode::id)).containsExactly(
        "single-instance-endpoint", "multi-model-endpoint", "serverless-many-models",
        "serverless-concurrency-quota", "inferred-prices", "more-groups-than-users", "repeated-component",
        "mixed-inference", "monitor-without-endpoint", "model-monitor-availability",
        "lambda-concurrency-quota", "lambda-free-tier", "api-gateway-timeout-quota",
        "autoscaling-max-instances", "multi-model-cold-loads", "multi-model-no-model-monitor", "async-backlog",
        "managed-spot-costs-more", "scheduler-free-tier-exceeded", "free-allowance-shared", "no-scale-to-zero",
        "no-multi-model-endpoint", "no-equivalent", "no-serverless-gpu");
  }

  @Test
  void formulas_countOneThingInTheSingular() {
    RetrainPipeline once = RetrainPipeline.builder()
        .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofHours(1))).runsPerMonth(1).build();
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(once)
        .addComponent(ModelStorage.builder().artifactSize(DataSize.ofGibibytes(1)).versionsRetained(1).build())
        .build().estimate();
    assertThat(estimate.lineItems()).extracting(LineItem::formula).containsExactly(
        "1 model × 1 run × 1 h = 1 instance-hour × USD 0.23/instance-hour = USD 0.23",
        "1 model × 1 version × 1 GiB = 1 GiB-month, tiered: 1 × USD 0.023/GiB-month = USD 0.02");
    assertThat(estimate.lineItems().get(1).description()).isEqualTo("model artifacts (1 GiB × 1 version, S3 Standard)");
  }

  @Test
  void scenariosPricedFromDifferentCatalogs_areNotEqual() {
    CostScenario list = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.RETRAIN).build();
    CostScenario discounted = list.withPrices(Fixtures.PRICES.withDiscount("SageMaker", 0.5, "half off"));
    assertThat(discounted).isNotEqualTo(list);
    assertThat(java.util.Set.of(list, discounted)).hasSize(2);
    assertThat(list.withName("test")).isEqualTo(list);
  }

  /** A component of the user's own that bills {@code quantity} of the price {@code key}. */
  private static CostComponent using(String name, PriceKey key, String quantity) {
    return new CostComponent() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        BigDecimal amount = new BigDecimal(quantity);
        return List.of(context.lineItem(name(), CostCategory.OTHER, "usage", key, "resource", amount,
            List.of(PricingContext.term(amount, "units"))));
      }
    };
  }

  private static final PriceKey S3 = PriceKey.of("S3", "Storage", "Standard");

  @Test
  void inferredTier_isAFinding_onlyWhenTheQuantityReachesIt() {
    // S3 Standard's first 51,200 GiB are priced from the seed; the tiers above are inferred (Fixtures.GUESS)
    assertThat(Fixtures.scenario(ModelTopology.shared()).addComponent(using("Files", S3, "51200")).build()
        .estimate().findings()).isEmpty();
    MonthlyEstimate above = Fixtures.scenario(ModelTopology.shared()).addComponent(using("Files", S3, "51200.5"))
        .addComponent(using("More files", S3, "60000")).build().estimate();
    assertThat(above.findings()).filteredOn(f -> !f.is(FindingCode.REPEATED_COMPONENT)).singleElement()
        .satisfies(f -> {
      assertThat(f.is(FindingCode.INFERRED_PRICES)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("this estimate uses prices that were inferred, not read from a source:"
          + " S3/Storage/Standard; check them (MonthlyEstimate.pricesUsed() names how each was derived) or"
          + " override them with PriceCatalog.withPrice(...)");
    });
  }

  @Test
  void inferredFlatPrice_isAFinding_evenForAZeroQuantity() {
    // the price itself is a guess: a zero quantity costs nothing today, but the line is priced from it
    PriceKey in = PriceKey.of("SageMaker", "DataProcessedIn", "endpoint");
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .prices(Fixtures.PRICES.withPrice(dev.costmodel.api.price.Price.flat(in,
            Fixtures.rate("0.016", dev.costmodel.api.price.PriceUnit.GIB), Fixtures.GUESS)))
        .addComponent(using("Queue", in, "0")).build().estimate();
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly("inferred-prices");
    assertThat(estimate.findings().get(0).message()).contains(": SageMaker/DataProcessedIn/endpoint;");
  }

  @Test
  void asManyGroupsAsUsers_isNoFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(3))
        .workload(Fixtures.WORKLOAD.withUsers(3)).addComponent(Fixtures.STORAGE).build().estimate();
    assertThat(estimate.findings()).isEmpty();
    // 3 models × 6 versions × 20 MiB = 360 MiB = 0.3515625 GiB-months × 0.023 = 0.0080859375
    assertThat(estimate.total()).isEqualTo(Money.usd("0.0080859375"));
  }

  @Test
  void aRepeatedComponent_isOneFinding_theOthersNone() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.RETRAIN)
        .addComponent(Fixtures.STORAGE).addComponent(ModelStorage.builder().from(Fixtures.STORAGE).versionsRetained(3).build()).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.component()).isEqualTo("ModelStorage");
      assertThat(f.message()).startsWith("the scenario holds 2 ModelStorage components; each is priced in full;");
    });
  }

  @Test
  void anAwsComponent_pricedFromAnotherCloudsCatalog_isRefused() {
    dev.costmodel.api.price.PriceCatalog gcp = dev.costmodel.api.price.PriceCatalog.of("gcp/us-central1",
        Fixtures.PRICES.prices());
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).prices(gcp).addComponent(Fixtures.STORAGE)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ModelStorage.prices must be an AWS catalog (ModelStorage prices AWS services), but"
            + " was gcp/us-central1, a Google Cloud catalog;");
    // a component of the user's own belongs to no cloud: any catalog prices it
    assertThat(Fixtures.scenario(ModelTopology.shared()).prices(gcp).addComponent(using("Files", S3, "100")).build()
        .estimate().total()).isEqualTo(Money.usd("2.3"));   // 100 GiB-months × 0.023
  }
}
