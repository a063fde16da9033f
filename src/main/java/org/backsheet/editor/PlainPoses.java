package org.backsheet.editor;

import java.util.List;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;

/**
 * Plain starting points for a clinic's own picture: the basic positions of back exercises with the arms and legs
 * at rest, no arrows and no finish. The user turns one into their exercise in the pose editor; {@code key} names
 * it in the window's words ({@code exercise.pose.plain.<key>}).
 */
public final class PlainPoses {

    /** One plain position and the props it needs to read (a mat under a lying body, a chair under a seated one). */
    public record PlainPose(String key, Figure figure) {}

    /** The pelvis height of a body lying on a mat, as the library's lying exercises have it. */
    private static final double LYING = 0.066;

    private PlainPoses() {}

    public static List<PlainPose> all() {
        return List.of(
                plain("standing", Prop.FLOOR, Pose.standing()),
                plain("lyingBack", Prop.MAT, lying(-90, Limb.NEUTRAL.with("shoulder", -8))),
                plain(
                        "lyingBackKneesBent",
                        Prop.MAT,
                        lying(
                                -90,
                                Limb.NEUTRAL
                                        .with("hip", 45)
                                        .with("knee", 95)
                                        .with("ankle", -35)
                                        .with("shoulder", -8))),
                plain(
                        "lyingFront",
                        Prop.MAT,
                        lying(
                                90,
                                Limb.NEUTRAL
                                        .with("ankle", -50)
                                        .with("shoulder", 10)
                                        .with("elbow", 140))),
                plain(
                        "handsAndKnees",
                        Prop.MAT,
                        Pose.builder()
                                .pelvis(0, 0.29)
                                .trunk(68)
                                .neck(-5)
                                .limbs(kneeling())
                                .build()),
                plain(
                        "sitting",
                        Prop.CHAIR,
                        Pose.builder().pelvis(0, 0.3).limbs(seated()).build()));
    }

    /** The plain pose with this key. */
    public static Figure figure(String key) {
        return all().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plain pose called " + key))
                .figure();
    }

    private static PlainPose plain(String key, Prop prop, Pose pose) {
        return new PlainPose(
                key, Figure.builder(pose).view(View.SIDE).props(List.of(prop)).build());
    }

    private static Pose lying(double trunk, Limb limb) {
        return Pose.builder().pelvis(0, LYING).trunk(trunk).limbs(limb).build();
    }

    private static Limb kneeling() {
        return Limb.NEUTRAL
                .with("hip", 68)
                .with("knee", 90)
                .with("ankle", -45)
                .with("shoulder", 59.4)
                .with("elbow", 19.5);
    }

    private static Limb seated() {
        return Limb.NEUTRAL
                .with("hip", 88)
                .with("knee", 88)
                .with("shoulder", 10)
                .with("elbow", 60);
    }
}
