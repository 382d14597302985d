package dev.costmodel.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.annotation.ParametersAreNonnullByDefault;
import javax.annotation.concurrent.Immutable;
import org.immutables.value.Value;

/**
 * The one Immutables style of every api package: generated {@code Immutable*} classes are package-private
 * behind each type's public nested {@code Builder}, JDK collections only, {@code addStep(...)} for a list of
 * steps. Applied in each package's {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"step:steps", "component:components", "lineItem:lineItems", "finding:findings"},
    allowedClasspathAnnotations = {ParametersAreNonnullByDefault.class, Immutable.class})
public @interface CostModelStyle {}
