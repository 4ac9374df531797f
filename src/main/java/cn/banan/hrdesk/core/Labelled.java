package cn.banan.hrdesk.core;

/** Something a user sees by name: its resource-bundle key. Enums implement it so the key test can find them. */
public interface Labelled {
    String labelKey();
}
