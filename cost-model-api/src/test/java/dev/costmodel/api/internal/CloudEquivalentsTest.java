package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.price.PriceCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The components that serve one role on each provider, and the refusal of another provider's catalog. */
class CloudEquivalentsTest {
  private static final PriceCatalog OWN = PriceCatalog.of("mycompany/us-east-1", Fixtures.PRICES.prices());

  /** A component of the caller's own, of the given provider (or none). */
  private static CostComponent component(String name, Optional<Cloud> cloud) {
    return new CostComponent() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        return List.of();
      }

      @Override
      public Optional<Cloud> cloud() {
        return cloud;
      }
    };
  }

  @Test
  void equivalents_ofEachRole_onEachProvider() {
    assertThat(CloudEquivalents.equivalents("LambdaInference", Cloud.GCP)).containsExactly("CloudRun",
        "CloudFunctions");
    assertThat(CloudEquivalents.equivalents("CloudFunctions", Cloud.AWS)).containsExactly("ServerlessInference",
        "LambdaInference");
    assertThat(CloudEquivalents.equivalents("CloudRun", Cloud.AZURE)).containsExactly("AzureFunctions");
    assertThat(CloudEquivalents.equivalents("MultiModelEndpoint", Cloud.GCP))
        .containsExactly("VertexOnlinePrediction");
    assertThat(CloudEquivalents.equivalents("AzureOnlineEndpoint", Cloud.AWS)).containsExactly("RealtimeInference",
        "AutoscaledRealtimeInference", "MultiModelEndpoint", "AsyncInference");
    assertThat(CloudEquivalents.equivalents("BatchTransform", Cloud.AZURE)).containsExactly("AzureMLCompute");
    assertThat(CloudEquivalents.equivalents("VertexBatchPrediction", Cloud.AWS)).containsExactly("BatchTransform");
    assertThat(CloudEquivalents.equivalents("DriftMonitor", Cloud.GCP)).containsExactly("VertexTraining");
    assertThat(CloudEquivalents.equivalents("VertexTraining", Cloud.AZURE)).containsExactly("AzureMLCompute");
    // on its own provider, a component's role holds itself
    assertThat(CloudEquivalents.equivalents("CloudRun", Cloud.GCP)).containsExactly("CloudRun", "CloudFunctions");
  }

  @Test
  void equivalents_ofAComponentServingTwoRoles_nameEveryRolesComponents() {
    // an Azure ML compute cluster trains (VertexTraining, RetrainPipeline) or scores in batch
    // (VertexBatchPrediction, BatchTransform)
    assertThat(CloudEquivalents.equivalents("AzureMLCompute", Cloud.GCP))
        .containsExactly("VertexBatchPrediction", "VertexTraining");
    assertThat(CloudEquivalents.equivalents("AzureMLCompute", Cloud.AWS))
        .containsExactly("BatchTransform", "RetrainPipeline", "DriftMonitor");
  }

  @Test
  void equivalents_ofAnUnknownComponent_isEmpty() {
    assertThat(CloudEquivalents.equivalents("ModelStorage", Cloud.GCP)).isEmpty();
    assertThat(CloudEquivalents.equivalents("MyComponent", Cloud.AWS)).isEmpty();
  }

  @Test
  void aComponentOrCatalogOfNoProvider_isAlwaysAccepted() {
    assertThatCode(() -> CloudEquivalents.checkCatalog(component("Mine", Optional.empty()), CloudFixtures.GCP))
        .doesNotThrowAnyException();
    assertThatCode(() -> CloudEquivalents.checkCatalog(component("ServerlessInference", Optional.of(Cloud.AWS)),
        OWN)).doesNotThrowAnyException();
    assertThatCode(() -> CloudEquivalents.checkCatalog(component("CloudRun", Optional.of(Cloud.GCP)),
        CloudFixtures.GCP)).doesNotThrowAnyException();
  }

  @Test
  void anotherProvidersCatalog_isRefused_namingBothProvidersWithTheirArticles() {
    assertThatThrownBy(() -> CloudEquivalents.checkCatalog(component("ServerlessInference", Optional.of(Cloud.AWS)),
            CloudFixtures.GCP))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("ServerlessInference.prices must be an AWS catalog (ServerlessInference prices AWS services),"
            + " but was gcp/test-central1, a Google Cloud catalog; use CloudRun or CloudFunctions, Google Cloud's"
            + " equivalent, or price ServerlessInference from PriceCatalogs.awsUsEast1()");
    assertThatThrownBy(() -> CloudEquivalents.checkCatalog(component("CloudRun", Optional.of(Cloud.GCP)),
            CloudFixtures.AZURE))
        .hasMessage("CloudRun.prices must be a Google Cloud catalog (CloudRun prices Google Cloud services), but"
            + " was azure/test-eastus, an Azure catalog; use AzureFunctions, Azure's equivalent, or price CloudRun"
            + " from PriceCatalogs.gcpUsCentral1()");
    assertThatThrownBy(() -> CloudEquivalents.checkCatalog(component("AzureOnlineEndpoint",
            Optional.of(Cloud.AZURE)), CloudFixtures.AWS))
        .hasMessage("AzureOnlineEndpoint.prices must be an Azure catalog (AzureOnlineEndpoint prices Azure"
            + " services), but was aws/test-east-1, an AWS catalog; use RealtimeInference or"
            + " AutoscaledRealtimeInference or MultiModelEndpoint or AsyncInference, AWS's equivalent, or price"
            + " AzureOnlineEndpoint from PriceCatalogs.azureEastUs()");
  }

  @Test
  void aComponentWithNoBundledEquivalent_isToldToWriteOne() {
    assertThatThrownBy(() -> CloudEquivalents.checkCatalog(component("FeatureStore", Optional.of(Cloud.AWS)),
            CloudFixtures.AZURE))
        .hasMessage("FeatureStore.prices must be an AWS catalog (FeatureStore prices AWS services), but was"
            + " azure/test-eastus, an Azure catalog; no Azure equivalent is bundled: write a CostComponent of your"
            + " own for Azure or price FeatureStore from PriceCatalogs.awsUsEast1()");
  }
}
