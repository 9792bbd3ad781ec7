package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.privacy.Disclosure;
import fr.enquete.qual.Segment;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.report.Lang;
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
 * Interview transcripts (.txt, .md, .docx, as {@code swot} reads them) as a corpus for {@code terms} and
 * {@code classes}: one document per interviewee paragraph (its row is the paragraph's line), the header, speaker
 * labels and interviewer's turns left out; the variables of a paragraph are its transcript ({@code source}), its
 * {@code speaker} and its transcript's header attributes (role, territory...). Texts and variables come out masked
 * by the disclosure given.
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

    static Corpus read(Path path, List<String> variables, Disclosure disclosure, Lang lang) {
        return read(List.of(path), variables, disclosure, lang);
    }

    /**
     * The paragraphs of every transcript of {@code paths} (files, or folders of transcripts), in the order given.
     *
     * @param variables   the variables each document carries (source, speaker, a header key); the first is its group
     * @param disclosure  masks the texts, then the speakers, header values and file names (which may hold a name)
     * @param lang        the language of the corpus's label ("entretiens (6 transcriptions)")
     */
    static Corpus read(List<Path> paths, List<String> variables, Disclosure disclosure, Lang lang) {
        TranscriptReader reader = new TranscriptReader();
        TreeSet<String> known = new TreeSet<>(List.of("source", "speaker"));
        List<TranscriptReader.Turns> all = new ArrayList<>();
        for (Path p : paths) {
            files(p).stream().map(reader::turns).forEach(all::add);
        }
        all.forEach(t -> known.addAll(t.source().meta().keySet()));
        for (String v : variables) {
            if (!known.contains(TranscriptReader.metaKey(v))) {
                throw new UsageException(Message.of("usage.transcripts.by", v, String.join(", ", known)));
            }
        }
        // Every text read for the people it names before any is masked, each paragraph then each turn whole (a name
        // split by a line break, a surname met alone before its civility).
        List<Segment> read = all.stream().flatMap(t -> t.paragraphs().stream()).toList();
        disclosure.learnFrom(read.stream().map(Segment::text).toList());
        disclosure.learnFrom(fr.enquete.qual.Material.turns(read));
        List<Segment> paragraphs = new ArrayList<>();
        List<TranscriptReader.Turns> of = new ArrayList<>();
        for (TranscriptReader.Turns t : all) {
            for (Segment s : t.paragraphs()) {
                // Texts first: the names they reveal are then known when file names are masked.
                paragraphs.add(new Segment(s.source(), s.speaker(), s.line(), disclosure.text(s.text()), s.theme()));
                of.add(t);
            }
        }
        List<TextDocument> docs = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Segment s = paragraphs.get(i);
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : variables) {
                String key = TranscriptReader.metaKey(v);
                row.put(v, switch (key) {
                    case "source" -> disclosure.identifier(s.source());
                    case "speaker" -> disclosure.text(s.speaker());
                    default -> disclosure.text(of.get(i).source().meta().getOrDefault(key, ""));
                });
            }
            String group = variables.isEmpty() ? null : row.get(variables.get(0));
            docs.add(new TextDocument(s.line(), s.text(), group == null || group.isEmpty() ? null : group));
            values.add(row);
        }
        return Corpus.of("transcripts", label(paths, all.size(), lang), docs, values);
    }

    /** The file's name, the folder's with its number of transcripts, or the number of transcripts read. */
    private static String label(List<Path> paths, int transcripts, Lang lang) {
        if (paths.size() == 1 && !Files.isDirectory(paths.get(0))) {
            return paths.get(0).getFileName().toString();
        }
        String count = lang.pick("%d transcriptions", "%d transcripts").formatted(transcripts);
        return paths.size() == 1 ? paths.get(0).getFileName() + " (" + count + ")" : count;
    }

    /** The transcript itself, or the folder's transcripts (sorted, hidden files skipped). */
    private static List<Path> files(Path p) {
        if (!Files.exists(p)) {
            throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.path.missing"));
        }
        if (!Files.isDirectory(p)) {
            if (!accepts(p)) {
                throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.transcript.kind"));
            }
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            List<Path> out = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(TranscriptCorpus::accepts).sorted().toList();
            if (out.isEmpty()) {
                throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.transcript.none"));
            }
            return out;
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.folder.unlisted.short",
                    String.valueOf(e.getMessage())), e);
        }
    }
}
