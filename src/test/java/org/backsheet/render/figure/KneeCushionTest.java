package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The kneeling hip flexor stretch rests its back knee on a cushion: readers with sore knees asked for one, and without
 * it took the kneeling leg for "a long lunge" ("is the back knee on the floor?").
 */
class KneeCushionTest {

    @Test
    void theBackKneeRestsOnACushionInEveryPicture() {
        Figure f = BuiltInFigures.catalog()
                .find("hip-flexor-stretch")
                .orElseThrow()
                .figure();
        assertThat(f.props()).contains(Prop.KNEE_CUSHION);
        for (var pose : f.pictures()) {
            PosedBody b = new PosedBody(pose);
            Vec knee = b.near.knee().y() <= b.far.knee().y() ? b.near.knee() : b.far.knee();
            Sketch s = new Sketch();
            new PropSketcher(new Projection(View.SIDE)).sketch(b, List.of(Prop.KNEE_CUSHION), s);
            assertThat(s.marks()).singleElement().satisfies(m -> {
                RoundRectangle2D r = (RoundRectangle2D) m.shape();
                assertThat(r.getMinX()).as("wider than the knee").isLessThan(knee.x() - BodySketcher.KNEE);
                assertThat(r.getMaxX()).isGreaterThan(knee.x() + BodySketcher.KNEE);
                // The knee's round end rests on the cushion's top.
                assertThat(r.getMaxY()).isGreaterThan(knee.y() - BodySketcher.KNEE);
                assertThat(r.getMinY()).isLessThan(knee.y() - BodySketcher.KNEE);
            });
        }
    }
}
