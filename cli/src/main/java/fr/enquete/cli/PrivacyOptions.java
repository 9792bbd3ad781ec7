package fr.enquete.cli;

import fr.enquete.importer.TableSource;
import fr.enquete.privacy.NameSources;
import fr.enquete.privacy.Pseudonymiser;
import fr.enquete.report.Lang;
import fr.enquete.text.StopWords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --pseudonymise} and {@code --names}: mask personal data in free text before anything is written. */
final class PrivacyOptions {

    @Option(names = "--pseudonymise", description = "Mask e-mails, phone numbers, postal addresses and people's names in free"
            + " text, quotes and term tables (also the spec's 'pseudonymise: true'); what was masked is listed on stderr.")
    boolean pseudonymise;

    @Option(names = "--names", paramLabel = "FILE", description = "Extra names to mask, one per line (with --pseudonymise).")
    Path names;

    /** A pseudonymiser when asked (here or by the spec), fed with the export's name columns and --names; else null. */
    Pseudonymiser pseudonymiser(boolean spec, Lang lang, List<TableSource> exports) {
        if (!pseudonymise && !spec) {
            if (names != null) {
                throw new UsageException("--names is used with --pseudonymise");
            }
            return null;
        }
        List<String> all = new ArrayList<>();
        for (TableSource export : exports) {
            all.addAll(NameSources.fromExport(export));
        }
        if (names != null) {
            all.addAll(NameSources.fromFile(names));
        }
        return new Pseudonymiser(lang == Lang.FR, all, StopWords.french().words());
    }

    /** Lists what was masked on stderr: counts by kind, then each original and its placeholder. */
    static void report(Pseudonymiser p, PrintWriter err) {
        if (p == null) {
            return;
        }
        List<Pseudonymiser.Masked> masked = p.masked();
        Map<Pseudonymiser.Kind, Integer> counts = new EnumMap<>(Pseudonymiser.Kind.class);
        masked.forEach(m -> counts.merge(m.kind(), 1, Integer::sum));
        StringBuilder line = new StringBuilder("enquete: pseudonymised: ");
        if (masked.isEmpty()) {
            line.append("nothing found to mask");
        }
        counts.forEach((k, n) -> line.append(line.toString().endsWith(": ") ? "" : ", ").append(n).append(' ')
                .append(k.name().toLowerCase(java.util.Locale.ROOT)).append(n > 1 ? "s" : ""));
        err.println(line);
        for (Pseudonymiser.Masked m : masked) {
            err.println("  " + m.placeholder() + " <- " + m.original());
        }
        err.flush();
    }
}
