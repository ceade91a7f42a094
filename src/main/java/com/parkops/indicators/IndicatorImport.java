package com.parkops.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Imports enterprises' figures from a wide CSV or XLSX table: {@code creditCode} (统一社会信用代码),
 * {@code period} (期间, {@code YYYY-MM}) and one column per indicator headed by its code or Chinese
 * name; an empty cell is "not reported" and leaves any earlier figure in place. The file is
 * streamed, never held in memory, and accepted as a whole or not at all.
 */
public interface IndicatorImport {

    /** At most this many errors or warnings are listed; the rest are only counted. */
    int MAX_LISTED = 1000;

    /**
     * Validates and writes the file as a new accepted revision of each row's figures.
     *
     * @throws com.parkops.shared.InvalidInputException listing every row error (row numbers
     *     as in the file, header = row 1); nothing is written then
     */
    ImportResult importFile(UUID zoneId, String actor, Basis basis, String fileName, InputStream content)
            throws IOException;
}
