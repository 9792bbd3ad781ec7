package fr.enquete.cli;

import fr.enquete.model.Message;
import fr.enquete.text.StopWords;
import fr.enquete.text.TermOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the French text analysis. */
final class TextOptions {

    @Option(names = "--top", paramLabel = "N")
    Integer top;

    /** --top, else the spec's {@code report: top:}, else 20. */
    int top(java.util.Optional<Integer> spec) {
        int n = top != null ? top : spec.orElse(20);
        if (n < 1) {
            throw new UsageException(Message.of("usage.at.least", "--top", 1));
        }
        return n;
    }

    @Option(names = "--stopwords", paramLabel = "FILE")
    Path stopwords;

    @Option(names = "--no-terms")
    boolean noTerms;

    TermOptions termOptions() {
        StopWords stop = StopWords.french();
        if (stopwords != null) {
            if (!Files.isRegularFile(stopwords)) {
                throw new fr.enquete.model.InputException(fr.enquete.model.SourceLocation.file(stopwords.toString()),
                        Message.of("cli.stopwords.missing"));
            }
            try {
                stop = stop.with(stopwords);
            } catch (IOException e) {
                throw new fr.enquete.model.InputException(fr.enquete.model.SourceLocation.file(stopwords.toString()),
                        Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)), e);
            }
        }
        return TermOptions.defaults().withStopWords(stop);
    }
}
