package org.backsheet.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;

/**
 * Reads the {@code figure} field of an exercise file: the poses of the drawn picture. The end pose
 * lists only what changes from the start pose; a limb angle is one number (both sides) or {@code [near, far]}.
 */
public final class FigureJson {

    private static final double MAX_ANGLE = 360;
    private static final double MAX_OFFSET = 3;

    private final String file;
    private final List<Problem> problems;

    private FigureJson(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * The figure in {@code json} (the value of the field at {@code path}, e.g. {@code figure}), or null when it
     * is unusable; each problem names the file and the field. A bad figure never stops the exercise loading.
     */
    public static Figure parse(JsonElement json, String file, String path, List<Problem> problems) {
        return new FigureJson(file, problems).figure(json, path);
    }

    private Figure figure(JsonElement json, String path) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (!json.isJsonObject()) {
            problem(path, "must be an object with at least a \"start\" pose");
            return null;
        }
        JsonObject o = json.getAsJsonObject();
        int before = problems.size();
        View view = choice(o, path, "view", View.class);
        View endView = choice(o, path, "endView", View.class);
        Presentation presentation = choice(o, path, "presentation", Presentation.class);
        List<Prop> props = new ArrayList<>();
        JsonElement p = o.get("props");
        if (p != null && !p.isJsonNull()) {
            if (!p.isJsonArray()) {
                problem(path + ".props", "must be a list such as [\"MAT\", \"TOWEL\"]");
            } else {
                for (int i = 0; i < p.getAsJsonArray().size(); i++) {
                    Prop prop = enumValue(p.getAsJsonArray().get(i), path + ".props[" + i + "]", Prop.class);
                    if (prop != null) {
                        props.add(prop);
                    }
                }
            }
        }
        JsonElement s = o.get("start");
        if (s == null || !s.isJsonObject()) {
            problem(path + ".start", "is required: the pose the exercise starts from");
            return null;
        }
        Pose start = pose(s.getAsJsonObject(), Pose.standing(), path + ".start");
        Pose end = null;
        JsonElement e = o.get("end");
        if (e != null && !e.isJsonNull()) {
            if (e.isJsonObject()) {
                end = pose(e.getAsJsonObject(), start, path + ".end");
            } else {
                problem(path + ".end", "must be an object (only the angles that change)");
            }
        }
        List<Arrow> arrows = arrows(o.get("arrows"), path + ".arrows");
        if (problems.size() > before && problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new Figure(view, endView, props, start, end, presentation, arrows);
    }

    private Pose pose(JsonObject o, Pose base, String path) {
        Pose pose = base;
        for (Map.Entry<String, JsonElement> field : o.entrySet()) {
            String name = field.getKey();
            String at = path + "." + name;
            JsonElement v = field.getValue();
            if (name.equals("pelvis")) {
                double[] xy = pair(v, at, MAX_OFFSET);
                if (xy != null) {
                    pose = pose.withPelvis(xy[0], xy[1]);
                }
            } else if (isBodyAngle(name)) {
                Double d = number(v, at, MAX_ANGLE);
                if (d != null) {
                    pose = pose.withBodyAngle(name, d);
                }
            } else if (isLimbAngle(name)) {
                double[] sides = sides(v, at);
                if (sides != null) {
                    pose = pose.withNear(pose.near().with(name, sides[0])).withFar(pose.far().with(name, sides[1]));
                }
            } else {
                problem(at, "is not a pose field; use pelvis, " + String.join(", ", Pose.BODY_ANGLE_NAMES) + ", "
                        + String.join(", ", Limb.ANGLE_NAMES));
            }
        }
        return pose;
    }

    private List<Arrow> arrows(JsonElement json, String path) {
        List<Arrow> arrows = new ArrayList<>();
        if (json == null || json.isJsonNull()) {
            return arrows;
        }
        if (!json.isJsonArray()) {
            problem(path, "must be a list of arrows");
            return arrows;
        }
        JsonArray list = json.getAsJsonArray();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (!list.get(i).isJsonObject()) {
                problem(at, "must be an object such as {\"along\": \"kneeNear\"}");
                continue;
            }
            JsonObject a = list.get(i).getAsJsonObject();
            String along = null;
            if (a.has("along")) {
                along = a.get("along").isJsonPrimitive() ? a.get("along").getAsString() : "";
                if (!Arrow.isBodyPoint(along)) {
                    problem(at + ".along", "must name a body point such as kneeNear, handFar or head, was '"
                            + along + "'");
                    continue;
                }
            }
            double[] from = a.has("from") ? pair(a.get("from"), at + ".from", MAX_OFFSET) : null;
            double[] to = a.has("to") ? pair(a.get("to"), at + ".to", MAX_OFFSET) : null;
            if (along == null && (from == null || to == null)) {
                problem(at, "needs \"along\" (a body point) or both \"from\" and \"to\"");
                continue;
            }
            double[] offset = a.has("offset") ? pair(a.get("offset"), at + ".offset", MAX_OFFSET) : null;
            Double bend = a.has("bend") ? number(a.get("bend"), at + ".bend", 2) : null;
            boolean both = a.has("both") && a.get("both").isJsonPrimitive() && a.get("both").getAsBoolean();
            arrows.add(new Arrow(along, from, to, bend == null ? 0 : bend, offset == null ? 0 : offset[0],
                    offset == null ? 0 : offset[1], both));
        }
        return arrows;
    }

    /**
     * The figure in field {@code name} of an exercise file, or null. A bad figure is reported as a warning and
     * left out, so the exercise still loads (with an empty picture frame) and the clinician learns why.
     */
    static Figure read(JsonFields fields, String name) {
        JsonNode node = fields.get(name);
        if (node == null) {
            return null;
        }
        List<Problem> found = new ArrayList<>();
        Figure figure = parse(JsonParser.parseString(node.toCompactJson()), fields.problems().fileName(),
                fields.pathOf(name), found);
        for (Problem p : found) {
            fields.problems().warnAt(p.fieldPath(), p.message() + (figure == null ? " (the drawing is left out)" : ""));
        }
        return figure;
    }

    private static boolean isBodyAngle(String name) {
        return List.of(Pose.BODY_ANGLE_NAMES).contains(name);
    }

    private static boolean isLimbAngle(String name) {
        return List.of(Limb.ANGLE_NAMES).contains(name);
    }

    private <E extends Enum<E>> E choice(JsonObject o, String path, String name, Class<E> type) {
        JsonElement v = o.get(name);
        return v == null || v.isJsonNull() ? null : enumValue(v, path + "." + name, type);
    }

    private <E extends Enum<E>> E enumValue(JsonElement v, String at, Class<E> type) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            String text = v.getAsString().trim().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problem(at, "must be one of " + String.join(", ", names) + ", was " + v);
        return null;
    }

    private Double number(JsonElement v, String at, double limit) {
        if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            double d = v.getAsDouble();
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
            problem(at, "must be between " + fmt(-limit) + " and " + fmt(limit) + ", was " + v);
            return null;
        }
        problem(at, "must be a number, was " + v);
        return null;
    }

    private double[] pair(JsonElement v, String at, double limit) {
        if (v != null && v.isJsonArray() && v.getAsJsonArray().size() == 2) {
            Double a = number(v.getAsJsonArray().get(0), at + "[0]", limit);
            Double b = number(v.getAsJsonArray().get(1), at + "[1]", limit);
            return a == null || b == null ? null : new double[] {a, b};
        }
        problem(at, "must be a pair of numbers [a, b], was " + v);
        return null;
    }

    /** One number for both sides, or {@code [near, far]}. */
    private double[] sides(JsonElement v, String at) {
        if (v != null && v.isJsonArray()) {
            return pair(v, at, MAX_ANGLE);
        }
        Double d = number(v, at, MAX_ANGLE);
        return d == null ? null : new double[] {d, d};
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private void problem(String field, String message) {
        problems.add(Problem.atField(file, field, message));
    }
}
