package com.parkops.shared.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads an uploaded table row by row without holding the file in memory: CSV (UTF-8, with or
 * without a byte-order mark) or XLSX (the first sheet), told apart by content, not by name.
 */
public final class TabularReader {

    /** Receives rows in order. {@code rowNumber} counts from 1, the header being row 1. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    private TabularReader() {}

    /** Reads every row, header included, and hands each to the handler. */
    public static void read(InputStream input, RowHandler handler) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            XlsxRows.read(buffered, handler);
        } else {
            CsvRows.read(buffered, handler);
        }
    }
}
