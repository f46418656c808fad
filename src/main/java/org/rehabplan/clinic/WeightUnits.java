package org.rehabplan.clinic;

/**
 * How a patient's handout gives lift limits: in kilograms, or for English-speaking US clinics in kilograms and pounds
 * ("2 kg (4 lb)"). The everyday comparison ("about a full kettle") follows the patient's language either way.
 */
public enum WeightUnits {
    KG,
    KG_AND_LB
}
