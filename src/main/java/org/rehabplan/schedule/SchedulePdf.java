package org.rehabplan.schedule;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders the schedule XHTML to PDF with OpenHTMLtoPDF. The fonts ship inside the app ({@code frontend/fonts/}, DejaVu
 * Sans, Bitstream Vera licence) and are embedded (subset) in every PDF, so it never depends on the server's fonts.
 */
final class SchedulePdf {

    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "META-INF/resources/fonts/DejaVuSans.ttf";
    private static final String BOLD = "META-INF/resources/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regular = read(REGULAR);
    private final byte[] bold = read(BOLD);

    byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the schedule PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String location) {
        try (InputStream in = SchedulePdf.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + location + " (frontend/fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
