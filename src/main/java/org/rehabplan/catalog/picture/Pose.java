package org.rehabplan.catalog.picture;

import java.util.List;

/**
 * One body position, side view, facing right. Angles are degrees of each segment's direction: 0 points down, 90
 * forward (right), 180 up, 270 (or -90) back. {@code base} names a ready-made position ({@link Base}); any angle given
 * overrides the base's. Limbs are [upper, lower]: arm = [upper arm, forearm], leg = [thigh, shin]. {@code foot} turns
 * both feet from their rest angle (negative: toes pointed or heels up; positive: toes pulled up).
 */
record Pose(Base base, Double trunk, Double head, List<Double> armNear, List<Double> armFar, List<Double> legNear,
            List<Double> legFar, Double foot) {

    /** Ready-made positions the pose files start from. */
    enum Base {
        STANDING(180, 180, a(0, 8), a(0, 8), a(0, 0), a(0, 0)),
        WALKING(180, 180, a(-20, -10), a(20, 40), a(20, 8), a(-18, -40)),
        SEATED(180, 180, a(15, 70), a(15, 70), a(90, 0), a(90, 0)),
        SUPINE(270, 270, a(90, 90), a(90, 90), a(90, 90), a(90, 90)),
        SIDE_LYING(270, 270, a(150, 110), a(150, 110), a(130, 60), a(125, 55)),
        PRONE(90, 90, a(-90, -90), a(-90, -90), a(-90, -90), a(-90, -90)),
        QUADRUPED(90, 110, a(0, 0), a(0, 0), a(0, -90), a(0, -90)),
        KNEELING(180, 180, a(0, 8), a(0, 8), a(90, 0), a(0, -90));

        final double trunk;
        final double head;
        final List<Double> armNear;
        final List<Double> armFar;
        final List<Double> legNear;
        final List<Double> legFar;

        Base(double trunk, double head, List<Double> armNear, List<Double> armFar, List<Double> legNear,
             List<Double> legFar) {
            this.trunk = trunk;
            this.head = head;
            this.armNear = armNear;
            this.armFar = armFar;
            this.legNear = legNear;
            this.legFar = legFar;
        }

        boolean lying() {
            return this == SUPINE || this == SIDE_LYING || this == PRONE;
        }

        private static List<Double> a(double upper, double lower) {
            return List.of(upper, lower);
        }
    }

    Base baseOrStanding() {
        return base == null ? Base.STANDING : base;
    }

    double trunkAngle() {
        return trunk != null ? trunk : baseOrStanding().trunk;
    }

    double headAngle() {
        return head != null ? head : trunk != null ? trunk : baseOrStanding().head;
    }

    List<Double> armNearAngles() {
        return armNear != null ? armNear : baseOrStanding().armNear;
    }

    List<Double> armFarAngles() {
        return armFar != null ? armFar : armNear != null ? armNear : baseOrStanding().armFar;
    }

    List<Double> legNearAngles() {
        return legNear != null ? legNear : baseOrStanding().legNear;
    }

    List<Double> legFarAngles() {
        return legFar != null ? legFar : baseOrStanding().legFar;
    }

    double footOffset() {
        return foot == null ? 0 : foot;
    }
}
