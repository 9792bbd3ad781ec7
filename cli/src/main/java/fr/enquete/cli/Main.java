package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code enquete}: the command line. Exit codes: 0 success, 2 usage error, 3 input error (unreadable or
 * malformed export or spec), 1 anything unexpected. Errors name file, row and column; the stack trace
 * only appears with {@code --debug}.
 */
@Command(name = "enquete", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class Main {

    /** The base name of the help's bundles: descriptions of the commands and options, headings picocli prints. */
    static final String HELP = "fr.enquete.cli.help";

    /** The commands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(StatsCommand.class, ReportCommand.class, TermsCommand.class, ClassesCommand.class,
            AnnotateCommand.class, InspectCommand.class, InitCommand.class, SwotCommand.class, StudyCommand.class, PlanCommand.class,
            CodeCommand.class, ImportQdaCommand.class, CrosstabCommand.class, CheckCommand.class, IndicatorsCommand.class, DemoCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class);

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    /** Something was found (check, indicators): the export or the figures need a look. */
    public static final int FOUND = 4;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under cron or `env -i` (no LANG) the platform charset is ASCII, and the JSON and CSV
        // on standard output read "Sans r?ponse" (exit 0). --out files were always UTF-8.
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        StandardOutput stdout = StandardOutput.ofProcess();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        // checkError flushes: a reader that stopped reading (`| head -1`, `| grep -q`) is no error, the run keeps its code.
        if (out.checkError() && (code == OK || code == FOUND)) {
            // A full disk under inspect, check, or the lists of files written: the findings were lost and the run said
            // 0 (or 4).
            err.println(error(Message.of("cli.stdout.unwritable"), List.of(args)));
            code = UNEXPECTED;
        }
        if (Boolean.getBoolean(CommandBench.PEAK_PROPERTY)) {
            // bench --commands reads the peak resident memory of the commands it starts from here.
            err.println(CommandBench.PEAK_LINE + CommandBench.peakResidentKb());
        }
        System.exit(code);
    }

    /** Runs a command line; the entry point for tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            // POI logs through log4j-api; without this it warns on stderr that no logging backend is present.
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            // POI logs what it refuses ("FATAL XMLHelper ... DOCTYPE"); enquete reports it as a located error itself.
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.expandedArgs().contains("--debug");
            PrintWriter w = commandLine.getErr();
            if (OutOfMemory.in(e)) {
                w.println(OutOfMemory.message(Runtime.getRuntime().maxMemory()));
                w.flush();
                return UNEXPECTED;
            }
            if (e instanceof InputException input) {
                w.println(inputError(input, parseResult.expandedArgs()));
            } else if (e instanceof UsageException usage) {
                w.println("enquete: " + usage.text(locale(parseResult.expandedArgs())));
                w.println(helpPointer(commandLine, parseResult.expandedArgs()));
                w.flush();
                return USAGE;
            } else if (e instanceof java.io.IOException io) {
                // A write that failed (a full disk, a folder not writable): said plainly, exit 1, files kept as they were.
                w.println(error(writeError(io), parseResult.expandedArgs()));
            } else {
                Message unexpected = Message.of("cli.unexpected", String.valueOf(e), Message.of(debug ? "hint.none" : "cli.unexpected.debug"));
                w.println("enquete: " + unexpected.text(locale(parseResult.expandedArgs())));
            }
            if (debug) {
                e.printStackTrace(w);
            }
            w.flush();
            return e instanceof InputException ? INPUT : UNEXPECTED;
        });
        // A usage mistake prints the error and where help is, not the whole help that would bury it.
        cl.setParameterExceptionHandler((e, args1) -> {
            PrintWriter w = e.getCommandLine().getErr();
            // Parsing failed, so the language is read from the raw arguments. An option mistyped ("--weights") is
            // answered with the ones it resembles, as a wrong column name is.
            List<String> raw = List.of(args1);
            w.println("enquete: " + UsageErrors.of(e, raw).map(m -> m.text(locale(raw))).orElse(e.getMessage()));
            w.println(helpPointer(e.getCommandLine(), raw));
            w.flush();
            return USAGE;
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // An Error escapes picocli's handler: the heap the launcher chose (or ENQUETE_JAVA_OPTS) was too small.
            if (!OutOfMemory.in(e)) {
                throw e;
            }
            err.println(OutOfMemory.message(Runtime.getRuntime().maxMemory()));
            err.flush();
            return UNEXPECTED;
        }
    }

    /**
     * The command line for these arguments. When the first argument names a command, only that command's options are
     * built (picocli builds each command's model from its annotations, about 5 % of a cold report); otherwise (help,
     * an option, a mistyped command that picocli then answers with suggestions) all of them, as the help lists them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> wanted = COMMANDS.stream().filter(c -> name(c).equals(first) && c != CommandLine.HelpCommand.class).toList();
        for (Class<?> c : wanted.isEmpty() ? COMMANDS : wanted) {
            cl.addSubcommand(name(c), c);
        }
        // Set last, so that every command added above gets it (picocli applies it to the subcommands present).
        cl.setResourceBundle(help(locale(List.of(args))));
        // An empty path is a mistake, not the current folder: `--out "$OUTDIR"` with OUTDIR unset wrote the report
        // into the working directory, exit 0 (a pipeline probe).
        cl.registerConverter(java.nio.file.Path.class, s -> {
            if (s.isBlank()) {
                throw new ValueConversionException(fr.enquete.model.Message.of("usage.value.path.empty"));
            }
            return java.nio.file.Path.of(s);
        });
        return cl;
    }

    /**
     * The help's texts in {@code locale}: French (help.properties) unless English (help_en.properties). Chosen here from
     * the arguments, as the errors are, not by {@code @Command(resourceBundle)}: picocli would load it in the JVM's
     * locale, English under cron or {@code env -i}.
     */
    static java.util.ResourceBundle help(java.util.Locale locale) {
        return java.util.ResourceBundle.getBundle(HELP, locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** "Voir 'enquete report --help'." (English with --lang en): one line saying where help is. */
    static String helpPointer(CommandLine command, List<String> args) {
        String name = command.getCommandSpec().qualifiedName();
        return englishAsked(args) ? "See '" + name + " --help'." : "Voir '" + name + " --help'.";
    }

    /**
     * "enquete: erreur : reponses.csv, ligne 3 : …" in the run's language (English with --lang en), for a problem that
     * has its French wording; the others are still English only, as the exception words them.
     */
    static String inputError(InputException e, List<String> args) {
        java.util.Locale l = e.translated() ? locale(args) : java.util.Locale.ENGLISH;
        return errorLine(l, e.text(l));
    }

    /** "enquete: erreur : …" (English with --lang en): a failure that is no mistake of the input's, such as a write. */
    static String error(Message problem, List<String> args) {
        java.util.Locale l = locale(args);
        return errorLine(l, problem.text(l));
    }

    private static String errorLine(java.util.Locale locale, String text) {
        return (locale == java.util.Locale.ENGLISH ? "enquete: error: " : "enquete: erreur\u00A0: ") + text;
    }

    /** The language the arguments ask for: English with --lang en, French otherwise. */
    static java.util.Locale locale(List<String> args) {
        return englishAsked(args) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
    }

    /** Whether the arguments ask for English (--lang en or --lang=en), read before parsing succeeded. */
    private static boolean englishAsked(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equalsIgnoreCase("--lang=en") || a.equals("--lang") && i + 1 < args.size() && args.get(i + 1).equalsIgnoreCase("en")) {
                return true;
            }
        }
        return false;
    }

    /** {@code --version}: the jar's own version ({@link AppVersion}), not a string to keep in step by hand. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppVersion.line()};
        }
    }

    /**
     * A failed write as its user asked for it: the file or folder named with --out and why ("cannot write
     * out/stats.json: permission denied"). The exception's own message was a temporary file's path alone
     * (".stats.json.enquete12078-4431.tmp"), with no reason.
     */
    static Message writeError(java.io.IOException e) {
        if (e instanceof fr.enquete.io.AtomicFiles.WriteFailure w) {
            return Message.of("cli.write", asTyped(w.target()), fr.enquete.io.SystemErrors.reason((Exception) w.getCause()));
        }
        if (e instanceof Output.StandardOutputLost) {
            return Message.of("cli.stdout.unwritable");
        }
        if (!(e instanceof java.nio.file.FileSystemException f) || f.getFile() == null) {
            // No path to name: the reason alone, in the run's language when it is a common one.
            return fr.enquete.io.SystemErrors.reason(e);
        }
        java.nio.file.Path target = asTyped(fr.enquete.io.AtomicFiles.intended(java.nio.file.Path.of(f.getOtherFile() != null ? f.getOtherFile()
                : f.getFile())));
        if (e instanceof java.nio.file.FileAlreadyExistsException && java.nio.file.Files.isRegularFile(target)) {
            // --out a/file.txt/stats.json: the folder to make is a file.
            return Message.of("cli.write.folder.file", target);
        }
        Message reason = e instanceof Output.FolderInTheWay ? Message.of("cli.reason.folder") : fr.enquete.io.SystemErrors.known(e);
        if (reason == null) {
            // A reason no bundle knows: the system's words ("Input/output error"), lowercased as the line goes on.
            String words = f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            reason = Message.plain(words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1));
        }
        return Message.of("cli.write", target, reason);
    }

    /**
     * A path under the working folder relative to it, as --out usually gives it: writes go through absolute paths,
     * and "--out rapport" failed naming "/home/…/rapport/report.docx".
     */
    private static java.nio.file.Path asTyped(java.nio.file.Path path) {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        return path.isAbsolute() && path.startsWith(here) && !path.equals(here) ? here.relativize(path) : path;
    }
}
