package org.backsheet.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Objects;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Reach;

/** Writes the {@code figure} field of an exercise file; {@link FigureJson} reads it. */
public final class FigureJsonWriter {

    private FigureJsonWriter() {}

    /** Writes {@code figure} as field {@code name}; nothing when it is null. */
    static void write(JsonWriter out, String name, Figure figure) throws IOException {
        if (figure == null) {
            return;
        }
        out.name(name);
        try {
            JsonOut.node(out, JsonSyntax.parse(toJson(figure).toString()));
        } catch (JsonSyntaxException impossible) {
            throw new IllegalStateException("Gson wrote JSON that does not parse", impossible);
        }
    }

    /** The JSON for {@code figure}, the end pose written as its differences from the start pose. */
    public static JsonObject toJson(Figure figure) {
        JsonObject o = new JsonObject();
        o.addProperty("view", figure.view().name());
        if (figure.endView() != null) {
            o.addProperty("endView", figure.endView().name());
        }
        if (figure.presentation() != null) {
            o.addProperty("presentation", figure.presentation().name());
        }
        if (!figure.props().isEmpty()) {
            JsonArray props = new JsonArray();
            figure.props().forEach(p -> props.add(p.name()));
            o.add("props", props);
        }
        if (figure.labels() != null) {
            o.addProperty("labels", figure.labels().name());
        }
        if (!figure.captions().isEmpty()) {
            JsonObject captions = new JsonObject();
            figure.captions().forEach((language, words) -> {
                JsonArray list = new JsonArray();
                words.forEach(list::add);
                captions.add(language, list);
            });
            o.add("captions", captions);
        }
        if (figure.detail() != null) {
            JsonObject d = new JsonObject();
            d.addProperty("point", figure.detail().point());
            d.add("at", pairJson(figure.detail().x(), figure.detail().y()));
            d.add("zoom", num(figure.detail().zoom()));
            o.add("detail", d);
        }
        o.add("start", poseJson(figure.start(), Pose.standing(), true));
        if (figure.end() != null) {
            o.add("end", poseJson(figure.end(), figure.start(), false));
        }
        if (figure.then() != null) {
            o.add("then", poseJson(figure.then(), figure.end(), false));
        }
        if (!figure.arrows().isEmpty()) {
            JsonArray arrows = new JsonArray();
            for (Arrow a : figure.arrows()) {
                JsonObject j = new JsonObject();
                if (a.along() != null) {
                    j.addProperty("along", a.along());
                }
                if (a.from() != null) {
                    j.add("from", pairJson(a.from()[0], a.from()[1]));
                }
                if (a.to() != null) {
                    j.add("to", pairJson(a.to()[0], a.to()[1]));
                }
                if (a.bend() != 0) {
                    j.add("bend", num(a.bend()));
                }
                if (a.offsetX() != 0 || a.offsetY() != 0) {
                    j.add("offset", pairJson(a.offsetX(), a.offsetY()));
                }
                if (a.both()) {
                    j.addProperty("both", true);
                }
                if (a.onEnd()) {
                    j.addProperty("onEnd", true);
                }
                if (a.onThen()) {
                    j.addProperty("onThen", true);
                }
                if (a.breath()) {
                    j.addProperty("breath", true);
                }
                arrows.add(j);
            }
            o.add("arrows", arrows);
        }
        return o;
    }

    private static JsonObject poseJson(Pose pose, Pose base, boolean always) {
        JsonObject o = new JsonObject();
        if (always || pose.x() != base.x() || pose.y() != base.y()) {
            o.add("pelvis", pairJson(pose.x(), pose.y()));
        }
        for (String name : Pose.BODY_ANGLE_NAMES) {
            if (pose.bodyAngle(name) != base.bodyAngle(name)) {
                o.add(name, num(pose.bodyAngle(name)));
            }
        }
        for (String name : Limb.ANGLE_NAMES) {
            double n = pose.near().angle(name);
            double f = pose.far().angle(name);
            if (n != base.near().angle(name) || f != base.far().angle(name)) {
                o.add(name, n == f ? num(n) : pairJson(n, f));
            }
        }
        JsonObject reach = new JsonObject();
        for (String end : Reach.ENDS) {
            Reach r = pose.reach(end);
            Reach was = always ? null : base.reach(end);
            if (Objects.equals(r, was)) {
                continue;
            }
            if (r == null) {
                reach.add(end, JsonNull.INSTANCE);
            } else if (r.point() == null) {
                JsonObject at = new JsonObject();
                at.add("at", pairJson(r.dx(), r.dy()));
                reach.add(end, at);
            } else if (r.dx() == 0 && r.dy() == 0) {
                reach.addProperty(end, r.point());
            } else {
                JsonObject to = new JsonObject();
                to.addProperty("to", r.point());
                to.add("offset", pairJson(r.dx(), r.dy()));
                reach.add(end, to);
            }
        }
        if (reach.size() > 0) {
            o.add("reach", reach);
        }
        return o;
    }

    private static JsonArray pairJson(double a, double b) {
        JsonArray arr = new JsonArray();
        arr.add(num(a));
        arr.add(num(b));
        return arr;
    }

    private static JsonPrimitive num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? new JsonPrimitive((long) v) : new JsonPrimitive(v);
    }
}
