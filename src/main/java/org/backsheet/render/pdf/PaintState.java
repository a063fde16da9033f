package org.backsheet.render.pdf;

import java.util.EnumMap;
import java.util.Map;

/**
 * The part of a PDF graphics state that a vector drawing's fills and strokes use, each setting kept as the
 * content-stream text that sets it. A setting never set holds {@code null}: it is inherited from wherever the
 * form is drawn, and only a restore ({@code Q}) can bring it back once changed.
 */
final class PaintState {

    /** One setting; a colour space and its colour are two, since setting the space resets the colour. */
    enum Key {
        STROKE_SPACE(true),
        STROKE_COLOUR(true),
        FILL_SPACE(false),
        FILL_COLOUR(false),
        WIDTH(true),
        CAP(true),
        JOIN(true),
        MITER(true),
        DASH(true);

        final boolean stroke;

        Key(boolean stroke) {
            this.stroke = stroke;
        }
    }

    /** What a colour becomes when its space is set: the space's initial colour, which needs no operator. */
    static final String INITIAL_COLOUR = "";

    private final Map<Key, String> values;

    PaintState() {
        this(new EnumMap<>(Key.class));
    }

    private PaintState(Map<Key, String> values) {
        this.values = values;
    }

    PaintState copy() {
        return new PaintState(values.isEmpty() ? new EnumMap<>(Key.class) : new EnumMap<>(values));
    }

    String get(Key key) {
        return values.get(key);
    }

    void set(Key key, String text) {
        values.put(key, text);
        if (key == Key.STROKE_SPACE) {
            values.put(Key.STROKE_COLOUR, INITIAL_COLOUR);
        } else if (key == Key.FILL_SPACE) {
            values.put(Key.FILL_COLOUR, INITIAL_COLOUR);
        }
    }

    void clear() {
        values.clear();
    }

    /** This state's stroke settings with {@code fill}'s fill settings: what a fill-then-stroke paints with. */
    PaintState withFillOf(PaintState fill) {
        PaintState both = copy();
        for (Key key : Key.values()) {
            if (!key.stroke) {
                if (fill.get(key) == null) {
                    both.values.remove(key);
                } else {
                    both.values.put(key, fill.get(key));
                }
            }
        }
        return both;
    }

    /**
     * Whether this state, as drawn so far, can become {@code wanted} for the given settings by setting some of
     * them; not when one of them must go back to the inherited value.
     */
    boolean canReach(PaintState wanted, boolean fill, boolean stroke) {
        for (Key key : Key.values()) {
            if (uses(key, fill, stroke) && wanted.get(key) == null && get(key) != null) {
                return false;
            }
        }
        return true;
    }

    /** Appends the operators that turn this state into {@code wanted} for the given settings, and applies them. */
    void moveTo(PaintState wanted, boolean fill, boolean stroke, StringBuilder out) {
        for (Key key : Key.values()) {
            if (!uses(key, fill, stroke)) {
                continue;
            }
            String text = wanted.get(key);
            if (text == null || text.equals(get(key))) {
                continue;
            }
            if (text.equals(INITIAL_COLOUR)) {
                // back to the initial colour: setting the (same) space again is how
                Key space = key == Key.STROKE_COLOUR ? Key.STROKE_SPACE : Key.FILL_SPACE;
                set(space, wanted.get(space));
                out.append(wanted.get(space)).append('\n');
            } else {
                set(key, text);
                out.append(text).append('\n');
            }
        }
    }

    private static boolean uses(Key key, boolean fill, boolean stroke) {
        return key.stroke ? stroke : fill;
    }
}
