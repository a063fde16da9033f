package org.backsheet.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Component;
import java.awt.GridLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * A small calendar that drops down under its button: the month of the current date (or today), arrows for the
 * months before and after, and a click on a day chooses it. Weeks start on the locale's first day.
 */
final class DatePicker extends JButton {

    private final Locale locale;
    private final Supplier<LocalDate> current;
    private final Consumer<LocalDate> chosen;
    private final JPopupMenu popup = new JPopupMenu();
    private YearMonth shown;

    /**
     * @param current the day the calendar opens on: the sheet's date, or today by the editor's clock (never the
     *                computer's own, so tests and the shown month agree)
     */
    DatePicker(Locale locale, Supplier<LocalDate> current, Consumer<LocalDate> chosen) {
        super(new FlatSVGIcon("assets/icons/calendar.svg", 16, 16));
        this.locale = locale;
        this.current = current;
        this.chosen = chosen;
        setName("sheetDatePicker");
        setToolTipText(UiTexts.get("sheet.pickDate"));
        getAccessibleContext().setAccessibleName(UiTexts.get("sheet.pickDate"));
        popup.setName("calendar");
        addActionListener(e -> open());
    }

    private void open() {
        LocalDate start = current.get();
        shown = YearMonth.from(start);
        fill();
        popup.show(this, 0, getHeight());
    }

    private void fill() {
        popup.removeAll();
        JPanel panel = new JPanel(new MigLayout("insets 6, gap 4", "[][grow,center][]"));
        JButton previous = arrow("\u2039", "calendarPrevious", "calendar.previous", -1);
        JButton next = arrow("\u203a", "calendarNext", "calendar.next", 1);
        JLabel title = new JLabel(
                shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + shown.getYear(),
                SwingConstants.CENTER);
        title.setName("calendarMonth");
        panel.add(previous);
        panel.add(title, "growx");
        panel.add(next, "wrap");
        JPanel days = new JPanel(new GridLayout(0, 7, 2, 2));
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            JLabel name =
                    new JLabel(first.plus(i).getDisplayName(TextStyle.SHORT_STANDALONE, locale), SwingConstants.CENTER);
            name.putClientProperty("FlatLaf.styleClass", "small");
            days.add(name);
        }
        int blanks = (shown.atDay(1).getDayOfWeek().getValue() - first.getValue() + 7) % 7;
        for (int i = 0; i < blanks; i++) {
            days.add(new JLabel());
        }
        LocalDate selected = current.get();
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate date = shown.atDay(d);
            JButton day = new JButton(String.valueOf(d));
            day.setName("calendarDay." + d);
            day.putClientProperty("JButton.buttonType", date.equals(selected) ? null : "toolBarButton");
            day.addActionListener(e -> {
                popup.setVisible(false);
                chosen.accept(date);
            });
            days.add(day);
        }
        panel.add(days, "span 3");
        popup.add(panel);
        popup.pack();
    }

    private JButton arrow(String symbol, String name, String tipKey, int months) {
        JButton b = new JButton(symbol);
        b.setName(name);
        b.setToolTipText(UiTexts.get(tipKey));
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> {
            shown = shown.plusMonths(months);
            fill();
            popup.revalidate();
            popup.repaint();
        });
        return b;
    }

    /** The popup, for tests. */
    Component calendar() {
        return popup;
    }
}
