package dev.costmodel.examples;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Environments;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.azure.AzureOnlineEndpoint;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.analysis.CrossCloud;
import java.util.List;
import java.util.Map;

/**
 * The deployment chapter's three clouds, priced: the same workload (the seed report's 100,000 users × 40
 * requests, one shared model) on SageMaker, Vertex AI and Azure ML, and the chapter's environment table (dev 1
 * instance, staging 2, production 3 or more with autoscaling) on each.
 *
 * <p>The endpoints are the chapter's own machine types where it names them (Vertex AI n1-standard-4, Azure
 * Standard_DS3_v2) and ml.m5.xlarge on AWS (4 vCPU, like the other two). Production is priced at its floor of 3:
 * at the seed's traffic an autoscaled endpoint stays at its minimum ({@link EnvironmentCosts} shows it on AWS).
 */
public final class ThreeClouds {
  private ThreeClouds() {}

  /** Prints the comparison and each provider's environments as Markdown. */
  public static void main(String[] args) {
    System.out.println(comparison());
    for (Cloud cloud : Cloud.values()) {
      System.out.println("\n" + cloud + ":\n\n" + environments(cloud).estimate());
    }
  }

  /** The seed workload with one shared model, trained and served on each cloud by the default mapping. */
  public static CrossCloud comparison() {
    // three-clouds:begin
    CrossCloud clouds = CrossCloud.builder()
        .name("shared model").workload(SeedScenarios.WORKLOAD).topology(ModelTopology.shared())
        .prices(PriceCatalogs.awsUsEast1())        // aws/us-east-1
        .prices(PriceCatalogs.gcpUsCentral1())     // gcp/us-central1
        .prices(PriceCatalogs.azureEastUs())       // azure/eastus
        .role(CrossCloud.Role.TRAINING)            // SageMaker training ↔ Vertex AI custom training ↔ Azure ML compute
        .role(CrossCloud.Role.REALTIME_ENDPOINT)   // real-time endpoint ↔ Vertex AI online prediction ↔ managed online endpoint
        .build();
    // clouds.estimate(Cloud.AWS).total().rounded()     USD 337.28
    // clouds.estimate(Cloud.GCP).total().rounded()     USD 319.87
    // clouds.estimate(Cloud.AZURE).total().rounded()   USD 427.96
    // clouds.comparison().toMarkdown(), clouds.chart() (SVG), clouds.findings()
    // three-clouds:end
    return clouds;
  }

  /** The endpoint of {@code count} instances on {@code cloud}. */
  public static CostComponent endpoint(Cloud cloud, int count) {
    switch (cloud) {
      case AWS:
        return RealtimeInference.builder().instanceType("ml.m5.xlarge").instanceCount(count).build();
      case GCP:
        return VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(count).build();
      default:
        return AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2").instanceCount(count).build();
    }
  }

  private static final Map<Cloud, PriceCatalog> PRICES = Map.of(Cloud.AWS, PriceCatalogs.awsUsEast1(),
      Cloud.GCP, PriceCatalogs.gcpUsCentral1(), Cloud.AZURE, PriceCatalogs.azureEastUs());

  /**
   * The chapter's environment table on {@code cloud}: dev 1 instance with dev traffic, staging 2 with staging
   * traffic, production 3 (the floor of "3+"; on AWS the autoscaled 3-to-10 endpoint of {@link EnvironmentCosts}).
   */
  public static Environments environments(Cloud cloud) {
    CostComponent production = cloud == Cloud.AWS ? EnvironmentCosts.autoscaled(3) : endpoint(cloud, 3);
    CostScenario base = CostScenario.builder()
        .name("ml-system on " + cloud).prices(PRICES.get(cloud))
        .workload(EnvironmentCosts.PRODUCTION).topology(ModelTopology.shared())
        .addComponent(production)
        .build();
    return Environments.of(base)
        .environment("dev", s -> s.withWorkload(EnvironmentCosts.DEV_TRAFFIC)
            .withComponents(List.of(endpoint(cloud, 1))))
        .environment("staging", s -> s.withWorkload(EnvironmentCosts.STAGING_TRAFFIC)
            .withComponents(List.of(endpoint(cloud, 2))))
        .environment("prod", s -> s);
  }
}
