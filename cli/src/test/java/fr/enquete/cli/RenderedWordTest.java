package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.enquete.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's Word report and the ABS corpus's SWOT report (with its 8-column action plan) rendered to PDF by
 * LibreOffice, as scripts/render-docx.sh does, then read back with poppler: no table header word is cut across
 * lines ("Cale/ndri/er", "Ran/g"), every chart image is on a page, and the plan is on a landscape page. Skipped,
 * saying so, when LibreOffice or poppler is missing; .ci/run installs them.
 */
class RenderedWordTest {

    @TempDir
    static Path dir;

    private static Path reportDocx;
    private static Path swotDocx;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        Optional<Path> soffice = executable("soffice");
        assumeTrue(soffice.isPresent() && executable("pdftotext").isPresent() && executable("pdfimages").isPresent(),
                "LibreOffice or poppler-utils missing (soffice, pdftotext, pdfimages not on the PATH): the Word reports were not"
                        + " rendered; apt-get install libreoffice-writer-nogui poppler-utils, as .ci/run does");
        CliRun demo = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out",
                dir.resolve("demo").toString(), "--format", "docx");
        assertEquals(0, demo.code(), demo.err());
        reportDocx = dir.resolve("demo/report.docx");
        Path a = Fixtures.absAgents();
        swotDocx = dir.resolve("swot.docx");
        CliRun s = CliRun.run("swot", a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(), "--spec",
                a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction",
                "--plan", a.resolve("plan.yaml").toString(), "--format", "docx", "--out", swotDocx.toString());
        assertEquals(0, s.code(), s.err());
        CliRun interviews = CliRun.run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "docx", "--out", dir.resolve("entretiens.docx").toString());
        assertEquals(0, interviews.code(), interviews.err());
        // A private profile: works beside an open LibreOffice and leaves the user's alone.
        Path profile = Files.createDirectories(dir.resolve("profile"));
        run(List.of(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.resolve("pdf").toString(), reportDocx.toString(), swotDocx.toString(), dir.resolve("entretiens.docx").toString()));
        Files.move(dir.resolve("pdf/report.pdf"), dir.resolve("report.pdf"));
        Files.move(dir.resolve("pdf/swot.pdf"), dir.resolve("swot.pdf"));
        Files.move(dir.resolve("pdf/entretiens.pdf"), dir.resolve("entretiens.pdf"));
    }

    private static Optional<Path> executable(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }

    /** The words of every table header row of a Word file, each counted once per table that has it. */
    private static Map<String, Integer> headerWords(Path docx) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                java.util.Set<String> inTable = new java.util.HashSet<>();
                t.getRow(0).getTableCells().forEach(c -> {
                    // The first paragraph: a header cell's text (a SWOT grid's cell goes on with its items).
                    for (String w : text(c.getParagraphs().get(0)).split("[^\\p{L}]+")) {
                        if (w.length() >= 4) {
                            inTable.add(w);
                        }
                    }
                });
                inTable.forEach(w -> words.merge(w, 1, Integer::sum));
            }
        }
        return words;
    }

    /**
     * A paragraph's text with Word's no-break hyphens as hyphens: POI's getText drops them, so "Êtes-vous" in a
     * crossing's corner read "Êtesvous", a word the PDF never holds.
     */
    private static String text(org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
        String xml = p.getCTP().xmlText().replaceAll("<w:noBreakHyphen[^>]*/>", "<w:t>-</w:t>");
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>").matcher(xml);
        while (m.find()) {
            out.append(m.group(1));
        }
        return out.toString();
    }

    private static int count(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A header word cut across lines is missing from the PDF's text as a whole word: each must be there in full. */
    @Test
    void noTableHeaderWordIsCut() throws IOException, InterruptedException {
        for (String name : List.of("report", "swot")) {
            Path docx = name.equals("report") ? reportDocx : swotDocx;
            String text = run(List.of("pdftotext", "-enc", "UTF-8", dir.resolve(name + ".pdf").toString(), "-"));
            List<String> cut = new ArrayList<>();
            headerWords(docx).forEach((word, tables) -> {
                if (count(text, word) < tables) {
                    cut.add(word + " (" + count(text, word) + " whole of " + tables + ")");
                }
            });
            assertEquals(List.of(), cut, name + ".pdf");
        }
    }

    /** Every picture of the Word report is drawn on a page of the PDF. */
    @Test
    void everyChartImageIsOnAPage() throws IOException, InterruptedException {
        int pictures;
        try (InputStream in = Files.newInputStream(reportDocx); XWPFDocument doc = new XWPFDocument(in)) {
            pictures = doc.getAllPictures().size();
        }
        assertTrue(pictures >= 30, "the fixture report's charts: " + pictures);
        List<String> images = run(List.of("pdfimages", "-list", dir.resolve("report.pdf").toString())).lines().skip(2)
                .filter(l -> l.contains(" image ")).toList();
        assertEquals(pictures, images.size(), String.join("\n", images));
    }

    /** The 8-column action plan is on a landscape page (wider than high), the grid's pages are portrait. */
    @Test
    void theActionPlanIsOnALandscapePage() throws IOException, InterruptedException {
        Path pdf = dir.resolve("swot.pdf");
        String info = run(List.of("pdfinfo", "-f", "1", "-l", "999", pdf.toString()));
        List<double[]> sizes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Page +\\d+ size: +([\\d.]+) x ([\\d.]+)").matcher(info);
        while (m.find()) {
            sizes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        int last = sizes.size();
        String lastPage = run(List.of("pdftotext", "-f", String.valueOf(last), "-l", String.valueOf(last), "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(lastPage.contains("Plan d'actions") && lastPage.contains("Calendrier"), lastPage);
        assertTrue(sizes.get(last - 1)[0] > sizes.get(last - 1)[1], "plan page landscape: " + info);
        assertTrue(sizes.get(0)[0] < sizes.get(0)[1], "title page portrait");
    }

    /**
     * No page starts with what belongs to the table above it: a short table's last row ("Sans réponse") or the
     * multiple-choice note under a table ("Plusieurs réponses possibles..." was once alone at the top of a page).
     */
    @Test
    void noPageStartsWithTheEndOfATable() throws IOException, InterruptedException {
        Path pdf = dir.resolve("report.pdf");
        int pages = pages(pdf);
        List<String> orphans = new ArrayList<>();
        for (int p = 2; p <= pages; p++) {
            String text = run(List.of("pdftotext", "-layout", "-f", String.valueOf(p), "-l", String.valueOf(p), "-enc", "UTF-8", pdf.toString(), "-"));
            String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            if (first.startsWith("Sans réponse") || first.startsWith("Plusieurs réponses possibles")) {
                orphans.add("page " + p + ": " + first);
            }
        }
        assertEquals(List.of(), orphans);
    }

    /**
     * No page ends with the start of a SWOT grid: "Thème : Parcours de vie" and its row's quadrant names ("Forces",
     * "Faiblesses") were left at the foot of page 8 of the ABS report, their items on page 9.
     */
    /**
     * A theme's grid that fits on a page is on one page: the interviews' "Logement" grid (forces and faiblesses of
     * one source or three, a short page's worth) had its forces and faiblesses at the foot of page 4, its opportunités
     * and menaces on page 5.
     */
    @Test
    void aSmallSwotGridIsOnOnePage() throws IOException, InterruptedException {
        String[] pages = run(List.of("pdftotext", "-layout", dir.resolve("entretiens.pdf").toString(), "-")).split("\f");
        int grids = 0;
        for (String page : pages) {
            int theme = page.indexOf("Thème\u00A0: Logement") >= 0 ? page.indexOf("Thème\u00A0: Logement") : page.indexOf("Thème : Logement");
            if (theme >= 0 && page.indexOf("Forces", theme) > 0) {
                grids++;
                assertTrue(page.indexOf("Opportunités", theme) > 0, "the Logement grid goes on to the next page:\n" + page);
            }
        }
        assertTrue(grids > 0, "no page shows the Logement grid");
    }

    @Test
    void noSwotGridStartsAtTheFootOfAPage() throws IOException, InterruptedException {
        assertEquals(List.of(), pagesEndingWith(dir.resolve("swot.pdf"), 2,
                end -> end.equals("Forces | Faiblesses") || end.equals("Opportunités | Menaces")));
    }

    /**
     * No page ends with a question's heading and its count of answers ("B) Objectifs : autre", its base, "9 réponses sur
     * 68" at the foot of page 14, the term table on page 15).
     */
    @Test
    void noPageEndsWithAQuestionsCountOfAnswers() throws IOException, InterruptedException {
        assertEquals(List.of(), pagesEndingWith(dir.resolve("report.pdf"), 1, last -> last.matches("\\d+ réponses? sur \\d+")));
    }

    /**
     * The pages but the last whose text, without the footer's number, ends with {@code count} lines (joined by " | ")
     * that {@code stranded} accepts, each as "page N ends with ...".
     */
    private static List<String> pagesEndingWith(Path pdf, int count, java.util.function.Predicate<String> stranded)
            throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        int pages = pages(pdf);
        for (int p = 1; p < pages; p++) {
            List<String> lines = body(pdf, p);
            String end = String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
            if (stranded.test(end)) {
                found.add("page " + p + " ends with " + end);
            }
        }
        return found;
    }

    /** The lines of page {@code p}'s text, without its footer's number. */
    private static List<String> body(Path pdf, int p) throws IOException, InterruptedException {
        String text = run(List.of("pdftotext", "-f", String.valueOf(p), "-l", String.valueOf(p), "-enc", "UTF-8", pdf.toString(), "-"));
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(String.valueOf(p))) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        String info = run(List.of("pdfinfo", pdf.toString()));
        return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
    }

    /**
     * Every page but the title page ends with its number, landscape pages (the action plan) too: a printed report of
     * 29 pages had no page number at all.
     */
    @Test
    void everyPageButTheTitleCarriesItsNumber() throws IOException, InterruptedException {
        for (String name : List.of("report", "swot")) {
            Path pdf = dir.resolve(name + ".pdf");
            List<String> wrong = new ArrayList<>();
            int pages = pages(pdf);
            assertTrue(pages >= 10, name + ": " + pages + " pages");
            for (int p = 1; p <= pages; p++) {
                String text = run(List.of("pdftotext", "-f", String.valueOf(p), "-l", String.valueOf(p), "-enc", "UTF-8", pdf.toString(), "-"));
                String last = text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("");
                if (last.equals(String.valueOf(p)) == (p == 1)) {
                    wrong.add("page " + p + " ends with " + last);
                }
            }
            assertEquals(List.of(), wrong, name + ".pdf");
        }
    }
}
