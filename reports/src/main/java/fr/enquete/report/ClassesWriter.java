package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.text.reinert.CharacteristicLemma;
import fr.enquete.text.reinert.Crossing;
import fr.enquete.text.reinert.ClassProfile;
import fr.enquete.text.reinert.Division;
import fr.enquete.text.reinert.ReinertClass;
import fr.enquete.text.reinert.ReinertResult;
import fr.enquete.text.reinert.TextSegment;
import fr.enquete.text.reinert.TypicalSegment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a Reinert classification ({@code enquete classes}) as text, JSON, and each segment's class as CSV. */
public final class ClassesWriter {

    /**
     * What was classified, for the header of the outputs.
     *
     * @param title       the question's label or the files read
     * @param minSegments a lemma is active when in at least this many segments
     * @param segmentSize the segments' size in words
     * @param shown       characteristic lemmas shown per class in the text
     * @param profile     the classes by the groups of a variable ({@code --by}), or null
     * @param withheld    groups of the profile whose figures secrecy withholds, and why
     */
    public record Context(String title, int minSegments, int segmentSize, int shown, ClassProfile profile,
                          WithheldGroups withheld) {

        public Context(String title, int minSegments, int segmentSize, int shown, ClassProfile profile) {
            this(title, minSegments, segmentSize, shown, profile, WithheldGroups.NONE);
        }

        public Context(String title, int minSegments, int segmentSize, int shown) {
            this(title, minSegments, segmentSize, shown, null);
        }

        /** The groups of class {@code k}'s profile whose figures are published, in the profile's order. */
        List<ClassProfile.Group> shownGroups(int k) {
            return profile.classes().get(k - 1).stream().filter(g -> !withheld.contains(g.group())).toList();
        }

        /** The groups of class {@code k}'s profile whose figures are withheld, sorted (their order would tell their chi²). */
        List<String> maskedGroups(int k) {
            return profile.classes().get(k - 1).stream().map(ClassProfile.Group::group).filter(withheld::contains).sorted().toList();
        }
    }

    private final Lang lang;
    private final NumberFormats numbers;
    private final Labels labels;

    public ClassesWriter(Lang lang) {
        this.lang = lang;
        this.numbers = new NumberFormats(lang);
        this.labels = new Labels(lang);
    }

    /** A sentence of the bundle, its arguments already formatted (so that MessageFormat groups no digits of its own). */
    private String text(String key, Object... args) {
        return java.text.MessageFormat.format(labels.get(key), args);
    }

    /** "1 segment", "12 segments": a count of the classification and its noun, in the noun's number. */
    private String count(String key, long n) {
        return labels.count(key, numbers.integer(n), n);
    }

    public void text(ReinertResult r, Context c, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(labels.get("classes.title"));
        w.println(c.title());
        w.println(text("classes.summary", numbers.integer(r.segments().size()), String.valueOf(c.segmentSize()), numbers.integer(r.classified()),
                numbers.percent(r.percentClassified()), count("classes.classes", r.classes().size()),
                count("classes.forms", r.activeLemmas()), String.valueOf(c.minSegments())));
        if (r.isDouble()) {
            Crossing x = r.crossing();
            w.println(text("classes.double", String.valueOf(x.rst1()), String.valueOf(x.rst2()), numbers.integer(x.units1()),
                    numbers.integer(x.units2()), String.valueOf(x.kept().size()), String.valueOf(x.candidates()), numbers.integer(x.minSize()),
                    numbers.integer(r.segments().size() - r.classified()), numbers.percent(100 - r.percentClassified())));
        }
        w.println();
        w.println(labels.get("classes.dendrogram"));
        tree(w, r, r.tree(), "", "");
        for (ReinertClass k : r.classes()) {
            w.println();
            w.println(text("classes.class", String.valueOf(k.number()), count("classes.segments", k.size()), numbers.percent(k.percent())));
            if (r.isDouble()) {
                Crossing.CrossedClass x = r.crossing().kept().get(k.number() - 1);
                w.println("  " + text("classes.crossed", count("classes.segments", x.first()), String.valueOf(r.crossing().rst1()),
                        numbers.integer(x.second()), String.valueOf(r.crossing().rst2()), numbers.fixed(x.chi2(), 2, false)));
            }
            List<CharacteristicLemma> lemmas = k.lemmas().subList(0, Math.min(c.shown(), k.lemmas().size()));
            if (lemmas.isEmpty()) {
                w.println("  " + labels.get("classes.none"));
            } else {
                int width = Math.max(6, lemmas.stream().mapToInt(l -> l.lemma().length()).max().orElse(0));
                w.println(String.format(Locale.ROOT, "  %-" + width + "s  %13s  %9s  %8s  %s", labels.get("classes.lemma"),
                        "segments", labels.get("classes.percent"), "chi²", "p"));
                for (CharacteristicLemma l : lemmas) {
                    w.println(String.format(Locale.ROOT, "  %-" + width + "s  %13s  %9s  %8s  %s", l.lemma(),
                            numbers.integer(l.inClass()) + " / " + numbers.integer(l.segments()), numbers.percent(l.percentInClass()),
                            numbers.fixed(l.chi2(), 2, false), p(l.p())));
                }
            }
            if (c.profile() != null) {
                profile(w, c, k.number());
            }
            if (!k.typical().isEmpty()) {
                w.println("  " + labels.get("classes.typical"));
                for (TypicalSegment t : k.typical()) {
                    // French quotes with no-break spaces inside, as the reports print verbatims; English ones in English.
                    String quoted = lang.pick(Guillemets.around(oneLine(t.segment().text())), "\u201C" + oneLine(t.segment().text()) + "\u201D");
                    w.println("    " + text("classes.typical.segment", numbers.fixed(t.score(), 2, false), where(t.segment()), quoted));
                }
            }
        }
        w.flush();
    }

    /** The class's segments by group: every group, the over-represented first. */
    private void profile(PrintWriter w, Context c, int k) {
        w.println("  " + text("classes.profile", c.profile().by()));
        List<ClassProfile.Group> groups = c.shownGroups(k);
        List<String> masked = c.maskedGroups(k);
        int width = Math.max(6, c.profile().classes().get(k - 1).stream().mapToInt(g -> g.group().length()).max().orElse(0));
        w.println(String.format(Locale.ROOT, "  %-" + width + "s  %13s  %9s  %8s  %s", labels.get("classes.group"),
                "segments", labels.get("classes.percent"), "chi²", "p"));
        for (ClassProfile.Group g : groups) {
            w.println(String.format(Locale.ROOT, "  %-" + width + "s  %13s  %9s  %8s  %s", g.group(),
                    numbers.integer(g.inClass()) + " / " + numbers.integer(g.segments()), numbers.percent(g.percentInClass()),
                    numbers.fixed(g.chi2(), 2, true), p(g.p())));
        }
        for (String g : masked) {
            w.println(String.format(Locale.ROOT, "  %-" + width + "s  %13s  %9s  %8s  %s", g, "s", "s", "s", "s"));
        }
        // One note per reason met in this profile: a group too small in the table of --by, an "Autre" row masked.
        if (masked.stream().anyMatch(c.withheld().small()::contains)) {
            w.println("  " + text("classes.profile.small", c.withheld().by(), String.valueOf(c.withheld().secret())));
        }
        if (masked.stream().anyMatch(c.withheld().otherMasked()::contains)) {
            w.println("  " + text("classes.profile.masked", c.withheld().otherOf()));
        }
    }

    private void tree(PrintWriter w, ReinertResult r, Division d, String lead, String rest) {
        if (d.isLeaf()) {
            ReinertClass k = r.classes().get(d.classNumber() - 1);
            String words = k.lemmas().stream().limit(5).map(CharacteristicLemma::lemma).collect(Collectors.joining(", "));
            w.println(lead + text("classes.tree.class", String.valueOf(k.number()), count("classes.segments", k.size()), numbers.percent(k.percent()))
                    + (words.isEmpty() ? "" : " · " + words));
            return;
        }
        w.println(lead + text("classes.tree.split", String.valueOf(d.order()), numbers.integer(d.segments()), numbers.fixed(d.chi2(), 2, false)));
        tree(w, r, d.first(), rest + "├─ ", rest + "│  ");
        tree(w, r, d.second(), rest + "└─ ", rest + "   ");
    }

    private String p(double p) {
        return p < 0.0001 ? "< " + numbers.fixed(0.0001, 4, false) : numbers.fixed(p, 4, false);
    }

    private String where(TextSegment s) {
        return s.source() + (s.line() > 0 ? text("classes.line", String.valueOf(s.line())) : "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public void json(ReinertResult r, Context c, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("method", "reinert");
            g.writeStringField("title", c.title());
            g.writeNumberField("segmentSize", c.segmentSize());
            g.writeNumberField("minSegments", c.minSegments());
            g.writeNumberField("segments", r.segments().size());
            g.writeNumberField("classified", r.classified());
            JsonStatsWriter.number(g, "percentClassified", r.percentClassified());
            g.writeNumberField("activeLemmas", r.activeLemmas());
            if (r.isDouble()) {
                crossing(g, r.crossing());
            }
            if (c.profile() != null) {
                g.writeStringField("by", c.profile().by());
            }
            g.writeFieldName("tree");
            node(g, r.tree());
            g.writeArrayFieldStart("classes");
            for (ReinertClass k : r.classes()) {
                g.writeStartObject();
                g.writeNumberField("class", k.number());
                g.writeNumberField("segments", k.size());
                JsonStatsWriter.number(g, "percent", k.percent());
                g.writeArrayFieldStart("lemmas");
                for (CharacteristicLemma l : k.lemmas()) {
                    g.writeStartObject();
                    g.writeStringField("lemma", l.lemma());
                    g.writeNumberField("inClass", l.inClass());
                    g.writeNumberField("segments", l.segments());
                    JsonStatsWriter.number(g, "chi2", l.chi2());
                    g.writeNumberField("p", Double.parseDouble(String.format(Locale.ROOT, "%.3g", l.p())));
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (c.profile() != null) {
                    g.writeArrayFieldStart("profile");
                    for (ClassProfile.Group x : c.shownGroups(k.number())) {
                        g.writeStartObject();
                        g.writeStringField("group", x.group());
                        g.writeNumberField("inClass", x.inClass());
                        g.writeNumberField("segments", x.segments());
                        JsonStatsWriter.number(g, "chi2", x.chi2());
                        g.writeNumberField("p", Double.parseDouble(String.format(Locale.ROOT, "%.3g", x.p())));
                        g.writeEndObject();
                    }
                    for (String x : c.maskedGroups(k.number())) {
                        // As stats' JSON writes a masked count: null, and flagged.
                        g.writeStartObject();
                        g.writeStringField("group", x);
                        g.writeNullField("inClass");
                        g.writeNullField("segments");
                        g.writeNullField("chi2");
                        g.writeNullField("p");
                        g.writeBooleanField("masked", true);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeArrayFieldStart("typical");
                for (TypicalSegment t : k.typical()) {
                    g.writeStartObject();
                    g.writeNumberField("segment", t.index() + 1);
                    JsonStatsWriter.number(g, "score", t.score());
                    g.writeStringField("source", t.segment().source());
                    g.writeNumberField("line", t.segment().line());
                    g.writeStringField("text", oneLine(t.segment().text()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void crossing(JsonGenerator g, Crossing x) throws IOException {
        g.writeObjectFieldStart("double");
        g.writeArrayFieldStart("unitSizes");
        g.writeNumber(x.rst1());
        g.writeNumber(x.rst2());
        g.writeEndArray();
        g.writeArrayFieldStart("units");
        g.writeNumber(x.units1());
        g.writeNumber(x.units2());
        g.writeEndArray();
        g.writeNumberField("minSegments", x.minSize());
        g.writeNumberField("candidates", x.candidates());
        g.writeArrayFieldStart("kept");
        for (Crossing.CrossedClass c : x.kept()) {
            g.writeStartObject();
            g.writeNumberField("class", c.number());
            g.writeNumberField("segments", c.segments());
            g.writeNumberField("first", c.first());
            g.writeNumberField("second", c.second());
            JsonStatsWriter.number(g, "chi2", c.chi2());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void node(JsonGenerator g, Division d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("segments", d.segments());
        if (d.isLeaf()) {
            g.writeNumberField("class", d.classNumber());
        } else {
            g.writeNumberField("split", d.order());
            JsonStatsWriter.number(g, "chi2", d.chi2());
            g.writeArrayFieldStart("parts");
            node(g, d.first());
            node(g, d.second());
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** One line per segment: its number, source, line, class (0: unclassified) and text. */
    public void segments(ReinertResult r, OutputStream out) throws IOException {
        segments(r, null, null, out);
    }

    /** The same, with each segment's group of {@code by} in a column after the class when {@code groups} is given. */
    public void segments(ReinertResult r, List<String> groups, String by, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        if (groups == null) {
            p.printRecord("segment", "source", "line", "class", "text");
        } else {
            p.printRecord("segment", "source", "line", "class", by, "text");
        }
        for (int i = 0; i < r.segments().size(); i++) {
            TextSegment s = r.segments().get(i);
            if (groups == null) {
                p.printRecord(i + 1, CsvStatsWriter.safe(s.source()), s.line(), r.classOf(i), CsvStatsWriter.safe(oneLine(s.text())));
            } else {
                p.printRecord(i + 1, CsvStatsWriter.safe(s.source()), s.line(), r.classOf(i), CsvStatsWriter.safe(groups.get(i)),
                        CsvStatsWriter.safe(oneLine(s.text())));
            }
        }
        p.flush();
    }
}
