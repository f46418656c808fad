package org.rehabplan.schedule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Measures a PDF as a reader sees it: how far down each page its content reaches (the footer not counted). */
final class PdfPages {

    /** The page margins of schedule.css: 13 mm top, 17 mm bottom (the footer lives in the bottom margin). */
    private static final float MM = 72f / 25.4f;
    private static final float TOP = 13 * MM;
    private static final float BOTTOM = 17 * MM;

    private PdfPages() {
    }

    /** For each page, the share of the writable height its text fills (0 to 1), from the top margin down. */
    static List<Double> fullness(byte[] pdf) throws IOException {
        List<Double> fullness = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i - 1);
                float height = page.getMediaBox().getHeight();
                float[] lowest = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        float y = text.getYDirAdj();
                        if (y < height - BOTTOM && !text.getUnicode().isBlank()) {
                            lowest[0] = Math.max(lowest[0], y);
                        }
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                fullness.add((double) (lowest[0] - TOP) / (height - TOP - BOTTOM));
            }
        }
        return fullness;
    }

    /** How many times each page draws a form (the inline SVG pictures and QR codes are drawn as forms). */
    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
