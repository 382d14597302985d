// JShell startup script for costmodel: the library's packages and the JDK types a scenario uses.
// jshell --class-path cost-model-notebook-<version>.jar --startup DEFAULT --startup costmodel.jsh
import dev.costmodel.api.*;
import dev.costmodel.api.aws.*;
import dev.costmodel.api.azure.*;
import dev.costmodel.api.gcp.*;
import dev.costmodel.api.price.*;
import dev.costmodel.core.*;
import dev.costmodel.core.advisor.*;
import dev.costmodel.core.analysis.*;
import dev.costmodel.core.chart.*;
import dev.costmodel.core.report.*;
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
