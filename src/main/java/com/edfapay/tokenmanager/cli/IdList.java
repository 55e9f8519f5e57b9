package com.edfapay.tokenmanager.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ids of a bulk run, from arguments, from standard input ({@code -}: one id per line, blank lines and lines
 * starting with {@code #} skipped) and from one column of a CSV file with a header row. Order is kept, duplicates
 * are dropped.
 */
final class IdList {

    static final int MAX_IDS = 100_000;

    private IdList() {
    }

    static List<String> collect(List<String> arguments, @Nullable Path csv, String column, InputStream stdin,
                                CliMessages messages) {
        Set<String> ids = new LinkedHashSet<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                readLines(stdin, ids, messages);
            } else {
                add(ids, arg, messages);
            }
        }
        if (csv != null) {
            readCsv(csv, column, ids, messages);
        }
        if (ids.isEmpty()) {
            throw CliFailure.usage(messages.get("ids.none"));
        }
        return List.copyOf(ids);
    }

    private static void readLines(InputStream stdin, Set<String> ids, CliMessages messages) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    add(ids, id, messages);
                }
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILURE, "INPUT", messages.get("ids.stdinFailed"));
        }
    }

    private static void readCsv(Path csv, String column, Set<String> ids, CliMessages messages) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                     .readValues(reader)) {
            int line = 1;
            List<String> header = null;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                line++;
                if (header == null) {
                    header = new ArrayList<>(row.keySet());
                    if (!row.containsKey(column)) {
                        throw CliFailure.usage(messages.get("ids.noColumn", csv, column, String.join(", ", header)));
                    }
                }
                String id = row.get(column);
                if (id != null && !id.isBlank()) {
                    add(ids, id.strip(), messages);
                }
            }
        } catch (NoSuchFileException e) {
            throw CliFailure.usage(messages.get("ids.noCsv", csv));
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliFailure failure) {
                throw failure;
            }
            throw CliFailure.usage(messages.get("ids.badCsv", csv, e.getClass().getSimpleName()));
        }
    }

    private static void add(Set<String> ids, String id, CliMessages messages) {
        if (ids.size() >= MAX_IDS) {
            throw CliFailure.usage(messages.get("ids.tooMany", MAX_IDS));
        }
        ids.add(id);
    }
}
