package com.edfapay.tokenmanager.desktop.activity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Activity entries as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled) with a header row. A cell that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe,
 * as OWASP advises; a cell that itself starts with an apostrophe gets one more, so {@link #read} gives back exactly
 * what was written.
 */
public final class ActivityCsv {

    public static final List<String> HEADER = List.of("time", "profile", "environment", "role", "action",
            "target_name", "target_id", "outcome", "detail");

    private ActivityCsv() {
    }

    public static void write(List<ActivityEntry> entries, Writer out) throws IOException {
        writeRow(HEADER, out);
        for (ActivityEntry entry : entries) {
            writeRow(List.of(entry.time().toString(), entry.profile(), entry.environment(), entry.role(),
                    entry.action().name(), entry.targetName(), entry.targetId(), entry.outcome().name(),
                    entry.detail()), out);
        }
        out.flush();
    }

    public static String toCsv(List<ActivityEntry> entries) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads what {@link #write} wrote. Throws {@link IllegalArgumentException} naming the line for bad input. */
    public static List<ActivityEntry> read(Reader in) throws IOException {
        List<List<String>> rows = parse(in);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("Not an activity export: the header row is missing");
        }
        List<ActivityEntry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.size() != HEADER.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has " + cells.size() + " cells, not "
                        + HEADER.size());
            }
            try {
                entries.add(new ActivityEntry(Instant.parse(cells.get(0)), cells.get(1), cells.get(2), cells.get(3),
                        ActivityAction.valueOf(cells.get(4)), cells.get(5), cells.get(6),
                        ActivityOutcome.valueOf(cells.get(7)), cells.get(8)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Row " + (i + 1) + " is not a valid activity entry", e);
            }
        }
        return entries;
    }

    /** The text a spreadsheet shows for this value, with formula triggers defused. */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'') {
            return "'" + value;
        }
        return value;
    }

    static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static void writeRow(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(neutralise(cells.get(i))));
        }
        out.write("\r\n");
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** An RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int c = in.read();
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                cellStarted = true;
            } else if (ch == ',') {
                row.add(restore(cell.toString()));
                cell.setLength(0);
                cellStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        throw new IllegalArgumentException("A bare carriage return outside quotes");
                    }
                }
                if (cellStarted || cell.length() > 0 || !row.isEmpty()) {
                    row.add(restore(cell.toString()));
                    rows.add(row);
                }
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(ch);
                cellStarted = true;
            }
            c = in.read();
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed");
        }
        if (cellStarted || cell.length() > 0 || !row.isEmpty()) {
            row.add(restore(cell.toString()));
            rows.add(row);
        }
        return rows;
    }
}
