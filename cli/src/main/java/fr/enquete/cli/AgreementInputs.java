package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.InputException;
import fr.enquete.model.SourceLocation;
import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.CodedSegmentImport;
import fr.enquete.qual.Material;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.qual.agreement.CoderWork;
import fr.enquete.qual.agreement.CoderWorks;
import fr.enquete.qual.agreement.Coding;
import fr.enquete.qual.qda.QdaExchange;
import fr.enquete.qual.qda.QdpxReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each coder's work read from what they coded: transcripts with inline codes (their text without the marks
 * is what they share), REFI-QDA projects, or coded-segment exports (whose shared text is made of every
 * coder's segments of a source, each once, sorted, one per line, so that equal words are one unit).
 */
final class AgreementInputs {

    private AgreementInputs() {
    }

    /** @param coders each coder's files (folders expanded), the coder named after the first path given */
    static List<CoderWork> read(List<String> names, List<List<Path>> coders, ImportOptions options) {
        List<Map<String, String>> texts = new ArrayList<>();
        List<List<Coding>> codings = new ArrayList<>();
        List<Material> materials = new ArrayList<>();
        Map<String, TreeSet<String>> shared = new TreeMap<>();
        List<Boolean> exports = new ArrayList<>();
        for (List<Path> files : coders) {
            boolean export = false;
            Map<String, String> t = new LinkedHashMap<>();
            List<Coding> c = new ArrayList<>();
            Material m = Material.empty();
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".qdpx")) {
                    CoderWork w = CoderWorks.of("", QdpxReader.read(file).project());
                    t.putAll(w.texts());
                    c.addAll(w.codings());
                } else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".docx")) {
                    Material one = new TranscriptReader().read(file);
                    t.put(one.sources().get(0).id(), TranscriptReader.plainText(file));
                    m = m.plus(one);
                } else {
                    TableSource table = Importers.open(file, options);
                    if (!CodedSegmentImport.recognises(table.header())) {
                        throw new InputException(SourceLocation.file(file.toString()), fr.enquete.model.Message.of("cli.coder.work"));
                    }
                    export = true;
                    Material one = CodedSegmentImport.read(table);
                    one.coded().forEach(s -> shared.computeIfAbsent(s.segment().source(), k -> new TreeSet<>()).add(s.segment().text()));
                    m = m.plus(one);
                }
            }
            exports.add(export);
            texts.add(t);
            codings.add(c);
            materials.add(m);
        }
        List<CoderWork> out = new ArrayList<>();
        for (int k = 0; k < coders.size(); k++) {
            Map<String, String> t = texts.get(k);
            Map<String, String> all = new HashMap<>(t);
            shared.forEach((source, words) -> all.putIfAbsent(source, String.join("\n", words) + "\n"));
            Material m = materials.get(k);
            // A segment of an export sits on the line of the shared text that holds exactly its words.
            List<CodedSegment> coded = m.coded().stream().map(c -> {
                TreeSet<String> words = shared.get(c.segment().source());
                if (words == null || t.containsKey(c.segment().source())) {
                    return c;
                }
                var s = c.segment();
                long line = words.headSet(s.text()).size() + 1;
                return new CodedSegment(new fr.enquete.qual.Segment(s.source(), s.speaker(), line, s.text(), s.theme()), c.code());
            }).toList();
            var project = QdaExchange.toProject("coder", m.sources(), coded, s -> Optional.ofNullable(all.get(s.id())));
            CoderWork w = CoderWorks.of(names.get(k), project);
            Map<String, String> merged = new LinkedHashMap<>(t);
            merged.putAll(w.texts());
            if (exports.get(k)) {
                // An export lists coded segments only: a document absent from it is one this coder coded nothing in.
                shared.keySet().forEach(source -> merged.putIfAbsent(source, all.get(source)));
            }
            List<Coding> c = new ArrayList<>(codings.get(k));
            c.addAll(w.codings());
            out.add(new CoderWork(names.get(k), merged, c));
        }
        return out;
    }
}
