// JShell startup script for costmodel: the imports the README's JShell and analysis snippets use.
// jshell --class-path <api jar>:<core jar>:<examples jar> --startup DEFAULT --startup cost-model-examples/costmodel.jsh
// Pattern is the seed's SeedScenarios.Pattern here, not java.util.regex.Pattern.
import dev.costmodel.api.*;
import dev.costmodel.api.aws.*;
import dev.costmodel.api.price.*;
import dev.costmodel.core.*;
import dev.costmodel.core.analysis.*;
import dev.costmodel.core.chart.*;
import dev.costmodel.core.report.*;
import dev.costmodel.examples.*;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
