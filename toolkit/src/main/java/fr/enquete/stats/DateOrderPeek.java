package fr.enquete.stats;

import fr.enquete.importer.EarlyStop;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.Row;

/**
 * A look at an export's first rows: whether their submission dates already go back (an export sorted newest first,
 * which LimeSurvey and Google Forms users often save). The analysis then keeps each row's date in its one reading,
 * where a file in submission order keeps none and would have to be read a second time to count in date order
 * (docs/performance.md, "Twenty-third pass"). Only a guess of how to read: the counts are the same either way.
 */
final class DateOrderPeek {

    /** Rows looked at: a file sorted newest first goes back at its second. */
    private static int rows = 1_000;

    private DateOrderPeek() {
    }

    /** Looks at {@code n} rows from now on (tests: a file found in order by the look, out of order further down). */
    static void rows(int n) {
        rows = n;
    }

    /** Whether the submission dates of the export's first rows go back; false without such a column. */
    static boolean goesBack(TableSource source) {
        SubmissionDates[] dates = new SubmissionDates[1];
        EarlyStop.read(source, new TableHandler() {
            private int column = -1;
            private int seen;

            @Override
            public void header(Header header) {
                column = LateStart.dateColumn(header);
                if (column < 0) {
                    throw EarlyStop.now();
                }
                dates[0] = new SubmissionDates(header.names().get(column));
            }

            @Override
            public void row(Row row) {
                dates[0].see(row.get(column), row.number());
                if (dates[0].wentBack() || ++seen >= rows) {
                    throw EarlyStop.now();
                }
            }
        });
        return dates[0] != null && dates[0].wentBack();
    }
}
