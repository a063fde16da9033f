package org.backsheet.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.DetailsController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;

/**
 * The handout tab: language and large print first (a clinician looked for them under "Disclaimer and page" and
 * did not find them), then paper, layout, tracking chart, grouping by position and the signature line; one column
 * of labels, so everything lines up.
 */
final class HandoutOptionsPanel extends JPanel {

    /** Days a tracking chart can cover; null means no chart. */
    private static final List<Integer> TRACKING_DAYS = Arrays.asList(null, 7, 14, 28);

    private final JComboBox<Choice<String>> language = new JComboBox<>();
    private final JComboBox<Choice<Layout>> layout = new JComboBox<>();
    private final JComboBox<Choice<Integer>> tracking = new JComboBox<>();
    private final JCheckBox groupByPosition = new JCheckBox(UiTexts.get("handout.groupByPosition"));
    private final JCheckBox signatureLine = new JCheckBox(UiTexts.get("handout.signatureLine"));
    private final JCheckBox largePrint = new JCheckBox(UiTexts.get("page.largePrint"));
    private final JRadioButton a4 = new JRadioButton("A4");
    private final JRadioButton letter = new JRadioButton(UiTexts.get("page.letter"));
    /** True while the controls are being set from the sheet, so they do not echo the change back. */
    private boolean refreshing;

    HandoutOptionsPanel(EditorController editor) {
        // Labels right-aligned, the lists as wide as they need.
        super(new MigLayout("insets 10 10 8 10, gap 8 6", "[right][left]"));
        DetailsController details = editor.details();
        for (String code : editor.catalog().languages().stream().sorted().toList()) {
            language.addItem(new Choice<>(code, languageName(code)));
        }
        for (Layout l : Layout.values()) {
            layout.addItem(new Choice<>(l, UiTexts.get("handout.layout." + l.name())));
        }
        for (Integer days : TRACKING_DAYS) {
            tracking.addItem(new Choice<>(
                    days,
                    days == null ? UiTexts.get("handout.tracking.none") : UiTexts.get("handout.tracking.days", days)));
        }
        language.setName("handoutLanguage");
        layout.setName("handoutLayout");
        tracking.setName("trackingDays");
        groupByPosition.setName("groupByPosition");
        signatureLine.setName("signatureLine");
        largePrint.setName("largePrint");
        a4.setName("pageA4");
        letter.setName("pageLetter");
        ButtonGroup paper = new ButtonGroup();
        paper.add(a4);
        paper.add(letter);
        row("handout.language", language);
        add(new JLabel());
        add(largePrint, "wrap");
        add(new JLabel(UiTexts.get("page.size")));
        add(a4, "split 2");
        add(letter, "wrap");
        row("handout.layout", layout);
        row("handout.tracking", tracking);
        add(new JLabel());
        add(groupByPosition, "wrap");
        add(new JLabel());
        add(signatureLine);

        whenChosen(language, code -> {
            details.setLanguage(code);
            // After the change is shown, so the question sits over the new preview.
            SwingUtilities.invokeLater(() -> warnAboutOwnTexts(editor, code));
        });
        whenChosen(layout, details::setLayout);
        whenChosen(tracking, details::setTrackingDays);
        groupByPosition.addActionListener(e -> details.setGroupByPosition(groupByPosition.isSelected()));
        signatureLine.addActionListener(e -> details.setSignatureLine(signatureLine.isSelected()));
        largePrint.addActionListener(e -> details.setLargePrint(largePrint.isSelected()));
        a4.addActionListener(e -> details.setPageSize(PageSize.A4));
        letter.addActionListener(e -> details.setPageSize(PageSize.LETTER));

        Runnable refresh = () -> {
            refreshing = true;
            try {
                String code = details.language();
                select(language, code, () -> new Choice<>(code, languageName(code)));
                select(layout, details.layout(), null);
                Integer days = details.trackingDays();
                select(tracking, days, () -> new Choice<>(days, UiTexts.get("handout.tracking.days", days)));
                groupByPosition.setSelected(details.groupByPosition());
                signatureLine.setSelected(details.signatureLine());
                largePrint.setSelected(details.largePrint());
                a4.setSelected(details.pageSize() == PageSize.A4);
                letter.setSelected(details.pageSize() == PageSize.LETTER);
            } finally {
                refreshing = false;
            }
        };
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                refresh.run();
            }
        });
        refresh.run();
    }

    /** Says which of the clinician's own texts stay in the old words, and offers the new language's advice. */
    private void warnAboutOwnTexts(EditorController editor, String code) {
        List<String> own = editor.details().ownTexts();
        if (own.isEmpty()) {
            return;
        }
        String name = languageName(code);
        StringBuilder html = new StringBuilder("<html><body style='width: 340px'><p>")
                .append(escape(UiTexts.get("language.changed.message", name)))
                .append("</p><ul>");
        own.forEach(t -> html.append("<li>").append(escape(t)).append("</li>"));
        html.append("</ul><p>")
                .append(escape(UiTexts.get("language.changed.check", name)))
                .append("</p>");
        boolean advice = editor.details().hasOwnAdvice();
        Object[] options = advice
                ? new Object[] {UiTexts.get("language.changed.standard", name), UiTexts.get("language.changed.keep")}
                : new Object[] {UiTexts.get("language.changed.keep")};
        int answer = JOptionPane.showOptionDialog(
                this,
                html.toString(),
                UiTexts.get("language.changed.title"),
                JOptionPane.DEFAULT_OPTION,
                JOptionPane.INFORMATION_MESSAGE,
                null,
                options,
                options[options.length - 1]);
        if (advice && answer == 0) {
            editor.advice().useStandardAdvice(true);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private void row(String labelKey, JComboBox<?> box) {
        JLabel label = new JLabel(UiTexts.get(labelKey));
        label.setLabelFor(box);
        box.getAccessibleContext().setAccessibleName(label.getText());
        add(label);
        add(box, "wrap");
    }

    private <T> void whenChosen(JComboBox<Choice<T>> box, Consumer<T> setter) {
        box.addActionListener(e -> {
            Choice<T> chosen = box.getItemAt(box.getSelectedIndex());
            if (!refreshing && chosen != null) {
                setter.accept(chosen.value());
            }
        });
    }

    /** Selects the item for {@code value}, adding it first when a file brought a value the list lacks. */
    private static <T> void select(JComboBox<Choice<T>> box, T value, Supplier<Choice<T>> extra) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (Objects.equals(box.getItemAt(i).value(), value)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        if (extra != null) {
            box.addItem(extra.get());
            box.setSelectedIndex(box.getItemCount() - 1);
        }
    }

    /** A language's name in that language ("English", "Español"), so a patient's language is easy to spot. */
    static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** One entry of a list: the value stored in the sheet and the words shown for it. */
    private record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
