package org.backsheet.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.backsheet.render.pdf.PaintState.Key;

/**
 * Rewrites a form XObject of plain vector drawing (as PdfBoxGraphics2D writes it) in fewer bytes that draw the
 * same: coordinates to a hundredth of a point (a 7,200th of an inch), every shape's colours, width and joins
 * written only when they change instead of once per shape inside its own {@code q ... Q}, a fill followed by a
 * stroke of the same outline (every body part) written as one fill-and-stroke, zero-length segments in the
 * middle of a line left out. The figures are most of a handout's bytes, and Graphics2D says all of that again
 * for every shape.
 *
 * <p>Only the operators below are understood; a form with any other (text, images, clipping, transforms,
 * transparency) is left as it is, since rounding or reordering could then change what it shows.
 */
public final class VectorContent {

    /** Decimal places of coordinates, widths and dashes (in points) and of colour components. */
    private static final int PLACES = 2;

    private static final int COLOUR_PLACES = 4;

    private static final Map<String, Key> SETTINGS = Map.of(
            "CS", Key.STROKE_SPACE,
            "SC", Key.STROKE_COLOUR,
            "SCN", Key.STROKE_COLOUR,
            "cs", Key.FILL_SPACE,
            "sc", Key.FILL_COLOUR,
            "scn", Key.FILL_COLOUR,
            "w", Key.WIDTH,
            "J", Key.CAP,
            "j", Key.JOIN,
            "M", Key.MITER);

    private static final Set<String> PATH = Set.of("m", "l", "c", "v", "y", "h", "re");

    private static final Set<String> FILLS = Set.of("f", "F", "f*");

    private static final Set<String> STROKES = Set.of("S", "s");

    private static final Set<String> BOTH = Set.of("B", "B*", "b", "b*");

    /** One painted outline: its path as written, how it is painted, and the settings in force. */
    private record Paint(String path, String operator, PaintState state) {

        boolean fills() {
            return FILLS.contains(operator) || BOTH.contains(operator);
        }

        boolean strokes() {
            return STROKES.contains(operator) || BOTH.contains(operator);
        }
    }

    private VectorContent() {}

    /** Rewrites {@code form}'s content in place when it is plain vector drawing; otherwise leaves it. */
    public static void compact(PDFormXObject form) throws IOException {
        List<Paint> paints = paints(form);
        if (paints == null) {
            return;
        }
        byte[] content = write(merged(paints)).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
    }

    /** The form's outlines in drawing order, or null when it holds anything but plain vector drawing. */
    private static List<Paint> paints(PDFormXObject form) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(form);
        List<Paint> paints = new ArrayList<>();
        List<PaintState> saved = new ArrayList<>();
        PaintState state = new PaintState();
        OutlineWriter path = new OutlineWriter(PLACES);
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = operator.getName();
            Key key = SETTINGS.get(name);
            if (!settable(operands)) {
                return null;
            } else if (key != null) {
                int places = key == Key.STROKE_COLOUR || key == Key.FILL_COLOUR ? COLOUR_PLACES : PLACES;
                state.set(key, OutlineWriter.operation(operands, places, name));
            } else if (name.equals("d") && operands.size() == 2 && operands.get(0) instanceof COSArray) {
                state.set(Key.DASH, OutlineWriter.dash((COSArray) operands.get(0), operands.get(1), PLACES));
            } else if (name.equals("q")) {
                saved.add(state.copy());
            } else if (name.equals("Q") && !saved.isEmpty()) {
                state = saved.remove(saved.size() - 1);
            } else if (PATH.contains(name) && numbers(operands)) {
                path.add(name, operands);
            } else if (FILLS.contains(name) || STROKES.contains(name) || BOTH.contains(name)) {
                paints.add(new Paint(path.take(), name, state.copy()));
            } else if (name.equals("n")) {
                path.take();
            } else {
                return null;
            }
            operands.clear();
        }
        return operands.isEmpty() && path.isEmpty() && saved.isEmpty() ? paints : null;
    }

    /** Numbers and names only, and a dash array of numbers: what the operators above take. */
    private static boolean settable(List<COSBase> operands) {
        return operands.stream()
                .allMatch(o -> o instanceof COSNumber
                        || o instanceof COSName
                        || o instanceof COSArray array && numbers(array.toList()));
    }

    private static boolean numbers(List<? extends COSBase> operands) {
        return operands.stream().allMatch(COSNumber.class::isInstance);
    }

    /** Joins each fill followed by a stroke of the same outline into one fill-and-stroke, which paints the same. */
    private static List<Paint> merged(List<Paint> paints) {
        List<Paint> merged = new ArrayList<>(paints.size());
        for (int i = 0; i < paints.size(); i++) {
            Paint paint = paints.get(i);
            Paint next = i + 1 < paints.size() ? paints.get(i + 1) : null;
            boolean plainFill = paint.operator().equals("f") || paint.operator().equals("f*");
            if (plainFill
                    && next != null
                    && next.operator().equals("S")
                    && next.path().equals(paint.path())) {
                String both = paint.operator().equals("f") ? "B" : "B*";
                merged.add(new Paint(paint.path(), both, next.state().withFillOf(paint.state())));
                i++;
            } else {
                merged.add(paint);
            }
        }
        return merged;
    }

    /**
     * The outlines with only the settings that change between them, all in one saved state; that state is
     * restored and saved again only when an outline needs a setting back as the form inherited it.
     */
    private static String write(List<Paint> paints) {
        StringBuilder out = new StringBuilder("q\n");
        PaintState drawn = new PaintState();
        for (Paint paint : paints) {
            if (!drawn.canReach(paint.state(), paint.fills(), paint.strokes())) {
                out.append("Q\nq\n");
                drawn.clear();
            }
            drawn.moveTo(paint.state(), paint.fills(), paint.strokes(), out);
            out.append(paint.path()).append(paint.operator()).append('\n');
        }
        return out.append("Q\n").toString();
    }
}
