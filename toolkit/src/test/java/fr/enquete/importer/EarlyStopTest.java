package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import fr.enquete.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A handler ends a reading early in every reader, and only the reading it meant to end. */
class EarlyStopTest {

    /** Counts the rows it is given and ends the reading after {@code limit} of them. */
    private static final class FirstRows implements TableHandler {
        private final int limit;
        final List<Long> numbers = new ArrayList<>();
        Header header;

        FirstRows(int limit) {
            this.limit = limit;
        }

        @Override
        public void header(Header h) {
            header = h;
        }

        @Override
        public void row(Row row) {
            numbers.add(row.number());
            if (numbers.size() >= limit) {
                throw EarlyStop.now();
            }
        }
    }

    private static TableSource open(String file) {
        return Importers.open(Fixtures.home().resolve("fixtures").resolve(file), ImportOptions.DEFAULTS);
    }

    /** CSV (FastCSV), Excel (POI's streaming reader), the old Excel format, ODS, SurveyMonkey's two header rows. */
    @ParameterizedTest
    @ValueSource(strings = {"centres-sociaux/export.csv", "formats/limesurvey.xlsx", "formats/spreadsheet.xls",
            "formats/spreadsheet.ods", "formats/surveymonkey.xlsx"})
    void theFirstRowsAreReadAndNothingAfterThem(String file) {
        FirstRows first = new FirstRows(3);
        assertTrue(EarlyStop.read(open(file), first), file);
        assertEquals(3, first.numbers.size(), file);
        // The rows a full reading gives first, with the same numbers.
        List<Long> all = new ArrayList<>();
        open(file).read(new TableHandler() {
            @Override
            public void header(Header h) {
            }

            @Override
            public void row(Row row) {
                all.add(row.number());
            }
        });
        assertTrue(all.size() > 3, file);
        assertEquals(all.subList(0, 3), first.numbers, file);
        assertEquals(open(file).header().names(), first.header.names(), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"centres-sociaux/export.csv", "formats/surveymonkey.xlsx"})
    void aReadingThatReachesTheEndSaysSo(String file) {
        assertFalse(EarlyStop.read(open(file), new FirstRows(Integer.MAX_VALUE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"centres-sociaux/export.csv", "formats/limesurvey.xlsx", "formats/surveymonkey.xlsx"})
    void aHandlersOwnFailureIsNotTakenForAStop(String file) {
        IllegalStateException mine = new IllegalStateException("the handler's own failure");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> EarlyStop.read(open(file), new TableHandler() {
            @Override
            public void header(Header h) {
            }

            @Override
            public void row(Row row) {
                throw mine;
            }
        }));
        assertSame(mine, thrown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"centres-sociaux/export.csv", "formats/surveymonkey.xlsx"})
    void aPlainReadingCarriesTheStopToItsCaller(String file) {
        assertThrows(EarlyStop.class, () -> open(file).read(new FirstRows(1)));
    }
}
