package dev.costmodel.api.internal;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.price.PriceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which bundled component serves the same role on each provider, and the check that a provider's component is
 * priced from that provider's catalog. Not part of the public api.
 */
public final class CloudEquivalents {
  /** Roles, each with the bundled components that serve it on AWS, GCP and Azure (in that order). */
  private static final List<List<List<String>>> ROLES = List.of(
      List.of(List.of("ServerlessInference", "LambdaInference"), List.of("CloudRun", "CloudFunctions"),
          List.of("AzureFunctions")),
      List.of(List.of("RealtimeInference", "AutoscaledRealtimeInference", "MultiModelEndpoint", "AsyncInference"),
          List.of("VertexOnlinePrediction"), List.of("AzureOnlineEndpoint")),
      List.of(List.of("BatchTransform"), List.of("VertexBatchPrediction"), List.of("AzureMLCompute")),
      List.of(List.of("RetrainPipeline", "DriftMonitor"), List.of("VertexTraining"), List.of("AzureMLCompute")));

  private static final Map<Cloud, String> CATALOGS = Map.of(Cloud.AWS, "PriceCatalogs.awsUsEast1()",
      Cloud.GCP, "PriceCatalogs.gcpUsCentral1()", Cloud.AZURE, "PriceCatalogs.azureEastUs()");

  private CloudEquivalents() {}

  /**
   * The bundled components on {@code target} that serve the roles {@code component} (a component's
   * {@link CostComponent#name()}) serves on its own provider, each once, in the order of the roles (a component
   * with two roles, such as {@code AzureMLCompute} for batch scoring and training, names both roles'
   * components); empty if none is bundled.
   */
  public static List<String> equivalents(String component, Cloud target) {
    List<String> found = new ArrayList<>();
    for (List<List<String>> role : ROLES) {
      for (List<String> names : role) {
        if (names.contains(component)) {
          for (String name : role.get(target.ordinal())) {
            if (!found.contains(name)) {
              found.add(name);
            }
          }
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Throws if {@code component} belongs to one provider and {@code prices} to another, naming the equivalent
   * component on the catalog's provider and a catalog of the component's own.
   */
  public static void checkCatalog(CostComponent component, PriceCatalog prices) {
    Optional<Cloud> own = component.cloud();
    Optional<Cloud> catalog = Cloud.of(prices);
    if (own.isEmpty() || catalog.isEmpty() || own.get() == catalog.get()) {
      return;
    }
    Cloud target = catalog.get();
    List<String> equivalents = equivalents(component.name(), target);
    String fix = equivalents.isEmpty()
        ? "no " + target + " equivalent is bundled: write a CostComponent of your own for " + target
        : "use " + String.join(" or ", equivalents) + ", " + target + "'s equivalent,";
    throw new IllegalArgumentException(component.name() + ".prices must be " + article(own.get()) + " catalog ("
        + component.name() + " prices " + own.get() + " services), but was " + prices.name() + ", "
        + article(target) + " catalog; " + fix + " or price " + component.name() + " from "
        + CATALOGS.get(own.get()));
  }

  private static String article(Cloud cloud) {
    return cloud == Cloud.AWS || cloud == Cloud.AZURE ? "an " + cloud : "a " + cloud;
  }
}
