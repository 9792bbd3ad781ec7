package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the documentation (README.md, CONTRIBUTING.md, CHANGELOG.md, docs/*.md) names a file that
 * exists, and every {@code #anchor} a heading of its page, as GitHub makes anchors of headings: moving a section
 * from one page to another cannot leave a dead link behind.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}```.*?^ {0,3}```");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("enquete")))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no repository root above " + Path.of("").toAbsolutePath());
        return dir;
    }

    /** GitHub's anchor of a heading: lower case, punctuation other than '-' and '_' dropped, spaces as '-'. */
    static String slug(String heading) {
        String s = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\-_ ]", "");
        return s.replace(' ', '-');
    }

    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String text = FENCED.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
        for (String line : text.split("\n")) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String slug = slug(m.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        Path root = root();
        List<Path> pages = new ArrayList<>();
        for (String name : List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md")) {
            if (Files.isRegularFile(root.resolve(name))) {
                pages.add(root.resolve(name));
            }
        }
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> dead = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            String text = FENCED.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:: not this test's business
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = root.relativize(page) + ": (" + target + ")";
                if (!Files.exists(to)) {
                    dead.add(where + ": no such file");
                } else if (hash >= 0 && to.toString().endsWith(".md") && !anchors(to).contains(target.substring(hash + 1))) {
                    dead.add(where + ": no such heading in " + root.relativize(to));
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " links found: is the scan broken?");
        assertEquals(List.of(), dead);
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertEquals("weights---weight---rake---calibrate", slug("Weights (`--weight`, `--rake`, `--calibrate`)"));
        assertEquals("recoding-autre-answers", slug("Recoding \"Autre\" answers"));
        assertEquals("statistical-secrecy---secret-n", slug("Statistical secrecy (`--secret N`)"));
        assertEquals("what-every-figure-means-à-la-française", slug("What every figure means: à la française"));
    }
}
