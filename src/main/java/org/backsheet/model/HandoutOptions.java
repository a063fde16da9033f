package org.backsheet.model;

/**
 * How a sheet's handout is printed: paper and print size, the language of its words, the layout, the tracking
 * chart's length (null = none), whether exercises are grouped by starting position, and a signature line.
 */
public record HandoutOptions(
        PageOptions page,
        String language,
        Layout layout,
        Integer trackingDays,
        boolean groupByPosition,
        boolean signatureLine) {

    public static final String DEFAULT_LANGUAGE = "en";
    public static final HandoutOptions DEFAULT =
            new HandoutOptions(PageOptions.DEFAULT, DEFAULT_LANGUAGE, Layout.DETAILED, null, false, false);

    public HandoutOptions {
        page = page == null ? PageOptions.DEFAULT : page;
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        layout = layout == null ? Layout.DETAILED : layout;
    }

    public HandoutOptions withPage(PageOptions v) {
        return new HandoutOptions(v, language, layout, trackingDays, groupByPosition, signatureLine);
    }

    public HandoutOptions withLanguage(String v) {
        return new HandoutOptions(page, v, layout, trackingDays, groupByPosition, signatureLine);
    }

    public HandoutOptions withLayout(Layout v) {
        return new HandoutOptions(page, language, v, trackingDays, groupByPosition, signatureLine);
    }

    public HandoutOptions withTrackingDays(Integer v) {
        return new HandoutOptions(page, language, layout, v, groupByPosition, signatureLine);
    }

    public HandoutOptions withGroupByPosition(boolean v) {
        return new HandoutOptions(page, language, layout, trackingDays, v, signatureLine);
    }

    public HandoutOptions withSignatureLine(boolean v) {
        return new HandoutOptions(page, language, layout, trackingDays, groupByPosition, v);
    }
}
