package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnknownPriceException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceCatalogsTest {
  private static final PriceCatalog US_EAST_1 = PriceCatalogs.awsUsEast1();

  @Test
  void awsUsEast1_isNamedAndShared() {
    assertThat(US_EAST_1.name()).isEqualTo("aws/us-east-1");
    assertThat(US_EAST_1.currency()).isEqualTo(Money.USD);
    assertThat(PriceCatalogs.of("aws", "us-east-1")).isSameAs(US_EAST_1);
    assertThat(PriceCatalogs.bundled()).contains("aws/us-east-1");
  }

  @Test
  void everyBundledPrice_hasSourceDateAndStatus() {
    for (String name : PriceCatalogs.bundled()) {
      String[] parts = name.split("/");
      PriceCatalog catalog = PriceCatalogs.of(parts[0], parts[1]);
      assertThat(catalog.prices()).isNotEmpty().allSatisfy(price -> {
        assertThat(price.source().description()).isNotBlank();
        assertThat(price.source().asOf()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        assertThat(price.source().status()).isNotNull();
      });
    }
  }

  @Test
  void seedPrices_areExactlyAsTheSeedStatesThem() {
    // seed report section 5: m5.xlarge $0.23/h, c5.xlarge $0.204/h, serverless 2 GB $0.00004/s,
    // data processed $0.016/GB, S3 Standard $0.023/GB-month
    assertThat(rate("SageMaker/Processing/ml.m5.xlarge")).isEqualByComparingTo("0.23");
    assertThat(rate("SageMaker/Training/ml.m5.xlarge")).isEqualByComparingTo("0.23");
    assertThat(rate("SageMaker/RealTimeHosting/ml.c5.xlarge")).isEqualByComparingTo("0.204");
    assertThat(rate("SageMaker/ServerlessInference/2048MB")).isEqualByComparingTo("0.00004");
    assertThat(rate("SageMaker/DataProcessedIn/endpoint")).isEqualByComparingTo("0.016");
    assertThat(rate("SageMaker/DataProcessedOut/endpoint")).isEqualByComparingTo("0.016");
    assertThat(rate("S3/Storage/Standard")).isEqualByComparingTo("0.023");
    assertThat(US_EAST_1.price(PriceKey.parse("S3/Storage/Standard")).unit()).isEqualTo(PriceUnit.GIB_MONTH);
  }

  @Test
  void s3Tiers_areRealTiers() {
    Price s3 = US_EAST_1.price(PriceKey.parse("S3/Storage/Standard"));
    assertThat(s3.tiers()).hasSize(3);
    assertThat(s3.tiers().get(1).source().orElseThrow().status()).isEqualTo(PriceStatus.INFERRED);
    assertThat(s3.costOf(new BigDecimal("614400")).amount()).isEqualByComparingTo("13465.6");
  }

  @Test
  void regionalCatalogs_holdWhatTheirSourcesSupport() {
    PriceCatalog ireland = PriceCatalogs.awsEuWest1();
    assertThat(ireland.name()).isEqualTo("aws/eu-west-1");
    assertThat(ireland.price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge")).unitPrice().price().amount())
        .isEqualByComparingTo("0.257");
    PriceCatalog tokyo = PriceCatalogs.awsApNortheast1();
    assertThat(tokyo.price(PriceKey.parse("S3/Storage/Standard")).unitPrice().price().amount())
        .isEqualByComparingTo("0.025");
    assertThat(PriceCatalogs.bundled()).containsExactly("aws/ap-northeast-1", "aws/eu-west-1", "aws/us-east-1",
        "azure/eastus", "gcp/us-central1");
  }

  @Test
  void regionalCatalog_withoutAPrice_failsNamingTheCatalogAndWhatItHas() {
    assertThatThrownBy(() -> PriceCatalogs.awsApNortheast1()
            .price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge")))
        .isInstanceOf(UnknownPriceException.class)
        .hasMessage("unknown resource 'ml.m5.xlarge' for SageMaker/Training in catalog aws/ap-northeast-1;"
            + " did you mean ml.g6.xlarge?");
  }

  @Test
  void usEast1_officialPricesAreOnlyTheTwoReadFromAws() {
    long official = US_EAST_1.prices().stream().filter(p -> p.source().status() == PriceStatus.OFFICIAL).count();
    assertThat(official).isEqualTo(2); // Lambda requests and duration: the only prices read from AWS itself
  }

  @Test
  void of_unknownRegion_suggestsTheNearest() {
    assertThatThrownBy(() -> PriceCatalogs.of("aws", "us-east1"))
        .isInstanceOf(UnknownPriceException.class)
        .hasMessageStartingWith("unknown region 'us-east1' for provider aws among the bundled catalogs [")
        .hasMessageEndingWith("; did you mean us-east-1?");
  }

  @Test
  void of_unknownProvider_suggestsTheNearest() {
    assertThatThrownBy(() -> PriceCatalogs.of("aws2", "us-east-1"))
        .isInstanceOf(UnknownPriceException.class)
        .hasMessageEndingWith("; did you mean aws?");
  }

  @Test
  void unknownInstanceType_namesCatalogAndNearest() {
    assertThatThrownBy(() -> US_EAST_1.price(PriceKey.parse("SageMaker/Training/ml.m5.xlarg")))
        .hasMessage("unknown resource 'ml.m5.xlarg' for SageMaker/Training in catalog aws/us-east-1;"
            + " did you mean ml.m5.xlarge?");
  }

  @Test
  void writeThenRead_givesAnEqualCatalog() {
    StringWriter out = new StringWriter();
    PriceCatalogs.write(US_EAST_1, out);
    PriceCatalog back = PriceCatalogs.read(new StringReader(out.toString()), "round-trip.csv");
    assertThat(back.name()).isEqualTo(US_EAST_1.name());
    assertThat(back.prices()).containsExactlyElementsOf(US_EAST_1.prices());
  }

  private static BigDecimal rate(String key) {
    return US_EAST_1.price(PriceKey.parse(key)).unitPrice().price().amount();
  }
}
