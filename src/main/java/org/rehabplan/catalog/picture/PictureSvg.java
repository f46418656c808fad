package org.rehabplan.catalog.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabplan.catalog.picture.Figure.Limb;
import org.rehabplan.catalog.picture.Figure.Point;

/**
 * Draws a {@link PoseFile} as one SVG: the start position, an arrow, the end position, in one line-drawing style
 * (black body, grey far-side limbs, thin grey equipment) so every exercise looks alike and prints in black and white.
 */
final class PictureSvg {

    private static final String BODY = "#000";
    private static final String FAR = "#8a8a8a";
    private static final String THING = "#555";
    private static final double PAD = 12;
    private static final double GAP = 34;

    private PictureSvg() {
    }

    /** The picture; {@code label} becomes its accessible name. */
    static String render(PoseFile file, String label) {
        Panel start = panel(file.start(), file.props());
        Panel end = panel(file.end(), file.props());
        double above = Math.max(start.ground - start.minY, end.ground - end.minY) + PAD;
        double below = Math.max(start.maxY - start.ground, end.maxY - end.ground) + PAD / 2;
        double height = above + below;
        double startWidth = start.maxX - start.minX + 2 * PAD;
        double endWidth = end.maxX - end.minX + 2 * PAD;
        double width = startWidth + GAP + endWidth;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rp-picture\" role=\"img\" preserveAspectRatio=\"xMinYMid meet\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\"><title>").append(escape(label))
                .append("</title>");
        svg.append(floor(0, width, above));
        svg.append("<g transform=\"translate(").append(n(PAD - start.minX)).append(' ')
                .append(n(above - start.ground)).append(")\">").append(start.svg).append("</g>");
        double arrowX = startWidth + 4;
        double arrowY = above * 0.45;
        svg.append("<path d=\"M").append(n(arrowX)).append(' ').append(n(arrowY)).append(" h").append(n(GAP - 8))
                .append(" m-9 -7 l9 7 l-9 7\" fill=\"none\" stroke=\"").append(FAR)
                .append("\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
        svg.append("<g transform=\"translate(").append(n(startWidth + GAP + PAD - end.minX)).append(' ')
                .append(n(above - end.ground)).append(")\">").append(end.svg).append("</g>");
        return svg.append("</svg>").toString();
    }

    /** One position drawn with its props, with its extent and where its floor is. */
    private static final class Panel {
        final StringBuilder svg = new StringBuilder(2048);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double ground;

        void include(Point p, double margin) {
            minX = Math.min(minX, p.x() - margin);
            maxX = Math.max(maxX, p.x() + margin);
            minY = Math.min(minY, p.y() - margin);
            maxY = Math.max(maxY, p.y() + margin);
        }

        void line(Point a, Point b, String colour, double width) {
            include(a, width / 2);
            include(b, width / 2);
            svg.append("<line x1=\"").append(n(a.x())).append("\" y1=\"").append(n(a.y())).append("\" x2=\"")
                    .append(n(b.x())).append("\" y2=\"").append(n(b.y())).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linecap=\"round\"/>");
        }

        void polyline(String colour, double width, Point... points) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(n(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\" points=\"");
            for (Point p : points) {
                include(p, width / 2);
                svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
            }
            svg.append("\"/>");
        }

        void rect(double x, double y, double w, double h, String fill) {
            include(new Point(x, y), 1);
            include(new Point(x + w, y + h), 1);
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" rx=\"2\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(THING).append("\" stroke-width=\"2.5\"/>");
        }

        void circle(Point c, double r, String fill, String stroke, double width) {
            include(c, r + width / 2);
            svg.append("<circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y())).append("\" r=\"")
                    .append(n(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(n(width)).append("\"/>");
        }
    }

    private static Panel panel(Pose pose, List<Prop> props) {
        Figure f = new Figure(pose);
        Panel p = new Panel();
        double ground = f.ground();
        List<Prop> onTop = new ArrayList<>();
        double floor = ground;
        for (Prop prop : props) {
            floor = Math.max(floor, behind(p, f, prop, ground, onTop));
        }
        p.ground = floor;
        limb(p, f.legFar, FAR);
        limb(p, f.armFar, FAR);
        p.line(f.hip, f.shoulder, BODY, 6);
        p.line(f.shoulder, f.shoulder.plus(f.pose.headAngle(), Figure.HEAD_OFFSET - Figure.HEAD_RADIUS), BODY, 5);
        p.circle(f.head, Figure.HEAD_RADIUS, "#fff", BODY, 4);
        // a short nose stroke shows which way the face looks (up when lying on the back, down when on the stomach)
        p.line(f.head.plus(f.faceAngle, Figure.HEAD_RADIUS), f.head.plus(f.faceAngle, Figure.HEAD_RADIUS + 4),
                BODY, 3.5);
        limb(p, f.legNear, BODY);
        limb(p, f.armNear, BODY);
        for (Prop prop : onTop) {
            inFront(p, f, prop);
        }
        p.include(new Point(p.minX, floor), 0);
        return p;
    }

    private static void limb(Panel p, Limb limb, String colour) {
        p.polyline(colour, 5, limb.root(), limb.middle(), limb.end(), limb.tip());
    }

    /** Draws props that stand behind the body; returns the floor under them. Hand-held props are kept for later. */
    private static double behind(Panel p, Figure f, Prop prop, double ground, List<Prop> onTop) {
        Point hand = f.armNear.end();
        switch (prop) {
            case CHAIR -> {
                double seat = f.seated() ? f.hip.y() + 5 : ground - Figure.SHIN;
                double front = f.seated() ? f.hip.x() + 30 : f.hip.x() - 12;
                double back = front - 36;
                p.rect(back, seat, 36, 5, "#eee");
                p.line(new Point(back + 2, seat), new Point(back - 2, seat - 48), THING, 3);
                p.line(new Point(back + 3, seat + 5), new Point(back + 3, ground), THING, 3);
                p.line(new Point(front - 3, seat + 5), new Point(front - 3, ground), THING, 3);
            }
            case CAR_SEAT -> {
                double seat = f.hip.y() + 5;
                p.rect(f.hip.x() - 30, seat, 48, 8, "#eee");
                p.line(new Point(f.hip.x() - 30, seat), new Point(f.hip.x() - 40, seat - 50), THING, 4);
                p.line(new Point(f.hip.x() + 30, seat - 70), new Point(f.hip.x() + 30, ground - 10), THING, 2.5);
            }
            case WALL_BEHIND -> {
                double x = Math.min(Math.min(f.hip.x(), f.shoulder.x()), f.head.x() - Figure.HEAD_RADIUS) - 4;
                p.rect(x - 10, ground - 175, 10, 175, "#eee");
            }
            case CHAIR_FRONT -> {
                // a chair turned round in front of a standing patient: hands rest on its back
                double seat = ground - Figure.SHIN;
                double back = Math.max(hand.x(), f.armFar.end().x()) + 2;
                p.rect(back, seat, 36, 5, "#eee");
                p.line(new Point(back, seat + 5), new Point(back, hand.y() - 2), THING, 3);
                p.line(new Point(back + 3, seat + 5), new Point(back + 3, ground), THING, 3);
                p.line(new Point(back + 33, seat + 5), new Point(back + 33, ground), THING, 3);
            }
            case WALL_FRONT -> {
                double x = Math.max(hand.x(), f.armFar.end().x()) + 3;
                p.rect(x, ground - 175, 10, 175, "#eee");
            }
            case DOORWAY -> {
                double x = hand.x() + 2;
                p.rect(x, ground - 180, 8, 180, "#eee");
            }
            case COUNTER -> {
                boolean handForward = hand.x() > f.hip.x() + 20 && hand.y() < ground - 40;
                double top = handForward ? hand.y() + 3 : ground - 88;
                double left = handForward ? hand.x() - 8 : Math.max(f.hip.x(), f.legNear.tip().x()) + 28;
                p.rect(left, top, 44, ground - top, "#eee");
            }
            case BED -> {
                double left = Math.min(Math.min(f.head.x(), f.legNear.tip().x()), f.legFar.tip().x()) - 14;
                double right = Math.max(Math.max(f.head.x(), f.legNear.tip().x()), f.legFar.tip().x()) + 14;
                p.rect(left, ground + 3, right - left, 14, "#eee");
                p.line(new Point(left + 4, ground + 17), new Point(left + 4, ground + 40), THING, 3);
                p.line(new Point(right - 4, ground + 17), new Point(right - 4, ground + 40), THING, 3);
                return ground + 40;
            }
            case MAT -> {
                double left = Math.min(f.head.x(), Math.min(f.legNear.tip().x(), f.armNear.end().x())) - 12;
                double right = Math.max(f.head.x(), Math.max(f.legNear.tip().x(), f.armNear.end().x())) + 12;
                p.rect(left, ground + 3, right - left, 5, "#ddd");
                return ground + 8;
            }
            case PILLOW -> p.rect(f.head.x() - 16, f.head.y() + Figure.HEAD_RADIUS - 1, 32, 8, "#fff");
            case PILLOW_KNEES -> p.rect(f.legNear.middle().x() - 14, f.legNear.middle().y() + 2, 28, 9, "#fff");
            case TOWEL_BACK -> {
                Point mid = new Point((f.hip.x() + 2 * f.shoulder.x()) / 3, (f.hip.y() + 2 * f.shoulder.y()) / 3);
                p.circle(mid.shift(0, 7), 6, "#eee", THING, 2.5);
            }
            case TOWEL_KNEE -> p.circle(f.legNear.middle().shift(0, 7), 6, "#eee", THING, 2.5);
            case STEP -> {
                Point foot = f.legNear.end();
                boolean footUp = foot.y() < ground - 8;
                double left = footUp ? foot.x() - 14 : Math.max(f.legNear.tip().x(), f.legFar.tip().x()) + 6;
                p.rect(left, ground - 16, 44, 16, "#eee");
            }
            case STEP_UNDER -> {
                double left = Math.min(f.legNear.end().x(), f.legFar.end().x()) - 14;
                p.rect(left, ground, 48, 16, "#eee");
                return ground + 16;
            }
            case BALL -> p.circle(f.hip.shift(-16, 10), 10, "#eee", THING, 2.5);
            default -> onTop.add(prop);
        }
        return ground;
    }

    /** Props held or worn: drawn over the body. */
    private static void inFront(Panel p, Figure f, Prop prop) {
        Point hand = f.armNear.end();
        switch (prop) {
            case BAND_FRONT -> {
                Point anchor = new Point(Math.max(hand.x(), f.shoulder.x()) + 55, f.shoulder.y() + 12);
                p.line(hand, anchor, THING, 2.5);
                p.rect(anchor.x(), anchor.y() - 8, 6, 16, "#ccc");
            }
            case BAND_HANDS -> p.line(hand, f.armFar.end(), THING, 3);
            case BAND_FOOT -> p.line(hand, f.legNear.tip(), THING, 2.5);
            case STRAP -> p.line(hand, f.legNear.tip(), THING, 3);
            case DUMBBELL -> {
                p.line(hand.shift(-7, 0), hand.shift(7, 0), THING, 3);
                p.rect(hand.x() - 10, hand.y() - 5, 4, 10, "#555");
                p.rect(hand.x() + 6, hand.y() - 5, 4, 10, "#555");
            }
            case DOWEL -> {
                double back = f.pose.trunkAngle() - 90;
                Point low = f.hip.plus(back, 7).plus(f.pose.trunkAngle(), -12);
                Point high = f.hip.plus(back, 7).plus(f.pose.trunkAngle(), Figure.TRUNK + Figure.HEAD_OFFSET + 10);
                p.line(low, high, THING, 3);
            }
            default -> {
            }
        }
    }

    private static String floor(double from, double to, double y) {
        return "<line x1=\"" + n(from) + "\" y1=\"" + n(y) + "\" x2=\"" + n(to) + "\" y2=\"" + n(y)
                + "\" stroke=\"#999\" stroke-width=\"2\"/>";
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
