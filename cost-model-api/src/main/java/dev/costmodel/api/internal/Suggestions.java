package dev.costmodel.api.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Nearest known names to a mistyped one, by edit distance (case-insensitive). */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Returns up to {@code limit} of the candidates nearest to {@code name}: those at the least edit distance,
   * provided it is within a third of the longer name (at least 2), so nonsense gets no suggestion.
   */
  public static List<String> nearest(String name, Collection<String> candidates, int limit) {
    String needle = name.toLowerCase(Locale.ROOT);
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      String hay = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(needle, hay);
      int allowed = Math.max(2, Math.max(needle.length(), hay.length()) / 3);
      if (distance <= allowed || (needle.length() >= 3 && hay.startsWith(needle))) {
        scored.add(new Scored(candidate, distance));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> names = new ArrayList<>();
    for (Scored s : scored) {
      if (names.size() == limit || s.distance() > scored.get(0).distance()) {
        break;
      }
      if (!names.contains(s.name())) {
        names.add(s.name());
      }
    }
    return names;
  }

  /** {@code ", did you mean a, b or c?"}, or the empty string when there is nothing near. */
  public static String didYouMean(String name, Collection<String> candidates) {
    List<String> near = nearest(name, candidates, 3);
    if (near.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; did you mean ");
    for (int i = 0; i < near.size(); i++) {
      if (i > 0) {
        text.append(i == near.size() - 1 ? " or " : ", ");
      }
      text.append(near.get(i));
    }
    return text.append('?').toString();
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String name, int distance) {}
}
