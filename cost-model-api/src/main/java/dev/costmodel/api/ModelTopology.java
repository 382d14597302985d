package dev.costmodel.api;

import java.util.Objects;

/**
 * How many models the system trains, stores and monitors: one per user, one per group of users, or one
 * shared by all (the seed report's patterns A, B and C).
 *
 * <pre>{@code
 * ModelTopology.perUser().modelCount(workload);      // 100,000 for 100,000 users
 * ModelTopology.perGroup(200).modelCount(workload);  // 200
 * ModelTopology.shared().modelCount(workload);       // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelTopology {
  /** The three shapes a topology can take. */
  public enum Kind {
    /** One model per user (pattern A). */
    PER_USER,
    /** One model per group of users (pattern B). */
    PER_GROUP,
    /** One model for everyone (pattern C). */
    SHARED
  }

  private static final ModelTopology PER_USER = new ModelTopology(Kind.PER_USER, 0);
  private static final ModelTopology SHARED = new ModelTopology(Kind.SHARED, 1);

  private final Kind kind;
  private final long groups;

  private ModelTopology(Kind kind, long groups) {
    this.kind = kind;
    this.groups = groups;
  }

  /** One model per user. */
  public static ModelTopology perUser() {
    return PER_USER;
  }

  /** One model per group: {@code groups} models, at least one. */
  public static ModelTopology perGroup(long groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("ModelTopology.perGroup groups must be >= 1, but was " + groups);
    }
    return new ModelTopology(Kind.PER_GROUP, groups);
  }

  /** One model shared by every user. */
  public static ModelTopology shared() {
    return SHARED;
  }

  /** How many groups {@code perGroup(n)} asked for ({@code n}); 0 for the other shapes. */
  public long groups() {
    return kind == Kind.PER_GROUP ? groups : 0;
  }

  /** Which shape this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * How many models this topology needs for {@code workload}: one per user, one per group that has users
   * ({@code perGroup(300)} for 200 users is 200 models, since a group without users trains nothing), or one.
   */
  public long modelCount(Workload workload) {
    switch (kind) {
      case PER_USER:
        return workload.users();
      case PER_GROUP:
        return Math.min(groups, workload.users());
      default:
        return 1;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelTopology
        && ((ModelTopology) other).kind == kind
        && ((ModelTopology) other).groups == groups;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, groups);
  }

  /** {@code perUser()}, {@code perGroup(200)} or {@code shared()}: the factory call that makes it. */
  @Override
  public String toString() {
    switch (kind) {
      case PER_USER:
        return "perUser()";
      case PER_GROUP:
        return "perGroup(" + groups + ")";
      default:
        return "shared()";
    }
  }
}
