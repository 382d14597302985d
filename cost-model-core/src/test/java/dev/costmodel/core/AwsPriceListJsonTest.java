package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Offer files in JSON whose structure is wrong: each fails naming the file, where, and what AWS's files hold. */
class AwsPriceListJsonTest {
  private static PriceCatalog load(String text) {
    return AwsPriceList.builder().region("us-east-1").add(new StringReader(text), "AmazonSageMaker.json").build();
  }

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> load(json)).as(json).isInstanceOf(CatalogFormatException.class)
        .hasMessage(message);
  }

  @Test
  void aWellFormedFile_stillLoads() {
    PriceCatalog catalog = load(OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker()));
    assertThat(catalog.price(PriceKey.parse("SageMaker/RealTimeHosting/ml.c5.xlarge")).unitPrice().toString())
        .isEqualTo("USD 0.204/instance-hour");
  }

  @Test
  void structureInTheWrongOrderOrShape_fails() {
    assertFails("{\"products\": {}}", "AmazonSageMaker.json:1:14: \"offerCode\" must come before \"products\"");
    assertFails("{\"offerCode\": \"AmazonSageMaker\", \"terms\": {}}",
        "AmazonSageMaker.json:1:43: \"products\" must come before \"terms\" (as in AWS's files)");
    assertFails("{\"offerCode\": \"AmazonSageMaker\"}",
        "AmazonSageMaker.json:1: no \"products\" object in the offer file");
    assertFails("{\"offerCode\": \"AmazonSageMaker\", \"products\": []}",
        "AmazonSageMaker.json:1:46: \"products\" must be an object (found begin array)");
    assertFails("{\"offerCode\": {}}", "AmazonSageMaker.json:1:15: \"offerCode\" must be a string");
    assertFails("{\"offerCode\": \"AmazonSageMaker\", \"publicationDate\": \"2026-05-08\", \"products\": {\"SKU1\": \"x\"}}",
        "AmazonSageMaker.json:1:88: product SKU1 must be an object (found string)");
    assertFails("{\"offerCode\": \"AmazonSageMaker\", \"publicationDate\": \"2026-05-08\", \"products\": {\"SKU1\": {\"attributes\": []}}}",
        "AmazonSageMaker.json:1:103: attributes of product SKU1 must be an object (found begin array)");
  }

  @Test
  void contentAfterTheOffer_fails() {
    String json = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker());
    assertThatThrownBy(() -> load(json + "{}")).isInstanceOf(CatalogFormatException.class)
        .hasMessageEndingWith(": unexpected content after the offer object");
  }

  @Test
  void aDimensionWithoutAPrice_failsNamingIt() {
    String json = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replaceFirst("\"pricePerUnit\" : \\{ \"USD\" : \"[0-9.]+\" \\}", "\"pricePerUnit\" : { }");
    assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogFormatException.class)
        .hasMessageMatching("AmazonSageMaker\\.json:\\d+: price dimension \\S+ has no pricePerUnit");
  }

  @Test
  void otherRegionsOnly_failNamingTheRegionsTheFileHas() {
    String json = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker()).replace("us-east-1", "eu-west-1");
    assertThatThrownBy(() -> load(json)).hasMessageContaining("eu-west-1").hasMessageContaining("us-east-1");
  }
}
