package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.SourceLocation;
import fr.enquete.qual.Segment;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.text.Corpus;
import fr.enquete.text.TextDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Interview transcripts (.txt, .md, .docx, as {@code swot} reads them) as a corpus for {@code terms}: one document per
 * interviewee paragraph, the header, speaker labels and interviewer's turns left out; the variables of a paragraph
 * are its transcript ({@code source}), its {@code speaker} and its transcript's header attributes (role, territory...).
 */
final class TranscriptCorpus {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".docx");

    private TranscriptCorpus() {
    }

    /** A folder, or a transcript file by its extension. */
    static boolean accepts(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isDirectory(p) || EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static Corpus read(Path path, List<String> variables) {
        TranscriptReader reader = new TranscriptReader();
        List<TextDocument> docs = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        TreeSet<String> known = new TreeSet<>(List.of("source", "speaker"));
        List<TranscriptReader.Turns> all = files(path).stream().map(reader::turns).toList();
        all.forEach(t -> known.addAll(t.source().meta().keySet()));
        for (String v : variables) {
            if (!known.contains(TranscriptReader.metaKey(v))) {
                throw new UsageException("transcripts have no \"" + v + "\" to group by; known: " + String.join(", ", known));
            }
        }
        for (TranscriptReader.Turns t : all) {
            for (Segment s : t.paragraphs()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : variables) {
                    String key = TranscriptReader.metaKey(v);
                    row.put(v, switch (key) {
                        case "source" -> s.source();
                        case "speaker" -> s.speaker();
                        default -> t.source().meta().getOrDefault(key, "");
                    });
                }
                String group = variables.isEmpty() ? null : row.get(variables.get(0));
                docs.add(new TextDocument(s.line(), s.text(), group == null || group.isEmpty() ? null : group));
                values.add(row);
            }
        }
        String label = Files.isDirectory(path) ? path.getFileName() + " (" + all.size() + " transcripts)" : path.getFileName().toString();
        return Corpus.of("transcripts", label, docs, values);
    }

    /** The transcript itself, or the folder's transcripts (sorted, hidden files skipped). */
    private static List<Path> files(Path p) {
        if (!Files.exists(p)) {
            throw new InputException(SourceLocation.file(p.toString()), "no such file or folder");
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            List<Path> out = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(TranscriptCorpus::accepts).sorted().toList();
            if (out.isEmpty()) {
                throw new InputException(SourceLocation.file(p.toString()), "no transcript (.txt, .md, .docx) in the folder");
            }
            return out;
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(p.toString()), "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
