package dev.costmodel.api.azure;

import static dev.costmodel.api.CloudFixtures.AZURE;
import static dev.costmodel.api.CloudFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.PriceKey;
import org.junit.jupiter.api.Test;

/** Azure ML managed online endpoints: VM-hours per deployment from the list price, findings and checks. */
class AzureOnlineEndpointTest {
  static final AzureOnlineEndpoint TWO = AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2")
      .instanceCount(2).build();

  private static MonthlyEstimate estimate(ModelTopology topology, AzureOnlineEndpoint endpoint) {
    return CloudFixtures.scenario(AZURE, SEED, topology, endpoint).estimate();
  }

  @Test
  void oneDeployment_twoInstances_allMonth() {
    // 1 deployment × 2 instances × 730 h = 1,460 instance-hours × USD 0.293 = USD 427.78
    MonthlyEstimate estimate = estimate(ModelTopology.shared(), TWO);
    assertThat(estimate.lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Azure ML managed online endpoint (2 × Standard_DS3_v2 per"
          + " deployment)");
      assertThat(line.quantity()).isEqualByComparingTo("1460");
      assertThat(line.cost().amount()).isEqualByComparingTo("427.78");
      assertThat(line.formula()).isEqualTo("1 deployment × 2 instances × 730 h = 1,460 instance-hours × USD"
          + " 0.293/instance-hour = USD 427.78");
      assertThat(line.component()).isEqualTo("AzureOnlineEndpoint");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.NO_SCALE_TO_ZERO)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.component()).isEqualTo("AzureOnlineEndpoint");
      assertThat(f.message()).isEqualTo("an Azure ML managed online deployment keeps at least one instance: its 2"
          + " instance(s) are billed all month with or without traffic; serve sparse traffic from AzureFunctions");
    });
  }

  @Test
  void perGroup_everyModelIsADeployment_andOneInstanceIsNotRedundant() {
    // 1,500 deployments × 1 instance × 730 h = 1,095,000 instance-hours × USD 0.146 = USD 159,870.00
    AzureOnlineEndpoint one = AzureOnlineEndpoint.builder().instanceType("Standard_DS2_v2").instanceCount(1)
        .build();
    MonthlyEstimate estimate = estimate(ModelTopology.perGroup(1500), one);
    assertThat(estimate.lineItems().get(0).quantity()).isEqualByComparingTo("1095000");
    assertThat(estimate.total().amount()).isEqualByComparingTo("159870");
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id(),
        FindingCode.SINGLE_INSTANCE_ENDPOINT.id(), FindingCode.NO_MULTI_MODEL_ENDPOINT.id());
    assertThat(estimate.findings().get(1)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("a managed online deployment on 1 instance has no redundancy; Microsoft"
          + " recommends at least 3 instances in production: use instanceCount(3)");
    });
    assertThat(estimate.findings().get(2)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("Azure ML has no multi-model endpoint like SageMaker's: each of the 1,500"
          + " models is a deployment with instances of its own; share one model (ModelTopology.shared()), or set"
          + " deployments(n) if one scoring script loads several models");
    });
  }

  @Test
  void deployments_overrideTheTopology_andTwoAlreadyWarn() {
    // 2 deployments × 2 instances × 730 h = 2,920 instance-hours × USD 0.293 = USD 855.56
    MonthlyEstimate two = estimate(ModelTopology.perUser(),
        AzureOnlineEndpoint.builder().from(TWO).deployments(2L).build());
    assertThat(two.total().amount()).isEqualByComparingTo("855.56");
    assertThat(two.lineItems().get(0).formula()).startsWith("2 deployments × 2 instances × 730 h = 2,920");
    assertThat(two.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id(),
        FindingCode.NO_MULTI_MODEL_ENDPOINT.id());
    assertThat(two.findings().get(1).message()).contains("each of the 2 models");
    MonthlyEstimate one = estimate(ModelTopology.perUser(),
        AzureOnlineEndpoint.builder().from(TWO).deployments(1L).build());
    assertThat(one.total().amount()).isEqualByComparingTo("427.78");
    assertThat(one.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id());
  }

  @Test
  void hoursPerMonth_scaleTheVms_upTo730() {
    assertThat(AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2").instanceCount(2).build()
        .hoursPerMonth()).isEqualByComparingTo("730");
    // 1 × 2 × 365.5 h = 731 instance-hours × USD 0.293 = USD 214.183
    AzureOnlineEndpoint half = AzureOnlineEndpoint.builder().from(TWO).hoursPerMonth(365.5).build();
    assertThat(estimate(ModelTopology.shared(), half).total().amount()).isEqualByComparingTo("214.183");
    assertThat(AzureOnlineEndpoint.builder().from(TWO).hoursPerMonth(730).build().hoursPerMonth())
        .isEqualByComparingTo("730");
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().from(TWO).hoursPerMonth(730.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AzureOnlineEndpoint.hoursPerMonth must be <= 730, but was 730.5; for more VMs raise"
            + " instanceCount instead");
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().from(TWO).hoursPerMonth(0).build())
        .hasMessageStartingWith("AzureOnlineEndpoint.hoursPerMonth must be > 0");
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().from(TWO).hoursPerMonth(Double.NaN))
        .hasMessageStartingWith("AzureOnlineEndpoint.hoursPerMonth must be a finite number");
  }

  @Test
  void invalidDesigns_areRefused_namingTheField() {
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().instanceType("").instanceCount(2).build())
        .hasMessage("AzureOnlineEndpoint.instanceType must not be blank, but was ''");
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().from(TWO).instanceCount(0).build())
        .hasMessage("AzureOnlineEndpoint.instanceCount must be > 0, but was 0");
    assertThatThrownBy(() -> AzureOnlineEndpoint.builder().from(TWO).deployments(0L).build())
        .hasMessage("AzureOnlineEndpoint.deployments must be > 0, but was 0");
  }

  @Test
  void withInstanceCount_priceKey_nameAndCloud() {
    assertThat(TWO.withInstanceCount(3).instanceCount()).isEqualTo(3);
    assertThat(TWO.withInstanceCount(3).instanceType()).isEqualTo("Standard_DS3_v2");
    assertThat(TWO.instanceCount()).isEqualTo(2);
    assertThat(TWO.priceKey()).isEqualTo(PriceKey.of("VirtualMachines", "Linux", "Standard_DS3_v2"));
    assertThat(TWO.name()).isEqualTo("AzureOnlineEndpoint");
    assertThat(TWO.cloud()).contains(Cloud.AZURE);
  }

  @Test
  void pricedFromAGoogleCatalog_isRefused_namingVertexOnlinePrediction() {
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.GCP, SEED, TWO))
        .hasMessage("AzureOnlineEndpoint.prices must be an Azure catalog (AzureOnlineEndpoint prices Azure"
            + " services), but was gcp/test-central1, a Google Cloud catalog; use VertexOnlinePrediction, Google"
            + " Cloud's equivalent, or price AzureOnlineEndpoint from PriceCatalogs.azureEastUs()");
  }
}
