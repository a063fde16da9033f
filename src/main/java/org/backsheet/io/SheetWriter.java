package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.backsheet.model.Clinic;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.PageOptions;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/** Writes a {@link Sheet} as the JSON of docs/formats.md: fixed field order, absent fields left out. */
final class SheetWriter {

    private SheetWriter() {}

    static String toJson(Sheet sheet) {
        return JsonOut.object(out -> {
            out.name("format").value(Sheet.FORMAT);
            out.name("version").value(Sheet.FORMAT_VERSION);
            JsonOut.text(out, "title", sheet.title());
            JsonOut.text(out, "patient", sheet.patient());
            JsonOut.text(out, "clinician", sheet.clinician());
            clinic(out, sheet.clinic());
            if (sheet.date() != null) {
                out.name("date").value(sheet.date().toString());
            }
            JsonOut.textList(out, "advice", sheet.advice());
            JsonOut.text(out, "disclaimer", sheet.disclaimer());
            page(out, sheet.page());
            if (!Sheet.DEFAULT_LANGUAGE.equals(sheet.language())) {
                out.name("language").value(sheet.language());
            }
            if (sheet.layout() != Layout.DETAILED) {
                out.name("layout").value(SheetReader.layoutName(sheet.layout()));
            }
            if (sheet.trackingDays() != null) {
                out.name("trackingDays").value(sheet.trackingDays().longValue());
            }
            if (sheet.groupByPosition()) {
                out.name("groupByPosition").value(true);
            }
            if (sheet.signatureLine()) {
                out.name("signatureLine").value(true);
            }
            out.name("items").beginArray();
            for (SheetItem item : sheet.items()) {
                item(out, item);
            }
            out.endArray();
            carried(out, sheet);
            JsonOut.unknown(out, sheet.unknownFields());
        });
    }

    /** Copies of the clinic's own exercises the sheet uses, in the exercise file's own form. */
    private static void carried(JsonWriter out, Sheet sheet) throws IOException {
        if (sheet.carriedExercises().isEmpty()) {
            return;
        }
        out.name("exercises").beginArray();
        for (Exercise e : sheet.carriedExercises()) {
            out.beginObject();
            ExerciseWriter.fields(out, e);
            out.endObject();
        }
        out.endArray();
    }

    private static void clinic(JsonWriter out, Clinic clinic) throws IOException {
        if (clinic.name() == null
                && clinic.contact() == null
                && clinic.logo() == null
                && clinic.emergencyNumber() == null
                && clinic.unknownFields().isEmpty()) {
            return;
        }
        out.name("clinic").beginObject();
        JsonOut.text(out, "name", clinic.name());
        JsonOut.text(out, "contact", clinic.contact());
        ImageJson.write(out, "logo", clinic.logo());
        JsonOut.text(out, "emergencyNumber", clinic.emergencyNumber());
        JsonOut.unknown(out, clinic.unknownFields());
        out.endObject();
    }

    private static void page(JsonWriter out, PageOptions page) throws IOException {
        out.name("page").beginObject();
        out.name("size").value(page.size().name());
        out.name("largePrint").value(page.largePrint());
        JsonOut.unknown(out, page.unknownFields());
        out.endObject();
    }

    private static void item(JsonWriter out, SheetItem item) throws IOException {
        out.beginObject();
        out.name("exercise").value(item.exerciseId());
        DoseJson.write(out, item.dose());
        JsonOut.text(out, "note", item.note());
        ImageJson.write(out, "photo", item.photo());
        JsonOut.text(out, LinkJson.FIELD, item.link());
        JsonOut.unknown(out, item.unknownFields());
        out.endObject();
    }
}
