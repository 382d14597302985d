package dev.costmodel.core.analysis;

import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
