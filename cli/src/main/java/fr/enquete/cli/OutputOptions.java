package fr.enquete.cli;

import fr.enquete.report.Lang;
import picocli.CommandLine.Option;

/** Options of commands that write tables for people. */
final class OutputOptions {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr")
    String lang;

    Lang language() {
        return Lang.parse(lang).orElseThrow(() -> new UsageException(fr.enquete.model.Message.of("usage.lang", lang)));
    }
}
