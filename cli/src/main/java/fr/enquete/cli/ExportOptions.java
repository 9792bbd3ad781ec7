package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.model.Message;
import fr.enquete.stats.QuantileMethod;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads an export shares. */
final class ExportOptions {

    @Parameters(index = "0", paramLabel = "EXPORT")
    Path export;

    /** The command these options belong to: its --lang (the structure's labels) and its standard error. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    /** Whether standard error already said which language the structure's labels come from. */
    private boolean labelsSaid;

    @Option(names = "--spec", paramLabel = "FILE")
    Path spec;

    @Option(names = "--structure", paramLabel = "FILE")
    Path structure;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR")
    String delimiter;

    @Option(names = "--quantiles", paramLabel = "METHOD")
    String quantiles;

    @Option(names = "--lenient")
    boolean lenient;

    @Option(names = "--population", paramLabel = "N")
    Long population;

    @Option(names = "--secret", paramLabel = "N", defaultValue = "0")
    int secret;

    @Option(names = "--dominance", paramLabel = "N,K")
    String dominance;

    @Option(names = "--strata", paramLabel = "FILE")
    Path strata;

    @Option(names = "--stratum", paramLabel = "ID")
    String stratum;

    @Option(names = "--ci")
    boolean ci;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "95")
    double confidence = 95;

    @Option(names = "--format-hint", paramLabel = "PLATFORM")
    String formatHint;

    @Option(names = "--keep-na")
    boolean keepNa;

    @Option(names = "--include-incomplete")
    boolean includeIncomplete;

    @Option(names = "--weight", paramLabel = "COLUMN")
    String weight;

    @Option(names = "--rake", paramLabel = "ID=FILE")
    java.util.List<String> rake = new java.util.ArrayList<>();

    @Option(names = "--calibrate", paramLabel = "ID=FILE|ID=TOTAL")
    java.util.List<String> calibrate = new java.util.ArrayList<>();

    @Option(names = "--calibration", paramLabel = "DISTANCE", defaultValue = "linear")
    String calibration = "linear";

    @Option(names = "--bounds", paramLabel = "L,U")
    String bounds;

    @Option(names = "--exact-limit", paramLabel = "N", defaultValue = "500000")
    int exactLimit = 500_000;

    @Option(names = "--debug")
    boolean debug;

    @picocli.CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    /** The spec once read ({@link Pipeline#spec}), and whether it was. */
    fr.enquete.spec.Spec readSpec;
    boolean specRead;

    /** The weighting once read ({@link #weights}): its population files are read once per command. */
    private fr.enquete.weight.WeightSpec readWeights;
    private boolean weightsRead;

    /** The run's language ("fr", or "en" with --lang en): the structure's labels are read in it when it has them. */
    String labelLanguage() {
        return runLanguage().code();
    }

    /** The command's --lang as {@link OutputOptions#language()} reads it; French for a command without the option. */
    private fr.enquete.report.Lang runLanguage() {
        picocli.CommandLine.Model.OptionSpec lang = command == null ? null : command.findOption("--lang");
        Object v = lang == null ? null : lang.getValue();
        return fr.enquete.report.Lang.parse(v == null ? null : v.toString()).orElse(fr.enquete.report.Lang.FR);
    }

    /** Says once on standard error, in the run's language, which language the structure's labels come from. */
    void sayLabels(Message note) {
        if (labelsSaid || command == null) {
            return;
        }
        labelsSaid = true;
        java.io.PrintWriter err = command.commandLine().getErr();
        err.println("enquete: " + note.text(runLanguage().locale()));
        err.flush();
    }

    ImportOptions importOptions() {
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageException(Message.of("usage.encoding", encoding));
            }
        }
        Character d = null;
        if (delimiter != null) {
            String t = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
            if (t.length() != 1) {
                throw new UsageException(Message.of("usage.delimiter"));
            }
            d = t.charAt(0);
        }
        return new ImportOptions(sheet, cs, d, limits.limits(), platform(), !keepNa);
    }

    /** The dominance rule of --dominance, the default one without it; a usage error when malformed or without --secret. */
    fr.enquete.stats.Dominance dominanceRule() {
        if (dominance == null) {
            return fr.enquete.stats.Dominance.DEFAULT;
        }
        if (secret <= 0) {
            throw new UsageException(Message.of("usage.dominance.secret"));
        }
        fr.enquete.stats.Dominance rule = fr.enquete.stats.Dominance.parse(dominance);
        if (rule == null) {
            throw new UsageException(Message.of("usage.dominance", fr.enquete.stats.Dominance.MAX_UNITS, dominance));
        }
        return rule;
    }

    /** The intervals asked for (--ci or --population), or null. */
    fr.enquete.stats.Precision precision() {
        if (population == null && !ci) {
            return null;
        }
        if (population != null && population < 1) {
            throw new UsageException(Message.of("usage.at.least", "--population", 1));
        }
        if (!(confidence > 0 && confidence < 100)) {
            throw new UsageException(Message.of("usage.confidence"));
        }
        if (confidence < 50) {
            // 0.95 meant as a fraction would give 0,95 % intervals, narrower than the percentage's own rounding.
            // The value suggested is one to type: written with a point whatever the language.
            Object hint = confidence < 1 ? Message.of("usage.confidence.hint", new java.math.BigDecimal(Double.toString(confidence))
                    .movePointRight(2).stripTrailingZeros().toPlainString()) : Message.of("hint.none");
            throw new UsageException(Message.of("usage.confidence.range", Message.Figure.ungrouped(confidence), hint));
        }
        return new fr.enquete.stats.Precision(population == null ? 0 : population, confidence / 100);
    }

    /**
     * Refuses a --population smaller than the respondents counted: a response rate above 100 % and intervals
     * collapsed to the percentage itself would be printed as if they were figures.
     */
    void checkPopulation(long respondents) {
        if (population != null && population < respondents) {
            throw new UsageException(Message.of("usage.population.small", String.valueOf(population), respondents));
        }
    }

    /** The --exact-limit, checked. */
    int exactLimit() {
        if (exactLimit < 1) {
            throw new UsageException(Message.of("usage.at.least", "--exact-limit", 1));
        }
        return exactLimit;
    }

    /** The weighting asked for: --weight or --rake, else the spec's, else none (null). */
    fr.enquete.weight.WeightSpec weights(fr.enquete.spec.Spec spec) {
        fr.enquete.weight.WeightSpec given = weights();
        return given != null ? given : spec == null ? null : spec.weights();
    }

    /** The weighting the command line asks for (--weight, --rake or --calibrate), or null: then the spec's applies. */
    fr.enquete.weight.WeightSpec weights() {
        if (!weightsRead) {
            readWeights = readWeights();
            weightsRead = true;
        }
        return readWeights;
    }

    private fr.enquete.weight.WeightSpec readWeights() {
        if ((weight != null ? 1 : 0) + (rake.isEmpty() ? 0 : 1) + (calibrate.isEmpty() ? 0 : 1) > 1) {
            throw new UsageException(Message.of("usage.weights.one"));
        }
        if (calibrate.isEmpty() && (bounds != null || !calibration.equals("linear"))) {
            throw new UsageException(Message.of("usage.calibration.without"));
        }
        if (!calibrate.isEmpty()) {
            return calibration();
        }
        if (weight != null) {
            return new fr.enquete.weight.WeightSpec.Column(weight);
        }
        if (!rake.isEmpty()) {
            java.util.List<fr.enquete.weight.WeightSpec.Margin> margins = new java.util.ArrayList<>();
            for (String r : rake) {
                int eq = r.indexOf('=');
                if (eq <= 0 || eq == r.length() - 1) {
                    throw new UsageException(Message.of("usage.rake", r));
                }
                Path file = Path.of(r.substring(eq + 1));
                margins.add(new fr.enquete.weight.WeightSpec.Margin(r.substring(0, eq), fr.enquete.weight.PopulationFile.read(file, false),
                        fr.enquete.model.SourceLocation.file(file.toString())));
            }
            return new fr.enquete.weight.WeightSpec.Rake(margins);
        }
        return null;
    }

    /** --calibrate's margins and totals, --calibration's distance and --bounds, checked. */
    private fr.enquete.weight.WeightSpec calibration() {
        fr.enquete.weight.Calibration.Distance distance = fr.enquete.weight.Calibration.Distance.parse(calibration);
        if (distance == null) {
            throw new UsageException(Message.of("usage.calibration", calibration));
        }
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        if (bounds != null) {
            String[] parts = bounds.split(",");
            if (parts.length != 2) {
                throw new UsageException(Message.of("usage.bounds", bounds));
            }
            lower = fr.enquete.model.CellValues.parseNumber(parts[0].strip());
            upper = fr.enquete.model.CellValues.parseNumber(parts[1].strip());
            if (Double.isNaN(lower) || Double.isNaN(upper)) {
                throw new UsageException(Message.of("usage.bounds.numbers", bounds));
            }
        }
        String problem = fr.enquete.weight.Calibration.checkBounds(distance, lower, upper);
        if (problem != null) {
            throw new UsageException(Message.of("usage.bounds.problem", problem));
        }
        java.util.List<fr.enquete.weight.WeightSpec.Margin> margins = new java.util.ArrayList<>();
        java.util.List<fr.enquete.weight.WeightSpec.Total> totals = new java.util.ArrayList<>();
        for (String c : calibrate) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw new UsageException(Message.of("usage.calibrate", c));
            }
            String id = c.substring(0, eq);
            String value = c.substring(eq + 1);
            double total = fr.enquete.model.CellValues.parseNumber(value);
            if (Double.isFinite(total) && !java.nio.file.Files.exists(Path.of(value))) {
                totals.add(new fr.enquete.weight.WeightSpec.Total(id, total, fr.enquete.model.SourceLocation.file("--calibrate " + c)));
                continue;
            }
            Path file = Path.of(value);
            margins.add(new fr.enquete.weight.WeightSpec.Margin(id, fr.enquete.weight.PopulationFile.read(file, false),
                    fr.enquete.model.SourceLocation.file(file.toString())));
        }
        return new fr.enquete.weight.WeightSpec.Calibrate(margins, totals, distance, lower, upper);
    }

    /** The --format-hint platform, or null. */
    fr.enquete.importer.Platform platform() {
        if (formatHint == null) {
            return null;
        }
        return fr.enquete.importer.Platform.parse(formatHint).orElseThrow(() -> new UsageException(Message.of("usage.format.hint",
                formatHint)));
    }

    /** The --quantiles method, if given. */
    QuantileMethod quantileMethod() {
        if (quantiles == null) {
            return null;
        }
        return QuantileMethod.parse(quantiles).orElseThrow(() ->
                new UsageException(Message.of("usage.quantiles", quantiles,
                        // The bundle words the range of types; the toolkit's list names them "1 to 9" first.
                        QuantileMethod.names().replaceFirst("^1 to 9, ", ""))));
    }
}
