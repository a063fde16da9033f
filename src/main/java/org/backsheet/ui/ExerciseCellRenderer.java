package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import org.backsheet.catalog.FactLabels;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;

/**
 * One library entry: the exercise's name, and below it its position and, on a line of its own so neither is cut
 * in a narrow pane, its kind, both in a quieter grey. Name and facts
 * speak the sheet's language, so a Spanish handout's library never reads "Standing · aerobic" under a Spanish name.
 */
final class ExerciseCellRenderer extends JPanel implements ListCellRenderer<Exercise> {

    /** The language of the sheet (an IETF tag, "es"); the entries follow it. */
    private final Supplier<String> language;

    /** True while Enter adds the selected entry (the search field or the list has the keyboard). */
    private final BooleanSupplier enterTarget;

    private final Thumbnails thumbnails;
    /** An exercise's name in the sheet's language. */
    private final Function<Exercise, String> names;

    private final JLabel picture = new JLabel();
    private final JLabel name = new JLabel();
    private final JLabel facts = new JLabel();
    private final JLabel kindWords = new JLabel();
    private final JLabel mine = new JLabel(UiTexts.get("library.mine"));
    private final JPanel badge;

    private String labelsLanguage;
    private FactLabels labels;

    ExerciseCellRenderer(
            Supplier<String> language,
            BooleanSupplier enterTarget,
            Thumbnails thumbnails,
            Function<Exercise, String> names) {
        super(new BorderLayout(10, 0));
        this.enterTarget = enterTarget;
        this.names = names;
        this.language = language;
        this.thumbnails = thumbnails;
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        name.setFont(name.getFont().deriveFont(Font.BOLD));
        facts.setName("libraryFacts");
        kindWords.setName("libraryEntryKind");
        facts.setFont(facts.getFont().deriveFont(facts.getFont().getSize2D() - 1f));
        kindWords.setFont(facts.getFont());
        picture.setPreferredSize(new Dimension(Thumbnails.WIDTH, Thumbnails.HEIGHT));
        JPanel words = new JPanel(new BorderLayout(0, 1));
        words.setOpaque(false);
        words.add(name, BorderLayout.NORTH);
        words.add(facts, BorderLayout.CENTER);
        words.add(kindWords, BorderLayout.SOUTH);
        JPanel middle = new JPanel(new GridBagLayout());
        middle.setOpaque(false);
        middle.add(
                words,
                new GridBagConstraints(
                        0,
                        0,
                        1,
                        1,
                        1.0,
                        1.0,
                        GridBagConstraints.WEST,
                        GridBagConstraints.HORIZONTAL,
                        new Insets(0, 0, 0, 0),
                        0,
                        0));
        add(picture, BorderLayout.WEST);
        add(middle, BorderLayout.CENTER);
        // A small badge marks the clinic's own exercises among the built-in ones.
        mine.putClientProperty(
                "FlatLaf.style",
                "font: -2 bold; border: 1,6,1,6; background: $Component.accentColor;" + " foreground: #ffffff");
        mine.setOpaque(true);
        mine.setToolTipText(UiTexts.get("library.mine.tip"));
        badge = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 2));
        badge.setOpaque(false);
        badge.add(mine);
        add(badge, BorderLayout.EAST);
    }

    @Override
    public Component getListCellRendererComponent(
            JList<? extends Exercise> list, Exercise e, int index, boolean selected, boolean focus) {
        String plainName = names.apply(e);
        boolean own = e.origin() == Origin.USER;
        mine.setVisible(own);
        // A long name takes a second line rather than end in "..."; the whole of it also shows on hover.
        name.setText(twoLines(plainName, name.getFontMetrics(name.getFont()), nameWidth(list)));
        FactLabels labels = labels();
        setToolTipText(plainName);
        picture.setIcon(thumbnails.of(e));
        // One capitalisation for position words in the editor: a label on its own starts with a capital.
        String position = e.position() == null ? "" : ExerciseDialog.capitalised(labels.label(e.position()));
        String kind = e.kind() == null ? "" : labels.label(e.kind());
        facts.setText(position);
        kindWords.setText(kind);
        // The list greys its selection when it loses the focus; typing in the search field, the selected entry is
        // what Enter adds, so it keeps the full colour there (a clinician pressed Enter on a grey row unseen).
        boolean strong = selected && enterTarget.getAsBoolean();
        Color selectedBack = strong
                ? focused("List.selectionBackground", list.getSelectionBackground())
                : list.getSelectionBackground();
        Color selectedFore = strong
                ? focused("List.selectionForeground", list.getSelectionForeground())
                : list.getSelectionForeground();
        setBackground(selected ? selectedBack : list.getBackground());
        name.setForeground(selected ? selectedFore : list.getForeground());
        facts.setForeground(selected ? selectedFore : UIManager.getColor("Label.disabledForeground"));
        kindWords.setForeground(facts.getForeground());
        getAccessibleContext().setAccessibleName(plainName + ", " + position + (own ? ", " + mine.getText() : ""));
        return this;
    }

    /** The look's colour {@code key} for a focused list's selection, or {@code otherwise} when it has none. */
    private static Color focused(String key, Color otherwise) {
        Color c = UIManager.getColor(key);
        return c != null ? c : otherwise;
    }

    /** The width the name may take in a row of {@code list}: all but the picture, the badge and the gaps. */
    private int nameWidth(JList<?> list) {
        Insets border = getInsets();
        int gap = ((BorderLayout) getLayout()).getHgap();
        return list.getWidth()
                - border.left
                - border.right
                - picture.getPreferredSize().width
                - badge.getPreferredSize().width
                - 2 * gap;
    }

    /**
     * {@code text} as it is when it fits {@code width}, else broken at the last space that lets the first line
     * fit, as two lines. A width not known yet (the list not laid out) leaves the text as it is.
     */
    static String twoLines(String text, FontMetrics metrics, int width) {
        if (width <= 0 || metrics.stringWidth(text) <= width) {
            return text;
        }
        int cut = text.lastIndexOf(' ');
        while (cut > 0 && metrics.stringWidth(text.substring(0, cut)) > width) {
            cut = text.lastIndexOf(' ', cut - 1);
        }
        if (cut <= 0) {
            return text;
        }
        return "<html>" + escaped(text.substring(0, cut)) + "<br>" + escaped(text.substring(cut + 1)) + "</html>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The fact words in the sheet's language, loaded again only when that language changes. */
    private FactLabels labels() {
        String now = language.get();
        if (labels == null || !now.equals(labelsLanguage)) {
            labels = FactLabels.forLanguage(now);
            labelsLanguage = now;
        }
        return labels;
    }
}
