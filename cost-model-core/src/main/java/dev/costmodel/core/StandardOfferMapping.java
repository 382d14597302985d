package dev.costmodel.core;

import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard {@link OfferMapping}: AWS usage types to the keys costmodel's components price with.
 *
 * <p>Usage types carry a region prefix ({@code USE1-Host:ml.m5.xlarge}, {@code EU-Requests-Tier1}) except
 * for some services in us-east-1 ({@code TimedStorage-ByteHrs}); the prefix is ignored here, because the
 * region filter has already chosen the rows.
 */
final class StandardOfferMapping implements OfferMapping {
  static final StandardOfferMapping INSTANCE = new StandardOfferMapping();

  private static final Pattern REGION_PREFIX = Pattern.compile("^[A-Z]{2,4}[0-9]?-(?=[A-Z])");
  private static final Pattern INSTANCE_USAGE =
      Pattern.compile("^(Host|Train|Processing|Tsform|AsyncInf):(ml\\.[a-z0-9]+\\.[a-z0-9]+)$");
  private static final Pattern MEMORY = Pattern.compile("(\\d+)GB$");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private StandardOfferMapping() {}

  @Override
  public Optional<Target> map(String offerCode, Map<String, String> attributes) {
    String usage = usageType(attributes);
    if (usage.isEmpty()) {
      return Optional.empty();
    }
    switch (offerCode) {
      case "AmazonSageMaker":
        return sageMaker(usage);
      case "AmazonS3":
        return s3(usage);
      case "AWSLambda":
        return lambda(usage);
      default:
        return Optional.empty();
    }
  }

  static String usageType(Map<String, String> attributes) {
    String usage = attributes.getOrDefault("usagetype", "");
    return REGION_PREFIX.matcher(usage).replaceFirst("");
  }

  private static Optional<Target> sageMaker(String usage) {
    Matcher instance = INSTANCE_USAGE.matcher(usage);
    if (instance.matches()) {
      String kind;
      switch (instance.group(1)) {
        case "Host":
          kind = "RealTimeHosting";
          break;
        case "Train":
          kind = "Training";
          break;
        case "Processing":
          kind = "Processing";
          break;
        case "Tsform":
          kind = "BatchTransform";
          break;
        default:
          kind = "AsyncInference";
          break;
      }
      return target("SageMaker", kind, instance.group(2), PriceUnit.INSTANCE_HOUR, BigDecimal.ONE);
    }
    Matcher memory = MEMORY.matcher(usage);
    String megabytes = memory.find() ? (Integer.parseInt(memory.group(1)) * 1024) + "MB" : "";
    if (usage.startsWith("ServerlessInf:Mem-") && !megabytes.isEmpty()) {
      return target("SageMaker", "ServerlessInference", megabytes, PriceUnit.SECOND, BigDecimal.ONE);
    }
    if (usage.contains("ProvisionedConcurrency:Usage-") && !megabytes.isEmpty()) {
      return target("SageMaker", "ServerlessProvisionedConcurrency", megabytes,
          PriceUnit.PROVISIONED_CONCURRENCY_SECOND, BigDecimal.ONE);
    }
    if (usage.contains("ProvisionedConcurrency:Mem-") && !megabytes.isEmpty()) {
      return target("SageMaker", "ServerlessPCInferenceDuration", megabytes, PriceUnit.SECOND, BigDecimal.ONE);
    }
    switch (usage) {
      case "Data-Bytes-In":
        return target("SageMaker", "DataProcessedIn", "endpoint", PriceUnit.GIB, BigDecimal.ONE);
      case "Data-Bytes-Out":
        return target("SageMaker", "DataProcessedOut", "endpoint", PriceUnit.GIB, BigDecimal.ONE);
      case "Host:VolumeUsage.gp2":
        return target("SageMaker", "MLStorage", "gp2", PriceUnit.GIB_MONTH, BigDecimal.ONE);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Target> s3(String usage) {
    switch (usage) {
      case "TimedStorage-ByteHrs":
        return target("S3", "Storage", "Standard", PriceUnit.GIB_MONTH, BigDecimal.ONE);
      case "Requests-Tier1":
        return target("S3", "Requests", "PUT", PriceUnit.THOUSAND_REQUESTS, THOUSAND);
      case "Requests-Tier2":
        return target("S3", "Requests", "GET", PriceUnit.THOUSAND_REQUESTS, THOUSAND);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Target> lambda(String usage) {
    switch (usage) {
      case "Request":
        return target("Lambda", "Requests", "", PriceUnit.MILLION_REQUESTS, MILLION);
      case "Lambda-GB-Second":
        return target("Lambda", "Duration", "x86", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      case "Lambda-GB-Second-ARM":
        return target("Lambda", "Duration", "arm", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      case "Lambda-Provisioned-Concurrency":
        return target("Lambda", "ProvisionedConcurrency", "x86", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      case "Lambda-Provisioned-Concurrency-ARM":
        return target("Lambda", "ProvisionedConcurrency", "arm", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      case "Lambda-Provisioned-GB-Second":
        return target("Lambda", "ProvisionedConcurrencyDuration", "x86", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      case "Lambda-Provisioned-GB-Second-ARM":
        return target("Lambda", "ProvisionedConcurrencyDuration", "arm", PriceUnit.GIB_SECOND, BigDecimal.ONE);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Target> target(String service, String usage, String resource, PriceUnit unit,
      BigDecimal factor) {
    return Optional.of(Target.of(PriceKey.of(service, usage, resource), unit, factor));
  }
}
