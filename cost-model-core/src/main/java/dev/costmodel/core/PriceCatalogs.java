package dev.costmodel.core;

import dev.costmodel.api.internal.Suggestions;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.UnknownPriceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled price catalogs, and reading and writing catalogs in costmodel's price file format.
 *
 * <p>Bundled catalogs are snapshots shipped inside this jar: every price names its source, its as-of date and
 * whether it was read from an official source, a secondary one, or inferred. Nothing is fetched over the
 * network. Each catalog is read once and shared.
 *
 * <pre>{@code
 * PriceCatalog prices = PriceCatalogs.awsUsEast1();
 * prices.price(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge")).source();
 * PriceCatalogs.of("aws", "us-east-1");   // the same catalog
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PriceCatalogs {
  /** Bundled catalogs by provider and region, and the resource each is read from. */
  private static final Map<String, Map<String, String>> BUNDLED = Map.of(
      "aws", Map.of(
          "us-east-1", "aws-us-east-1.csv",
          "eu-west-1", "aws-eu-west-1.csv",
          "ap-northeast-1", "aws-ap-northeast-1.csv"),
      "gcp", Map.of("us-central1", "gcp-us-central1.csv"),
      "azure", Map.of("eastus", "azure-eastus.csv"));

  private static final Map<String, PriceCatalog> LOADED = new ConcurrentHashMap<>();

  private PriceCatalogs() {}

  /** AWS, US East (N. Virginia): the seed report's region and prices. */
  public static PriceCatalog awsUsEast1() {
    return of("aws", "us-east-1");
  }

  /**
   * AWS, Europe (Ireland): the prices of an AWS-published sample bill (SageMaker instances, data processed, ML
   * storage). It lacks S3, serverless inference and most instance types; see the file's header.
   */
  public static PriceCatalog awsEuWest1() {
    return of("aws", "eu-west-1");
  }

  /**
   * AWS, Asia Pacific (Tokyo): the prices a third-party model read from the AWS Price List (S3, Lambda, API
   * Gateway HTTP, data transfer, SageMaker ml.g6.xlarge training). It lacks SageMaker hosting, processing and
   * serverless inference; see the file's header.
   */
  public static PriceCatalog awsApNortheast1() {
    return of("aws", "ap-northeast-1");
  }

  /**
   * Google Cloud, us-central1 (Iowa): Vertex AI training, online and batch prediction by machine type (N1, E2,
   * N2) and the NVIDIA T4; Cloud Run request-based billing with minimum instances; Cloud Functions (1st gen).
   * Several Vertex AI prices are inferred; see the file's header and each price's source.
   */
  public static PriceCatalog gcpUsCentral1() {
    return of("gcp", "us-central1");
  }

  /**
   * Azure, East US: Linux pay-as-you-go VM sizes for Azure Machine Learning compute and managed online endpoints
   * (DS v2, D v3 and v5, NC T4 v3) and Azure Functions on the consumption plan. Standard_DS3_v2 is contested
   * among third-party sources and marked inferred; see its source.
   */
  public static PriceCatalog azureEastUs() {
    return of("azure", "eastus");
  }

  /**
   * Returns the bundled catalog of {@code provider} and {@code region}.
   *
   * @throws UnknownPriceException naming the bundled providers or regions nearest to the one asked for
   */
  public static PriceCatalog of(String provider, String region) {
    Map<String, String> regions = BUNDLED.get(provider);
    if (regions == null) {
      throw new UnknownPriceException("unknown provider '" + provider + "' among the bundled catalogs "
          + bundled() + Suggestions.didYouMean(provider, BUNDLED.keySet()),
          Suggestions.nearest(provider, BUNDLED.keySet(), 3));
    }
    String resource = regions.get(region);
    if (resource == null) {
      throw new UnknownPriceException("unknown region '" + region + "' for provider " + provider
          + " among the bundled catalogs " + bundled() + Suggestions.didYouMean(region, regions.keySet()),
          Suggestions.nearest(region, regions.keySet(), 3));
    }
    return LOADED.computeIfAbsent(provider + "/" + region, name -> load(name, resource));
  }

  /** The names of the bundled catalogs, such as {@code aws/us-east-1}, sorted. */
  public static List<String> bundled() {
    Map<String, String> names = new TreeMap<>();
    BUNDLED.forEach((provider, regions) -> regions.keySet().forEach(r -> names.put(provider + "/" + r, r)));
    return List.copyOf(names.keySet());
  }

  /**
   * Reads a catalog from a file in costmodel's price format (UTF-8); its name comes from the
   * {@code # catalog:} comment, or else the file name.
   *
   * @throws CatalogFormatException with file, line and column if the file is malformed; nothing is loaded
   */
  public static PriceCatalog read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CatalogFile.read(reader, file.toString(), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read price file " + file, e);
    }
  }

  /** Reads a catalog in costmodel's price format from {@code reader}; {@code fileName} appears in errors. */
  public static PriceCatalog read(Reader reader, String fileName) {
    return CatalogFile.read(reader, fileName, null);
  }

  /** Writes {@code catalog} in costmodel's price format; {@link #read(Reader, String)} reads it back equal. */
  public static void write(PriceCatalog catalog, Writer out) {
    CatalogFile.write(catalog, out);
  }

  private static PriceCatalog load(String name, String resource) {
    try (InputStream in = PriceCatalogs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled catalog " + name + " is missing from the jar: " + resource);
      }
      PriceCatalog catalog = CatalogFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, name);
      if (!catalog.name().equals(name)) {
        throw new IllegalStateException(
            "bundled catalog " + resource + " names itself " + catalog.name() + ", expected " + name);
      }
      return catalog;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled catalog " + name, e);
    }
  }

}
