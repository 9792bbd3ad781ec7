package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time-only columns, as Microsoft Forms' "Heure de début" or a KoboToolbox {@code time} question give them, read as
 * times of day: summarised as numbers, shown as times. Before, "11:27" was a word and the column a list of frequencies
 * (or, its 187 cells being codes with digits, an identifier left out).
 */
class TimeOfDayCliTest {

    @TempDir
    Path dir;

    /**
     * uva-fa24.csv (Microsoft Forms, 187 responses) with its "Start time" (9/1/2024 11:27) split in two, as a
     * KoboToolbox form asking a date and a time gives them: "Date de passage" 9/1/2024 and "Heure d'arrivée" 11:27
     * (9:36, without a leading zero, sorting after 11:27 as text). {@code seconds} writes them 11:27:00.
     */
    private Path export(boolean seconds) throws IOException {
        Path out = dir.resolve(seconds ? "fa24-seconds.csv" : "fa24-heure.csv");
        // Windows-1252 bytes kept as they are: read and written as ISO-8859-1.
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/microsoft-forms/uva-fa24.csv"),
                StandardCharsets.ISO_8859_1); CsvWriter w = CsvWriter.builder().build(out, StandardCharsets.ISO_8859_1)) {
            boolean header = true;
            for (CsvRecord rec : in) {
                List<String> cells = new ArrayList<>(rec.getFields());
                String start = cells.remove(1);
                if (header) {
                    cells.addAll(1, List.of("Date de passage", "Heure d'arrivée"));
                } else {
                    String[] parts = start.split(" ");
                    cells.addAll(1, List.of(parts[0], parts[1] + (seconds ? ":00" : "")));
                }
                w.writeRecord(cells);
                header = false;
            }
        }
        return out;
    }

    @Test
    void aTimeColumnIsSummarisedAsTimes() throws IOException {
        // pandas: t = pd.to_datetime(d['Start time'], format='%m/%d/%Y %H:%M'); m = t.dt.hour * 60 + t.dt.minute
        // -> count 187, min 576 (09:36), quantile(.25) 706 (11:46), median 719 (11:59), quantile(.75) 814.5 (13:34:30,
        // shown half up 13:35), max 1290 (21:30), mean 781.711 (13:02).
        Path csv = export(false);
        CliRun inspect = CliRun.run("inspect", csv.toString(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("Heure d'arrivée                      time      time: 187 times of day (14:30, 09:05:00), summarised as numbers"),
                inspect.out());

        CliRun stats = CliRun.run("stats", csv.toString());
        assertEquals(0, stats.code(), stats.err());
        String out = stats.out();
        String table = out.substring(out.indexOf("\nHeure d'arrivée\n"), out.indexOf("\n\n", out.indexOf("\nHeure d'arrivée\n") + 2));
        for (String line : List.of("Décompte", "187", "Moyenne", "13:02", "Minimum", "09:36", "11:46", "11:59", "13:35", "Maximum", "21:30")) {
            assertTrue(table.contains(line), table);
        }
        assertFalse(table.contains("Somme") || table.contains("Écart-type") || table.contains("11:27"), table);

        CliRun json = CliRun.run("stats", csv.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode q = null;
        for (JsonNode n : new ObjectMapper().readTree(json.out()).get("questions")) {
            if (n.get("id").asText().equals("Heure d'arrivée")) {
                q = n;
            }
        }
        JsonNode s = q.get("summary");
        assertEquals("time", q.get("type").asText());
        assertEquals(List.of(187, "13:02", "09:36", "11:46", "11:59", "13:35", "21:30"), List.of(s.get("count").asInt(), s.get("mean").asText(),
                s.get("min").asText(), s.get("q1").asText(), s.get("median").asText(), s.get("q3").asText(), s.get("max").asText()));
        assertTrue(s.get("sum").isNull() && s.get("stddev").isNull(), s.toString());
    }

    @Test
    void timesWithSecondsReadTheSame() throws IOException {
        // 11:27:00, as KoboToolbox's time questions and Microsoft Forms write them: the same figures.
        CliRun json = CliRun.run("stats", export(true).toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"min\" : \"09:36\"") || json.out().contains("\"min\":\"09:36\""), json.out());
        assertTrue(json.out().contains("13:35"), json.out());
    }

    /**
     * The same arrival times typed into a workbook column formatted hh:mm, as a team keeps its own register: a workbook
     * stores a time alone as a fraction of its day zero, and its cells were read as dates, "31 décembre 1899 09:36" to
     * "31 décembre 1899 21:30". Read as the times they show, the figures are the CSV's (pandas, above).
     */
    @Test
    void aWorkbookColumnOfTimesIsReadAsTimesNotAsDatesOf1899() throws IOException {
        List<String> times = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(export(false), StandardCharsets.ISO_8859_1)) {
            in.stream().skip(1).forEach(r -> times.add(r.getField(2)));
        }
        assertEquals(187, times.size());
        for (boolean xls : List.of(false, true)) {
            Path book = dir.resolve(xls ? "arrivees.xls" : "arrivees.xlsx");
            try (org.apache.poi.ss.usermodel.Workbook wb = xls ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                    : new org.apache.poi.xssf.usermodel.XSSFWorkbook(); java.io.OutputStream out = Files.newOutputStream(book)) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Registre");
                org.apache.poi.ss.usermodel.CellStyle hhmm = wb.createCellStyle();
                hhmm.setDataFormat(wb.createDataFormat().getFormat("hh:mm"));
                org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
                head.createCell(0).setCellValue("Passage");
                head.createCell(1).setCellValue("Heure d'arrivée");
                for (int i = 0; i < times.size(); i++) {
                    String[] hm = times.get(i).split(":");
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue("P" + (i + 1));
                    org.apache.poi.ss.usermodel.Cell c = row.createCell(1);
                    c.setCellValue((Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1])) / 1440.0);
                    c.setCellStyle(hhmm);
                }
                wb.write(out);
            }
            CliRun json = CliRun.run("stats", book.toString(), "--format", "json");
            assertEquals(0, json.code(), json.err());
            JsonNode q = StatsJson.question(new ObjectMapper().readTree(json.out()), "Heure d'arrivée");
            assertEquals("time", q.get("type").asText(), book + ": " + q);
            JsonNode s = q.get("summary");
            assertEquals(List.of(187, "13:02", "09:36", "11:46", "11:59", "13:35", "21:30"), List.of(s.get("count").asInt(), s.get("mean").asText(),
                    s.get("min").asText(), s.get("q1").asText(), s.get("median").asText(), s.get("q3").asText(), s.get("max").asText()), book.toString());
        }
    }
}
