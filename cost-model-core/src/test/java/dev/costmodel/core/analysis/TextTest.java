package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The escaping the CSV, Markdown and HTML renderings rely on (RFC 4180 for CSV). */
class TextTest {
  @Test
  void csv_quotesAFieldWithACommaQuoteOrNewline_whereverItIs() {
    assertThat(Text.csv("plain field")).isEqualTo("plain field");
    // at the very start of the field, too
    assertThat(Text.csv(",leading comma")).isEqualTo("\",leading comma\"");
    assertThat(Text.csv("\"quoted\" name")).isEqualTo("\"\"\"quoted\"\" name\"");
    assertThat(Text.csv("\nnew line")).isEqualTo("\"\nnew line\"");
    assertThat(Text.csv("a, b")).isEqualTo("\"a, b\"");
    assertThat(Text.csv("")).isEqualTo("");
  }

  @Test
  void inlineSvg_dropsTheXmlDeclarationLineOnly() {
    assertThat(Text.inlineSvg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg width=\"10\"></svg>\n"))
        .isEqualTo("<svg width=\"10\"></svg>\n");
    assertThat(Text.inlineSvg("<svg></svg>")).isEqualTo("<svg></svg>");
  }

  @Test
  void markdown_escapesPipesAndFoldsLines() {
    assertThat(Text.markdown("a|b\nc")).isEqualTo("a\\|b c");
  }
}
