package com.parkops.shared.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvRows {

    private CsvRows() {}

    static void read(InputStream input, TabularReader.RowHandler handler) throws IOException {
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
        int first = reader.read();
        if (first == -1) {
            return;
        }
        Parser parser = new Parser(handler);
        if (first != '\uFEFF') {
            parser.accept((char) first);
        }
        char[] buffer = new char[1 << 15];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                parser.accept(buffer[i]);
            }
        }
        parser.finish();
    }

    private static final class Parser {
        private final TabularReader.RowHandler handler;
        private final StringBuilder field = new StringBuilder();
        private List<String> cells = new ArrayList<>();
        private boolean quoted;
        private boolean quoteSeen;
        private boolean pendingCarriageReturn;
        private boolean rowStarted;
        private int rowNumber;

        Parser(TabularReader.RowHandler handler) {
            this.handler = handler;
        }

        void accept(char c) {
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    return;
                }
            }
            if (quoted) {
                if (quoteSeen) {
                    quoteSeen = false;
                    if (c == '"') {
                        field.append('"');
                        return;
                    }
                    quoted = false;
                } else if (c == '"') {
                    quoteSeen = true;
                    return;
                } else {
                    field.append(c);
                    return;
                }
            }
            switch (c) {
                case '"' -> {
                    quoted = field.isEmpty();
                    if (!quoted) {
                        field.append(c);
                    }
                    rowStarted = true;
                }
                case ',' -> {
                    endField();
                    rowStarted = true;
                }
                case '\r' -> {
                    endRow();
                    pendingCarriageReturn = true;
                }
                case '\n' -> endRow();
                default -> {
                    field.append(c);
                    rowStarted = true;
                }
            }
        }

        private void endField() {
            cells.add(field.toString());
            field.setLength(0);
        }

        private void endRow() {
            rowNumber++;
            if (!rowStarted && field.isEmpty() && cells.isEmpty()) {
                handler.row(rowNumber, List.of());
                return;
            }
            endField();
            handler.row(rowNumber, cells);
            cells = new ArrayList<>();
            rowStarted = false;
        }

        void finish() {
            if (quoteSeen) {
                quoted = false;
            }
            if (rowStarted || !field.isEmpty() || !cells.isEmpty()) {
                endRow();
            }
        }
    }
}
