package org.backsheet.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Finds the page of a handout that holds an exercise, by the heading the handout prints for it: its number
 * and the start of its name. The pages' text is read once per document.
 */
final class ItemPages {

    private final List<String> pages = new ArrayList<>();

    ItemPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normal(stripper.getText(document)));
        }
    }

    /** The 0-based page whose text has the heading "number name", else the first naming the exercise; -1. */
    int pageOf(int number, String name) {
        String start = normal(name.length() > 24 ? name.substring(0, 24) : name);
        for (String heading : new String[] {number + " " + start, number + ". " + start, start}) {
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains(heading)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
