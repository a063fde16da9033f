package org.backsheet.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.backsheet.catalog.FactLabels;
import org.backsheet.editor.UserExerciseController;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.backsheet.model.Target;

/**
 * The form for one of the clinic's own exercises: its words on the left (name, steps, why it helps, cautions),
 * its facts, default dose and picture on the right. Save stays greyed until the controller finds the draft
 * complete; saving itself is the caller's (it reports a failure, and the form stays open).
 */
final class ExerciseDialog extends JDialog {

    /** Saves a finished draft; returns null when saved, else the message to show. */
    interface Saver extends Function<Exercise, String> {}

    private final UserExerciseController controller;
    private final Exercise original;
    private final boolean isNew;
    private final Saver saver;
    private final JTextField name = new JTextField(28);
    private final JLabel id = new JLabel();
    private final JComboBox<Object> position;
    private final JComboBox<Object> kind;
    private final JComboBox<Object> level;
    private final EnumCheckList<Target> targets;
    private final EnumCheckList<Equipment> equipment;
    private final StepsEditor steps = new StepsEditor(this::recheck);
    private final JTextArea purpose = new JTextArea(3, 28);
    private final JTextArea cautions = new JTextArea(3, 28);
    private final JTextField link = new JTextField();
    private final DoseDefaultsPanel dose = new DoseDefaultsPanel();
    private final PicturePanel picture;
    private final JLabel issues = new JLabel(" ");
    private final JButton save = new JButton(UiTexts.get("exercise.save"));

    ExerciseDialog(
            Window owner,
            String title,
            Exercise draft,
            boolean isNew,
            UserExerciseController controller,
            FactLabels labels,
            Supplier<List<PoseChoices.Picture>> poses,
            Supplier<String> language,
            Saver saver) {
        super(owner, title, DEFAULT_MODALITY_TYPE);
        this.controller = controller;
        this.original = draft;
        this.isNew = isNew;
        this.saver = saver;
        setName("exerciseDialog");
        position = choice("exercisePosition", Position.values(), true, v -> capitalised(labels.label((Position) v)));
        kind = choice("exerciseKind", ExerciseKind.values(), true, v -> capitalised(labels.label((ExerciseKind) v)));
        level = choice("exerciseLevel", Level.values(), false, v -> capitalised(labels.label((Level) v)));
        targets = new EnumCheckList<>("targets", Target.class, t -> capitalised(labels.label(t)), 3);
        equipment = new EnumCheckList<>("equipment", Equipment.class, q -> capitalised(labels.label(q)), 3);
        picture = new PicturePanel(poses, language);
        name.setName("exerciseName");
        id.setName("exerciseId");
        id.putClientProperty("FlatLaf.styleClass", "small");
        purpose.setName("exercisePurpose");
        cautions.setName("exerciseCautions");
        link.setName("exerciseLink");
        recheckOnEdit(link);
        for (JTextArea area : List.of(purpose, cautions)) {
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
        }
        issues.setName("exerciseIssues");
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        issues.setForeground(error != null ? error : Color.RED.darker());
        dose.onRejected(issues::setText);
        save.setName("exerciseSave");
        save.addActionListener(e -> trySave());
        JButton cancel = new JButton(UiTexts.get("exercise.cancel"));
        cancel.setName("exerciseCancel");
        cancel.addActionListener(e -> cancel());

        JPanel words = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        words.add(label("exercise.name", name));
        words.add(name);
        words.add(id, "gapbottom 6");
        words.add(label("exercise.steps", steps));
        words.add(steps, "growy");
        words.add(label("exercise.purpose", purpose), "gaptop 6");
        words.add(new JScrollPane(purpose));
        words.add(label("exercise.cautions", cautions), "gaptop 6");
        words.add(new JScrollPane(cautions));
        words.add(label("exercise.link", link), "gaptop 6");
        words.add(link);

        JPanel facts = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[right][grow,fill]"));
        facts.add(label("exercise.position", position));
        facts.add(position);
        facts.add(label("exercise.kind", kind));
        facts.add(kind);
        facts.add(label("exercise.level", level));
        facts.add(level);
        facts.add(section("exercise.targets"), "span 2, left, gaptop 8");
        facts.add(targets, "span 2, left");
        facts.add(section("exercise.equipment"), "span 2, left, gaptop 8");
        facts.add(equipment, "span 2, left");
        facts.add(section("exercise.dose"), "span 2, left, gaptop 8");
        facts.add(dose, "span 2, left");
        facts.add(section("exercise.picture"), "span 2, left, gaptop 8");
        facts.add(picture, "span 2, left");

        JPanel content = new JPanel(new MigLayout("insets 12, fill", "[360:420:,grow,fill]18[fill]", "[grow,fill][]"));
        content.add(words);
        content.add(facts, "top, wrap");
        content.add(issues, "span 2, split 3, growx");
        content.add(save, "tag ok");
        content.add(cancel, "tag cancel");
        setContentPane(new JScrollPane(content));
        KeyBindings.enterAndEscape(getRootPane(), save, () -> cancel());
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });
        fill(draft);
        recheckOnEdit(name);
        recheck();
        pack();
        setLocationRelativeTo(owner);
    }

    private void fill(Exercise e) {
        name.setText(e.name());
        position.setSelectedItem(e.position() == null ? position.getItemAt(0) : e.position());
        kind.setSelectedItem(e.kind() == null ? kind.getItemAt(0) : e.kind());
        level.setSelectedItem(e.level());
        targets.select(e.targets());
        equipment.select(e.equipment());
        steps.setSteps(e.steps());
        purpose.setText(e.purpose() == null ? "" : e.purpose());
        cautions.setText(String.join("\n", e.cautions()));
        link.setText(e.link() == null ? "" : e.link());
        dose.setDose(e.dose());
        picture.setPicture(e.figure(), e.photo());
    }

    /** The exercise as the form now says; everything the form does not show is kept from the original. */
    Exercise draft() {
        Object p = position.getSelectedItem();
        Object k = kind.getSelectedItem();
        return original.toBuilder()
                .name(name.getText())
                .position(p instanceof Position pos ? pos : null)
                .kind(k instanceof ExerciseKind ek ? ek : null)
                .level((Level) level.getSelectedItem())
                .targets(targets.selected())
                .equipment(equipment.selected())
                .steps(steps.steps())
                .purpose(purpose.getText())
                .cautions(Arrays.asList(cautions.getText().split("\\R")))
                .dose(dose.dose())
                .figure(picture.figure())
                .photo(picture.photo())
                .link(link.getText())
                .build();
    }

    private void recheck() {
        List<UserExerciseController.Issue> found = controller.check(draft());
        issues.setText(
                found.isEmpty()
                        ? " "
                        : String.join(
                                "  ",
                                found.stream().map(i -> UiTexts.get(i.key())).toList()));
        save.setEnabled(found.isEmpty());
        String shownId = isNew ? controller.suggestedId(name.getText()) : original.id();
        // The clinician thinks of the exercise by its name; the file name is there for the curious.
        id.setText(
                name.getText().isBlank()
                        ? " "
                        : UiTexts.get("exercise.savedAs", name.getText().strip()));
        id.setToolTipText(UiTexts.get("exercise.savedAs.tip", shownId + ".exercise.json"));
    }

    /** Closes without saving; asks first when the form holds anything that would be lost. */
    private void cancel() {
        if (controller.hasChanges(original, draft()) && !Questions.confirmLoss(this, "exercise.discard")) {
            return;
        }
        dispose();
    }

    private void trySave() {
        if (!controller.check(draft()).isEmpty()) {
            return;
        }
        String failure = saver.apply(draft());
        if (failure == null) {
            dispose();
        } else {
            issues.setText(failure);
        }
    }

    private static JLabel label(String key, JComponent target) {
        JLabel l = new JLabel(UiTexts.get(key));
        l.setLabelFor(target instanceof JScrollPane s ? s.getViewport().getView() : target);
        return l;
    }

    /** Fact words are lower-case for use inside sentences; as a choice on their own they start with a capital. */
    static String capitalised(String words) {
        return words == null || words.isEmpty()
                ? ""
                : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static JLabel section(String key) {
        JLabel l = new JLabel(UiTexts.get(key));
        l.putClientProperty("FlatLaf.styleClass", "h4");
        return l;
    }

    private static JComboBox<Object> choice(
            String name, Object[] values, boolean optional, Function<Object, String> label) {
        JComboBox<Object> box = new JComboBox<>();
        box.setName(name);
        if (optional) {
            box.addItem(UiTexts.get("exercise.notSet"));
        }
        for (Object v : values) {
            box.addItem(v);
        }
        box.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                Object shown = value instanceof Enum<?> ? label.apply(value) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        return box;
    }

    /** Checks the form again whenever {@code field}'s text changes (Save is enabled only for a valid form). */
    private void recheckOnEdit(JTextComponent field) {
        TextEdits.onEdit(field, () -> recheck());
    }
}
