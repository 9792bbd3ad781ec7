package fr.enquete.importer;

import fr.enquete.model.Row;

/**
 * A workbook whose cells holding only the text {@code NA} are no answer, as an unquoted {@code NA} of a CSV is
 * ({@link ImportOptions#bareNa()}): R writes its missing values so, and a spreadsheet that opens such a CSV and saves
 * it as XLSX or ODS keeps them as text, where no quoting tells them from an answer any more. Read as answers, the
 * UNHCR KoboToolbox export re-saved by LibreOffice gave "NA" 94,75 % in 20 questions and lost the routing of 67.
 */
final class WorkbookNa extends ForwardingSource {

    WorkbookNa(TableSource source) {
        super(source);
    }

    @Override
    protected TableSource around(TableSource part) {
        return new WorkbookNa(part);
    }

    @Override
    protected void pass(TableHandler handler) {
        source.read(new ForwardingHandler(handler) {
            @Override
            public void row(Row row) {
                handler.row(row.blanking("NA"::equals));
            }
        });
    }
}
