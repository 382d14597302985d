package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFC 4180 reader under both price-file formats: records, quoting, line endings, and the line and column it
 * reports, which a user follows to the fault in the file.
 */
class CsvReaderTest {
  private static CsvReader reader(String text) {
    return new CsvReader(new StringReader(text), "prices.csv");
  }

  private static List<List<String>> records(CsvReader csv) {
    List<List<String>> records = new ArrayList<>();
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      records.add(record);
    }
    return records;
  }

  private static List<List<String>> records(String text) {
    return records(reader(text));
  }

  @Test
  void fields_quotedFields_doubledQuotes_andEmbeddedCommasAndLineBreaks() {
    assertThat(records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("", "", ""));
    assertThat(records("")).isEmpty();
    // the last record needs no line break
    assertThat(records("a,b")).containsExactly(List.of("a", "b"));
    assertThat(records("\"a\"")).containsExactly(List.of("a"));
  }

  @Test
  void blankLines_areEmptyRecords_butAQuotedEmptyFieldIsAField() {
    assertThat(records("a\n\nb\n")).containsExactly(List.of("a"), List.of(), List.of("b"));
    assertThat(records("\"\"\n")).containsExactly(List.of(""));
    assertThat(records("\"\",\"\"")).containsExactly(List.of("", ""));
  }

  @Test
  void lineEndings_lfCrlfAndCr_endARecordOnce() {
    assertThat(records("a,b\r\nc\rd\ne")).containsExactly(List.of("a", "b"), List.of("c"), List.of("d"),
        List.of("e"));
    assertThat(records("a\r")).containsExactly(List.of("a"));
    // a CR inside quotes is data
    assertThat(records("\"x\ry\",z\r\n")).containsExactly(List.of("x\ry", "z"));
  }

  @Test
  void crlf_splitAcrossTheBufferBoundary_isOneLineEnd() {
    // the reader fills 65,536 characters at a time: the first CR is the last of the first fill and its LF the first
    // of the next; 65,535 + 2 + 5 + 65,529 = 131,071 characters put the lone CR after the y's last in the second fill
    String first = "x".repeat(65_535);
    CsvReader csv = reader(first + "\r\nnext\r" + "y".repeat(65_529) + "\rlast");
    assertThat(csv.next()).containsExactly(first);
    assertThat(csv.next()).containsExactly("next");
    assertThat(csv.recordLine()).isEqualTo(2);
    assertThat(csv.next()).containsExactly("y".repeat(65_529));
    assertThat(csv.next()).containsExactly("last");
    assertThat(csv.recordLine()).isEqualTo(4);
    assertThat(csv.next()).isNull();
  }

  @Test
  void recordLine_countsEveryLineBreak_includingThoseInsideQuotes() {
    CsvReader csv = reader("h\n\"a\nb\nc\",d\n\ne\r\nf");
    csv.next();
    assertThat(csv.recordLine()).isEqualTo(1);
    assertThat(csv.next()).containsExactly("a\nb\nc", "d");
    assertThat(csv.recordLine()).isEqualTo(2);
    assertThat(csv.next()).isEmpty();
    assertThat(csv.recordLine()).isEqualTo(5);
    csv.next();
    assertThat(csv.recordLine()).isEqualTo(6);
    csv.next();
    assertThat(csv.recordLine()).isEqualTo(7);
  }

  @Test
  void column_isWhereEachFieldStarts_countingQuotesAndDoubledQuotes() {
    // "x""y",z,"",w: " at 1, x 2, "" 3-4, y 5, " 6, ',' 7, z 8, ',' 9, "" 10-11, ',' 12, w 13
    CsvReader csv = reader("\"x\"\"y\",z,\"\",w\n");
    assertThat(csv.next()).containsExactly("x\"y", "z", "", "w");
    assertThat(csv.column(0)).isEqualTo(1);
    assertThat(csv.column(1)).isEqualTo(8);
    assertThat(csv.column(2)).isEqualTo(10);
    assertThat(csv.column(3)).isEqualTo(13);
    // a quoted line break restarts the count: on line 2, b 1, " 2, ',' 3, c 4
    CsvReader multi = reader("\"a\nb\",c");
    multi.next();
    assertThat(multi.column(1)).isEqualTo(4);
  }

  @Test
  void column_ofManyFields_growsPastTheFirstThirtyTwo_andIsZeroBeyondTheArray() {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      cells.add(String.valueOf(i % 10));
    }
    CsvReader csv = reader(String.join(",", cells));
    assertThat(csv.next()).hasSize(70);
    // one character and a comma each: field i starts at column 2i + 1
    assertThat(csv.column(31)).isEqualTo(63);
    assertThat(csv.column(32)).isEqualTo(65);
    assertThat(csv.column(64)).isEqualTo(129);
    assertThat(csv.column(69)).isEqualTo(139);
    assertThat(csv.column(128)).isZero();
    assertThat(reader("a").column(32)).isZero();
  }

  @Test
  void comments_areWholeLinesInCommentMode_andDataOtherwise() {
    CsvReader comments = new CsvReader(new StringReader("# catalog: a, b\r\nx,y\n#last"), "p.csv", true);
    assertThat(comments.next()).containsExactly("# catalog: a, b");
    assertThat(comments.next()).containsExactly("x", "y");
    assertThat(comments.recordLine()).isEqualTo(2);
    assertThat(comments.next()).containsExactly("#last");
    assertThat(comments.recordLine()).isEqualTo(3);
    assertThat(comments.next()).isNull();
    assertThat(records("# a, b\n")).containsExactly(List.of("# a", " b"));
    assertThat(comments.fileName()).isEqualTo("p.csv");
  }

  @Test
  void firstFieldQuoted_tellsAQuotedHashFromAComment() {
    CsvReader csv = new CsvReader(new StringReader("\"#a\",b\na,\"b\"\n#c\n"), "p.csv", true);
    assertThat(csv.next()).containsExactly("#a", "b");
    assertThat(csv.firstFieldQuoted()).isTrue();
    assertThat(csv.next()).containsExactly("a", "b");
    assertThat(csv.firstFieldQuoted()).isFalse();
    assertThat(csv.next()).containsExactly("#c");
    assertThat(csv.firstFieldQuoted()).isFalse();
  }

  @Test
  void aByteOrderMark_beforeTheFirstRecord_isNotData() {
    CsvReader csv = reader("\uFEFF\"a\",b\n\uFEFFc");
    assertThat(csv.next()).containsExactly("a", "b");
    assertThat(csv.column(1)).isEqualTo(5);
    // only the first character of the file can be one
    assertThat(csv.next()).containsExactly("\uFEFFc");
  }

  @Test
  void aNulCharacter_isData_notTheEndOfTheFile() {
    // U+0000 is read as 0, the lowest character, never as the end (-1)
    assertThat(records("\u0000a\nb\u0000c\n")).containsExactly(List.of("\u0000a"), List.of("b\u0000c"));
    // after a lone CR the NUL starts the next record
    assertThat(records("a\r\u0000b")).containsExactly(List.of("a"), List.of("\u0000b"));
    CsvReader comments = new CsvReader(new StringReader("#a\u0000b\nx"), "p.csv", true);
    assertThat(comments.next()).containsExactly("#a\u0000b");
    assertThat(comments.next()).containsExactly("x");
  }

  @Test
  void malformedQuoting_failsAtTheLineAndColumn() {
    assertFails("a,b\nc,\"d\n", "prices.csv:2:3: quoted field is never closed: add the closing \"");
    assertFails("a,b\"c\n", "prices.csv:1:4: unexpected \" inside an unquoted field: quote the whole field and double"
        + " the inner quotes");
    assertFails("x\n\"a\"b,c\n", "prices.csv:2:4: unexpected 'b' after a closing quote: expected a comma or the end"
        + " of the line");
    // a quoted field spanning lines: the fault is on the line where it happens
    assertFails("\"a\nbc\"d", "prices.csv:2:4: unexpected 'd' after a closing quote: expected a comma or the end"
        + " of the line");
    assertFails("\"a\"\"", "prices.csv:1:1: quoted field is never closed: add the closing \"");
  }

  private static void assertFails(String text, String message) {
    assertThatThrownBy(() -> records(text)).as(text).isInstanceOf(CatalogFormatException.class).hasMessage(message);
  }
}
