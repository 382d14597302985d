package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFileTest {
  private static final String HEADER =
      "# catalog: test/x\nservice,usage,resource,unit,tier_start,tier_end,price,currency,source,as_of,status\n";

  private static PriceCatalog read(String text) {
    return PriceCatalogs.read(new StringReader(text), "prices.csv");
  }

  @Test
  void read_flatAndTieredRows() {
    PriceCatalog catalog = read(HEADER
        + "SageMaker,Training,ml.m5.xlarge,instance-hour,,,0.23,USD,\"seed, section 5\",2026,secondary\n"
        + "S3,Storage,Standard,GiB-month,0,10,0.5,USD,a,2026-01,official\n"
        + "S3,Storage,Standard,GiB-month,10,,0.25,USD,b,2026-01-02,inferred\n");
    assertThat(catalog.name()).isEqualTo("test/x");
    assertThat(catalog.price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge")).source().description())
        .isEqualTo("seed, section 5");
    assertThat(catalog.price(PriceKey.parse("S3/Storage/Standard")).costOf(java.math.BigDecimal.valueOf(12))
        .amount()).isEqualByComparingTo("5.5");
  }

  @Test
  void negativePrice_isRejectedWithLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,-1,USD,src,2026,secondary\n"))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("prices.csv:3:14: price must be >= 0, but was -1");
  }

  @Test
  void nonNumericPrice_isRejectedWithLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,abc,USD,src,2026,secondary\n"))
        .hasMessage("prices.csv:3:14: price must be a decimal number, but was 'abc'");
  }

  @Test
  void unknownCurrency_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,XXX1,src,2026,secondary\n"))
        .hasMessage("prices.csv:3:16: currency must be an ISO 4217 code such as USD, EUR or JPY, but was 'XXX1'");
  }

  @Test
  void missingSource_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,USD,,2026,secondary\n"))
        .hasMessage("prices.csv:3:20: source must name where the price was read, but was blank");
  }

  @Test
  void badDate_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,USD,src,soon,secondary\n"))
        .hasMessageStartingWith("prices.csv:3:24: PriceSource.asOf must be an ISO-8601 year");
  }

  @Test
  void unknownStatus_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,USD,src,2026,maybe\n"))
        .hasMessage("prices.csv:3:29: status must be official, secondary or inferred, but was 'maybe'");
  }

  @Test
  void unknownUnit_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,fortnight,,,1,USD,src,2026,secondary\n"))
        .hasMessageStartingWith("prices.csv:3:7: price unit must be one of instance-hour,");
  }

  @Test
  void wrongFieldCount_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,1,USD\n"))
        .hasMessageStartingWith("prices.csv:3: expected 11 fields");
  }

  @Test
  void unclosedQuote_isRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,USD,\"src,2026,secondary\n"))
        .hasMessage("prices.csv:3:20: quoted field is never closed: add the closing \"");
  }

  @Test
  void tierGap_isRejectedNamingTheKey() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,GiB,0,10,1,USD,s,2026,secondary\nA,B,C,GiB,11,,1,USD,s,2026,secondary\n"))
        .hasMessage("prices.csv:3: Price.tiers of A/B/C must follow one another from 0: tier 2 must start at 10,"
            + " but starts at 11");
  }

  @Test
  void mixedCurrencies_areRejected() {
    assertThatThrownBy(() -> read(HEADER + "A,B,C,hour,,,1,USD,s,2026,secondary\nA,B,D,hour,,,1,EUR,s,2026,secondary\n"))
        .hasMessage("prices.csv:4: currency EUR of A/B/D differs from USD of the rows above: one catalog holds"
            + " one currency");
  }

  @Test
  void wrongHeader_isRejected() {
    assertThatThrownBy(() -> read("service,price\nA,1\n"))
        .hasMessageStartingWith("prices.csv:1:1: header must be service,usage,resource,");
  }

  @Test
  void headerOnly_isRejected() {
    assertThatThrownBy(() -> read(HEADER)).hasMessageEndingWith("no prices: the file has a header only");
  }

  @Test
  void fromFile_namesTheCatalogAfterTheFileWhenUncommented(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.csv");
    Files.writeString(file, HEADER.substring(HEADER.indexOf('\n') + 1) + "A,B,C,hour,,,1,USD,s,2026,secondary\n");
    assertThat(PriceCatalogs.read(file).name()).isEqualTo("mine.csv");
  }

  @Test
  void quotedFieldsWithCommasAndQuotes_areRead() {
    PriceCatalog catalog = read(HEADER + "A,B,C,hour,,,1,USD,\"say \"\"hi\"\", twice\",2026,secondary\r\n");
    assertThat(catalog.price(PriceKey.parse("A/B/C")).source().description()).isEqualTo("say \"hi\", twice");
  }

  @Test
  void blankAndWhitespaceOnlyLines_andAQuotedEmptyLine_areSkipped() {
    PriceCatalog catalog = read(HEADER + "   \n\nA,B,C,hour,,,1,USD,s,2026,secondary\n\"\"\n\t\n");
    assertThat(catalog.prices()).hasSize(1);
  }

  @Test
  void aByteOrderMark_beforeTheCatalogComment_isNotContent() {
    // Excel's "CSV UTF-8" writes U+FEFF first; the comment naming the catalog must still be a comment
    PriceCatalog catalog = read("\uFEFF" + HEADER + "A,B,C,hour,,,1,USD,s,2026,secondary\n");
    assertThat(catalog.name()).isEqualTo("test/x");
  }

  @Test
  void aBlankServiceOrUsage_isRejectedAtItsField() {
    // "  ,B,…": the blank service starts at column 1; "A,  ,C,…": the blank usage starts at column 3
    assertThatThrownBy(() -> read(HEADER + "  ,B,C,hour,,,1,USD,s,2026,secondary\n"))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("prices.csv:3:1: PriceKey.service must not be blank, but was '  '");
    assertThatThrownBy(() -> read(HEADER + "A,  ,C,hour,,,1,USD,s,2026,secondary\n"))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("prices.csv:3:3: PriceKey.usage must not be blank, but was '  '");
  }

  @Test
  void write_quotesWhatCsvOrACommentWouldMisread_andNothingElse() {
    // a service starting with # would read back as a comment line; a comma, a quote or a line break anywhere
    // (the first character included) would split or end the field. The "#A" row was read as a comment, and so
    // written, read back and lost; a quoted first field is data now. (A source's leading line break would be
    // stripped with its other blanks, so the break sits inside.)
    String text = HEADER
        + "\"#A\",B,C,hour,,,1,USD,\",lead\",2026,secondary\n"
        + "S,U,\"R\"\"q\",GiB-month,0,10,0.5,USD,\"\"\"q\"\" first\",2026-01,official\n"
        + "S,U,\"R\"\"q\",GiB-month,10,,0.25,USD,\"two\nlines\",2026-01-02,inferred\n"
        + "T,U,x#y,hour,,,2,USD,plain text,2026,secondary\n";
    PriceCatalog catalog = read(text);
    java.io.StringWriter out = new java.io.StringWriter();
    PriceCatalogs.write(catalog, out);
    assertThat(out.toString()).isEqualTo("# costmodel price catalog\n# catalog: test/x\n# currency: USD\n"
        + "service,usage,resource,unit,tier_start,tier_end,price,currency,source,as_of,status\n"
        + "\"#A\",B,C,hour,,,1,USD,\",lead\",2026,secondary\n"
        + "S,U,\"R\"\"q\",GiB-month,0,10,0.5,USD,\"\"\"q\"\" first\",2026-01,official\n"
        + "S,U,\"R\"\"q\",GiB-month,10,,0.25,USD,\"two\nlines\",2026-01-02,inferred\n"
        + "T,U,x#y,hour,,,2,USD,plain text,2026,secondary\n");
    assertThat(read(out.toString()).prices()).containsExactlyElementsOf(catalog.prices());
  }

  @Test
  void write_flushesWhatItWrote() {
    PriceCatalog catalog = read(HEADER + "A,B,C,hour,,,1,USD,s,2026,secondary\n");
    java.io.StringWriter target = new java.io.StringWriter();
    // a buffered writer, as Files.newBufferedWriter gives, holds everything until flushed
    PriceCatalogs.write(catalog, new java.io.BufferedWriter(target, 1 << 16));
    assertThat(target.toString()).endsWith("A,B,C,hour,,,1,USD,s,2026,secondary\n");
  }
}
