package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Labelled;

/** "No tier" as a word in a message, where an enterprise holds none of the three. */
enum NoTier implements Labelled {
    INSTANCE;

    @Override
    public String labelKey() {
        return "policy.noTier";
    }
}
