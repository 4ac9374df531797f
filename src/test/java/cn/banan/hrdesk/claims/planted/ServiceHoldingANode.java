package cn.banan.hrdesk.claims.planted;

/** Planted for the architecture rules to catch: a service that holds a window's object. Never used. */
public final class ServiceHoldingANode {
    javafx.scene.Node shown;
}
