package com.edfapay.tokenmanager.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plain-text table: a header row and left-aligned columns two spaces apart, no trailing blanks. */
final class Table {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(@Nullable String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = clean(cells[i]);
        }
        rows.add(copy);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        line(out, headers.toArray(String[]::new), widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        out.flush();
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                char[] pad = new char[widths[i] - width(cells[i]) + 2];
                Arrays.fill(pad, ' ');
                sb.append(pad);
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** One cell is one line: server text with line breaks or control characters cannot break the layout. */
    private static String clean(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(cell.length());
        cell.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.toString();
    }
}
