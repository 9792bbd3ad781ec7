package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.model.Folding;
import fr.enquete.text.Concordance;
import fr.enquete.text.Cooccurrence;
import fr.enquete.text.Corpus;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.Specificity;
import fr.enquete.text.TermTable;
import fr.enquete.text.TextDocument;
import fr.enquete.text.ThematicCoding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the views of {@code enquete terms} as text, JSON or CSV, and corpora for IRaMuTeQ. */
public final class TermsWriter {

    /**
     * What {@code enquete terms} computed; every view but the term table may be null (not asked).
     *
     * @param withheld the groups whose specificities secrecy withholds, and why
     */
    public record Views(Corpus corpus, TermTable terms, TermTable naive, Map<String, List<Specificity.Score>> specificities,
                        List<Concordance.Line> concordance, String concordanceQuery, List<Cooccurrence.Pair> cooccurrences,
                        ThematicCoding.Result coding, RepeatedSegments.Table repeated, WithheldGroups withheld) {

        /** Nothing withheld. */
        public Views(Corpus corpus, TermTable terms, TermTable naive, Map<String, List<Specificity.Score>> specificities,
                     List<Concordance.Line> concordance, String concordanceQuery, List<Cooccurrence.Pair> cooccurrences,
                     ThematicCoding.Result coding, RepeatedSegments.Table repeated) {
            this(corpus, terms, naive, specificities, concordance, concordanceQuery, cooccurrences, coding, repeated, WithheldGroups.NONE);
        }
    }


    private final Labels labels;
    private final NumberFormats numbers;
    private final TermTableView tables;
    private final CorrespondenceTables correspondence;

    private final TextUnit unit;

    public TermsWriter(Lang lang) {
        this(lang, TextUnit.ANSWERS);
    }

    /** Labels that name the {@code unit} counted: answers, or the interventions of transcripts. */
    public TermsWriter(Lang lang, TextUnit unit) {
        this.unit = unit;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
        this.tables = new TermTableView(lang, unit);
        this.correspondence = new CorrespondenceTables(lang, unit);
    }

    public void text(Views v, OutputStream out) {
        text(v, null, out);
    }

    /** As {@link #text(Views, OutputStream)}, followed by the correspondence analysis when {@code ca} is not null. */
    public void text(Views v, CorrespondenceTables.Result ca, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(v.corpus().question().label());
        w.println("[" + v.corpus().question().id() + "] " + MessageFormat.format(labels.get(unit.key("text.count")),
                numbers.integer(v.corpus().documents().size()), numbers.integer(v.corpus().base()), v.corpus().documents().size()));
        for (TermTable t : TermTableView.shown(v.terms())) {
            termTable(w, t);
        }
        if (v.repeated() != null) {
            repeated(w, v.repeated());
        }
        if (v.naive() != null) {
            termTable(w, v.naive());
        }
        if (v.specificities() != null) {
            w.println();
            w.println(labels.get("specificity.title"));
            v.specificities().forEach((group, scores) -> {
                w.println("  " + labels.get("specificity.group") + " " + group);
                if (v.withheld().small().contains(group)) {
                    w.println("    " + MessageFormat.format(labels.get("specificity.small"), v.withheld().by(), String.valueOf(v.withheld().secret())));
                    return;
                }
                if (v.withheld().otherMasked().contains(group)) {
                    w.println("    " + MessageFormat.format(labels.get("specificity.masked"), v.withheld().otherOf()));
                    return;
                }
                if (scores.isEmpty()) {
                    w.println("    " + labels.get("specificity.none"));
                }
                for (Specificity.Score s : scores) {
                    w.println(String.format(Locale.ROOT, "    %8s  %-30s %s", numbers.fixed(s.g2(), 2, true), s.term(),
                            MessageFormat.format(labels.get("specificity.counts"), numbers.integer(s.inGroup()),
                                    numbers.integer(s.elsewhere()), numbers.fixed(s.p(), 4, false))));
                }
            });
        }
        if (v.concordance() != null) {
            w.println();
            w.println(MessageFormat.format(labels.get("concordance.title"), v.concordanceQuery()));
            int width = v.concordance().stream().mapToInt(l -> l.left().length()).max().orElse(0);
            for (Concordance.Line l : v.concordance()) {
                w.println(String.format(Locale.ROOT, "  %5d  %" + Math.max(1, width) + "s [%s] %s", l.row(), l.left(), l.match(), l.right()));
            }
        }
        if (v.cooccurrences() != null) {
            w.println();
            w.println(labels.get(unit.key("cooccurrence.title")));
            for (Cooccurrence.Pair p : v.cooccurrences()) {
                w.println("  " + p.answers() + "  " + p.first() + " + " + p.second());
            }
        }
        if (v.coding() != null) {
            w.println();
            w.println(labels.get("coding.title"));
            for (ThematicCoding.ThemeResult t : v.coding().themes()) {
                w.println("  " + t.theme() + labels.get("colon") + numbers.integer(t.answers().size()) + " ("
                        + numbers.percent(t.percent()) + ")");
            }
            w.println("  " + labels.get(unit.key("coding.uncaught")) + labels.get("colon") + numbers.integer(v.coding().uncaught().size()));
            for (TextDocument d : v.coding().uncaught()) {
                w.println("    - " + d.text().replace("\n", "\n      "));
            }
        }
        if (ca != null) {
            correspondence.text(ca, w);
        }
        w.flush();
    }

    /** Why no word cloud is drawn when no term is found in two answers. */
    public String noCloud() {
        return labels.get(unit.key("cloud.none"));
    }

    private void repeated(PrintWriter w, RepeatedSegments.Table r) {
        w.println();
        TextStatsWriter.segments(w, tables, r);
    }

    private void termTable(PrintWriter w, TermTable t) {
        w.println();
        w.println(tables.title(t));
        TextStatsWriter.print(w, tables.table(t));
        String more = tables.exAequo(t);
        w.println("  " + tables.note(t) + (more.isEmpty() ? "" : " " + more));
    }

    public void json(Views v, OutputStream out) throws IOException {
        json(v, null, out);
    }

    /** As {@link #json(Views, OutputStream)}, with a {@code "correspondence"} field when {@code ca} is not null. */
    public void json(Views v, CorrespondenceTables.Result ca, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("question", v.corpus().question().id());
            g.writeNumberField("base", v.corpus().base());
            g.writeNumberField("answers", v.corpus().documents().size());
            g.writeStringField("unit", unit.json());
            JsonStatsWriter.terms(g, v.terms());
            if (v.repeated() != null) {
                JsonStatsWriter.segments(g, v.repeated());
            }
            if (v.naive() != null) {
                g.writeFieldName("naive");
                g.writeStartObject();
                JsonStatsWriter.terms(g, v.naive());
                g.writeEndObject();
            }
            if (v.specificities() != null) {
                g.writeObjectFieldStart("specificities");
                for (Map.Entry<String, List<Specificity.Score>> e : v.specificities().entrySet()) {
                    if (v.withheld().contains(e.getKey())) {
                        g.writeNullField(e.getKey());
                        continue;
                    }
                    g.writeArrayFieldStart(e.getKey());
                    for (Specificity.Score s : e.getValue()) {
                        g.writeStartObject();
                        g.writeStringField("term", s.term());
                        g.writeNumberField("inGroup", s.inGroup());
                        g.writeNumberField("elsewhere", s.elsewhere());
                        JsonStatsWriter.number(g, "g2", s.g2());
                        g.writeNumberField("p", s.p());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                List<String> masked = v.specificities().keySet().stream().filter(v.withheld()::contains).toList();
                if (!masked.isEmpty()) {
                    // Null above, as a masked count is null in stats' JSON; named here so a reader need not guess why.
                    g.writeArrayFieldStart("specificitiesMasked");
                    for (String group : masked) {
                        g.writeString(group);
                    }
                    g.writeEndArray();
                }
            }
            if (v.concordance() != null) {
                g.writeArrayFieldStart("concordance");
                for (Concordance.Line l : v.concordance()) {
                    g.writeStartObject();
                    g.writeNumberField("row", l.row());
                    g.writeStringField("left", l.left());
                    g.writeStringField("match", l.match());
                    g.writeStringField("right", l.right());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (v.cooccurrences() != null) {
                g.writeArrayFieldStart("cooccurrences");
                for (Cooccurrence.Pair p : v.cooccurrences()) {
                    g.writeStartObject();
                    g.writeStringField("first", p.first());
                    g.writeStringField("second", p.second());
                    g.writeNumberField("answers", p.answers());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (v.coding() != null) {
                g.writeArrayFieldStart("themes");
                for (ThematicCoding.ThemeResult t : v.coding().themes()) {
                    g.writeStartObject();
                    g.writeStringField("theme", t.theme());
                    g.writeNumberField("answers", t.answers().size());
                    JsonStatsWriter.number(g, "percent", t.percent());
                    g.writeArrayFieldStart("rows");
                    for (TextDocument d : t.answers()) {
                        g.writeNumber(d.row());
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("uncaught");
                for (TextDocument d : v.coding().uncaught()) {
                    g.writeNumber(d.row());
                }
                g.writeEndArray();
            }
            if (ca != null) {
                correspondence.json(ca, g);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The term tables as CSV: {@code method,rank,term,occurrences,answers,percent,forms}. */
    public void csv(Views v, OutputStream out) throws IOException {
        csv(v, null, out);
    }

    /**
     * As {@link #csv(Views, OutputStream)}; with {@code ca}, the columns of {@link CorrespondenceTables#CSV_COLUMNS}
     * follow (empty on term rows) and the correspondence analysis's rows follow the term tables'.
     */
    public void csv(Views v, CorrespondenceTables.Result ca, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        List<String> header = new ArrayList<>(List.of("method", "rank", "term", "occurrences", "answers", "percent", "forms"));
        if (ca != null) {
            header.addAll(CorrespondenceTables.CSV_COLUMNS);
        }
        p.printRecord(header);
        List<String> blanks = ca == null ? List.of() : java.util.Collections.nCopies(CorrespondenceTables.CSV_COLUMNS.size(), "");
        List<TermTable> all = new ArrayList<>(List.of(v.terms()));
        if (v.terms().multiwords() != null) {
            all.add(v.terms().multiwords());
        }
        if (v.repeated() != null) {
            all.add(v.repeated().table());
        }
        if (v.naive() != null) {
            all.add(v.naive());
        }
        for (TermTable t : all) {
            for (TermTable.TermRow r : t.rows()) {
                StringBuilder forms = new StringBuilder();
                r.forms().forEach(f -> forms.append(forms.length() == 0 ? "" : "; ").append(f.text()).append(" (").append(f.count()).append(')'));
                List<Object> record = new ArrayList<>(List.of(t.method(), r.rank(), CsvStatsWriter.safe(r.term()), r.occurrences(), r.answers(),
                        java.math.BigDecimal.valueOf(r.percent()).stripTrailingZeros().toPlainString(), CsvStatsWriter.safe(forms.toString())));
                record.addAll(blanks);
                p.printRecord(record);
            }
        }
        if (ca != null) {
            CorrespondenceTables.csv(ca, p);
        }
        p.flush();
    }

    /**
     * The answers as an IRaMuTeQ corpus: each answer starts with a line {@code **** *var_modality ...}
     * built from the corpus variables (missing answers as {@code nr}); stars are removed from texts, since
     * IRaMuTeQ reads them as markers.
     */
    public void iramuteq(Corpus corpus, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (int i = 0; i < corpus.documents().size(); i++) {
            StringBuilder head = new StringBuilder("****");
            for (Map.Entry<String, String> e : corpus.variables().get(i).entrySet()) {
                head.append(" *").append(token(e.getKey())).append('_').append(e.getValue().isEmpty() ? "nr" : token(e.getValue()));
            }
            w.print(head.append('\n'));
            w.print(corpus.documents().get(i).text().replace("*", " ").strip() + "\n\n");
        }
        w.flush();
    }

    /** A variable or modality name IRaMuTeQ accepts: letters and digits, others as '_', no accents. */
    static String token(String s) {
        String n = Folding.unaccentedLowerCase(s);
        String t = n.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return t.isEmpty() ? "x" : t;
    }

}
