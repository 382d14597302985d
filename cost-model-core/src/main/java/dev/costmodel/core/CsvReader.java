package dev.costmodel.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A streaming RFC 4180 reader: one record at a time, quoted fields with doubled quotes and embedded commas
 * or line breaks, and the line and column of every record for error messages. Memory holds one record.
 */
final class CsvReader {
  private final Reader in;
  private final String fileName;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private final StringBuilder field = new StringBuilder(64);
  private long[] columns = new long[32];
  private boolean firstQuoted;

  private final boolean comments;

  /** A reader of plain CSV. */
  CsvReader(Reader in, String fileName) {
    this(in, fileName, false);
  }

  /** A reader that, if {@code comments}, returns a line starting with {@code #} whole, as one field. */
  CsvReader(Reader in, String fileName, boolean comments) {
    this.in = in;
    this.fileName = fileName;
    this.comments = comments;
  }

  /** The line the last record read started on (1-based). */
  long recordLine() {
    return recordLine;
  }

  /** The column (1-based) where field {@code index} of the last record starts. */
  long column(int index) {
    return index < columns.length ? columns[index] : 0;
  }

  /** Whether the first field of the last record was quoted (so a {@code #} in it is data, not a comment). */
  boolean firstFieldQuoted() {
    return firstQuoted;
  }

  /** The file name used in error messages. */
  String fileName() {
    return fileName;
  }

  /** Returns the next record's fields, or null at the end of the input. A blank line is an empty list. */
  @Nullable
  List<String> next() {
    int c = read();
    if (c == '\uFEFF' && recordLine == 0) {
      c = read(); // a byte-order mark, as Excel's "CSV UTF-8" writes, is not content
    }
    if (c < 0) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    firstQuoted = false;
    field.setLength(0);
    if (comments && c == '#') {
      while (c >= 0 && c != '\n') {
        if (c != '\r') {
          field.append((char) c);
        }
        c = read();
      }
      line++;
      fields.add(field.toString());
      return fields;
    }
    long column = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    long quoteLine = 0;
    long quoteColumn = 0;
    columns[0] = 1;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new CatalogFormatException(fileName, quoteLine, quoteColumn,
              "quoted field is never closed: add the closing \"");
        }
        fields.add(field.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int peek = read();
          if (peek == '"') {
            field.append('"');
            column += 2;
          } else {
            quoted = false;
            column++;
            c = peek;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
            column = 0;
          }
          field.append(ch);
          column++;
        }
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        column++;
        if (fields.size() == columns.length) {
          columns = java.util.Arrays.copyOf(columns, columns.length * 2);
        }
        columns[fields.size()] = column;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          int peek = read();
          if (peek != '\n' && peek >= 0) {
            position--;
          }
        }
        line++;
        if (fields.isEmpty() && field.length() == 0 && !wasQuoted) {
          return List.of();
        }
        fields.add(field.toString());
        return fields;
      } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        firstQuoted |= fields.isEmpty();
        quoteLine = line;
        quoteColumn = column;
        column++;
      } else if (ch == '"') {
        throw new CatalogFormatException(fileName, line, column,
            "unexpected \" inside an unquoted field: quote the whole field and double the inner quotes");
      } else if (wasQuoted) {
        throw new CatalogFormatException(fileName, line, column,
            "unexpected '" + ch + "' after a closing quote: expected a comma or the end of the line");
      } else {
        field.append(ch);
        column++;
      }
      c = read();
    }
  }

  private int read() {
    if (position == limit) {
      try {
        limit = in.read(buffer, 0, buffer.length);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + fileName + " at line " + line, e);
      }
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
