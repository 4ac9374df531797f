package cn.banan.hrdesk.claims.planted;

/** Planted for the architecture rules to catch: a feature that reaches up into the app's wiring. Never used. */
public final class FeatureReachingTheApp {
    cn.banan.hrdesk.app.Services services;
}
