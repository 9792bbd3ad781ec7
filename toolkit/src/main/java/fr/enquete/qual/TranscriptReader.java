package fr.enquete.qual;

import fr.enquete.model.Folding;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.text.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads an interview transcript (plain text, Markdown or DOCX) into a source and its segments.
 *
 * <ul>
 *   <li>Header: YAML front matter ({@code ---} lines) or leading {@code Clé : valeur} lines, the first with a
 *       known key (Rôle, Service, Structure, Date, Territoire, Enquêteur, Mémo...), up to the first blank line;
 *       other keys are kept under their folded name ("Contact" as "contact").</li>
 *   <li>Turns: a paragraph starting with a speaker label ({@code Q:}, {@code R:}, {@code Enquêteur :},
 *       {@code Agent :}, {@code Mme Lefebvre :}); paragraphs without a label continue the current turn. The
 *       interviewer's turns ({@code Q}, {@code Question}, {@code Enquêteur}, {@code Enquêtrice},
 *       {@code Interviewer}, or the name given as {@code Enquêteur :} in the header) are not analysed.</li>
 *   <li>Inline codes ({@link InlineCodes}) become manually coded segments; the rest of each paragraph is cut
 *       into sentences for the codebook.</li>
 * </ul>
 */
public final class TranscriptReader {

    private static final Set<String> INTERVIEWER = Set.of("q", "question", "e", "i", "enqueteur", "enquetrice",
            "enqueteur.rice", "intervieweur", "intervieweuse", "interviewer", "interviewer (i)");
    private static final Map<String, String> HEADER_KEYS = Map.ofEntries(
            Map.entry("role", "role"), Map.entry("fonction", "role"), Map.entry("service", "service"),
            Map.entry("structure", "structure"), Map.entry("partenaire", "structure"), Map.entry("organisme", "structure"),
            Map.entry("date", "date"), Map.entry("territoire", "territory"), Map.entry("quartier", "territory"),
            Map.entry("commune", "territory"), Map.entry("territory", "territory"), Map.entry("lieu", "place"),
            Map.entry("enqueteur", "interviewer"), Map.entry("enquetrice", "interviewer"), Map.entry("interviewer", "interviewer"),
            Map.entry("entretien", "interview"), Map.entry("memo", "memo"));
    private static final Pattern HEADER = Pattern.compile("^\\s*([\\p{L}][\\p{L} .'’-]{0,30}?)\\s*:\\s*(.+)$");
    private static final Pattern TURN = Pattern.compile("^\\s*(?:\\*\\*)?([^:*]{1,30}?)(?:\\*\\*)?\\s*:\\s*(.*)$");
    private static final Pattern SPEAKER_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|M\\.|Mme|Mlle");

    private final SentenceSplitter sentences = new SentenceSplitter();

    /** Reads {@code file}; a .docx is read with POI, anything else as UTF-8 (or Windows-1252) text. */
    public Material read(Path file) {
        String name = file.toString();
        String id = id(file);
        List<Segment> uncoded = new ArrayList<>();
        List<CodedSegment> coded = new ArrayList<>();
        Map<String, String> meta = walk(file, (speaker, lineNumber, parsed) -> {
            for (InlineCodes.Span s : parsed.spans()) {
                String words = parsed.text().substring(s.start(), s.end()).strip();
                coded.add(new CodedSegment(new Segment(id, speaker, lineNumber, words, ""), s.code()));
            }
            for (SentenceSplitter.Sentence s : sentences.split(parsed.text())) {
                // A sentence touched by a hand-made code is left to that code: manual codes win.
                boolean covered = parsed.spans().stream().anyMatch(c -> c.start() < s.end() && s.start() < c.end());
                if (!covered) {
                    uncoded.add(new Segment(id, speaker, lineNumber, s.text(), ""));
                }
            }
        });
        Source source = new Source(id, Source.Kind.INTERVIEW, meta, name);
        return new Material(List.of(source), uncoded, coded);
    }

    /**
     * A transcript as its interviewee's paragraphs, whole, for text analysis.
     *
     * @param source     the transcript, with its header's attributes
     * @param paragraphs one segment per interviewee paragraph: speaker label, header and coding marks removed
     */
    public record Turns(Source source, List<Segment> paragraphs) {
        public Turns {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The interviewee's paragraphs of {@code file}; the interviewer's turns, the header and speaker labels left out. */
    public Turns turns(Path file) {
        String id = id(file);
        List<Segment> paragraphs = new ArrayList<>();
        Map<String, String> meta = walk(file, (speaker, lineNumber, parsed) -> {
            if (!parsed.text().isBlank()) {
                paragraphs.add(new Segment(id, speaker, lineNumber, parsed.text().strip(), ""));
            }
        });
        return new Turns(new Source(id, Source.Kind.INTERVIEW, meta, file.toString()), paragraphs);
    }

    private static String id(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    /** What is done with each interviewee paragraph. */
    private interface Paragraphs {
        void accept(String speaker, long line, InlineCodes.Parsed parsed);
    }

    /** Reads the header (returned) and hands every interviewee paragraph, coding marks parsed, to {@code out}. */
    private static Map<String, String> walk(Path file, Paragraphs out) {
        String name = file.toString();
        List<String> lines = lines(file);
        Map<String, String> meta = new LinkedHashMap<>();
        int body = header(lines, meta, name);
        Set<String> interviewer = new HashSet<>(INTERVIEWER);
        if (meta.containsKey("interviewer")) {
            interviewer.add(fold(meta.get("interviewer")));
        }
        String speaker = "";
        boolean asking = false;
        for (int i = body; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String text = line;
            int column = 1;
            Matcher m = TURN.matcher(line);
            if (m.matches() && isSpeaker(m.group(1), interviewer)) {
                speaker = m.group(1).strip();
                asking = interviewer.contains(fold(speaker));
                text = m.group(2);
                column = m.start(2) + 1;
            }
            if (asking || text.isBlank()) {
                continue;
            }
            long lineNumber = i + 1;
            out.accept(speaker, lineNumber, InlineCodes.parse(text, name, lineNumber, column));
        }
        return meta;
    }

    /**
     * The transcript's text as the coders see it: every line kept (so line numbers hold), coding marks
     * removed. Segments read by {@link #read} are substrings of their line in it.
     */
    public static String plainText(Path file) {
        List<String> clean = new ArrayList<>();
        long n = 0;
        for (String line : lines(file)) {
            n++;
            try {
                clean.add(InlineCodes.parse(line, file.toString(), n, 1).text());
            } catch (InputException e) {
                clean.add(line); // an interviewer's line is not read for codes: left as it is
            }
        }
        return String.join("\n", clean);
    }

    /** Reads the header into {@code meta}; returns the index of the first body line. */
    private static int header(List<String> lines, Map<String, String> meta, String file) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i < lines.size() && lines.get(i).strip().equals("---")) {
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("---")) {
                end++;
            }
            if (end == lines.size()) {
                throw new InputException(SourceLocation.line(file, i + 1, 1), Message.of("qual.frontmatter.open"));
            }
            for (int j = i + 1; j < end; j++) {
                Matcher m = HEADER.matcher(lines.get(j));
                if (m.matches()) {
                    meta.put(HEADER_KEYS.getOrDefault(fold(m.group(1)), fold(m.group(1))), unquote(m.group(2).strip()));
                } else if (!lines.get(j).isBlank()) {
                    throw new InputException(SourceLocation.line(file, j + 1, 1), Message.of("qual.frontmatter.line"));
                }
            }
            return end + 1;
        }
        // A header opens with a known key; its other 'Clé : valeur' lines are kept too, under their own key
        // ("Contact : …" as "contact"), up to the first blank line or the first line that is speech.
        int j = i;
        while (j < lines.size() && !lines.get(j).isBlank()) {
            Matcher m = HEADER.matcher(lines.get(j));
            if (!m.matches() || (j == i && !HEADER_KEYS.containsKey(fold(m.group(1)))) || isSpeech(m.group(1), m.group(2).strip())) {
                break;
            }
            meta.put(metaKey(m.group(1)), m.group(2).strip());
            j++;
        }
        return meta.isEmpty() ? i : j;
    }

    /**
     * A line of the header block that is a turn after all: the interviewer's words ("Enquêteur : Pouvez-vous… ?",
     * where "Enquêteur : Claire" names the interviewer), an "R:" label, words with coding marks, or a speaker's
     * sentence under a key the header does not know ("Mme Lefebvre : Les logements anciens sont des passoires."):
     * transcripts often start their speech on the line after the header, with no blank line between.
     */
    private static boolean isSpeech(String key, String value) {
        String k = fold(key);
        if (value.contains("{")) {
            return true;
        }
        if (HEADER_KEYS.containsKey(k)) {
            return INTERVIEWER.contains(k) && !metadataValue(value);
        }
        return INTERVIEWER.contains(k) || k.equals("r") || k.equals("reponse") || !metadataValue(value);
    }

    /** A value a header gives (a name, a date, a number, a few words), not a sentence: short, not ended as a sentence. */
    private static boolean metadataValue(String value) {
        return value.length() <= 60 && !value.matches(".*[.?!…]$");
    }

    /**
     * Whether {@code line} opens with a label and a colon ("Agent :", "**Mme Lefebvre** :"), as a turn does: the
     * shape alone, speaker or not, for what reads a transcript's text without its metadata (a project's masking).
     */
    public static boolean labelled(String line) {
        return TURN.matcher(line).matches();
    }

    /** A speaker label: an interviewer word, or one to three capitalised words ("Agent", "Mme Lefebvre", "R"). */
    private static boolean isSpeaker(String label, Set<String> interviewer) {
        String l = label.strip();
        if (interviewer.contains(fold(l)) || fold(l).equals("r") || fold(l).equals("reponse")) {
            return true;
        }
        String[] words = l.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!SPEAKER_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** The key a transcript header's label is known by ("Rôle" and "Fonction" are "role"), for attributes read elsewhere. */
    public static String metaKey(String label) {
        return HEADER_KEYS.getOrDefault(fold(label), fold(label));
    }

    /** Whether a line is a header line a transcript may open with ("Rôle : Agent"). */
    public static boolean isHeaderLine(String line) {
        Matcher m = HEADER.matcher(line);
        return m.matches() && HEADER_KEYS.containsKey(fold(m.group(1)));
    }

    static String fold(String s) {
        return Folding.unaccentedLowerCase(s.strip());
    }

    private static List<String> lines(Path file) {
        String name = file.toString();
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                    return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            // A picture, a PDF or random bytes were read as mojibake whose "terms" were counted, exit 0; an empty file
            // counted as a source with nothing said.
            if (fr.enquete.io.TextFiles.looksBinary(bytes)) {
                throw new InputException(SourceLocation.file(name), Message.of("qual.transcript.binary"));
            }
            String text = fr.enquete.io.TextFiles.decode(bytes);
            if (text.isBlank()) {
                throw new InputException(SourceLocation.file(name), Message.of("qual.transcript.empty"));
            }
            return text.lines().toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Files.exists(file)
                    ? Message.of("input.read", fr.enquete.importer.OfficeErrors.explained(e)) : Message.of("input.file.missing"), e);
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            // POI on a damaged or non-Word file.
            throw new InputException(SourceLocation.file(name), Message.of("qual.docx.unreadable", fr.enquete.importer.OfficeErrors.explained(e)), e);
        }
    }
}
