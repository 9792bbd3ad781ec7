package fr.enquete.cli;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.Complement;
import fr.enquete.indicator.GapTrend;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.indicator.KeyFigures;
import fr.enquete.indicator.Portrait;
import fr.enquete.indicator.Target;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.IndicatorReportBuilder;
import fr.enquete.report.doc.Report;
import fr.enquete.report.map.ChoroplethMap;
import fr.enquete.report.map.ClassBreaks;
import fr.enquete.report.map.Contours;
import fr.enquete.study.Chapter;
import java.util.ArrayList;
import java.util.List;

/**
 * What an indicator portrait adds to the comparison: complement territories, the key figures panel, targets, charts and
 * a map. One request for {@code enquete indicators} (its options) and a study's indicators chapter (its keys), so both
 * compute and draw the same portrait. Bad values are {@link IllegalArgumentException}s; each caller locates them.
 *
 * @param charts the charts drawn, among bars, radar, lines and target
 * @param map    the map, or null
 */
record PortraitRequest(List<String> keys, List<String> targets, List<String> complements, List<String> charts, List<String> radar,
                       Chapter.MapSpec map) {

    PortraitRequest {
        keys = List.copyOf(keys);
        targets = List.copyOf(targets);
        complements = List.copyOf(complements);
        charts = List.copyOf(charts);
        radar = List.copyOf(radar);
    }

    static PortraitRequest of(Chapter.Indicators c) {
        return new PortraitRequest(c.keys(), c.targets(), c.complements(), c.charts(), c.radar(), c.map());
    }

    /** The complement territories computed in turn, each added to the table the next one reads. */
    List<Complement> complements(IndicatorTable table) {
        List<Complement> computed = new ArrayList<>();
        IndicatorTable t = table;
        for (String spec : complements) {
            String[] parts = Complement.parse(spec);
            Complement k = Complement.of(t, parts[0], parts[1], parts[2]);
            computed.add(k);
            t = k.table();
        }
        return computed;
    }

    /** The portrait: key figures, gaps over time, targets followed for the first territory compared other than the reference. */
    Portrait portrait(IndicatorTable table, Comparison comparison, List<Complement> computed) {
        List<String> key = KeyFigures.of(table, keys);
        List<Target.Status> followed = new ArrayList<>();
        if (!targets.isEmpty()) {
            String focus = comparison.territories().stream().filter(x -> !x.equals(comparison.reference())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a target follows the first territory compared other than the reference:"
                            + " name the territories"));
            for (String spec : targets) {
                followed.add(Target.parse(spec).follow(table, focus, comparison.reference()));
            }
        }
        return new Portrait(key, GapTrend.of(table, comparison), followed, computed);
    }

    /** The map with its notes (nothing without a map). */
    List<Report.Block> maps(IndicatorTable table, Integer year, Lang lang) {
        List<Report.Block> maps = new ArrayList<>();
        if (map != null) {
            Contours contours = Contours.read(map.contours(), map.key());
            ChoroplethMap.Drawn drawn = new ChoroplethMap(lang).draw(contours, table, map.indicator(), year, map.classes(),
                    map.breaks().equals("equal") ? ClassBreaks.Method.EQUAL : ClassBreaks.Method.QUANTILES);
            maps.add(new Report.Figure(drawn.chart(), drawn.chart().title()));
            drawn.notes().forEach(n -> maps.add(new Report.Paragraph(n, true)));
        }
        return maps;
    }

    IndicatorReportBuilder builder(Lang lang, List<Report.Block> maps) {
        return new IndicatorReportBuilder(lang, charts.stream().map(IndicatorReportBuilder.Charts::of).toList(), maps, radar);
    }
}
