package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.Reach;
import org.backsheet.model.figure.View;

/**
 * Reads the {@code figure} field of an exercise file from the project's own parsed JSON, so that every problem
 * names the file, the line and column, and the field. The end pose lists only what changes from the start
 * pose; a limb angle is one number (both sides) or {@code [near, far]}. docs/figures.md describes the format;
 * files written by earlier versions (views TOP and FRONT, no reaches) still read.
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
     * The figure in the JSON text {@code json} (the value of the field at {@code path}, e.g. {@code figure}),
     * or null when it is unusable; each problem is added to {@code problems}.
     */
    public static Figure parse(String json, String file, String path, List<Problem> problems) {
        try {
            return new FigureJson(file, problems).figure(JsonSyntax.parse(json), path);
        } catch (JsonSyntaxException e) {
            problems.add(Problem.ofFile(file, e.getMessage()));
            return null;
        }
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
        Figure figure = new FigureJson(fields.problems().fileName(), found).figure(node, fields.pathOf(name));
        for (Problem p : found) {
            fields.problems().add(new Problem(p.file(), p.fieldPath(), p.line(), p.column(),
                    p.fieldPath() + ": " + p.message() + (figure == null ? " (the drawing is left out)" : ""),
                    Problem.Severity.WARNING));
        }
        return figure;
    }

    private Figure figure(JsonNode json, String path) {
        if (json.is(Kind.NULL)) {
            return null;
        }
        if (!json.is(Kind.OBJECT)) {
            problem(json, path, "must be an object with at least a \"start\" pose");
            return null;
        }
        int before = problems.size();
        View view = null;
        View endView = null;
        Presentation presentation = null;
        List<Prop> props = new ArrayList<>();
        JsonNode start = null;
        JsonNode end = null;
        JsonNode arrows = null;
        for (Member m : json.members()) {
            String at = path + "." + m.name();
            JsonNode v = m.value();
            switch (m.name()) {
                case "view" -> view = enumValue(v, at, View.class);
                case "endView" -> endView = v.is(Kind.NULL) ? null : enumValue(v, at, View.class);
                case "presentation" -> presentation = v.is(Kind.NULL) ? null : enumValue(v, at, Presentation.class);
                case "props" -> props = props(v, at);
                case "start" -> start = v;
                case "end" -> end = v.is(Kind.NULL) ? null : v;
                case "arrows" -> arrows = v;
                default -> problem(v, at, "is not a figure field; use view, endView, presentation, props, start, "
                        + "end, arrows");
            }
        }
        if (start == null || !start.is(Kind.OBJECT)) {
            problem(start == null ? json : start, path + ".start", "is required: the pose the exercise starts from");
            return null;
        }
        Pose startPose = pose(start, Pose.standing(), path + ".start");
        Pose endPose = null;
        if (end != null) {
            if (end.is(Kind.OBJECT)) {
                endPose = pose(end, startPose, path + ".end");
            } else {
                problem(end, path + ".end", "must be an object (only the angles that change)");
            }
        }
        List<Arrow> arrowList = arrows == null ? List.of() : arrows(arrows, path + ".arrows");
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new Figure(view, endView, props, startPose, endPose, presentation, arrowList);
    }

    private List<Prop> props(JsonNode v, String at) {
        List<Prop> props = new ArrayList<>();
        if (!v.is(Kind.ARRAY)) {
            problem(v, at, "must be a list such as [\"MAT\", \"TOWEL\"]");
            return props;
        }
        for (int i = 0; i < v.elements().size(); i++) {
            Prop prop = enumValue(v.elements().get(i), at + "[" + i + "]", Prop.class);
            if (prop != null) {
                props.add(prop);
            }
        }
        return props;
    }

    private Pose pose(JsonNode o, Pose base, String path) {
        Pose pose = base;
        for (Member m : o.members()) {
            String name = m.name();
            String at = path + "." + name;
            JsonNode v = m.value();
            if (name.equals("pelvis")) {
                double[] xy = pair(v, at, MAX_OFFSET);
                if (xy != null) {
                    pose = pose.withPelvis(xy[0], xy[1]);
                }
            } else if (List.of(Pose.BODY_ANGLE_NAMES).contains(name)) {
                Double d = number(v, at, MAX_ANGLE);
                if (d != null) {
                    pose = pose.withBodyAngle(name, d);
                }
            } else if (List.of(Limb.ANGLE_NAMES).contains(name)) {
                double[] sides = sides(v, at);
                if (sides != null) {
                    pose = pose.withNear(pose.near().with(name, sides[0])).withFar(pose.far().with(name, sides[1]));
                }
            } else if (name.equals("reach")) {
                pose = reaches(v, pose, at);
            } else {
                problem(v, at, "is not a pose field; use pelvis, reach, " + String.join(", ", Pose.BODY_ANGLE_NAMES)
                        + ", " + String.join(", ", Limb.ANGLE_NAMES));
            }
        }
        return pose;
    }

    /**
     * {@code {"handNear": "kneeNear", "handFar": {"to": "kneeFar", "offset": [0.02, 0.03]},
     * "footNear": {"at": [0.4, 0]}, "handFar": null}}: null lets that hand or foot go by its angles again.
     */
    private Pose reaches(JsonNode v, Pose pose, String at) {
        if (!v.is(Kind.OBJECT)) {
            problem(v, at, "must be an object such as {\"handNear\": \"kneeNear\"}");
            return pose;
        }
        for (Member m : v.members()) {
            String where = at + "." + m.name();
            if (!Reach.ENDS.contains(m.name())) {
                problem(m.value(), where, "can only place " + String.join(", ", Reach.ENDS));
                continue;
            }
            JsonNode r = m.value();
            if (r.is(Kind.NULL)) {
                pose = pose.withReach(m.name(), null);
            } else if (r.is(Kind.STRING)) {
                if (target(r, where)) {
                    pose = pose.withReach(m.name(), new Reach(m.name(), r.text(), 0, 0));
                }
            } else if (r.is(Kind.OBJECT)) {
                Reach reach = reach(m.name(), r, where);
                if (reach != null) {
                    pose = pose.withReach(m.name(), reach);
                }
            } else {
                problem(r, where, "must be a body point such as \"kneeNear\" or an object {\"to\": ..., "
                        + "\"offset\": [x, y]} or {\"at\": [x, y]}, not " + r.describe());
            }
        }
        return pose;
    }

    private Reach reach(String end, JsonNode r, String where) {
        String to = null;
        double[] offset = {0, 0};
        double[] place = null;
        for (Member f : r.members()) {
            String at = where + "." + f.name();
            switch (f.name()) {
                case "to" -> {
                    if (!f.value().is(Kind.STRING) || !target(f.value(), at)) {
                        return null;
                    }
                    to = f.value().text();
                }
                case "offset" -> offset = pair(f.value(), at, MAX_OFFSET);
                case "at" -> place = pair(f.value(), at, MAX_OFFSET);
                default -> problem(f.value(), at, "is not a reach field; use to, offset or at");
            }
        }
        if (offset == null || (to == null && place == null)) {
            problem(r, where, "needs \"to\" (a body point) or \"at\" (a place [x, y])");
            return null;
        }
        return to != null ? new Reach(end, to, offset[0], offset[1]) : new Reach(end, null, place[0], place[1]);
    }

    private boolean target(JsonNode v, String at) {
        if (v.is(Kind.STRING) && Reach.isTarget(v.text())) {
            return true;
        }
        problem(v, at, "must name a body point such as kneeNear, thighFar or belly, not " + v.describe());
        return false;
    }

    private List<Arrow> arrows(JsonNode json, String path) {
        List<Arrow> arrows = new ArrayList<>();
        if (!json.is(Kind.ARRAY)) {
            problem(json, path, "must be a list of arrows");
            return arrows;
        }
        for (int i = 0; i < json.elements().size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode a = json.elements().get(i);
            if (!a.is(Kind.OBJECT)) {
                problem(a, at, "must be an object such as {\"along\": \"kneeNear\"}");
                continue;
            }
            Arrow arrow = arrow(a, at);
            if (arrow != null) {
                arrows.add(arrow);
            }
        }
        return arrows;
    }

    private Arrow arrow(JsonNode a, String at) {
        String along = null;
        double[] from = null;
        double[] to = null;
        double[] offset = {0, 0};
        double bend = 0;
        boolean both = false;
        boolean onEnd = false;
        for (Member m : a.members()) {
            String where = at + "." + m.name();
            JsonNode v = m.value();
            switch (m.name()) {
                case "along" -> {
                    if (!v.is(Kind.STRING) || !Arrow.isBodyPoint(v.text())) {
                        problem(v, where, "must name a body point such as kneeNear, handFar or head, not "
                                + v.describe());
                        return null;
                    }
                    along = v.text();
                }
                case "from" -> from = pair(v, where, MAX_OFFSET);
                case "to" -> to = pair(v, where, MAX_OFFSET);
                case "offset" -> offset = pair(v, where, MAX_OFFSET);
                case "bend" -> {
                    Double d = number(v, where, 2);
                    bend = d == null ? 0 : d;
                }
                case "both" -> both = flag(v, where);
                case "onEnd" -> onEnd = flag(v, where);
                default -> problem(v, where, "is not an arrow field; use along, from, to, offset, bend, both, onEnd");
            }
        }
        if (along == null && (from == null || to == null)) {
            problem(a, at, "needs \"along\" (a body point) or both \"from\" and \"to\"");
            return null;
        }
        return offset == null ? null : new Arrow(along, from, to, bend, offset[0], offset[1], both, onEnd);
    }

    private boolean flag(JsonNode v, String at) {
        if (!v.isBoolean()) {
            problem(v, at, "must be true or false, not " + v.describe());
            return false;
        }
        return v.is(Kind.TRUE);
    }

    private <E extends Enum<E>> E enumValue(JsonNode v, String at, Class<E> type) {
        if (v.is(Kind.STRING)) {
            String text = v.text().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
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
        problem(v, at, "must be one of " + String.join(", ", names) + ", not " + v.describe());
        return null;
    }

    private Double number(JsonNode v, String at, double limit) {
        if (v.is(Kind.NUMBER) && v.text().length() <= JsonFields.MAX_NUMBER_CHARS) {
            double d = Double.parseDouble(v.text());
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
            problem(v, at, "must be between " + fmt(-limit) + " and " + fmt(limit) + ", was " + v.text());
            return null;
        }
        problem(v, at, "must be a number, not " + v.describe());
        return null;
    }

    private double[] pair(JsonNode v, String at, double limit) {
        if (v.is(Kind.ARRAY) && v.elements().size() == 2) {
            Double a = number(v.elements().get(0), at + "[0]", limit);
            Double b = number(v.elements().get(1), at + "[1]", limit);
            return a == null || b == null ? null : new double[] {a, b};
        }
        problem(v, at, "must be a pair of numbers [a, b], not " + v.describe());
        return null;
    }

    /** One number for both sides, or {@code [near, far]}. */
    private double[] sides(JsonNode v, String at) {
        if (v.is(Kind.ARRAY)) {
            return pair(v, at, MAX_ANGLE);
        }
        Double d = number(v, at, MAX_ANGLE);
        return d == null ? null : new double[] {d, d};
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private void problem(JsonNode where, String field, String message) {
        problems.add(new Problem(file, field, where.line(), where.column(), message, Problem.Severity.ERROR));
    }
}
