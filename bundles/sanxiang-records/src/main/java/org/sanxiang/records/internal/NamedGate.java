package org.sanxiang.records.internal;

/**
 * A gate with the name and requirement id its vetoes carry (关卡名称, 所依据的要求): the built-in ones are named
 * here, the extra ones by their service properties {@code sanxiang.gate.name} and {@code sanxiang.gate.requirement}.
 */
record NamedGate<T>(String name, String requirement, T gate) {

    /** A gate registered without a name. */
    static <T> NamedGate<T> unnamed(T gate) {
        return new NamedGate<>("关卡", "", gate);
    }
}
