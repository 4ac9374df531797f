package cn.banan.hrdesk.plantedtwo;

/** Planted for the architecture rules to catch: the other half of a cycle between two packages. Never used. */
public final class Two {
    cn.banan.hrdesk.plantedone.One other;
}
