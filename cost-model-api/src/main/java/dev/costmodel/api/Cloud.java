package dev.costmodel.api;

import dev.costmodel.api.price.PriceCatalog;
import java.util.Optional;

/**
 * A cloud provider whose services the bundled components price: {@link #AWS}, {@link #GCP}, {@link #AZURE}.
 *
 * <p>A catalog knows its provider from the first part of its name ({@code aws/us-east-1}, {@code gcp/us-central1},
 * {@code azure/eastus}); a component knows its own from its package ({@code dev.costmodel.api.aws}, {@code .gcp},
 * {@code .azure}), or says so by overriding {@link CostComponent#cloud()}. {@link CostScenario} refuses a
 * component priced from another provider's catalog and names the provider's equivalent component.
 *
 * <pre>{@code
 * Cloud.of(PriceCatalogs.gcpUsCentral1());   // Optional[GCP]
 * Cloud.AZURE.id();                          // "azure"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Cloud {
  /** Amazon Web Services: SageMaker, Lambda, S3 ({@code dev.costmodel.api.aws}). */
  AWS("aws", "AWS"),
  /** Google Cloud: Vertex AI, Cloud Run, Cloud Functions ({@code dev.costmodel.api.gcp}). */
  GCP("gcp", "Google Cloud"),
  /** Microsoft Azure: Azure Machine Learning, Azure Functions ({@code dev.costmodel.api.azure}). */
  AZURE("azure", "Azure");

  /** Every constant, once: {@code values()} copies its array at each call, and scenarios ask at every build. */
  private static final Cloud[] ALL = values();

  private final String id;
  private final String displayName;
  private final String packageName;
  private final Optional<Cloud> optional;

  Cloud(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
    this.packageName = "dev.costmodel.api." + id;
    this.optional = Optional.of(this);
  }

  /** The provider's id in catalog names and packages: {@code aws}, {@code gcp}, {@code azure}. */
  public String id() {
    return id;
  }

  /** The provider's name for a reader: {@code AWS}, {@code Google Cloud}, {@code Azure}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The provider of {@code catalog}, read from the first part of its name ({@code gcp/us-central1} is GCP);
   * empty for a catalog of your own whose name names no provider ({@code test}, {@code mycompany/us-east-1}).
   */
  public static Optional<Cloud> of(PriceCatalog catalog) {
    String name = catalog.name();
    for (Cloud cloud : ALL) {
      int length = cloud.id.length();
      if (name.regionMatches(true, 0, cloud.id, 0, length) && (name.length() == length || name.charAt(length) == '/')) {
        return cloud.optional;
      }
    }
    return Optional.empty();
  }

  /**
   * The provider whose component package holds {@code type} ({@code dev.costmodel.api.gcp.CloudRun} is GCP);
   * empty for any other package.
   */
  public static Optional<Cloud> ofPackage(Class<?> type) {
    String name = type.getPackageName();
    for (Cloud cloud : ALL) {
      if (name.equals(cloud.packageName)) {
        return cloud.optional;
      }
    }
    return Optional.empty();
  }

  /** The display name. */
  @Override
  public String toString() {
    return displayName;
  }
}
