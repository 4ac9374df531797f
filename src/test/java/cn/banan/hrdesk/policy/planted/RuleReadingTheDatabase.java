package cn.banan.hrdesk.policy.planted;

/** Planted for the architecture rules to catch: a subsidy rule that reads the database. Never used. */
public final class RuleReadingTheDatabase {
    cn.banan.hrdesk.store.Database database;
}
