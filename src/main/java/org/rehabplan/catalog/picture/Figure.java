package org.rehabplan.catalog.picture;

import java.util.List;

/** The joints of one {@link Pose}, hip at the origin, y down (SVG), body about 170 units tall. */
final class Figure {

    static final double TRUNK = 50;
    static final double HEAD_OFFSET = 18;
    static final double HEAD_RADIUS = 10;
    static final double UPPER_ARM = 28;
    static final double FOREARM = 26;
    static final double THIGH = 40;
    static final double SHIN = 40;
    static final double FOOT = 12;

    record Point(double x, double y) {

        Point plus(double angle, double length) {
            double radians = Math.toRadians(angle);
            return new Point(x + Math.sin(radians) * length, y + Math.cos(radians) * length);
        }

        Point shift(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    record Limb(Point root, Point middle, Point end, Point tip) {
    }

    final Pose pose;
    final Point hip;
    final Point shoulder;
    final Point head;
    final double faceAngle;
    final Limb armNear;
    final Limb armFar;
    final Limb legNear;
    final Limb legFar;

    Figure(Pose pose) {
        this.pose = pose;
        hip = new Point(0, 0);
        shoulder = hip.plus(pose.trunkAngle(), TRUNK);
        head = shoulder.plus(pose.headAngle(), HEAD_OFFSET);
        faceAngle = pose.headAngle() - 90;
        armNear = arm(pose.armNearAngles());
        armFar = arm(pose.armFarAngles());
        legNear = leg(pose.legNearAngles());
        legFar = leg(pose.legFarAngles());
    }

    private Limb arm(List<Double> angles) {
        Point elbow = shoulder.plus(angles.get(0), UPPER_ARM);
        Point hand = elbow.plus(angles.get(1), FOREARM);
        return new Limb(shoulder, elbow, hand, hand);
    }

    private Limb leg(List<Double> angles) {
        Point knee = hip.plus(angles.get(0), THIGH);
        Point ankle = knee.plus(angles.get(1), SHIN);
        return new Limb(hip, knee, ankle, ankle.plus(angles.get(1) + 90 + pose.footOffset(), FOOT));
    }

    boolean lying() {
        return pose.baseOrStanding().lying();
    }

    boolean seated() {
        return pose.baseOrStanding() == Pose.Base.SEATED;
    }

    /** Where the body rests: the lowest joint (feet when standing, the back when lying, knees when kneeling). */
    double ground() {
        double ground = Math.max(hip.y, shoulder.y);
        ground = Math.max(ground, head.y + (lying() ? HEAD_RADIUS : 0));
        for (Limb limb : List.of(legNear, legFar)) {
            ground = Math.max(ground, Math.max(limb.middle.y, Math.max(limb.end.y, limb.tip.y)));
        }
        for (Limb limb : List.of(armNear, armFar)) {
            ground = Math.max(ground, limb.end.y);
        }
        return ground;
    }
}
