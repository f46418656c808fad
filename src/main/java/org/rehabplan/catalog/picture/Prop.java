package org.rehabplan.catalog.picture;

/** Things drawn with the figure, each placed from the figure's own joints so pose files never give coordinates. */
enum Prop {
    CHAIR, CHAIR_FRONT, WALL_BEHIND, WALL_FRONT, COUNTER, BED, MAT, PILLOW, PILLOW_KNEES, TOWEL_BACK, TOWEL_KNEE, BAND_FRONT,
    BAND_HANDS, BAND_FOOT, DUMBBELL, DOWEL, STEP, STEP_UNDER, BALL, STRAP, DOORWAY, CAR_SEAT
}
