package fr.enquete.study;

import fr.enquete.model.SourceLocation;
import fr.enquete.text.RepeatedSegments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A chapter of a study: one kind of material, with the authors' Markdown ({@code text}) printed before what is
 * generated from it. {@code at} is where the chapter is declared, for errors found later (an unknown question, a
 * cross-reference to nothing).
 */
public sealed interface Chapter {

    /** The name cross-references use ({@code {ref:chap:ID}}); unique in the study. */
    String id();

    String title();

    /** The authors' Markdown before the generated part (may be empty). */
    String text();

    SourceLocation at();

    /** The files the chapter reads. */
    default List<Path> inputs() {
        return List.of();
    }

    /**
     * An indicator portrait: a table file compared across territories (as {@code enquete indicators}), with the
     * command's portrait options: key figures, targets, complement territories, charts and a map.
     *
     * @param keys        indicators of the key figures panel ({@code --key}; empty: the default panel)
     * @param targets     targets followed ({@code --target}, e.g. {@code Taux d'emploi=gap/2@2020})
     * @param complements territories computed as WHOLE minus PART ({@code --complement})
     * @param charts      the charts drawn, among bars, radar, lines and target (empty: none)
     * @param radar       the radar's indicators in order ({@code --radar}; empty: every whole share)
     * @param map         a choropleth map, or null
     */
    record Indicators(String id, String title, String text, SourceLocation at, Path file, List<String> territories,
                      String reference, Integer year, List<String> keys, List<String> targets, List<String> complements,
                      List<String> charts, List<String> radar, MapSpec map) implements Chapter {
        public Indicators {
            territories = List.copyOf(territories);
            keys = List.copyOf(keys);
            targets = List.copyOf(targets);
            complements = List.copyOf(complements);
            charts = List.copyOf(charts);
            radar = List.copyOf(radar);
        }

        /** A plain comparison, without the portrait options. */
        public Indicators(String id, String title, String text, SourceLocation at, Path file, List<String> territories,
                          String reference, Integer year) {
            this(id, title, text, at, file, territories, reference, year, List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }

        @Override
        public List<Path> inputs() {
            List<Path> all = new ArrayList<>(List.of(file));
            if (map != null) {
                all.add(map.contours());
            }
            return all;
        }
    }

    /**
     * A choropleth map of an indicator ({@code --map --map-key --map-indicator --breaks --classes}).
     *
     * @param contours  the GeoJSON contour file
     * @param key       the contours' property naming each area as the table does
     * @param indicator the indicator mapped, or null for the first with values for the contours
     * @param breaks    quantiles or equal
     */
    record MapSpec(Path contours, String key, String indicator, String breaks, int classes) {
    }

    /**
     * Survey results (as {@code enquete report}): all questions, or those of {@code questions} in that order; the
     * cross-tabulations asked; term tables and verbatims of free-text questions unless turned off.
     *
     * @param segments the repeated segments' tables asked for free-text questions ({@code report --repeated-segments}),
     *                 or null
     * @param secret   statistical secrecy threshold (0: none)
     * @param weight   the weight column, or null
     */
    record Survey(String id, String title, String text, SourceLocation at, Path export, Path spec, List<String> questions,
                  List<Crossing> crosstabs, boolean terms, RepeatedSegments.Settings segments, boolean verbatims, int secret,
                  String weight) implements Chapter {
        public Survey {
            questions = List.copyOf(questions);
            crosstabs = List.copyOf(crosstabs);
        }

        @Override
        public List<Path> inputs() {
            List<Path> all = new ArrayList<>(List.of(export));
            if (spec != null) {
                all.add(spec);
            }
            return all;
        }
    }

    /** A cross-tabulation: rows by columns, two question ids. */
    record Crossing(String rows, String columns) {
    }

    /**
     * Interviews (as {@code enquete swot}): transcripts and exports coded with a codebook into a SWOT or CTG grid with
     * quotes and the theme x role matrix.
     *
     * @param grid  afom, ctg, or null for the codebook's
     * @param theme one theme only, or empty for all themes
     */
    record Interviews(String id, String title, String text, SourceLocation at, List<Path> sources, Path codebook, Path spec,
                      String role, String grid, String theme, int quotes) implements Chapter {
        public Interviews {
            sources = List.copyOf(sources);
        }

        @Override
        public List<Path> inputs() {
            List<Path> all = new ArrayList<>(sources);
            if (codebook != null) {
                all.add(codebook);
            }
            if (spec != null) {
                all.add(spec);
            }
            return all;
        }
    }

    /** The action plan (fiches action with their evaluation indicators), as {@code enquete plan}. */
    record Plan(String id, String title, String text, SourceLocation at, Path file) implements Chapter {
        @Override
        public List<Path> inputs() {
            return List.of(file);
        }
    }

    /** The authors' own text only (an introduction, a conclusion). */
    record Text(String id, String title, String text, SourceLocation at) implements Chapter {
    }

    /** The methodology annex, written from what the other chapters read and computed. */
    record Methodology(String id, String title, String text, SourceLocation at) implements Chapter {
    }
}
