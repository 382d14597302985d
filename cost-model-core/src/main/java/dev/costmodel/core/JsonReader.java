package dev.costmodel.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * A streaming JSON pull reader: one token at a time, with the line and column of each, so memory does not
 * grow with the document. Enough JSON for AWS price-list files; numbers are returned as text.
 */
final class JsonReader {
  enum Token { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, NAME, STRING, NUMBER, TRUE, FALSE, NULL, END }

  private final Reader in;
  private final String fileName;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long column;
  private long tokenLine;
  private long tokenColumn;
  private final StringBuilder text = new StringBuilder(64);
  /** Nesting: 'o' for an object, 'a' for an array; and whether a value was seen at each level. */
  private final char[] stack = new char[256];
  private final boolean[] seen = new boolean[256];
  private int depth;
  private boolean expectName;
  private boolean afterName;

  JsonReader(Reader in, String fileName) {
    this.in = in;
    this.fileName = fileName;
  }

  /** The text of the last NAME, STRING or NUMBER token. */
  String text() {
    return text.toString();
  }

  long line() {
    return tokenLine;
  }

  long column() {
    return tokenColumn;
  }

  /** The current nesting depth (0 at top level, 1 inside the root object…). */
  int depth() {
    return depth;
  }

  Token next() {
    int c = skipWhitespace();
    if (c == '\uFEFF' && line == 1 && column == 1) {
      column = 0; // a byte-order mark, as editors on Windows write, is not content
      c = skipWhitespace();
    }
    tokenLine = line;
    tokenColumn = column;
    if (c < 0) {
      if (depth > 0) {
        throw fault("unexpected end of file: " + depth + " unclosed " + (stack[depth - 1] == 'o' ? "{" : "["));
      }
      return Token.END;
    }
    char ch = (char) c;
    if (depth > 0 && !afterName && (ch != '}' && ch != ']')) {
      if (seen[depth - 1]) {
        if (ch != ',') {
          throw fault("expected ',' or '" + (stack[depth - 1] == 'o' ? '}' : ']') + "' but found '" + ch + "'");
        }
        c = skipWhitespace();
        if (c < 0) {
          throw fault("unexpected end of file after ','");
        }
        tokenLine = line;
        tokenColumn = column;
        ch = (char) c;
      }
      seen[depth - 1] = true;
    }
    if (afterName) {
      afterName = false;
      if (ch == '}' || ch == ']' || ch == ',') {
        throw fault("expected a value for \"" + text + "\" but found '" + ch + "'");
      }
    }
    if (depth > 0 && stack[depth - 1] == 'o' && expectName) {
      if (ch == '}') {
        return close('o');
      }
      if (ch != '"') {
        throw fault("expected a quoted name but found '" + ch + "'");
      }
      readString();
      int colon = skipWhitespace();
      if (colon != ':') {
        throw fault("expected ':' after name \"" + text + "\"");
      }
      expectName = false;
      afterName = true;
      return Token.NAME;
    }
    switch (ch) {
      case '{':
        push('o');
        expectName = true;
        return Token.BEGIN_OBJECT;
      case '[':
        push('a');
        return Token.BEGIN_ARRAY;
      case '}':
        return close('o');
      case ']':
        return close('a');
      case '"':
        readString();
        valueDone();
        return Token.STRING;
      case 't':
        literal("true");
        valueDone();
        return Token.TRUE;
      case 'f':
        literal("false");
        valueDone();
        return Token.FALSE;
      case 'n':
        literal("null");
        valueDone();
        return Token.NULL;
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          readNumber(ch);
          valueDone();
          return Token.NUMBER;
        }
        throw fault("unexpected character '" + ch + "'");
    }
  }

  /** Skips the value that starts with {@code token} (already read), with everything nested in it. */
  void skipValue(Token token) {
    if (token != Token.BEGIN_OBJECT && token != Token.BEGIN_ARRAY) {
      return;
    }
    int target = depth - 1;
    while (depth > target) {
      if (next() == Token.END) {
        throw fault("unexpected end of file");
      }
    }
  }

  CatalogFormatException fault(String problem) {
    return new CatalogFormatException(fileName, tokenLine, tokenColumn, problem);
  }

  private void valueDone() {
    if (depth > 0 && stack[depth - 1] == 'o') {
      expectName = true;
    }
  }

  private void push(char kind) {
    if (depth == stack.length) {
      throw fault("nesting deeper than " + stack.length);
    }
    stack[depth] = kind;
    seen[depth] = false;
    depth++;
  }

  private Token close(char kind) {
    if (depth == 0 || stack[depth - 1] != kind) {
      throw fault("unexpected '" + (kind == 'o' ? '}' : ']') + "'");
    }
    depth--;
    valueDone();
    return kind == 'o' ? Token.END_OBJECT : Token.END_ARRAY;
  }

  private void readString() {
    text.setLength(0);
    while (true) {
      int c = read();
      if (c < 0) {
        throw fault("string is never closed: add the closing \"");
      }
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        int e = read();
        switch (e) {
          case 'n': text.append('\n'); break;
          case 't': text.append('\t'); break;
          case 'r': text.append('\r'); break;
          case 'b': text.append('\b'); break;
          case 'f': text.append('\f'); break;
          case 'u':
            int code = 0;
            for (int i = 0; i < 4; i++) {
              int h = Character.digit(read(), 16);
              if (h < 0) {
                throw fault("bad \\u escape in a string");
              }
              code = code * 16 + h;
            }
            text.append((char) code);
            break;
          case '"': case '\\': case '/':
            text.append((char) e);
            break;
          default:
            throw fault("bad escape '\\" + (e < 0 ? "" : String.valueOf((char) e)) + "' in a string");
        }
      } else if (c == '\n') {
        throw fault("line break inside a string");
      } else {
        text.append((char) c);
      }
    }
  }

  private void readNumber(char first) {
    text.setLength(0);
    text.append(first);
    while (true) {
      int c = read();
      if (c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        text.append((char) c);
      } else {
        unread(c);
        return;
      }
    }
  }

  private void literal(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (read() != word.charAt(i)) {
        throw fault("expected " + word);
      }
    }
  }

  private int skipWhitespace() {
    while (true) {
      int c = read();
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
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
    char c = buffer[position++];
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return c;
  }

  private void unread(int c) {
    if (c >= 0) {
      position--;
      if (c == '\n') {
        line--;
      } else {
        column--;
      }
    }
  }
}
