package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
import dev.costmodel.api.Workload;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.core.PriceCatalogs;
import org.junit.jupiter.api.Test;

class CrossCloudTest {
  private static final Workload SEED = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  private static CrossCloud.Builder threeClouds() {
    return CrossCloud.builder().name("s").workload(SEED).prices(PriceCatalogs.awsUsEast1())
        .prices(PriceCatalogs.gcpUsCentral1()).prices(PriceCatalogs.azureEastUs());
  }

  @Test
  void defaultMapping_pricesEachProvider() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.TRAINING).role(CrossCloud.Role.REALTIME_ENDPOINT).build();
    // AWS: 1.2 × 0.5 h × 0.23 = 0.138; 2 × 730 × 0.23 = 335.80; 83.9233 GiB × 0.016 = 1.3428; total 337.28
    assertThat(clouds.estimate(Cloud.AWS).total().rounded()).isEqualTo(Money.usd("337.28"));
    // GCP: 1.2 × 0.5 × 0.2185 = 0.1311; 2 × 730 × 0.219 = 319.74; total 319.87
    assertThat(clouds.estimate(Cloud.GCP).total().rounded()).isEqualTo(Money.usd("319.87"));
    // Azure: 1.2 × 0.5 × 0.293 = 0.1758; 2 × 730 × 0.293 = 427.78; total 427.96
    assertThat(clouds.estimate(Cloud.AZURE).total().rounded()).isEqualTo(Money.usd("427.96"));
    assertThat(clouds.comparison().estimates()).extracting(e -> e.scenarioName())
        .containsExactly("s / AWS", "s / Google Cloud", "s / Azure");
    assertThat(clouds.chart()).contains("<svg").contains("s / Google Cloud");
    assertThat(clouds.findings()).isEmpty();
  }

  @Test
  void serverlessDefaults_sageMakerCloudRunAzureFunctions() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS).build();
    // SageMaker 2 GB: 400,000 s × 0.00004 = 16.00 + data 1.34 = 17.34 (seed); Cloud Run 9.60 + 2.00 + 1.60 = 13.20;
    // Azure Functions 1.5 GB: 600,000 GB-s × 0.000016 = 9.60 + 4 × 0.20 = 0.80: 10.40
    assertThat(clouds.estimates()).extracting(e -> e.total().rounded())
        .containsExactly(Money.usd("17.34"), Money.usd("13.20"), Money.usd("10.40"));
  }

  @Test
  void roleMissingOnAProvider_isAFinding() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS)
        .role(CrossCloud.Role.REALTIME_ENDPOINT, VertexOnlinePrediction.builder().machineType("n1-standard-4")
            .acceleratorType("NVIDIA_TESLA_T4").minReplicas(2).build())
        .build();
    assertThat(clouds.findings()).filteredOn(f -> f.is(FindingCode.NO_EQUIVALENT)).hasSize(2);
    assertThat(clouds.findings()).anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
  }

  @Test
  void twoCatalogsOfOneProvider_isAnError() {
    assertThatThrownBy(() -> threeClouds().prices(PriceCatalogs.awsEuWest1()))
        .hasMessage("CrossCloud.prices must hold one catalog per provider, but AWS has both aws/us-east-1 and"
            + " aws/eu-west-1");
  }
}
