package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
  void moreGroupsThanUsers_isAFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(5))
        .workload(Fixtures.WORKLOAD.withUsers(3)).addComponent(Fixtures.STORAGE).build().estimate();
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly("more-groups-than-users");
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
}
