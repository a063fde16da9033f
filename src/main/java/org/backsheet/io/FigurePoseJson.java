package org.backsheet.io;

import java.util.List;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Reach;

/** Reads one pose of a figure block: the pelvis, the angles, and the hands and feet placed on something. */
final class FigurePoseJson {

    private final FigureJsonValues values;

    FigurePoseJson(FigureJsonValues values) {
        this.values = values;
    }

    Pose pose(JsonNode o, Pose base, String path) {
        Pose pose = base;
        for (Member m : o.members()) {
            String name = m.name();
            String at = path + "." + name;
            JsonNode v = m.value();
            if (name.equals("pelvis")) {
                double[] xy = values.pair(v, at, FigureJsonValues.MAX_OFFSET);
                if (xy != null) {
                    pose = pose.withPelvis(xy[0], xy[1]);
                }
            } else if (List.of(Pose.BODY_ANGLE_NAMES).contains(name)) {
                Double d = values.number(v, at, FigureJsonValues.MAX_ANGLE);
                if (d != null) {
                    pose = pose.withBodyAngle(name, d);
                }
            } else if (List.of(Limb.ANGLE_NAMES).contains(name)) {
                double[] sides = values.sides(v, at);
                if (sides != null) {
                    pose = pose.withNear(pose.near().with(name, sides[0]))
                            .withFar(pose.far().with(name, sides[1]));
                }
            } else if (name.equals("reach")) {
                pose = reaches(v, pose, at);
            } else {
                values.problem(
                        v,
                        at,
                        "is not a pose field; use pelvis, reach, " + String.join(", ", Pose.BODY_ANGLE_NAMES) + ", "
                                + String.join(", ", Limb.ANGLE_NAMES));
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
            values.problem(v, at, "must be an object such as {\"handNear\": \"kneeNear\"}");
            return pose;
        }
        for (Member m : v.members()) {
            String where = at + "." + m.name();
            if (!Reach.ENDS.contains(m.name())) {
                values.problem(m.value(), where, "can only place " + String.join(", ", Reach.ENDS));
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
                values.problem(
                        r,
                        where,
                        "must be a body point such as \"kneeNear\" or an object {\"to\": ..., "
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
                case "offset" -> offset = values.pair(f.value(), at, FigureJsonValues.MAX_OFFSET);
                case "at" -> place = values.pair(f.value(), at, FigureJsonValues.MAX_OFFSET);
                default -> values.problem(f.value(), at, "is not a reach field; use to, offset or at");
            }
        }
        if (offset == null || (to == null && place == null)) {
            values.problem(r, where, "needs \"to\" (a body point) or \"at\" (a place [x, y])");
            return null;
        }
        return to != null ? new Reach(end, to, offset[0], offset[1]) : new Reach(end, null, place[0], place[1]);
    }

    private boolean target(JsonNode v, String at) {
        if (v.is(Kind.STRING) && Reach.isTarget(v.text())) {
            return true;
        }
        values.problem(v, at, "must name a body point such as kneeNear, thighFar or belly, not " + v.describe());
        return false;
    }
}
