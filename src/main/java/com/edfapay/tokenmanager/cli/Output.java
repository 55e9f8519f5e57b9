package com.edfapay.tokenmanager.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * Writes a command's result to stdout: a table and summary lines by default, one JSON document with
 * {@code --json} (schema in docs/cli.md), nothing with {@code --quiet} except a secret that was asked for.
 */
final class Output {

    static final String SCHEMA = "edfapay-tokens/1";

    private final PrintWriter out;
    private final boolean json;
    private final boolean quiet;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Output(PrintWriter out, boolean json, boolean quiet) {
        this.out = out;
        this.json = json;
        this.quiet = quiet;
    }

    boolean json() {
        return json;
    }

    boolean human() {
        return !json && !quiet;
    }

    /** The envelope every JSON document starts with. */
    ObjectNode document(String command, boolean ok) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("command", command);
        doc.put("ok", ok);
        return doc;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    void writeJson(ObjectNode doc) {
        try {
            out.println(mapper.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the JSON result", e);
        }
        out.flush();
    }

    void table(Table table) {
        if (human()) {
            table.print(out);
        }
    }

    void line(String text) {
        if (human()) {
            out.println(text);
            out.flush();
        }
    }

    /** A secret the user asked to see: printed even with {@code --quiet} (alone on its line), never in JSON here. */
    void secretLine(char[] secret) {
        out.println(secret);
        out.flush();
    }
}
