package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.backsheet.model.UnknownFields;

/** Pretty-printed JSON output shared by the file writers, including fields kept from a newer version. */
final class JsonOut {

    /** Writes the body of one JSON object. */
    interface Body {
        void write(JsonWriter out) throws IOException;
    }

    private JsonOut() {}

    /** One JSON object, indented by two spaces, ending with a line break. */
    static String object(Body body) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setIndent("  ");
            out.setHtmlSafe(false);
            out.beginObject();
            body.write(out);
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.append('\n').toString();
    }

    static void text(JsonWriter out, String name, String value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    static void textList(JsonWriter out, String name, List<String> values) throws IOException {
        if (values == null) {
            return;
        }
        out.name(name).beginArray();
        for (String v : values) {
            out.value(v);
        }
        out.endArray();
    }

    /** Writes each kept field back as it was read, re-indented to fit the file around it. */
    static void unknown(JsonWriter out, UnknownFields fields) throws IOException {
        for (Map.Entry<String, String> e : fields.asMap().entrySet()) {
            out.name(e.getKey());
            JsonNode node;
            try {
                node = JsonSyntax.parse(e.getValue());
            } catch (JsonSyntaxException notJson) {
                // Only this package creates unknown fields from parsed JSON; anything else is kept as a text.
                out.value(e.getValue());
                continue;
            }
            node(out, node);
        }
    }

    static void node(JsonWriter out, JsonNode node) throws IOException {
        switch (node.kind()) {
            case OBJECT -> {
                out.beginObject();
                for (JsonNode.Member m : node.members()) {
                    out.name(m.name());
                    node(out, m.value());
                }
                out.endObject();
            }
            case ARRAY -> {
                out.beginArray();
                for (JsonNode e : node.elements()) {
                    node(out, e);
                }
                out.endArray();
            }
            case STRING -> out.value(node.text());
            case NUMBER -> out.jsonValue(node.text());
            case TRUE -> out.value(true);
            case FALSE -> out.value(false);
            case NULL -> out.nullValue();
        }
    }
}
