package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.core.JsonReader.Token;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming JSON tokenizer of the offer files: tokens, their text and positions (line and column, from 1),
 * and a malformed file's error, which names file, line and column so a user can open the file there.
 */
class JsonReaderTest {
  private static JsonReader reader(String json) {
    return new JsonReader(new StringReader(json), "offer.json");
  }

  private static List<String> tokens(String json) {
    JsonReader reader = reader(json);
    List<String> tokens = new ArrayList<>();
    for (Token token = reader.next(); token != Token.END; token = reader.next()) {
      boolean hasText = token == Token.NAME || token == Token.STRING || token == Token.NUMBER;
      tokens.add(hasText ? token + " " + reader.text() : token.toString());
    }
    return tokens;
  }

  @Test
  void everyKindOfToken_withItsText() {
    assertThat(tokens("{\"a\": [1, -2.5e+3, \"x\\\"y\\u0041\\n\\t\\/\\\\\", true, false, null], \"b\": {}, \"c\": []}"))
        .containsExactly("BEGIN_OBJECT", "NAME a", "BEGIN_ARRAY", "NUMBER 1", "NUMBER -2.5e+3", "STRING x\"yA\n\t/\\",
            "TRUE", "FALSE", "NULL", "END_ARRAY", "NAME b", "BEGIN_OBJECT", "END_OBJECT", "NAME c", "BEGIN_ARRAY",
            "END_ARRAY", "END_OBJECT");
    assertThat(tokens("  \r\n\t")).isEmpty();
    assertThat(tokens("\"\\r\\b\\f\"")).containsExactly("STRING \r\b\f");
    assertThat(tokens("[0,1E2,3.0]")).containsExactly("BEGIN_ARRAY", "NUMBER 0", "NUMBER 1E2", "NUMBER 3.0",
        "END_ARRAY");
  }

  @Test
  void positions_lineAndColumnOfEachToken_andTheDepth() {
    JsonReader reader = reader("{\n  \"price\" : 12,\n  \"unit\": \"Hrs\"\n}");
    assertThat(reader.next()).isEqualTo(Token.BEGIN_OBJECT);
    assertThat(reader.line()).isEqualTo(1);
    assertThat(reader.column()).isEqualTo(1);
    assertThat(reader.depth()).isEqualTo(1);
    assertThat(reader.next()).isEqualTo(Token.NAME);
    assertThat(reader.line()).isEqualTo(2);
    assertThat(reader.column()).isEqualTo(3);
    assertThat(reader.next()).isEqualTo(Token.NUMBER);
    assertThat(reader.text()).isEqualTo("12");
    assertThat(reader.column()).isEqualTo(13);
    assertThat(reader.next()).isEqualTo(Token.NAME);
    assertThat(reader.line()).isEqualTo(3);
    assertThat(reader.column()).isEqualTo(3);
    assertThat(reader.next()).isEqualTo(Token.STRING);
    assertThat(reader.column()).isEqualTo(11);
    assertThat(reader.next()).isEqualTo(Token.END_OBJECT);
    assertThat(reader.line()).isEqualTo(4);
    assertThat(reader.column()).isEqualTo(1);
    assertThat(reader.depth()).isZero();
    assertThat(reader.next()).isEqualTo(Token.END);
  }

  @Test
  void numberAtTheEndOfALine_keepsTheNextLinesPositions() {
    JsonReader reader = reader("[1\n,2]");
    reader.next();
    reader.next();
    assertThat(reader.next()).isEqualTo(Token.NUMBER);
    assertThat(reader.text()).isEqualTo("2");
    assertThat(reader.line()).isEqualTo(2);
    assertThat(reader.column()).isEqualTo(2);
  }

  @Test
  void skipValue_skipsANestedValueWhole() {
    JsonReader reader = reader("{\"skip\": {\"x\": [1, {\"y\": [2, 3]}], \"z\": {}}, \"keep\": 3}");
    assertThat(reader.next()).isEqualTo(Token.BEGIN_OBJECT);
    assertThat(reader.next()).isEqualTo(Token.NAME);
    reader.skipValue(reader.next());
    assertThat(reader.depth()).isEqualTo(1);
    assertThat(reader.next()).isEqualTo(Token.NAME);
    assertThat(reader.text()).isEqualTo("keep");
    assertThat(reader.next()).isEqualTo(Token.NUMBER);
    reader.skipValue(Token.NUMBER); // a scalar is already skipped
    assertThat(reader.next()).isEqualTo(Token.END_OBJECT);
    JsonReader array = reader("[[1, [2]], 4]");
    array.next();
    array.skipValue(array.next());
    assertThat(array.next()).isEqualTo(Token.NUMBER);
    assertThat(array.text()).isEqualTo("4");
  }

  @Test
  void largeFile_tokensAcrossTheBufferBoundary() {
    // the reader fills 65,536 characters at a time: a string and a number that straddle the boundary
    String longText = "p".repeat(65_530);
    List<String> tokens = tokens("[\"" + longText + "\", 123456789, \"end\"]");
    assertThat(tokens).containsExactly("BEGIN_ARRAY", "STRING " + longText, "NUMBER 123456789", "STRING end",
        "END_ARRAY");
  }

  @Test
  void malformedFiles_failNamingFileLineAndColumn() {
    assertFails("{\"a\" 1}", "offer.json:1:2: expected ':' after name \"a\"");
    assertFails("[1 2]", "offer.json:1:4: expected ',' or ']' but found '2'");
    assertFails("{\"a\": 1 \"b\": 2}", "offer.json:1:9: expected ',' or '}' but found '\"'");
    assertFails("{1: 2}", "offer.json:1:2: expected a quoted name but found '1'");
    assertFails("[1,", "offer.json:1:3: unexpected end of file after ','");
    assertFails("[1", "offer.json:1:2: unexpected end of file: 1 unclosed [");
    assertFails("{\"a\": {", "offer.json:1:7: unexpected end of file: 2 unclosed {");
    assertFails("[1}", "offer.json:1:3: unexpected '}'");
    assertFails("{\"a\": 1]", "offer.json:1:8: expected a quoted name but found ']'");
    assertFails("]", "offer.json:1:1: unexpected ']'");
    assertFails("\"abc", "offer.json:1:1: string is never closed: add the closing \"");
    assertFails("\"a\\qb\"", "offer.json:1:1: bad escape '\\q' in a string");
    assertFails("\"a\\", "offer.json:1:1: bad escape '\\' in a string");
    assertFails("\"\\u00G1\"", "offer.json:1:1: bad \\u escape in a string");
    assertFails("[\"a\nb\"]", "offer.json:1:2: line break inside a string");
    assertFails("tru", "offer.json:1:1: expected true");
    assertFails("[fals]", "offer.json:1:2: expected false");
    assertFails("nul", "offer.json:1:1: expected null");
    assertFails("[1, @]", "offer.json:1:5: unexpected character '@'");
    assertFails("[".repeat(257), "offer.json:1:257: nesting deeper than 256");
    JsonReader truncated = reader("{\"x\": [1, 2");
    truncated.next();
    truncated.next();
    assertThatThrownBy(() -> truncated.skipValue(truncated.next()))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("offer.json:1:11: unexpected end of file: 2 unclosed [");
  }

  @Test
  void aMissingValue_failsWhereTheValueShouldBe_namingTheName() {
    // {"a": } used to read as an object with a name and no value, and failed (if at all) far from here
    assertFails("{\"a\":}", "offer.json:1:6: expected a value for \"a\" but found '}'");
    assertFails("{\"a\": ]", "offer.json:1:7: expected a value for \"a\" but found ']'");
    assertFails("{\"a\": , \"b\": 1}", "offer.json:1:7: expected a value for \"a\" but found ','");
    assertFails("[{\"x\": 1, \"long name\":\n }]", "offer.json:2:2: expected a value for \"long name\" but found '}'");
  }

  @Test
  void aByteOrderMark_atTheStart_isNotContent_andColumnsCountFromTheNextCharacter() {
    assertThat(tokens("\uFEFF{\"a\": 1}")).containsExactly("BEGIN_OBJECT", "NAME a", "NUMBER 1", "END_OBJECT");
    JsonReader reader = reader("\uFEFF[\n 2]");
    reader.next();
    assertThat(reader.column()).isEqualTo(1);
    reader.next();
    assertThat(reader.line()).isEqualTo(2);
    assertThat(reader.column()).isEqualTo(2);
    assertFails("\uFEFF{\"a\" 1}", "offer.json:1:2: expected ':' after name \"a\"");
    // anywhere else it is a stray character
    assertFails("[\uFEFF]", "offer.json:1:2: unexpected character '\uFEFF'");
    assertFails(" \uFEFF[]", "offer.json:1:2: unexpected character '\uFEFF'");
  }

  @Test
  void literalsAndNumbers_asObjectValues_areFollowedByNames() {
    assertThat(tokens("{\"a\":true,\"b\":false,\"c\":null,\"d\":9,\"e\":\"x\"}")).containsExactly("BEGIN_OBJECT",
        "NAME a", "TRUE", "NAME b", "FALSE", "NAME c", "NULL", "NAME d", "NUMBER 9", "NAME e", "STRING x", "END_OBJECT");
  }

  @Test
  void aNulCharacter_isACharacter_notTheEndOfTheFile() {
    // U+0000 is read as 0, the lowest character, never as the end (-1)
    assertFails("[\u0000]", "offer.json:1:2: unexpected character '\u0000'");
    assertFails("[1,\u0000]", "offer.json:1:4: unexpected character '\u0000'");
    assertFails("[1\u0000]", "offer.json:1:3: expected ',' or ']' but found '\u0000'");
    assertThat(tokens("\"a\u0000b\"")).containsExactly("STRING a\u0000b");
    assertFails("\"\\\u0000\"", "offer.json:1:1: bad escape '\\\u0000' in a string");
  }

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> tokens(json)).as(json).isInstanceOf(CatalogFormatException.class).hasMessage(message);
  }
}
