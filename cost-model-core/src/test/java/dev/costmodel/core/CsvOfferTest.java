package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceKey;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AWS offer files in CSV, and the loader's rules on the tiers of one SKU and the choice among SKUs, through
 * {@link AwsPriceList}. {@link OfferFiles#csv} writes five metadata rows and the header on line 6, so the n-th
 * row given is on line 6 + n.
 */
class CsvOfferTest {
  private static final PriceKey TRAINING = PriceKey.parse("SageMaker/Training/ml.m5.xlarge");

  private static OfferFiles.Row train(String sku, String start, String end, String price) {
    return new OfferFiles.Row(sku, "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", start, end, price);
  }

  private static AwsPriceList.Load load(String text) {
    return AwsPriceList.builder().region("us-east-1").add(new StringReader(text), "offer.csv").load();
  }

  private static void assertFails(String text, String message) {
    assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogFormatException.class).hasMessage(message);
  }

  @Test
  void aByteOrderMark_beforeTheFirstRow_isNotContent() {
    // Excel's "CSV UTF-8" starts the file with U+FEFF; the first metadata row is still "FormatVersion"
    String csv = "\uFEFF" + OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23")));
    assertThat(load(csv).catalog().price(TRAINING).unitPrice().price().amount()).isEqualByComparingTo("0.23");
  }

  @Test
  void aByteOrderMark_beforeAJsonOffer_isNotContent() {
    String json = "\uFEFF" + OfferFiles.json("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23")));
    assertThat(load(json).catalog().price(TRAINING).unitPrice().price().amount()).isEqualByComparingTo("0.23");
  }

  @Test
  void aRangeThatIsNoNumber_failsAtItsRowsLine() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "lots", "0.23")));
    assertFails(csv, "offer.csv:7: EndingRange must be a decimal number, but was 'lots'");
    String negative = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "-1", "Inf", "0.23")));
    assertFails(negative, "offer.csv:7: StartingRange must be >= 0, but was -1");
  }

  @Test
  void aBlankStartingRange_isZero_andABlankEndingRangeIsOpen() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", " ", " ", "0.23")));
    Price price = load(csv).catalog().price(TRAINING);
    assertThat(price.isTiered()).isFalse();
    assertThat(price.unitPrice().price().amount()).isEqualByComparingTo("0.23");
  }

  @Test
  void withoutRateCodeAndDescriptionColumns_theSourceNamesTheSkuOnly() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23")))
        .replace("\"RateCode\"", "\"Rate\"").replace("\"PriceDescription\"", "\"Text\"");
    assertThat(load(csv).catalog().price(TRAINING).source().description())
        .startsWith("AWS Price List AmazonSageMaker offer version 20260508220240, SKU T rate")
        .doesNotContain("JRTCKXETXF").doesNotContain("$0.23");
  }

  @Test
  void aRowOfTheWrongLength_failsNamingBothCounts() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23"))) + "\"X\",\"Y\"\n";
    // the header has 19 columns
    assertFails(csv, "offer.csv:8: expected 19 fields like the header, but found 2");
  }

  @Test
  void noHeader_orNoOfferCode_fail() {
    assertFails("\"FormatVersion\",\"v1.0\"\n\"OfferCode\",\"AmazonSageMaker\"\n",
        "offer.csv:2: no header row: an AWS offer CSV has 5 metadata rows, then a header starting with \"SKU\"");
    String noCode = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23")))
        .replace("\"OfferCode\",\"AmazonSageMaker\"\n", "\"OfferCode\"\n\n");
    assertFails(noCode, "offer.csv:1: no \"OfferCode\" metadata row before the header");
  }

  // --- the tiers of one SKU ---

  @Test
  void aSingleDimension_thatDoesNotStartAtZero_orIsClosed_isNoFlatPrice() {
    // either would be read as a flat price if only the count of dimensions were looked at
    assertFails(OfferFiles.csv("AmazonSageMaker", List.of(train("T", "5", "Inf", "0.23"))),
        "offer.csv:7: SKU T: Price.tiers of SageMaker/Training/ml.m5.xlarge must follow one another from 0: tier 1"
            + " must start at 0, but starts at 5");
    assertFails(OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "100", "0.23"))),
        "offer.csv:7: SKU T: Price.tiers of SageMaker/Training/ml.m5.xlarge must end with exactly one open tier,"
            + " but tier 1 ends at 100");
  }

  @Test
  void dimensionsWithOneStart_areOrderedByRateCode_soTheFaultIsTheSameInAnyFileOrder() {
    // both rows of SKU T start at 0; the 0.20 row's rate code is renamed T.JRTCKXETXF.A, which sorts before
    // T.JRTCKXETXF.R0, so it is tier 1 whichever row the file has first
    OfferFiles.Row a = new OfferFiles.Row("T", "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "10", "0.23");
    OfferFiles.Row b = new OfferFiles.Row("T", "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.20");
    String ab = OfferFiles.csv("AmazonSageMaker", List.of(a, b)).replace("T.JRTCKXETXF.R0\",\"OnDemand\",\"$0.20",
        "T.JRTCKXETXF.A\",\"OnDemand\",\"$0.20");
    String ba = OfferFiles.csv("AmazonSageMaker", List.of(b, a)).replace("T.JRTCKXETXF.R0\",\"OnDemand\",\"$0.20",
        "T.JRTCKXETXF.A\",\"OnDemand\",\"$0.20");
    // rate A (the open 0.20 row) sorts before R0 (the 0..10 row): tier 1 is open, so the fault names tier 1 open;
    // its line is A's: line 8 in the first file, line 7 in the second
    assertFails(ab, "offer.csv:8: SKU T: Price.tiers of SageMaker/Training/ml.m5.xlarge must end with exactly one"
        + " open tier, but tier 1 is open");
    assertFails(ba, "offer.csv:7: SKU T: Price.tiers of SageMaker/Training/ml.m5.xlarge must end with exactly one"
        + " open tier, but tier 1 is open");
  }

  // --- several SKUs of one key ---

  @Test
  void threeSkusOneKey_noneRunInstance_failsNamingTwoAndCountingTheRest() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("A", "0", "Inf", "0.1").withOperation("X"),
        train("B", "0", "Inf", "0.2").withOperation("Y"), train("C", "0", "Inf", "0.3").withOperation("Z")));
    assertFails(csv, "offer.csv:8: 3 SKUs map to SageMaker/Training/ml.m5.xlarge: A (offer.csv:7, operation 'X')"
        + " and B (offer.csv:8, operation 'Y') and 1 more; none has operation RunInstance, so no rule chooses one:"
        + " make the OfferMapping return empty for all but one of them");
  }

  @Test
  void theRunInstanceSku_chosenOverTwo_saysSkusInThePlural() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("A", "0", "Inf", "0.1").withOperation("X"),
        train("B", "0", "Inf", "0.2"), train("C", "0", "Inf", "0.3").withOperation("Z")));
    AwsPriceList.Load load = load(csv);
    assertThat(load.catalog().price(TRAINING).source().description())
        .endsWith("SKU B rate B.JRTCKXETXF.R0: $0.2 per USE1-Train:ml.m5.xlarge (operation RunInstance, chosen over"
            + " 2 other SKUs of this key)");
    assertThat(load.skipped()).containsExactly(Map.entry("AmazonSageMaker/Train", 2L));
    assertThat(load.skippedCount()).isEqualTo(2);
  }

  @Test
  void aUsageTypeStartingWithAColon_countsAsNoUsageType() {
    // the family is the usage type up to its first colon: here nothing
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23"),
        new OfferFiles.Row("S", "us-east-1", ":Studio", "Hrs", "0", "Inf", "1")));
    assertThat(load(csv).skipped()).containsExactly(Map.entry("AmazonSageMaker/(no usage type)", 1L));
  }

  @Test
  void aNamedCatalog_keepsItsName() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "0.23")));
    assertThat(AwsPriceList.builder().region(" us-east-1 ").name("mine").add(new StringReader(csv), "offer.csv")
        .build().name()).isEqualTo("mine");
  }

  @Test
  void theException_carriesFileLineAndColumn() {
    String csv = OfferFiles.csv("AmazonSageMaker", List.of(train("T", "0", "Inf", "abc")));
    CatalogFormatException e = (CatalogFormatException) org.assertj.core.api.Assertions.catchThrowable(
        () -> load(csv));
    assertThat(e.fileName()).isEqualTo("offer.csv");
    assertThat(e.line()).isEqualTo(7);
    // PricePerUnit is the 10th column; the nine before it are "T","JRTCKXETXF","T.JRTCKXETXF.R0","OnDemand",
    // "$abc per USE1-Train:ml.m5.xlarge","2026-05-01","0","Inf","Hrs", each quoted, with a comma after it
    int before = "\"T\",\"JRTCKXETXF\",\"T.JRTCKXETXF.R0\",\"OnDemand\",\"$abc per USE1-Train:ml.m5.xlarge\","
        .length() + "\"2026-05-01\",\"0\",\"Inf\",\"Hrs\",".length();
    assertThat(e.column()).isEqualTo(before + 1);
    assertThat(e.getMessage()).isEqualTo("offer.csv:7:" + (before + 1)
        + ": PricePerUnit must be a decimal number, but was 'abc'");
  }
}
