package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.azure.AzureFunctions;
import dev.costmodel.api.gcp.CloudRun;
import dev.costmodel.api.internal.CloudEquivalents;
import dev.costmodel.api.price.PriceCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which provider a catalog's name and a component's package name. */
class CloudTest {
  private static Optional<Cloud> of(String catalogName) {
    return Cloud.of(PriceCatalog.of(catalogName, Fixtures.PRICES.prices()));
  }

  @Test
  void idsAndDisplayNames() {
    assertThat(Cloud.AWS.id()).isEqualTo("aws");
    assertThat(Cloud.GCP.id()).isEqualTo("gcp");
    assertThat(Cloud.AZURE.id()).isEqualTo("azure");
    assertThat(Cloud.AWS.displayName()).isEqualTo("AWS");
    assertThat(Cloud.GCP.displayName()).isEqualTo("Google Cloud");
    assertThat(Cloud.AZURE.displayName()).isEqualTo("Azure");
    // a reader sees the display name in messages
    assertThat(Cloud.GCP).hasToString("Google Cloud");
    assertThat(Cloud.AZURE).hasToString("Azure");
  }

  @Test
  void catalog_isTheProviderItsNameStartsWith_beforeASlashOrAlone() {
    assertThat(of("aws/us-east-1")).contains(Cloud.AWS);
    assertThat(of("gcp/us-central1")).contains(Cloud.GCP);
    assertThat(of("azure/eastus")).contains(Cloud.AZURE);
    assertThat(of("azure")).contains(Cloud.AZURE);
    assertThat(of("gcp")).contains(Cloud.GCP);
    // case does not matter
    assertThat(of("GCP/us-central1")).contains(Cloud.GCP);
    assertThat(of("Azure/westeurope")).contains(Cloud.AZURE);
  }

  @Test
  void catalog_ofNoProvider_isEmpty() {
    assertThat(of("test")).isEmpty();
    assertThat(of("mycompany/us-east-1")).isEmpty();
    // a provider's id must be the whole first part of the name
    assertThat(of("awsome/us-east-1")).isEmpty();
    assertThat(of("gcpx")).isEmpty();
    assertThat(of("azure-eastus")).isEmpty();
    assertThat(of("gc")).isEmpty();
    assertThat(of("my-aws/us-east-1")).isEmpty();
  }

  @Test
  void component_isTheProviderOfItsPackage() {
    assertThat(Cloud.ofPackage(ServerlessInference.class)).contains(Cloud.AWS);
    assertThat(Cloud.ofPackage(CloudRun.class)).contains(Cloud.GCP);
    assertThat(Cloud.ofPackage(AzureFunctions.class)).contains(Cloud.AZURE);
    // any other package, this one's parent and siblings included, has none
    assertThat(Cloud.ofPackage(CostScenario.class)).isEmpty();
    assertThat(Cloud.ofPackage(CloudEquivalents.class)).isEmpty();
    assertThat(Cloud.ofPackage(String.class)).isEmpty();
  }
}
