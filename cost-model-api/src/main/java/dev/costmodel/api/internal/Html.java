package dev.costmodel.api.internal;

/** HTML text for notebook front-ends: escaping, so a scenario name cannot break or inject markup. */
public final class Html {
  private Html() {}

  /**
   * The text with {@code &}, {@code <}, {@code >}, {@code "} and {@code '} replaced by entities, safe inside an
   * element and inside a quoted attribute: {@code a < b & "c"} becomes {@code a &lt; b &amp; &quot;c&quot;}.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
