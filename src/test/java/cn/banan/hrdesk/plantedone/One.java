package cn.banan.hrdesk.plantedone;

/** Planted for the architecture rules to catch: one half of a cycle between two packages. Never used. */
public final class One {
    cn.banan.hrdesk.plantedtwo.Two other;
}
