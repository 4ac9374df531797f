package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.ErrorMessages;
import cn.banan.hrdesk.core.Texts;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line; exit status per CONTRACTS.md: 0 ok, 1 input problems, 2 usage, 3 anything else. */
public final class Cli {
    public static final int OK = 0;
    public static final int INPUT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    /** Asked for only when something failed: setting up the logging costs about 0.2–0.4 s that a command which succeeds need not pay. */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }

    public int run(String... args) {
        Texts texts = Texts.forEnvironment();
        var window = WindowOnly.database(args);
        if (window.isPresent()) {
            return openWindow(window.get(), texts, args);
        }
        RootCommand root = new RootCommand(texts);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            log().error("command failed: {}", String.join(" ", args), e);
            err.println(ErrorMessages.describe(e, texts));
            return ErrorMessages.isInputProblem(e) ? INPUT_PROBLEMS : FAILURE;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        String unknown = unknownCommand(cl, args);
        if (unknown != null) {
            // picocli would print the root help and succeed when --help follows an unknown word
            err.println(texts.get("cli.unknownCommand", unknown, String.join(", ", cl.getSubcommands().keySet())));
            err.flush();
            return USAGE;
        }
        int status;
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli passes errors on; they are the machine's limits, told in words like any other failure
            log().error("command failed: {}", String.join(" ", args), e);
            err.println(texts.get("error.outOfMemory"));
            status = FAILURE;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** Without a command the window opens at once: building the parser for every command would cost it about half a second. */
    private int openWindow(java.nio.file.Path database, Texts texts, String... args) {
        try {
            cn.banan.hrdesk.app.DesktopApp.launchWindow(database, texts);
            return OK;
        } catch (RuntimeException e) {
            log().error("the window failed: {}", String.join(" ", args), e);
            err.println(ErrorMessages.describe(e, texts));
            err.flush();
            return FAILURE;
        }
    }

    /** The first word that is neither a root option (nor its value) nor a command's name; null when there is none. */
    static String unknownCommand(CommandLine cl, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            CommandLine.Model.OptionSpec option = cl.getCommandSpec().findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
            if (option != null) {
                i += option.arity().max() > 0 && !a.contains("=") ? 1 : 0;
            } else if (a.startsWith("-")) {
                return null;
            } else {
                return cl.getSubcommands().containsKey(a) ? null : a;
            }
        }
        return null;
    }
}
