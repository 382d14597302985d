// JShell startup script for the examples, after cost-model-notebook/costmodel.jsh (the library's imports):
// jshell --class-path <notebook jar>:<examples jar> --startup DEFAULT --startup cost-model-notebook/costmodel.jsh --startup cost-model-examples/costmodel.jsh
// Pattern is the seed's SeedScenarios.Pattern here, not java.util.regex.Pattern.
import dev.costmodel.examples.*;
import dev.costmodel.examples.SeedScenarios.Pattern;
