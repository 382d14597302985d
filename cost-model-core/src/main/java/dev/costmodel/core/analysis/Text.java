package dev.costmodel.core.analysis;

import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Html;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Text helpers shared by the analyses' Markdown, CSV and JSON renderings. */
final class Text {
  private Text() {}

  /** An amount for a reader: grouped, rounded to the currency's minor unit. */
  static String amount(Money money) {
    return Formats.fixed(money.amount(), minor(money));
  }

  /** An amount for a machine: plain, rounded to the currency's minor unit. */
  static String plainAmount(Money money) {
    return money.amount().setScale(minor(money), RoundingMode.HALF_UP).toPlainString();
  }

  /** A number for a reader: grouped, at most four decimals. */
  static String number(BigDecimal value) {
    return Formats.number(value);
  }

  /** Text escaped for HTML: {@code &}, {@code <}, {@code >} and quotes. */
  static String html(String text) {
    return Html.escape(text);
  }

  /**
   * A {@code <div class="costmodel-<kind>">} holding a table with a caption (escaped here), the header and rows
   * as given (each cell escaped here; the first column left-aligned, the others right-aligned), a last row in
   * bold when {@code boldLast}, and then {@code after}, which must already be HTML (a paragraph, a chart).
   */
  static String htmlTable(String kind, String caption, List<String> header, List<List<String>> rows,
      boolean boldLast, String after) {
    StringBuilder html = new StringBuilder("<div class=\"costmodel-").append(kind).append("\">\n<table>\n<caption>")
        .append(html(caption)).append("</caption>\n<thead><tr>");
    for (String cell : header) {
      html.append("<th>").append(html(cell)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      boolean bold = boldLast && r == rows.size() - 1;
      html.append("<tr>");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        html.append(c == 0 ? "<td>" : "<td style=\"text-align:right\">").append(bold ? "<b>" : "")
            .append(html(row.get(c))).append(bold ? "</b>" : "").append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").append(after).append("</div>\n").toString();
  }

  /** An SVG document as an element to put inside HTML: without its XML declaration. */
  static String inlineSvg(String svg) {
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
  }

  static String markdown(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static String csv(String text) {
    return text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        ? text : '"' + text.replace("\"", "\"\"") + '"';
  }

  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  private static int minor(Money money) {
    return Math.max(money.currency().getDefaultFractionDigits(), 0);
  }
}
