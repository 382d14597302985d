package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every usage type the standard mapping knows, with and without AWS's region prefix, typed in from the AWS Price
 * List's usage-type names: the key, the unit, and how many offer units make one of ours.
 */
class StandardOfferMappingTest {
  private static Optional<OfferMapping.Target> map(String offerCode, String usageType) {
    return StandardOfferMapping.INSTANCE.map(offerCode, Map.of("usagetype", usageType));
  }

  private static void assertMaps(String offerCode, String usageType, String key, PriceUnit unit, long factor) {
    OfferMapping.Target target = map(offerCode, usageType).orElseThrow(
        () -> new AssertionError(offerCode + " " + usageType + " should map to " + key));
    assertThat(target.key()).as(usageType).isEqualTo(PriceKey.parse(key));
    assertThat(target.unit()).as(usageType).isEqualTo(unit);
    assertThat(target.offerUnitsPerUnit()).as(usageType).isEqualByComparingTo(BigDecimal.valueOf(factor));
  }

  @Test
  void lambda_everyArmAndProvisionedUsageType_hasItsOwnKey() {
    assertMaps("AWSLambda", "USE1-Request", "Lambda/Requests", PriceUnit.MILLION_REQUESTS, 1_000_000);
    assertMaps("AWSLambda", "Request", "Lambda/Requests", PriceUnit.MILLION_REQUESTS, 1_000_000);
    assertMaps("AWSLambda", "USE1-Lambda-GB-Second", "Lambda/Duration/x86", PriceUnit.GIB_SECOND, 1);
    assertMaps("AWSLambda", "APN1-Lambda-GB-Second-ARM", "Lambda/Duration/arm", PriceUnit.GIB_SECOND, 1);
    assertMaps("AWSLambda", "USE1-Lambda-Provisioned-Concurrency", "Lambda/ProvisionedConcurrency/x86",
        PriceUnit.GIB_SECOND, 1);
    assertMaps("AWSLambda", "EU-Lambda-Provisioned-Concurrency-ARM", "Lambda/ProvisionedConcurrency/arm",
        PriceUnit.GIB_SECOND, 1);
    assertMaps("AWSLambda", "USE1-Lambda-Provisioned-GB-Second", "Lambda/ProvisionedConcurrencyDuration/x86",
        PriceUnit.GIB_SECOND, 1);
    assertMaps("AWSLambda", "USE1-Lambda-Provisioned-GB-Second-ARM", "Lambda/ProvisionedConcurrencyDuration/arm",
        PriceUnit.GIB_SECOND, 1);
    assertThat(map("AWSLambda", "USE1-Lambda-Edge-Request")).isEmpty();
  }

  @Test
  void sageMaker_instancesServerlessAndProvisionedConcurrency() {
    assertMaps("AmazonSageMaker", "USE1-Host:ml.c5.xlarge", "SageMaker/RealTimeHosting/ml.c5.xlarge",
        PriceUnit.INSTANCE_HOUR, 1);
    assertMaps("AmazonSageMaker", "USE1-Train:ml.m5.xlarge", "SageMaker/Training/ml.m5.xlarge",
        PriceUnit.INSTANCE_HOUR, 1);
    assertMaps("AmazonSageMaker", "Processing:ml.m5.xlarge", "SageMaker/Processing/ml.m5.xlarge",
        PriceUnit.INSTANCE_HOUR, 1);
    assertMaps("AmazonSageMaker", "USE1-Tsform:ml.g4dn.xlarge", "SageMaker/BatchTransform/ml.g4dn.xlarge",
        PriceUnit.INSTANCE_HOUR, 1);
    assertMaps("AmazonSageMaker", "USE1-AsyncInf:ml.g5.xlarge", "SageMaker/AsyncInference/ml.g5.xlarge",
        PriceUnit.INSTANCE_HOUR, 1);
    // memory in GB on AWS's side, MB in our key: 4 × 1024 = 4096, 2 × 1024 = 2048
    assertMaps("AmazonSageMaker", "USE1-ServerlessInf:Mem-4GB", "SageMaker/ServerlessInference/4096MB",
        PriceUnit.SECOND, 1);
    assertMaps("AmazonSageMaker", "USE1-ServerlessInf:ProvisionedConcurrency:Usage-Mem-2GB",
        "SageMaker/ServerlessProvisionedConcurrency/2048MB", PriceUnit.PROVISIONED_CONCURRENCY_SECOND, 1);
    assertMaps("AmazonSageMaker", "USE1-ServerlessInf:ProvisionedConcurrency:Mem-6GB",
        "SageMaker/ServerlessPCInferenceDuration/6144MB", PriceUnit.SECOND, 1);
    assertMaps("AmazonSageMaker", "USE1-Data-Bytes-In", "SageMaker/DataProcessedIn/endpoint", PriceUnit.GIB, 1);
    assertMaps("AmazonSageMaker", "Data-Bytes-Out", "SageMaker/DataProcessedOut/endpoint", PriceUnit.GIB, 1);
    assertMaps("AmazonSageMaker", "USE1-Host:VolumeUsage.gp2", "SageMaker/MLStorage/gp2", PriceUnit.GIB_MONTH, 1);
    // no memory size: not a serverless price
    assertThat(map("AmazonSageMaker", "USE1-ServerlessInf:Mem-")).isEmpty();
    assertThat(map("AmazonSageMaker", "USE1-ServerlessInf:ProvisionedConcurrency:Usage-Mem")).isEmpty();
    assertThat(map("AmazonSageMaker", "USE1-ServerlessInf:ProvisionedConcurrency:Mem-")).isEmpty();
    assertThat(map("AmazonSageMaker", "USE1-Studio:ml.t3.medium")).isEmpty();
    assertThat(map("AmazonSageMaker", "USE1-Host:ml.c5.xlarge-extra")).isEmpty();
  }

  @Test
  void s3_storageAndRequests_perThousand() {
    assertMaps("AmazonS3", "TimedStorage-ByteHrs", "S3/Storage/Standard", PriceUnit.GIB_MONTH, 1);
    assertMaps("AmazonS3", "EU-TimedStorage-ByteHrs", "S3/Storage/Standard", PriceUnit.GIB_MONTH, 1);
    assertMaps("AmazonS3", "USE1-Requests-Tier1", "S3/Requests/PUT", PriceUnit.THOUSAND_REQUESTS, 1000);
    assertMaps("AmazonS3", "Requests-Tier2", "S3/Requests/GET", PriceUnit.THOUSAND_REQUESTS, 1000);
    assertThat(map("AmazonS3", "USE1-TimedStorage-GlacierByteHrs")).isEmpty();
  }

  @Test
  void otherServicesAndMissingUsageTypes_mapToNothing() {
    assertThat(map("AmazonEC2", "USE1-BoxUsage:m5.xlarge")).isEmpty();
    assertThat(map("AmazonSageMaker", "")).isEmpty();
    assertThat(StandardOfferMapping.INSTANCE.map("AWSLambda", Map.of("operation", "Invoke"))).isEmpty();
    assertThat(StandardOfferMapping.usageType(Map.of("usagetype", "APS3-Host:ml.m5.large")))
        .isEqualTo("Host:ml.m5.large");
    assertThat(StandardOfferMapping.usageType(Map.of("usagetype", "Host:ml.m5.large"))).isEqualTo("Host:ml.m5.large");
  }
}
