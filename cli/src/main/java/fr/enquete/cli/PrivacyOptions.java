package fr.enquete.cli;

import fr.enquete.importer.TableSource;
import fr.enquete.model.Message;
import fr.enquete.privacy.Disclosure;
import fr.enquete.privacy.NameSources;
import fr.enquete.privacy.Pseudonymiser;
import fr.enquete.report.Lang;
import fr.enquete.text.StopWords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Personal data in what a command writes: masked by default (data protection by default), kept only with
 * {@code --keep-personal-data}. {@code --pseudonymise} and the spec's {@code pseudonymise: true} say the default
 * out loud; the spec's is a policy the command line cannot lift. {@code --names} adds names to mask.
 */
final class PrivacyOptions {

    @Option(names = "--keep-personal-data")
    boolean keep;

    @Option(names = "--pseudonymise")
    boolean pseudonymise;

    @Option(names = "--names", paramLabel = "FILE")
    Path names;

    /**
     * Where the words of respondents go through before any writer: masking (fed with the export's name columns and
     * --names), or keeping when --keep-personal-data was given.
     *
     * @param specAsks the spec's {@code pseudonymise: true}
     */
    Disclosure disclosure(boolean specAsks, Lang lang, List<TableSource> exports) {
        if (keep) {
            if (pseudonymise) {
                throw new UsageException(Message.of("usage.privacy.both"));
            }
            if (names != null) {
                throw new UsageException(Message.of("usage.privacy.names"));
            }
            if (specAsks) {
                throw new UsageException(Message.of("usage.privacy.spec"));
            }
            return Disclosure.keeping();
        }
        List<String> columns = new ArrayList<>();
        for (TableSource export : exports) {
            columns.addAll(NameSources.fromExport(export));
        }
        List<String> listed = names == null ? List.of() : NameSources.fromFile(names);
        return Disclosure.masking(new Pseudonymiser(lang == Lang.FR, listed, columns, StopWords.french().words()));
    }

    /** Says on stderr, in the run's language, what was masked, by kind and count only (never the values), or that it was kept. */
    static void report(Disclosure d, Lang lang, PrintWriter err) {
        if (d == null) {
            return;
        }
        fr.enquete.report.Labels labels = new fr.enquete.report.Labels(lang);
        err.println(d.masks() ? java.text.MessageFormat.format(labels.get("privacy.stderr.masked"), d.summary(lang == Lang.FR))
                : labels.get("privacy.stderr.kept"));
        err.flush();
    }

    /** The line a report's notes carry: what was masked, in the report's language; null when personal data was kept. */
    static String note(Disclosure d, Lang lang) {
        return fr.enquete.report.doc.ReportFiles.privacyNote(d, lang);
    }
}
