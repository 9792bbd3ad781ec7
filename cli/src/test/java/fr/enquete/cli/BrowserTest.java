package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.enquete.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The demo's HTML report and the ABS corpus's SWOT report opened in a real headless Chromium (Selenium, the
 * distribution's chromedriver): what only a browser computes (clip paths resolved by id across the page, the
 * width tables and grids take, where a contents link scrolls to). Skipped, saying so, when no browser is installed;
 * .ci/run installs one.
 */
class BrowserTest {

    @TempDir
    static Path dir;

    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static Path report;
    private static Path swot;

    /** Selenium warns that it has no DevTools bindings for this Chromium: they are not used here. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void open() throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "no browser installed (chromium and chromedriver not on the PATH): the HTML report was not checked in a browser;"
                        + " apt-get install chromium chromium-driver, as .ci/run does");
        CliRun demo = CliRun.run("demo", "--out", dir.resolve("demo").toString());
        assertEquals(0, demo.code(), demo.err());
        report = dir.resolve("demo/report.html");
        Path a = Fixtures.absAgents();
        swot = dir.resolve("swot.html");
        CliRun s = CliRun.run("swot", a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(), "--spec",
                a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction",
                "--plan", a.resolve("plan.yaml").toString(), "--format", "html", "--out", swot.toString());
        assertEquals(0, s.code(), s.err());
        service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1000, 900));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private static Optional<Path> executable(String... names) {
        for (String dirName : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * Opens a page and waits until it is parsed whole: on a loaded CI machine the headings were queried with nine
     * of the report's sections in the document (a page of megabytes of inline SVG), the report having been open
     * already: loading the same address again can return while the new document is still being parsed. A blank
     * page first makes every load a new navigation, and the state is then polled.
     */
    private static void load(Path page) throws InterruptedException {
        browser.get("about:blank");
        browser.get(page.toUri().toString());
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!"complete".equals(js("return document.readyState")) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertEquals("complete", js("return document.readyState"), page.toString());
    }

    /**
     * Every clip path a chart draws through is that chart's own (a browser resolves url(#id) to the first element
     * of the page with the id: with ids repeated, 9 of the 32 charts were cut at the first chart's height), and each
     * chart's box keeps the drawing's proportions inside the page.
     */
    @Test
    void everyChartIsDrawnWithinItsOwnBox() throws InterruptedException {
        load(report);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js("""
                const out = [];
                const svgs = [...document.querySelectorAll('figure.chart svg')];
                svgs.forEach((svg, i) => {
                  const name = (svg.querySelector('title') || {}).textContent || ('chart ' + i);
                  for (const el of svg.querySelectorAll('[clip-path]')) {
                    const m = /url\\(#([^)]+)\\)/.exec(el.getAttribute('clip-path'));
                    const target = m && document.getElementById(m[1]);
                    if (!target || target.closest('svg') !== svg) {
                      out.push(name + ': clip-path ' + (m ? m[1] : '?') + ' resolves outside the chart');
                      break;
                    }
                  }
                  const box = svg.getBoundingClientRect();
                  const vb = svg.viewBox.baseVal;
                  if (box.width < 100 || Math.abs(box.height / box.width - vb.height / vb.width) > 0.02) {
                    out.push(name + ': box ' + box.width + 'x' + box.height + ' for a ' + vb.width + 'x' + vb.height + ' drawing');
                  }
                  // What is drawn (in the chart's own units) lies inside its view box.
                  const content = svg.getBBox();
                  if (content.x < -1 || content.y < -1 || content.x + content.width > vb.width + 1 || content.y + content.height > vb.height + 1) {
                    out.push(name + ': drawing ' + JSON.stringify([content.x, content.y, content.width, content.height]) + ' outside its box');
                  }
                });
                out.push('charts=' + svgs.length);
                return out;
                """);
        // 33 since numdomautre's answers share no term: its report says why instead of drawing a cloud.
        assertEquals(List.of("charts=33"), problems);
    }

    /**
     * No element sticks out of the page, at a desktop width, a narrow one (the SWOT's matrices and plan did) and a
     * phone's (the multiple-choice tables' percentages were cut there).
     */
    @Test
    void nothingOverflowsThePageWidth() throws InterruptedException {
        for (Path page : List.of(report, swot)) {
            for (int width : new int[] {1000, 700, 420}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                load(page);
                @SuppressWarnings("unchecked")
                List<String> over = (List<String>) js("""
                        const limit = document.documentElement.clientWidth;
                        const out = [];
                        if (document.documentElement.scrollWidth > limit) {
                          out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + limit);
                        }
                        for (const el of document.body.querySelectorAll('*')) {
                          const r = el.getBoundingClientRect();
                          // A wide table may scroll inside its own box (div.wide; any table and chart on a phone),
                          // which must itself fit.
                          let inner = false;
                          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                            const o = getComputedStyle(a).overflowX;
                            inner = inner || o === 'auto' || o === 'scroll';
                          }
                          if (r.width > 0 && r.right > limit + 0.5 && !inner) {
                            out.push(el.tagName + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
                                + ' ends at ' + Math.round(r.right) + ' > ' + limit + ': ' + (el.textContent || '').slice(0, 40));
                          }
                        }
                        return out.slice(0, 10);
                        """);
                assertEquals(List.of(), over, page.getFileName() + " at " + width + " px");
            }
        }
        browser.manage().window().setSize(new Dimension(1000, 900));
    }

    /** Each contents link scrolls its section to the top of the window (or the page to its end, for the last ones). */
    @Test
    void contentsLinksLandOnTheirSections() throws InterruptedException {
        load(report);
        @SuppressWarnings("unchecked")
        List<String> anchors = (List<String>) js("return [...document.querySelectorAll('nav a')].map(a => a.getAttribute('href'));");
        assertTrue(anchors.size() > 30, anchors.toString());
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            js("window.scrollTo(0, 0); document.querySelectorAll('nav a')[arguments[0]].click();", i);
            @SuppressWarnings("unchecked")
            Map<String, Object> where = (Map<String, Object>) js("""
                    const target = document.querySelector(arguments[0]);
                    const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
                    return {found: !!target, top: target ? target.getBoundingClientRect().top : -1, atEnd: atEnd, hash: location.hash};
                    """, anchors.get(i));
            double top = ((Number) where.get("top")).doubleValue();
            boolean landed = Boolean.TRUE.equals(where.get("found")) && anchors.get(i).equals(where.get("hash"))
                    && (Math.abs(top) <= 2 || (Boolean.TRUE.equals(where.get("atEnd")) && top > 0));
            if (!landed) {
                missed.add(anchors.get(i) + " " + where);
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(Stream.of("#part1", "#part4").allMatch(anchors::contains), "parts are in the contents");
    }

    /**
     * A part's title in the contents is in one column with its first entry: at 1000 px the demo study's "4. Paroles
     * d'acteurs et d'habitants" ended the first column, its two entries at the top of the second (and a report's
     * "3. Accès au droit et lutte contre l'illectronisme dans la" ended it, "proximité" atop the second, in
     * {@code report --ci --crosstab dpt,partenaires} at 1280 px).
     */
    @Test
    void aPartsTitleInTheContentsStaysInTheColumnOfItsFirstEntry() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        for (Path page : List.of(report, dir.resolve("demo/study/study.html"))) {
            for (int width : new int[] {1000, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                load(page);
                @SuppressWarnings("unchecked")
                List<String> split = (List<String>) js("""
                        const out = [];
                        for (const li of document.querySelectorAll('nav ol.contents > li.part')) {
                          const a = li.querySelector(':scope > a');
                          const lefts = [...a.getClientRects()].map(r => Math.round(r.left));
                          if (new Set(lefts).size > 1) out.push(a.textContent + ': its title across columns at ' + lefts);
                          const first = li.querySelector(':scope > ol > li');
                          if (first) {
                            const left = Math.round(first.getBoundingClientRect().left);
                            // Its entries are indented by 2.2rem under it; the other column is some 400 px away.
                            if (left < lefts[0] || left > lefts[0] + 100) out.push(a.textContent + ': title at ' + lefts[0] + ', first entry at ' + left);
                          }
                        }
                        return out;""");
                split.forEach(x -> problems.add(page.getFileName() + " at " + width + " px: " + x));
            }
        }
        browser.manage().window().setSize(new Dimension(1000, 900));
        assertEquals(List.of(), problems);
    }

    /**
     * The report printed from the browser (A4): a heading is never split across two pages nor left at a page's foot,
     * and a part's heading is on the page of its first question. The print rules kept each question's section whole:
     * with a word cloud and verbatims a section is longer than a page, so pages were left two-thirds empty, part
     * headings ended pages ("2. Activités actuelles et partenariats" alone under page 10's last table), and the
     * report printed on 42 pages where Word's has 29. Read back with poppler's pdftotext, page by page.
     */
    @Test
    void printedHeadingsStayWithWhatFollowsThem() throws IOException, InterruptedException {
        assumeTrue(executable("pdftotext").isPresent() && executable("pdfinfo").isPresent(),
                "poppler-utils missing (pdftotext, pdfinfo): the printed report was not checked; apt-get install poppler-utils");
        load(report);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> headings = (List<Map<String, Object>>) js("""
                return [...document.querySelectorAll('main h2, main h3, body > section h2, body > section h3')]
                    .map(h => ({text: h.textContent, part: h.parentElement.classList.contains('part')}));
                """);
        assertTrue(headings.size() > 30, headings.toString());
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        Path pdf = dir.resolve("printed.pdf");
        Files.write(pdf, java.util.Base64.getDecoder().decode(browser.print(options).getContent()));
        int pages = Integer.parseInt(run("pdfinfo", pdf.toString()).lines().filter(l -> l.startsWith("Pages:")).findFirst()
                .orElseThrow().replaceAll("\\D", ""));
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            text.add(flat(run("pdftotext", "-f", String.valueOf(p), "-l", String.valueOf(p), "-enc", "UTF-8", pdf.toString(), "-")));
        }
        // The contents list every heading: the body starts after the page that lists the last one.
        String last = flat((String) headings.get(headings.size() - 1).get("text"));
        int page = 0;
        while (page < pages && !text.get(page).contains(last)) {
            page++;
        }
        List<String> wrong = new ArrayList<>();
        int previousPart = -1;
        for (Map<String, Object> h : headings) {
            String heading = flat((String) h.get("text"));
            int at = page + 1;
            while (at < pages && !text.get(at).contains(heading)) {
                at++;
            }
            if (at == pages) {
                wrong.add("not whole on any page after page " + (page + 1) + ": " + heading);
                continue;
            }
            if (text.get(at).endsWith(heading)) {
                wrong.add("ends page " + (at + 1) + ": " + heading);
            }
            if (previousPart >= 0 && at != previousPart) {
                wrong.add("part heading on page " + (previousPart + 1) + ", its first question on page " + (at + 1) + ": " + heading);
            }
            previousPart = Boolean.TRUE.equals(h.get("part")) ? at : -1;
            page = at - 1;
        }
        assertEquals(List.of(), wrong, pages + " pages");
    }

    /**
     * A cross-tabulation by a multiple choice of 16 options (dpt x partenaires, 18 columns) at 1280 px: its margin
     * ("Répondants") and its row labels are in view whether its box is scrolled to the left or to the right end; the
     * margin sat beyond the scroll, never seen, and the labels scrolled away. Printed (print media, the 718 px of an A4
     * portrait page within Chromium's margins), every table it prints fits the page: the margin was cut off.
     */
    @Test
    void aWideCrosstabKeepsItsRowLabelsAndItsMarginInView() throws InterruptedException {
        Path out = dir.resolve("crossed");
        CliRun r = CliRun.run("report", Fixtures.centresSociaux().resolve("export.csv").toString(), "--spec",
                Fixtures.centresSociaux().resolve("spec.yaml").toString(), "--crosstab", "dpt,partenaires", "--format", "html",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        browser.manage().window().setSize(new Dimension(1280, 900));
        // The last crossing of the page is the one asked for; the spec's own (territoire x qpv, 4 columns) comes first.
        try {
            load(out.resolve("report.html"));
            @SuppressWarnings("unchecked")
            List<String> hidden = (List<String>) js("""
                    const out = [];
                    const crossings = document.querySelectorAll('section[id^="x"]');
                    const tables = [...crossings[crossings.length - 1].querySelectorAll('table')].filter(t => t.offsetParent);
                    out.push('tables=' + tables.length);
                    for (const t of tables) {
                      let box = t.parentElement;
                      while (box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
                      const seen = (el, where) => {
                        const b = box.getBoundingClientRect(), e = el.getBoundingClientRect();
                        if (e.left < b.left - 0.5 || e.right > b.right + 0.5) out.push(where + ': ' + el.textContent + ' out of view');
                      };
                      const head = t.tHead.rows[0].cells, first = t.tBodies[0].rows[0].cells;
                      for (const end of [0, box.scrollWidth]) {
                        box.scrollLeft = end;
                        seen(head[head.length - 1], 'scrolled to ' + end);
                        seen(first[0], 'scrolled to ' + end);
                        seen(first[first.length - 1], 'scrolled to ' + end);
                      }
                    }
                    return out;
                    """);
            assertEquals(List.of("tables=3"), hidden);
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            @SuppressWarnings("unchecked")
            List<String> printed = (List<String>) js("""
                    // The page's width within Chromium's margins, the body's padding inside it.
                    document.body.style.boxSizing = 'border-box';
                    document.body.style.width = '718px';
                    const style = getComputedStyle(document.body);
                    const limit = 718 - parseFloat(style.paddingRight);
                    const out = [];
                    const crossings = document.querySelectorAll('section[id^="x"]');
                    const tables = [...crossings[crossings.length - 1].querySelectorAll('table')].filter(t => t.offsetParent);
                    for (const t of tables) {
                      const head = t.tHead.rows[0].cells;
                      if (head[head.length - 1].textContent !== 'Répondants') out.push('a table without its margin: ' + t.tHead.textContent);
                      const right = t.getBoundingClientRect().right - document.body.getBoundingClientRect().left;
                      if (right > limit + 0.5) out.push('ends at ' + Math.round(right) + ' px: ' + t.tHead.textContent.slice(0, 60));
                    }
                    out.push('printed tables=' + tables.length);
                    return out;
                    """);
            assertEquals(List.of("printed tables=9"), printed);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.manage().window().setSize(new Dimension(1000, 900));
        }
    }

    /**
     * Text with its white space (line breaks, no-break spaces) as single spaces and without hyphens, for finding a
     * heading in a page: pdftotext joins a word broken at its hyphen ("ci-" / "dessous" gives "cidessous").
     */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace("-", "").replaceAll("\\s+", " ").strip();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "timed out: " + List.of(command));
        assertEquals(0, p.exitValue(), List.of(command) + ": " + out);
        return out;
    }
}
