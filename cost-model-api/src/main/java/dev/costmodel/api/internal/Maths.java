package dev.costmodel.api.internal;

import java.math.MathContext;
import java.math.RoundingMode;

/** The one {@link MathContext} every non-exact division in costmodel uses. */
public final class Maths {
  /** 34 significant digits, HALF_EVEN: {@link MathContext#DECIMAL128}. */
  public static final MathContext CONTEXT = new MathContext(34, RoundingMode.HALF_EVEN);

  private Maths() {}
}
