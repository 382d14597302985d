package dev.costmodel.core;

/**
 * Thrown when a price file cannot be read: the message names the file, the line, the column where known, and
 * what is wrong. Nothing of a file that fails is loaded.
 */
public final class CatalogFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final long line;
  private final long column;

  /** Creates an exception for {@code fileName} at {@code line} and {@code column} (0 when unknown). */
  public CatalogFormatException(String fileName, long line, long column, String problem) {
    super(fileName + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
  }

  /** The file that failed. */
  public String fileName() {
    return fileName;
  }

  /** The line that failed, 1-based. */
  public long line() {
    return line;
  }

  /** The column that failed, 1-based, or 0 when only the line is known. */
  public long column() {
    return column;
  }
}
