package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Detail;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.PanelLabels;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;

/**
 * Reads the {@code figure} field of an exercise file from the project's own parsed JSON, so that every problem
 * names the file, the line and column, and the field. The end pose lists only what changes from the start
 * pose; a limb angle is one number (both sides) or {@code [near, far]}. docs/figures.md describes the format;
 * files written by earlier versions (views TOP and FRONT, no reaches) still read.
 */
public final class FigureJson {

    private final FigureJsonValues values;
    private final List<Problem> problems;
    private final FigurePoseJson poses;

    private FigureJson(String file, List<Problem> problems) {
        this.values = new FigureJsonValues(file, problems);
        this.problems = problems;
        this.poses = new FigurePoseJson(values);
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
            fields.problems()
                    .add(new Problem(
                            p.file(),
                            p.fieldPath(),
                            p.line(),
                            p.column(),
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
            values.problem(json, path, "must be an object with at least a \"start\" pose");
            return null;
        }
        int before = problems.size();
        View view = null;
        View endView = null;
        Presentation presentation = null;
        List<Prop> props = new ArrayList<>();
        JsonNode start = null;
        JsonNode end = null;
        JsonNode then = null;
        JsonNode arrows = null;
        Detail detail = null;
        PanelLabels labels = null;
        JsonNode captions = null;
        for (Member m : json.members()) {
            String at = path + "." + m.name();
            JsonNode v = m.value();
            switch (m.name()) {
                case "view" -> view = values.enumValue(v, at, View.class);
                case "endView" -> endView = v.is(Kind.NULL) ? null : values.enumValue(v, at, View.class);
                case "presentation" -> presentation =
                        v.is(Kind.NULL) ? null : values.enumValue(v, at, Presentation.class);
                case "props" -> props = props(v, at);
                case "start" -> start = v;
                case "end" -> end = v.is(Kind.NULL) ? null : v;
                case "then" -> then = v.is(Kind.NULL) ? null : v;
                case "arrows" -> arrows = v;
                case "detail" -> detail = v.is(Kind.NULL) ? null : detail(v, at);
                case "labels" -> labels = v.is(Kind.NULL) ? null : values.enumValue(v, at, PanelLabels.class);
                case "captions" -> captions = v.is(Kind.NULL) ? null : v;
                default -> values.problem(
                        v,
                        at,
                        "is not a figure field; use view, endView, presentation, props, start, "
                                + "end, then, arrows, detail, labels, captions");
            }
        }
        if (start == null || !start.is(Kind.OBJECT)) {
            values.problem(
                    start == null ? json : start, path + ".start", "is required: the pose the exercise starts from");
            return null;
        }
        Pose startPose = poses.pose(start, Pose.standing(), path + ".start");
        Pose endPose = null;
        if (end != null) {
            if (end.is(Kind.OBJECT)) {
                endPose = poses.pose(end, startPose, path + ".end");
            } else {
                values.problem(end, path + ".end", "must be an object (only the angles that change)");
            }
        }
        Pose thenPose = null;
        if (then != null) {
            if (endPose == null) {
                values.problem(then, path + ".then", "needs an \"end\" pose: it is the picture after the end one");
            } else if (then.is(Kind.OBJECT)) {
                thenPose = poses.pose(then, endPose, path + ".then");
            } else {
                values.problem(then, path + ".then", "must be an object (only the angles that change from the end)");
            }
        }
        List<Arrow> arrowList = arrows == null ? List.of() : arrows(arrows, path + ".arrows");
        // An overlay is one picture (the end dashed over the start), so it may carry one caption like a held position.
        boolean onePicture = endPose == null || presentation == Presentation.OVERLAY;
        int pictures = onePicture ? 1 : thenPose == null ? 2 : 3;
        Map<String, List<String>> captionMap = captions == null
                ? Map.of()
                : new FigureCaptionsJson(values).captions(captions, path + ".captions", pictures);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return null;
        }
        return Figure.builder(startPose)
                .view(view)
                .endView(endView)
                .props(props)
                .end(endPose)
                .presentation(presentation)
                .arrows(arrowList)
                .detail(detail)
                .labels(labels)
                .then(thenPose)
                .captions(captionMap)
                .build();
    }

    /** {@code {"point": "lowBack", "at": [x, y], "zoom": 2.5}}: a magnified view of one part of the body. */
    private Detail detail(JsonNode v, String at) {
        if (!v.is(Kind.OBJECT)) {
            values.problem(v, at, "must be an object such as {\"point\": \"lowBack\", \"at\": [-0.1, 0.33]}");
            return null;
        }
        String point = null;
        double[] place = null;
        double zoom = 2.5;
        for (Member m : v.members()) {
            String where = at + "." + m.name();
            switch (m.name()) {
                case "point" -> {
                    if (m.value().is(Kind.STRING) && Detail.isPoint(m.value().text())) {
                        point = m.value().text();
                    } else {
                        values.problem(
                                m.value(),
                                where,
                                "must name a body point such as lowBack or ankleNear, not "
                                        + m.value().describe());
                    }
                }
                case "at" -> place = values.pair(m.value(), where, FigureJsonValues.MAX_OFFSET);
                case "zoom" -> {
                    Double z = values.number(m.value(), where, 6);
                    zoom = z == null || z < 1 ? zoom : z;
                }
                default -> values.problem(m.value(), where, "is not a detail field; use point, at, zoom");
            }
        }
        if (point == null || place == null) {
            values.problem(v, at, "needs \"point\" (a body point) and \"at\" (where the circle goes, [x, y])");
            return null;
        }
        return new Detail(point, place[0], place[1], zoom);
    }

    private List<Prop> props(JsonNode v, String at) {
        List<Prop> props = new ArrayList<>();
        if (!v.is(Kind.ARRAY)) {
            values.problem(v, at, "must be a list such as [\"MAT\", \"TOWEL\"]");
            return props;
        }
        for (int i = 0; i < v.elements().size(); i++) {
            Prop prop = values.enumValue(v.elements().get(i), at + "[" + i + "]", Prop.class);
            if (prop != null) {
                props.add(prop);
            }
        }
        return props;
    }

    private List<Arrow> arrows(JsonNode json, String path) {
        List<Arrow> arrows = new ArrayList<>();
        if (!json.is(Kind.ARRAY)) {
            values.problem(json, path, "must be a list of arrows");
            return arrows;
        }
        for (int i = 0; i < json.elements().size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode a = json.elements().get(i);
            if (!a.is(Kind.OBJECT)) {
                values.problem(a, at, "must be an object such as {\"along\": \"kneeNear\"}");
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
        boolean breath = false;
        boolean onThen = false;
        for (Member m : a.members()) {
            String where = at + "." + m.name();
            JsonNode v = m.value();
            switch (m.name()) {
                case "along" -> {
                    if (!v.is(Kind.STRING) || !Arrow.isBodyPoint(v.text())) {
                        values.problem(
                                v,
                                where,
                                "must name a body point such as kneeNear, handFar or head, not " + v.describe());
                        return null;
                    }
                    along = v.text();
                }
                case "from" -> from = values.pair(v, where, FigureJsonValues.MAX_OFFSET);
                case "to" -> to = values.pair(v, where, FigureJsonValues.MAX_OFFSET);
                case "offset" -> offset = values.pair(v, where, FigureJsonValues.MAX_OFFSET);
                case "bend" -> {
                    Double d = values.number(v, where, 2);
                    bend = d == null ? 0 : d;
                }
                case "both" -> both = values.flag(v, where);
                case "onEnd" -> onEnd = values.flag(v, where);
                case "breath" -> breath = values.flag(v, where);
                case "onThen" -> onThen = values.flag(v, where);
                default -> values.problem(
                        v,
                        where,
                        "is not an arrow field; use along, from, to, offset, bend, both, onEnd, onThen, breath");
            }
        }
        if (along == null && (from == null || to == null)) {
            values.problem(a, at, "needs \"along\" (a body point) or both \"from\" and \"to\"");
            return null;
        }
        return offset == null
                ? null
                : new Arrow(along, from, to, bend, offset[0], offset[1], both, onEnd, breath, onThen);
    }
}
