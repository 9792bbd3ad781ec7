package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.enquete.qual.agreement.AgreementReport;
import fr.enquete.qual.agreement.Disagreement;
import fr.enquete.qual.agreement.Level;
import fr.enquete.qual.agreement.Reliability;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Agreement between coders: figures per code and overall, then the disagreements to discuss. */
public final class AgreementWriter {

    private final Lang lang;
    private final NumberFormats numbers;

    public AgreementWriter(Lang lang) {
        this.lang = lang;
        this.numbers = new NumberFormats(lang);
    }

    public void text(AgreementReport r, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean two = r.coders().size() == 2;
        w.println(lang.pick("Accord entre codeurs", "Agreement between coders") + " (" + r.coders().size() + lang.pick("\u00A0: ", ": ")
                + String.join(", ", r.coders()) + ")");
        w.println(lang.pick("Unité\u00A0: ", "Unit: ") + (r.level() == Level.SEGMENT ? lang.pick("le paragraphe", "the paragraph")
                : lang.pick("le caractère", "the character")));
        w.println();
        String header = String.format("%-48s %12s %9s %9s %9s", lang.pick("Code", "Code"), lang.pick("Accord", "Agreement"),
                two ? "Cohen κ" : "", "Fleiss κ", "α");
        w.println(header.stripTrailing());
        for (AgreementReport.PerCode c : r.codes()) {
            w.println(row(c.code(), c.result(), two).stripTrailing());
        }
        w.println(row(lang.pick("Ensemble", "Overall"), r.overall(), two).stripTrailing());
        w.println();
        w.println(lang.pick("Désaccords à discuter", "Disagreements to discuss") + " (" + numbers.integer(r.disagreements().size()) + ")");
        for (Disagreement d : r.disagreements()) {
            w.println(String.format("  %s, %s %d%s%s", d.source(), lang.pick("ligne", "line"), d.line(), lang.pick("\u00A0: ", ": "), d.code()));
            w.println("    " + lang.pick("codé par ", "coded by ") + String.join(", ", d.applied()) + lang.pick(", pas par ", ", not by ")
                    + String.join(", ", d.omitted()));
            // French quotes with no-break spaces inside, as the reports print verbatims; English ones in English.
            w.println("    " + lang.pick(Guillemets.around(d.text().strip()), "\u201C" + d.text().strip() + "\u201D"));
        }
        w.flush();
    }

    private String row(String name, Reliability.Result r, boolean two) {
        String n = name.length() > 48 ? name.substring(0, 47) + "…" : name;
        return String.format("%-48s %12s %9s %9s %9s", n, numbers.percent(100 * r.percent()),
                two ? numbers.fixed(r.cohen(), 3, false) : "", numbers.fixed(r.fleiss(), 3, false), numbers.fixed(r.alpha(), 3, false));
    }

    public void csv(AgreementReport r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord("code", "units", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha");
        for (AgreementReport.PerCode c : r.codes()) {
            record(p, CsvStatsWriter.safe(c.code()), c.result());
        }
        record(p, "(overall)", r.overall());
        p.flush();
    }

    private static void record(CSVPrinter p, String name, Reliability.Result r) throws IOException {
        p.printRecord(name, r.units(), number(r.percent()), number(r.cohen()), number(r.fleiss()), number(r.alpha()));
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.6f", d);
    }

    public void json(AgreementReport r, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("level", r.level().name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("coders");
            for (String c : r.coders()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("codes");
            for (AgreementReport.PerCode c : r.codes()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                figures(g, c.result());
                g.writeArrayFieldStart("units_coded");
                for (long u : c.used()) {
                    g.writeNumber(u);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("overall");
            figures(g, r.overall());
            g.writeEndObject();
            g.writeArrayFieldStart("disagreements");
            for (Disagreement d : r.disagreements()) {
                g.writeStartObject();
                g.writeStringField("code", d.code());
                g.writeStringField("source", d.source());
                g.writeNumberField("line", d.line());
                g.writeNumberField("start", d.start());
                g.writeNumberField("end", d.end());
                g.writeStringField("text", d.text());
                g.writeArrayFieldStart("coded_by");
                for (String c : d.applied()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("not_by");
                for (String c : d.omitted()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void figures(JsonGenerator g, Reliability.Result r) throws IOException {
        g.writeNumberField("units", r.units());
        number(g, "percent_agreement", r.percent());
        number(g, "cohen_kappa", r.cohen());
        number(g, "fleiss_kappa", r.fleiss());
        number(g, "krippendorff_alpha", r.alpha());
    }

    private static void number(JsonGenerator g, String name, double d) throws IOException {
        if (Double.isNaN(d)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, d);
        }
    }
}
