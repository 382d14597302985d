// JShell startup script for costmodel: the imports a session needs.
// jshell --class-path <api jar>:<core jar> --startup DEFAULT --startup cost-model-examples/costmodel.jsh
import dev.costmodel.api.*;
import dev.costmodel.api.aws.*;
import dev.costmodel.api.price.*;
import dev.costmodel.core.*;
import dev.costmodel.core.report.*;
import java.math.BigDecimal;
import java.time.Duration;
